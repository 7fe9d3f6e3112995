"""来访登记表: the day's visits, one line each, for the paper register the venue keeps.

Undone check-ins stay on the sheet, marked with the reason, so the paper matches the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import landscape

from app.checkin.schemas import VisitRecord
from app.fonts import printable
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, mm, wrap_text

TITLE = "来访登记表"
SIZE = 9.0
LEADING = SIZE * 1.35
PAD = 1.5 * mm
# (heading, share of the table width)
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.04),
    ("签到", 0.06),
    ("签退", 0.06),
    ("姓名", 0.12),
    ("客户编号", 0.08),
    ("会员卡号", 0.11),
    ("人数", 0.04),
    ("来访事由", 0.19),
    ("服务区域", 0.09),
    ("接待人", 0.09),
    ("备注", 0.12),
)


@dataclass(frozen=True)
class VisitRegister:
    venue_name: str
    day: date
    rows: tuple[tuple[str, ...], ...]  # one tuple of cell texts per visit, in COLUMNS order
    visits: int  # not undone
    people: int  # party sizes of the visits not undone


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def visit_register(venue_name: str, day: date, visits: Sequence[VisitRecord]) -> VisitRegister:
    """The sheet's contents, built apart from drawing so it can be tested as data."""
    rows = []
    for n, v in enumerate(visits, start=1):
        note = f"已撤销：{v.undo_reason}" if v.undone else ("散客" if v.walk_in else "")
        rows.append(
            (
                str(n),
                _clock(v.checked_in_at),
                _clock(v.checked_out_at),
                v.name,
                v.customer_number,
                v.card_no,
                str(v.party_size),
                v.purpose,
                v.service_area,
                v.host,
                note,
            )
        )
    live = [v for v in visits if not v.undone]
    return VisitRegister(venue_name, day, tuple(rows), len(live), sum(v.party_size for v in live))


def _layout(c: FormCanvas, cells: Sequence[str]) -> tuple[list[float], list[list[str]], float]:
    """Column widths, each cell's wrapped lines and the row height."""
    widths = [share * c.width for _, share in COLUMNS]
    lines = [
        wrap_text(printable(t), w - 2 * PAD, font_size=SIZE)
        for t, w in zip(cells, widths, strict=True)
    ]
    return widths, lines, max(len(ls) for ls in lines) * LEADING + 2 * PAD


def _row(c: FormCanvas, cells: Sequence[str], top: float, *, shade: bool = False) -> float:
    widths, lines, height = _layout(c, cells)
    x = c.left
    c.saveState()
    c.setLineWidth(0.5)
    for w, cell_lines in zip(widths, lines, strict=True):
        c.setFillGray(0.92 if shade else 1)
        c.rect(x, top - height, w, height, stroke=1, fill=1)
        c.setFillGray(0)
        baseline = top - PAD - SIZE * 0.85
        for line in cell_lines:
            draw_text(c, line, x + PAD, baseline, size=SIZE)
            baseline -= LEADING
        x += w
    c.restoreState()
    return top - height


def render_visit_register(register: VisitRegister, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=register.venue_name,
        form_title=TITLE,
        page_size=landscape(A4),
        printed_at=printed_at,
    )
    summary = (
        f"日期 {register.day.isoformat()}    来访 {register.visits} 批    共 {register.people} 人"
    )
    draw_text(c, summary, c.left, c.top - 5 * mm, size=10.5)
    top = c.top - 8 * mm
    headings = [h for h, _ in COLUMNS]
    top = _row(c, headings, top, shade=True)
    for cells in register.rows:
        if top - _layout(c, cells)[2] < c.bottom:  # a new page repeats the column headings
            c.showPage()
            top = _row(c, headings, c.top, shade=True)
        top = _row(c, cells, top)
    if not register.rows:
        draw_text(c, "当日无来访记录。", c.left, top - 6 * mm)
    return c.pdf_bytes()
