"""Fee lines on an order: priced from the order's fee standard, "other" items only with a
manager's approval, and the customer's agreement with its cost limit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.repairs.fee_standard import current_version
from app.repairs.schemas import AgreementInput, FeeLineInput
from app.repairs.store import fee_lines
from db.models import FeeItem, RepairFeeLine, RepairOrder

MAX_QUANTITY_MILLI = 1_000_000  # 1000 units
MAX_PRICE_FEN = 10_000_000  # 100 000 yuan


def line_amount(unit_price_fen: int, quantity_milli: int) -> int:
    """Price times quantity, rounded half up to the fen."""
    return (unit_price_fen * quantity_milli + 500) // 1000


def _other_key(name: str, unit: str, price_fen: int) -> tuple[str, str, int]:
    return name.strip(), unit.strip(), price_fen


def _new_line(
    order_id: str,
    data: FeeLineInput,
    items: dict[int, FeeItem],
    approved: dict[tuple[str, str, int], int],
) -> RepairFeeLine:
    if not 0 < data.quantity_milli <= MAX_QUANTITY_MILLI:
        raise ValidationError("quantity_milli", "out_of_range")
    if data.fee_item_id is not None:
        item = items.get(data.fee_item_id)
        if item is None:
            raise ValidationError("fee_item_id", "not_in_standard", str(data.fee_item_id))
        return RepairFeeLine(
            order_id=order_id,
            fee_item_id=item.id,
            name=item.name,
            unit=item.unit,
            unit_price_fen=item.price_fen,
            quantity_milli=data.quantity_milli,
            amount_fen=line_amount(item.price_fen, data.quantity_milli),
            other=False,
        )
    name, unit, price = _other_key(data.other_name, data.other_unit, data.other_price_fen)
    if not name or len(name) > 64:
        raise ValidationError("other_name", "required" if not name else "too_long")
    if not unit or len(unit) > 16:
        raise ValidationError("other_unit", "required" if not unit else "too_long")
    if not 0 <= price <= MAX_PRICE_FEN:
        raise ValidationError("other_price_fen", "out_of_range")
    return RepairFeeLine(
        order_id=order_id,
        fee_item_id=None,
        name=name,
        unit=unit,
        unit_price_fen=price,
        quantity_milli=data.quantity_milli,
        amount_fen=line_amount(price, data.quantity_milli),
        other=True,
        approved_by=approved.get((name, unit, price)),
    )


def set_lines(
    session: Session,
    row: RepairOrder,
    data: AgreementInput,
    *,
    approver_id: int | None,
    today: date,
    now: datetime,
) -> dict[str, object]:
    """Replace the order's lines; the customer's agreement stands only while the new total stays
    within its cost limit and every line is approved. Returns the audit detail."""
    if row.fee_version_id is None:
        row.fee_version_id = current_version(session, today).id
    items = {
        i.id: i
        for i in session.scalars(select(FeeItem).where(FeeItem.version_id == row.fee_version_id))
    }
    old = fee_lines(session, row.id)
    approved = {
        _other_key(line.name, line.unit, line.unit_price_fen): line.approved_by
        for line in old
        if line.other and line.approved_by is not None
    }
    lines = [_new_line(row.id, line, items, approved) for line in data.lines]
    for line in lines:
        if line.other and line.approved_by is None and approver_id is not None:
            line.approved_by = approver_id
    total = sum(line.amount_fen for line in lines)
    if data.fee_limit_fen < 0:
        raise ValidationError("fee_limit_fen", "negative")
    limit = data.fee_limit_fen or total
    if limit < total:
        raise ValidationError("fee_limit_fen", "below_total", f"{limit} < {total}")
    stands = (
        row.fees_agreed_at is not None
        and total <= row.fee_limit_fen
        and data.fee_limit_fen in (0, row.fee_limit_fen)
        and all(not line.other or line.approved_by is not None for line in lines)
    )
    for line in old:
        session.delete(line)
    session.flush()
    for line in lines:
        line.agreed_at = now if stands else None
        session.add(line)
    if not stands:
        row.fees_agreed_at = None
        row.fee_limit_fen = limit
    session.flush()
    return {
        "lines": len(lines),
        "total_fen": total,
        "limit_fen": row.fee_limit_fen,
        "agreed": stands,
    }


def approve_other(
    session: Session, row: RepairOrder, line_id: int, approver_id: int | None
) -> None:
    line = session.get(RepairFeeLine, line_id)
    if line is None or line.order_id != row.id:
        raise ValidationError("line_id", "not_found")
    if not line.other:
        raise ValidationError("line_id", "not_other")
    line.approved_by = approver_id


def agree(session: Session, row: RepairOrder, now: datetime) -> int:
    """Record the customer's agreement to the lines shown; returns their total."""
    lines = fee_lines(session, row.id)
    if row.fee_version_id is None:
        raise ValidationError("fees", "not_proposed")
    if any(line.other and line.approved_by is None for line in lines):
        raise ValidationError("fees", "other_not_approved")
    for line in lines:
        line.agreed_at = now
    row.fees_agreed_at = now
    return sum(line.amount_fen for line in lines)


def require_agreed(session: Session, row: RepairOrder) -> list[RepairFeeLine]:
    """The order's lines, refused (fees: not_agreed) while the customer has not agreed them."""
    lines = fee_lines(session, row.id)
    if row.fees_agreed_at is None or any(line.agreed_at is None for line in lines):
        raise ValidationError("fees", "not_agreed")
    return lines
