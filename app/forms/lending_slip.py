"""借阅单: the two-part lending slip on one A4 with a cut line. The 存档联 stays in the archive,
the 随档联 travels with the files; both carry the items, times, approvals and signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.fonts import printable
from app.forms.pdf_blocks import draw_cut_line, draw_field_grid, draw_signature_line
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, mm, text_width, wrap_text
from app.forms.signature_image import draw_signature_image
from app.lending.printed_words import (
    LEVEL_ZH,
    STAGE_ZH,
    contents_zh,
    highest_level,
)
from app.lending.schemas import LoanRecord

TITLE = "档案借阅单"
PARTS = ("存档联（档案室留存）", "随档联（随档案流转）")
SIZE = 9.0
LEADING = SIZE * 1.35
PAD = 1.4 * mm
ITEM_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.07),
    ("档案编号", 0.2),
    ("客户档案号", 0.16),
    ("内容", 0.33),
    ("份数", 0.08),
    ("密级", 0.16),
)


@dataclass(frozen=True)
class LendingSlip:
    venue_name: str
    loan_no: str
    classification: str  # "" for 普通, else 机密 / 绝密
    fields: tuple[tuple[str, str], ...]  # label, value; two to a row
    purpose: str
    reason: str
    items: tuple[tuple[str, ...], ...]
    approvals: tuple[tuple[str, str], ...]  # level, "name 已批准 YYYY-MM-DD"
    signature_png: bytes | None = None  # signed on screen: printed over the borrower's line


def _day(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def lending_slip(
    venue_name: str, loan: LoanRecord, signature_png: bytes | None = None
) -> LendingSlip:
    """The slip's contents, apart from drawing so they can be tested as data."""
    level = highest_level(line.confidentiality for line in loan.lines)
    approvals = []
    for a in loan.approvals:
        if a.round != 0 or not a.approved:
            continue
        approvals.append((STAGE_ZH.get(a.stage, a.stage), f"{a.decided_by}  {_day(a.decided_at)}"))
    renewal = [a for a in loan.approvals if a.round == 1 and a.approved]
    if renewal and loan.renewal_state == "approved":
        approvals.append(("续借", f"批准至 {loan.due_on.isoformat()}"))
    signature = {"screen": "屏幕签字（已存档）", "paper": "纸面签字"}.get(loan.signature_kind, "")
    fields = (
        ("借阅单号", loan.number),
        ("借阅人", loan.borrower),
        ("所在部门", loan.department),
        ("申请时间", _day(loan.applied_at)),
        ("借出时间", _day(loan.lent_at)),
        ("应还日期", loan.due_on.isoformat()),
        ("经办人", loan.lent_by),
        ("签字方式", signature),
    )
    items = tuple(
        (
            str(n),
            line.item_no,
            line.customer_number,
            contents_zh(line.contents),
            str(line.copies),
            LEVEL_ZH.get(line.confidentiality, line.confidentiality),
        )
        for n, line in enumerate(loan.lines, start=1)
    )
    return LendingSlip(
        venue_name=venue_name,
        loan_no=loan.number,
        classification="" if level == "normal" else LEVEL_ZH[level],
        fields=fields,
        purpose=loan.purpose,
        reason=loan.reason,
        items=items,
        approvals=tuple(approvals),
        signature_png=signature_png,
    )


Columns = tuple[tuple[str, float], ...]  # heading, share of the page's width


def row_height(c: FormCanvas, columns: Columns, cells: tuple[str, ...]) -> float:
    return max(len(ls) for ls in _cell_lines(c, columns, cells)) * LEADING + 2 * PAD


def _cell_lines(c: FormCanvas, columns: Columns, cells: tuple[str, ...]) -> list[list[str]]:
    return [
        wrap_text(printable(t), share * c.width - 2 * PAD, font_size=SIZE)
        for t, (_, share) in zip(cells, columns, strict=True)
    ]


def table_row(
    c: FormCanvas, columns: Columns, cells: tuple[str, ...], top: float, *, shade: bool = False
) -> float:
    """One boxed row of a register table, cells wrapped; returns the y below it."""
    height = row_height(c, columns, cells)
    x = c.left
    c.saveState()
    c.setLineWidth(0.5)
    for (_, share), cell_lines in zip(columns, _cell_lines(c, columns, cells), strict=True):
        w = share * c.width
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


def _grid(c: FormCanvas, rows: tuple[tuple[str, str], ...], top: float, columns: int = 1) -> float:
    return draw_field_grid(
        c,
        rows,
        c.left,
        top,
        c.width,
        columns=columns,
        size=SIZE,
        min_row_height=6.5 * mm,
        label_width=24 * mm,
    )


def _part(c: FormCanvas, slip: LendingSlip, part: str, top: float) -> float:
    draw_text(c, f"{TITLE} · {part}", c.left, top - 5 * mm, size=11, bold=True)
    draw_text(c, slip.loan_no, c.right, top - 5 * mm, size=11, align="right")
    top -= 8 * mm
    top = _grid(c, slip.fields, top, columns=2)
    top = _grid(c, (("借阅用途", slip.purpose), ("借阅事由", slip.reason)), top)
    top = table_row(c, ITEM_COLUMNS, tuple(h for h, _ in ITEM_COLUMNS), top - 2 * mm, shade=True)
    for cells in slip.items:
        top = table_row(c, ITEM_COLUMNS, cells, top)
    top = _grid(c, slip.approvals or (("审批", ""),), top - 2 * mm, columns=2)
    third = c.width / 3
    for i, label in enumerate(("借阅人签字：", "档案管理员签字：", "归还接收人签字：")):
        draw_signature_line(c, label, c.left + i * third, top, third - 4 * mm, height=10 * mm)
    if slip.signature_png:  # the ink, sitting on the borrower's line
        x = c.left + text_width("借阅人签字：") + 3 * mm
        line_y = top - 10 * mm + 2 * mm - 1.5
        width = third - (x - c.left) - 5 * mm
        draw_signature_image(c, slip.signature_png, x, top - 9.5 * mm, width, 9 * mm, line_y=line_y)
    return top - 10 * mm


def render_lending_slip(slip: LendingSlip, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=slip.venue_name,
        form_title=TITLE,
        page_size=A4,
        printed_at=printed_at,
        classification=slip.classification or None,
    )
    middle = (c.top + c.bottom) / 2
    _part(c, slip, PARTS[0], c.top)
    draw_cut_line(c, middle)
    _part(c, slip, PARTS[1], middle - 3 * mm)
    return c.pdf_bytes()
