"""销毁记录: what was destroyed, how many, how, who destroyed it, who witnessed, the date and the
two approvals. Kept for good, so it names the customer only by the file number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.forms.pdf_blocks import draw_field_grid, draw_signature_line
from app.forms.pdf_canvas import A4, FormCanvas, draw_paragraph, mm
from app.lending.printed_words import METHOD_ZH, contents_zh
from app.lending.schemas import DestructionRecordView

TITLE = "档案销毁记录"
NOTE = (
    "本档案保管期限已届满，经档案管理员与经理两级审批后销毁；对应电子档案已依法删除，"
    "本记录不含客户个人信息，永久保存。"
)


@dataclass(frozen=True)
class DestructionSheet:
    venue_name: str
    number: str
    fields: tuple[tuple[str, str], ...]


def destruction_sheet(venue_name: str, view: DestructionRecordView) -> DestructionSheet:
    """The record's contents, apart from drawing so they can be tested as data."""
    record = view.deletion_record_id
    erased = f"已删除（删除记录 {record}）" if record else "此前已删除"
    fields = (
        ("记录编号", view.number),
        ("客户档案号", view.customer_number),
        ("档案编号", "、".join(view.item_numbers)),
        ("销毁内容", contents_zh(view.contents)),
        ("份数", str(view.copies)),
        ("销毁方式", METHOD_ZH.get(view.method, view.method)),
        ("销毁日期", view.destroyed_on.isoformat() if view.destroyed_on else ""),
        ("销毁人", view.destroyed_by),
        ("监销人", view.witnessed_by),
        ("档案管理员审批", view.keeper_approved_by),
        ("经理审批", view.manager_approved_by),
        ("电子档案", erased),
    )
    return DestructionSheet(venue_name, view.number, fields)


def render_destruction_record(
    sheet: DestructionSheet, *, printed_at: datetime | None = None
) -> bytes:
    c = FormCanvas(
        venue_name=sheet.venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at
    )
    top = draw_field_grid(c, sheet.fields, c.left, c.top - 4 * mm, c.width, label_width=34 * mm)
    top = draw_paragraph(c, NOTE, c.left, top - 4 * mm, c.width, size=9.5)
    half = c.width / 2
    top -= 6 * mm
    for row in (("销毁人签字：", "监销人签字："), ("档案管理员签字：", "经理签字：")):
        for i, label in enumerate(row):
            draw_signature_line(c, label, c.left + i * half, top, half - 6 * mm)
        top -= 14 * mm
    return c.pdf_bytes()
