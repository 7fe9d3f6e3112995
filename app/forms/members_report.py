"""会员月报: the monthly members report as a table (PDF) or as rows (CSV, UTF-8 with BOM so
Excel opens the Chinese right). Both are drawn from the same rows, built apart from rendering."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from app.forms.pdf_blocks import draw_field_grid
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, ensure_space, mm
from app.importing.customer_rows import safe_cell
from app.members.report import MembersMonth

TITLE = "会员月报"
CSV_HEADERS = ("月份", "类别", "项目", "代码", "数值")
_ROW_HEIGHT = 8 * mm

Row = tuple[str, str, int]  # (code, label, value)


@dataclass(frozen=True)
class MembersReportData:
    venue_name: str
    month: str
    sections: tuple[tuple[str, tuple[Row, ...]], ...]  # (heading, rows) in print order


def members_report_data(report: MembersMonth, venue_name: str) -> MembersReportData:
    tiers = tuple((code, name, n) for code, name, n in report.by_tier)
    tiers += (("total", "合计", sum(n for _c, _name, n in report.by_tier)),)
    cards: tuple[Row, ...] = (
        ("new_cards", "新开卡（不含补卡）", report.new_cards),
        ("renewed", "续期", report.renewed),
        ("lapsed", "到期未续", report.lapsed),
    )
    points: tuple[Row, ...] = (
        ("points_issued", "发放积分（消费与调增）", report.points_issued),
        ("points_redeemed", "兑换积分", report.points_redeemed),
        ("points_expired", "过期积分", report.points_expired),
        ("points_outstanding", "月末未兑积分（负债）", report.points_outstanding),
    )
    return MembersReportData(
        venue_name,
        report.month,
        (("月末有效会员（按等级）", tiers), ("会员卡", cards), ("积分", points)),
    )


def members_report_csv(data: MembersReportData) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADERS)
    for heading, rows in data.sections:
        for code, label, value in rows:
            writer.writerow([data.month, safe_cell(heading), safe_cell(label), code, value])
    return buffer.getvalue().encode("utf-8-sig")


def render_members_report(data: MembersReportData, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=data.venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at
    )
    draw_text(c, f"月份 {data.month}", c.left, c.top - 5 * mm, size=10.5)
    top = c.top - 9 * mm
    for heading, rows in data.sections:
        top = ensure_space(c, top, (len(rows) + 1) * _ROW_HEIGHT + 8 * mm)
        draw_text(c, heading, c.left, top - 5 * mm, size=12, bold=True)
        cells = [(label, f"{value:,}") for _code, label, value in rows]
        top = draw_field_grid(c, cells, c.left, top - 8 * mm, c.width, label_width=0.6 * c.width)
        top -= 4 * mm
    return c.pdf_bytes()
