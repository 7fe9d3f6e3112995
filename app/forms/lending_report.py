"""档案外借月报 (the month's lending register with its figures) and 机密档案查阅记录 (who opened
which confidential file, on what basis), each as a PDF table or CSV rows (UTF-8 with BOM so
Excel opens the Chinese right), both drawn from the same rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import landscape

from app.forms.lending_slip import row_height, table_row
from app.forms.pdf_blocks import draw_field_grid
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, mm
from app.importing.customer_rows import safe_cell
from app.lending.printed_words import CONDITION_ZH, LEVEL_ZH, STATE_ZH
from app.lending.report import LendingMonth
from app.lending.schemas import AccessReport

TITLE = "档案外借登记月报"
COLUMNS: tuple[tuple[str, float], ...] = (
    ("借阅单号", 0.12),
    ("档案编号", 0.16),
    ("份数", 0.05),
    ("借阅人", 0.1),
    ("部门", 0.1),
    ("借出时间", 0.11),
    ("应还日期", 0.08),
    ("归还时间", 0.11),
    ("归还状况", 0.08),
    ("状态", 0.09),
)
HEADINGS = tuple(h for h, _ in COLUMNS)


@dataclass(frozen=True)
class LendingReportData:
    venue_name: str
    month: str
    rows: tuple[tuple[str, ...], ...]  # one per loan, in COLUMNS order
    figures: tuple[tuple[str, str], ...]  # label, value


def _at(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def lending_report_data(report: LendingMonth, venue_name: str) -> LendingReportData:
    rows = []
    for loan in report.register:
        conditions = dict.fromkeys(CONDITION_ZH[line.condition] for line in loan.lines)
        rows.append(
            (
                loan.number,
                "、".join(line.item_no for line in loan.lines),
                str(sum(line.copies for line in loan.lines)),
                loan.borrower,
                loan.department,
                _at(loan.lent_at),
                loan.due_on.isoformat(),
                _at(loan.returned_at),
                "、".join(c for c in conditions if c),
                "逾期未还" if loan.overdue else STATE_ZH.get(loan.state, loan.state),
            )
        )
    figures = (
        ("本月借出（笔）", str(report.lent)),
        ("月末在借（笔）", str(report.out_at_end)),
        ("逾期（笔）", str(report.overdue)),
        ("平均借出天数", f"{report.average_days_out:.1f}"),
    )
    return LendingReportData(venue_name, report.month, tuple(rows), figures)


def lending_report_csv(data: LendingReportData) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["月份", *HEADINGS])
    for row in data.rows:
        writer.writerow([data.month, *(safe_cell(cell) for cell in row)])
    writer.writerow([])
    for label, value in data.figures:
        writer.writerow([data.month, safe_cell(label), value])
    return buffer.getvalue().encode("utf-8-sig")


def _row(c: FormCanvas, cells: tuple[str, ...], top: float, *, shade: bool = False) -> float:
    """A row of the register; a new page repeats the headings."""
    if top - row_height(c, COLUMNS, cells) < c.bottom:
        c.showPage()
        top = table_row(c, COLUMNS, HEADINGS, c.top, shade=True)
    return table_row(c, COLUMNS, cells, top, shade=shade)


def render_lending_report(data: LendingReportData, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=data.venue_name,
        form_title=TITLE,
        page_size=landscape(A4),
        printed_at=printed_at,
    )
    draw_text(c, f"月份 {data.month}", c.left, c.top - 5 * mm, size=10.5)
    top = draw_field_grid(
        c, data.figures, c.left, c.top - 8 * mm, c.width, columns=4, label_width=32 * mm
    )
    top = _row(c, HEADINGS, top - 4 * mm, shade=True)
    for cells in data.rows:
        top = _row(c, cells, top)
    if not data.rows:
        draw_text(c, "本月无外借记录。", c.left, top - 6 * mm)
    return c.pdf_bytes()


VIEW_TITLE = "机密档案查阅记录"
VIEW_COLUMNS: tuple[tuple[str, float], ...] = (
    ("查阅时间", 0.16),
    ("查阅人", 0.2),
    ("账号", 0.12),
    ("客户档案号", 0.12),
    ("密级", 0.08),
    ("依据", 0.14),
    ("查阅申请单号", 0.18),
)
VIEW_HEADINGS = tuple(h for h, _ in VIEW_COLUMNS)
BASIS_ZH = {"request": "已批准的查阅申请", "": "无申请（违规）"}


@dataclass(frozen=True)
class FileViewsData:
    venue_name: str
    period: str  # "YYYY-MM-DD 至 YYYY-MM-DD"
    rows: tuple[tuple[str, ...], ...]
    without_request: int


def file_views_data(report: AccessReport, venue_name: str) -> FileViewsData:
    rows = tuple(
        (
            _at(v.at),
            v.display_name,
            v.username,
            v.customer_number,
            LEVEL_ZH.get(v.confidentiality, v.confidentiality),
            BASIS_ZH.get(v.basis, v.basis),
            v.request_no,
        )
        for v in report.views
    )
    period = f"{report.start.isoformat()} 至 {report.end.isoformat()}"
    return FileViewsData(venue_name, period, rows, len(report.without_request))


def file_views_csv(data: FileViewsData) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(VIEW_HEADINGS)
    for row in data.rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def render_file_views(data: FileViewsData, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=data.venue_name,
        form_title=VIEW_TITLE,
        page_size=landscape(A4),
        printed_at=printed_at,
    )
    summary = (
        f"期间 {data.period}    查阅 {len(data.rows)} 次    无申请查阅 {data.without_request} 次"
    )
    draw_text(c, summary, c.left, c.top - 5 * mm, size=10.5)
    top = table_row(c, VIEW_COLUMNS, VIEW_HEADINGS, c.top - 9 * mm, shade=True)
    for cells in data.rows:
        if top - row_height(c, VIEW_COLUMNS, cells) < c.bottom:
            c.showPage()
            top = table_row(c, VIEW_COLUMNS, VIEW_HEADINGS, c.top, shade=True)
        top = table_row(c, VIEW_COLUMNS, cells, top)
    if not data.rows:
        draw_text(c, "本期间无机密档案查阅。", c.left, top - 6 * mm)
    return c.pdf_bytes()
