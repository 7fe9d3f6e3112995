"""维修月报: the paid-service register (有偿服务登记表) with its total, the on-time rate
(零修及时率), the pass rate (合格率) and average time to complete, by technician and by
category, and the follow-up spot check; a PDF with charts or CSV (UTF-8 with BOM), both from
the same rows, built apart from drawing."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from app.forms.lending_slip import Columns, row_height, table_row
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, ensure_space, mm
from app.forms.pdf_charts import draw_bar_chart, draw_pie_chart
from app.forms.repair_order_data import CATEGORY_NAMES, quantity
from app.importing.customer_rows import safe_cell
from app.members.schemas import yuan
from app.repairs.register import RateRow, RepairMonthReport

TITLE = "维修月报"
REGISTER_TITLE = "有偿服务登记表"
REGISTER_COLUMNS: Columns = (
    ("单号", 0.15),
    ("报修日期", 0.11),
    ("报修人", 0.11),
    ("位置/物品", 0.17),
    ("维修员", 0.09),
    ("收费项目", 0.25),
    ("金额（元）", 0.12),
)
RATE_COLUMNS: Columns = (
    ("", 0.16),
    ("单数", 0.07),
    ("到场", 0.07),
    ("准时", 0.07),
    ("零修及时率", 0.11),
    ("验收", 0.07),
    ("一次合格", 0.09),
    ("合格率", 0.09),
    ("平均完成（时）", 0.15),
    ("收费（元）", 0.12),
)
SCOPE = "统计口径：本月报修的维修单；及时率按到场时间，合格率按首次验收，完成时间自报修至完工。"
CSV_HEADERS = ("月份", "表", "分组", "项目", "数值")

Cells = tuple[str, ...]


@dataclass(frozen=True)
class RepairsReportData:
    venue_name: str
    month: str
    summary: tuple[tuple[str, str], ...]  # (label, value) of the month's headline figures
    register: tuple[Cells, ...]  # 有偿服务登记表 rows, REGISTER_COLUMNS
    register_total: str
    by_technician: tuple[Cells, ...]  # RATE_COLUMNS
    by_category: tuple[Cells, ...]
    followups: tuple[tuple[str, str], ...]
    on_time_chart: tuple[tuple[str, float], ...]  # technician -> on-time rate in %
    pass_chart: tuple[tuple[str, float], ...]  # technician -> pass rate in %
    category_chart: tuple[tuple[str, float], ...]  # category -> orders


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _rate_cells(label: str, row: RateRow) -> Cells:
    return (
        label,
        str(row.orders),
        str(row.arrived),
        str(row.on_time),
        percent(row.on_time_rate),
        str(row.checked),
        str(row.passed_first),
        percent(row.pass_rate),
        hours(row.average_hours),
        yuan(row.billed_fen),
    )


def _category(code: str) -> str:
    return CATEGORY_NAMES.get(code, code)


def repairs_report_data(report: RepairMonthReport, venue_name: str) -> RepairsReportData:
    """Every figure of the report as text, in print order."""
    overall = report.overall
    f = report.followups
    register = tuple(
        (
            line.number,
            line.reported_on,
            line.customer_name or "—",
            line.location,
            line.technician_name,
            "\n".join(
                f"{fee.name} {quantity(fee.quantity_milli)}{fee.unit} ¥{yuan(fee.amount_fen)}"
                for fee in line.lines
            ),
            yuan(line.total_fen),
        )
        for line in report.register
    )
    return RepairsReportData(
        venue_name=venue_name,
        month=report.month,
        summary=(
            ("报修单数", str(report.reported)),
            ("已关闭", str(report.closed)),
            ("已取消", str(report.cancelled)),
            (
                "零修及时率",
                f"{percent(overall.on_time_rate)}（{overall.on_time}/{overall.arrived}）",
            ),
            ("合格率", f"{percent(overall.pass_rate)}（{overall.passed_first}/{overall.checked}）"),
            ("平均完成时间", f"{hours(overall.average_hours)} 小时（{overall.completed} 单）"),
            ("有偿服务", f"{len(report.register)} 单，¥ {yuan(report.register_total_fen)}"),
        ),
        register=register,
        register_total=yuan(report.register_total_fen),
        by_technician=(
            *(_rate_cells(r.key or "未派工", r) for r in report.by_technician),
            _rate_cells("合计", overall),
        ),
        by_category=(
            *(_rate_cells(_category(r.key), r) for r in report.by_category),
            _rate_cells("合计", overall),
        ),
        followups=(
            ("抽取回访", str(f.drawn)),
            ("已回访", str(f.called)),
            ("满意", str(f.satisfied)),
            ("不满意", str(f.unsatisfied)),
            ("满意率", percent(f.satisfied_rate)),
        ),
        on_time_chart=tuple(
            (r.key or "未派工", round((r.on_time_rate or 0) * 100, 1)) for r in report.by_technician
        ),
        pass_chart=tuple(
            (r.key or "未派工", round((r.pass_rate or 0) * 100, 1)) for r in report.by_technician
        ),
        category_chart=tuple((_category(r.key), float(r.orders)) for r in report.by_category),
    )


def repairs_report_csv(data: RepairsReportData) -> bytes:
    """One figure per line (月份, 表, 分组, 项目, 数值), the register one fee order per line."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADERS)
    m = data.month
    for label, value in data.summary:
        writer.writerow([m, "汇总", "", label, safe_cell(value)])
    for cells in data.register:
        for (heading, _share), cell in zip(REGISTER_COLUMNS[1:], cells[1:], strict=True):
            writer.writerow([m, REGISTER_TITLE, cells[0], heading, safe_cell(cell)])
    writer.writerow([m, REGISTER_TITLE, "合计", "金额（元）", data.register_total])
    for table, rows in (("按维修员", data.by_technician), ("按类别", data.by_category)):
        for cells in rows:
            for (heading, _share), cell in zip(RATE_COLUMNS[1:], cells[1:], strict=True):
                writer.writerow([m, table, safe_cell(cells[0]), heading, cell])
    for label, value in data.followups:
        writer.writerow([m, "抽查回访", "", label, value])
    return buffer.getvalue().encode("utf-8-sig")


def _heading(c: FormCanvas, text: str, top: float) -> float:
    top = ensure_space(c, top, 20 * mm)
    draw_text(c, text, c.left, top - 6 * mm, size=12, bold=True)
    return top - 9 * mm


def _table(c: FormCanvas, columns: Columns, rows: tuple[Cells, ...], top: float) -> float:
    """A boxed table; a new page repeats the column headings."""
    headings = tuple(h for h, _ in columns)
    top = table_row(c, columns, headings, ensure_space(c, top, 20 * mm), shade=True)
    for cells in rows:
        if top - row_height(c, columns, cells) < c.bottom:
            c.showPage()
            top = table_row(c, columns, headings, c.top, shade=True)
        top = table_row(c, columns, cells, top, shade=cells[0] == "合计")
    return top


def _pairs_line(c: FormCanvas, pairs: tuple[tuple[str, str], ...], top: float) -> float:
    columns: Columns = tuple((label, 1 / len(pairs)) for label, _ in pairs)
    top = table_row(c, columns, tuple(label for label, _ in pairs), top, shade=True)
    return table_row(c, columns, tuple(value for _, value in pairs), top)


def render_repairs_report(
    report: RepairMonthReport, venue_name: str, *, printed_at: datetime | None = None
) -> bytes:
    data = repairs_report_data(report, venue_name)
    c = FormCanvas(
        venue_name=venue_name,
        form_title=f"{TITLE}（{data.month}）",
        page_size=A4,
        printed_at=printed_at,
    )
    draw_text(c, SCOPE, c.left, c.top - 4 * mm, size=9)
    top = _pairs_line(c, data.summary[:4], c.top - 7 * mm)
    top = _pairs_line(c, data.summary[4:], top)
    half = c.width / 2 - 3 * mm
    top = ensure_space(c, top - 4 * mm, 60 * mm)
    draw_bar_chart(
        c, data.on_time_chart, c.left, top, half, 50 * mm, title="零修及时率（%）按维修员"
    )
    below = draw_bar_chart(
        c, data.pass_chart, c.left + half + 6 * mm, top, half, 50 * mm, title="合格率（%）按维修员"
    )
    top = ensure_space(c, below - 3 * mm, 50 * mm)
    top = draw_pie_chart(
        c, data.category_chart, c.left, top, c.width, 40 * mm, title="报修单数按类别"
    )
    top = _heading(c, f"{REGISTER_TITLE}（{data.month}）", top - 2 * mm)
    register = (*data.register, ("合计", "", "", "", "", "", data.register_total))
    top = _table(c, REGISTER_COLUMNS, register, top)
    top = _heading(c, "按维修员", top - 2 * mm)
    top = _table(c, (("维修员", RATE_COLUMNS[0][1]), *RATE_COLUMNS[1:]), data.by_technician, top)
    top = _heading(c, "按类别", top - 2 * mm)
    top = _table(c, (("类别", RATE_COLUMNS[0][1]), *RATE_COLUMNS[1:]), data.by_category, top)
    top = _heading(c, "抽查回访", top - 2 * mm)
    _pairs_line(c, data.followups, top)
    return bytes(c.pdf_bytes())
