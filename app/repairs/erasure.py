"""What a customer's erasure or merge does to their repair orders: what may describe the person
(their signature, reasons given for a new time or a cancellation, the follow-up call's notes) is
dropped; the counted facts (numbers, times, states, fee lines, amounts, check results, whether a
follow-up found them satisfied) stay, so registers and rates do not change."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.repairs.schemas import EventKind
from db.models import RepairEvent, RepairOrder

MERGED_MODELS = (RepairOrder,)


def blank_repair_free_text(session: Session, customer_id: str) -> None:
    orders = select(RepairOrder.id).where(RepairOrder.customer_id == customer_id)
    session.execute(
        update(RepairOrder)
        .where(RepairOrder.customer_id == customer_id)
        .values(signature=None, reschedule_reason=None, cancel_reason=None, followup=None)
    )
    session.execute(
        update(RepairEvent)
        .where(
            RepairEvent.order_id.in_(orders),
            RepairEvent.kind.in_([EventKind.RESCHEDULE, EventKind.FOLLOWUP]),
        )
        .values(note=None)
    )
