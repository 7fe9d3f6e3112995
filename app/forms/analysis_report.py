"""客户分析月报: the month's dashboard on paper, a chart per figure, two to a row. Figures come
from app/care/analysis.py; this module only draws them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from app.care.analysis import MonthAnalysis
from app.complaints.labels import CATEGORIES
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, ensure_space, mm
from app.forms.pdf_charts import draw_bar_chart, draw_pie_chart

TITLE = "客户分析月报"
GENDERS = {"male": "男", "female": "女"}
CHART_HEIGHT = 52 * mm
ROW = CHART_HEIGHT + 14 * mm

Chart = tuple[str, str, Sequence[tuple[str, float]]]  # (kind bar/pie, title, pairs)


def yuan(fen: int) -> float:
    return round(fen / 100, 2)


def analysis_charts(a: MonthAnalysis) -> list[Chart]:
    """Every chart of the report in order; the dashboard shows the same list."""
    demo = a.demographics
    return [
        ("bar", "每日到访人次", [(d[8:], n) for d, n in a.visits_per_day]),
        ("bar", "到访时段（时）", list(a.visits_per_hour)),
        ("pie", "会员等级分布（有效卡）", list(a.members_by_tier)),
        ("bar", "近12个月消费额（元）", [(m[2:], yuan(v)) for m, v in a.spend_trend]),
        ("pie", "本月各部门消费额（元）", [(d, yuan(v)) for d, v in a.spend_by_department]),
        ("bar", "近12个月新增客户", [(m[2:], n) for m, n in a.new_customers]),
        ("bar", "近12个月流失客户（转为休眠）", [(m[2:], n) for m, n in a.lost_customers]),
        ("bar", "本月投诉类别", [(CATEGORIES.get(c, c), n) for c, n in a.complaints_by_category]),
        ("bar", "年龄段", list(demo.age_bands)),
        ("pie", "性别", [(GENDERS.get(g, g), n) for g, n in demo.gender]),
        ("bar", "所在区县（前十）", list(demo.district)),
    ]


def summary_line(a: MonthAnalysis) -> str:
    visits = sum(n for _d, n in a.visits_per_day)
    spend = a.spend_trend[-1][1] if a.spend_trend else 0
    nps = a.nps_trend[-1][1] if a.nps_trend else None
    return (
        f"到访 {visits} 人次；消费 {yuan(spend):,.2f} 元；新增客户 {a.new_customers[-1][1]}；"
        f"流失客户 {a.lost_customers[-1][1]}；净推荐值 {'—' if nps is None else f'{nps:g}'}"
    )


def render_analysis_report(
    a: MonthAnalysis, venue_name: str, printed_at: datetime | None = None
) -> bytes:
    c = FormCanvas(venue_name=venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at)
    top = c.top
    draw_text(c, f"{a.month} {TITLE}", c.left, top - 14, size=14, bold=True)
    draw_text(c, summary_line(a), c.left, top - 30)
    nps = "  ".join(f"{m[2:]}: {'—' if v is None else f'{v:g}'}" for m, v in a.nps_trend[-6:])
    draw_text(c, f"净推荐值（近6个月）  {nps}", c.left, top - 45, size=9)
    top -= 55
    half = (c.width - 8 * mm) / 2
    charts = analysis_charts(a)
    for i in range(0, len(charts), 2):
        top = ensure_space(c, top, ROW)
        for j, (kind, title, pairs) in enumerate(charts[i : i + 2]):
            draw = draw_bar_chart if kind == "bar" else draw_pie_chart
            draw(c, pairs, c.left + j * (half + 8 * mm), top, half, CHART_HEIGHT, title=title)
        top -= ROW
    return c.pdf_bytes()


def analysis_csv(a: MonthAnalysis) -> bytes:
    """Every chart's figures as rows (chart, label, value), UTF-8 with BOM for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("月份", "图表", "项目", "数值"))
    for _kind, title, pairs in analysis_charts(a):
        writer.writerows((a.month, title, label, value) for label, value in pairs)
    writer.writerows((a.month, "净推荐值", m, "" if v is None else v) for m, v in a.nps_trend)
    return buffer.getvalue().encode("utf-8-sig")
