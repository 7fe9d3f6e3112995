"""消费小票: the customer's receipt for one consumption, on A5, amounts in yuan with two
decimals (stored as fen) and the points it earned or spent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.forms.pdf_blocks import draw_code128, draw_field_grid, draw_signature_line
from app.forms.pdf_canvas import A5, FormCanvas, mm
from app.members.schemas import yuan
from app.points.records import ConsumptionRecord

TITLE = "消费小票"
PAYMENT_NAMES = {
    "cash": "现金",
    "wechat": "微信支付",
    "alipay": "支付宝",
    "bank_card": "银行卡",
    "points": "积分抵扣",
}


@dataclass(frozen=True)
class ReceiptData:
    venue_name: str
    receipt_no: str
    rows: tuple[tuple[str, str], ...]  # (label, value) in print order
    reversed: bool


def receipt_data(
    record: ConsumptionRecord, venue_name: str, member_name: str, staff: str
) -> ReceiptData:
    """What the receipt says, built apart from drawing so it can be tested as data."""
    rows: list[tuple[str, str]] = [
        ("小票号", record.receipt_no),
        ("日期", record.day.isoformat()),
        ("客户", member_name or "散客"),
        ("会员卡号", record.card_no or "—"),
        ("部门", record.department),
        ("项目 / 服务", record.items),
        ("金额", f"¥ {yuan(record.amount_fen)}"),
        ("会员折扣", f"- ¥ {yuan(record.discount_fen)}"),
        ("实付", f"¥ {yuan(record.paid_fen)}"),
        ("支付方式", PAYMENT_NAMES.get(record.payment_method, record.payment_method)),
    ]
    if record.card_no:
        if record.points_paid:
            rows.append(("积分抵扣", f"{record.points_paid} 分"))
        rows.append(("本次积分", f"{record.points_earned} 分"))
        rows.append(("积分余额", f"{record.balance_after} 分"))
    rows.append(("经办人", staff))
    if record.reversed:
        rows.append(("状态", "已冲正"))
    return ReceiptData(venue_name, record.receipt_no, tuple(rows), record.reversed)


def render_receipt(data: ReceiptData, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=data.venue_name,
        form_title=TITLE,
        page_size=A5,
        printed_at=printed_at,
        classification="已冲正" if data.reversed else None,
    )
    top = draw_field_grid(c, data.rows, c.left, c.top, c.width, label_width=26 * mm)
    top = draw_code128(c, data.receipt_no, c.left, top - 6 * mm, height=10 * mm)
    draw_signature_line(c, "客户签名", c.left, top - 2 * mm, c.width / 2)
    return c.pdf_bytes()
