"""Shared helpers of the repairs room: finding orders, sealing their fields, writing events and
turning rows into records."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from app.customers.store import open_values
from app.errors import DomainError, ValidationError
from app.members.store import new_id, seal, unseal
from app.repairs.schemas import (
    FeeLineRecord,
    PhotoRecord,
    RepairEventRecord,
    RepairRecord,
    RepairRow,
    RepairSettings,
)
from app.security.keys import VaultKeys
from db.models import (
    Customer,
    FeeStandardVersion,
    RepairEvent,
    RepairFeeLine,
    RepairOrder,
    RepairPhoto,
    Staff,
    Technician,
)

TABLE = "repair_orders"
EVENTS = "repair_events"
PHOTOS = "repair_photos"


def order_by_id(session: Session, order_id: str) -> RepairOrder:
    row = session.get(RepairOrder, order_id)
    if row is None:
        raise DomainError(order_id, code="repair_not_found")
    return row


def order_by_number(session: Session, number: str) -> RepairOrder:
    row = session.scalar(select(RepairOrder).where(RepairOrder.number == number.strip().upper()))
    if row is None:
        raise ValidationError("number", "not_found", number)
    return row


def next_number(session: Session, prefix: str, month: str) -> str:
    """PREFIX-YYYYMM-0001: the month's next number, found by an index range."""
    stem = f"{prefix}-{month.replace('-', '')}-"
    last = session.scalar(
        select(func.max(RepairOrder.number)).where(
            RepairOrder.number > stem, RepairOrder.number < stem + "~"
        )
    )
    return f"{stem}{int(last[len(stem) :]) + 1 if last else 1:04d}"


def seal_order(keys: VaultKeys, row: RepairOrder, column: str, text: str) -> bytes | None:
    return seal(keys, TABLE, column, row.id, text)


def open_order(keys: VaultKeys, row: RepairOrder, column: str) -> str:
    return unseal(keys, TABLE, column, row.id, getattr(row, column))


def add_event(
    session: Session,
    keys: VaultKeys,
    row: RepairOrder,
    kind: str,
    staff_id: int | None,
    at: datetime,
    *,
    to_state: str = "",
    note: str = "",
) -> None:
    """One step of the order's history; a state change moves the order too."""
    event = RepairEvent(
        id=new_id(),
        order_id=row.id,
        key_id=keys.active_key_id,
        kind=kind,
        from_state=row.state if to_state else "",
        to_state=to_state,
        staff_id=staff_id,
        at=at,
    )
    event.note = seal(keys, EVENTS, "note", event.id, note)
    session.add(event)
    if to_state:
        row.state = to_state


def is_late(row: RepairOrder, grace_minutes: int) -> bool | None:
    """Late: arrived more than the grace after the (possibly re-agreed) window's end."""
    if row.arrived_at is None:
        return None
    return row.arrived_at > row.appointment_end + timedelta(minutes=grace_minutes)


def _staff_names(session: Session) -> dict[int, str]:
    return {s.id: s.display_name for s in session.scalars(select(Staff))}


def _customer(keys: VaultKeys, session: Session, row: RepairOrder) -> tuple[str, str, str]:
    """The requester's number, name and phone from their file ("" when erased or none)."""
    if row.customer_id is None:
        return "", "", ""
    customer = session.get(Customer, row.customer_id)
    if customer is None:
        return "", "", ""
    values = open_values(keys, customer, ["name", "phone"])
    return customer.number, values["name"], values["phone"]


def line_record(line: RepairFeeLine) -> FeeLineRecord:
    return FeeLineRecord(
        id=line.id,
        fee_item_id=line.fee_item_id,
        name=line.name,
        unit=line.unit,
        unit_price_fen=line.unit_price_fen,
        quantity_milli=line.quantity_milli,
        amount_fen=line.amount_fen,
        other=line.other,
        approved=not line.other or line.approved_by is not None,
        agreed=line.agreed_at is not None,
    )


def fee_lines(session: Session, order_id: str) -> list[RepairFeeLine]:
    query = select(RepairFeeLine).where(RepairFeeLine.order_id == order_id)
    return list(session.scalars(query.order_by(RepairFeeLine.id)))


def technician_name(session: Session, technician_id: int | None) -> str:
    tech = session.get(Technician, technician_id) if technician_id is not None else None
    return tech.name if tech else ""


def repair_record(
    session: Session,
    keys: VaultKeys,
    row: RepairOrder,
    settings: RepairSettings,
    *,
    history: bool = True,
) -> RepairRecord:
    """The order as the screens and forms show it; `history` adds events and photos."""
    names = _staff_names(session)
    number, name, phone = _customer(keys, session, row)
    lines = tuple(line_record(line) for line in fee_lines(session, row.id))
    version = session.get(FeeStandardVersion, row.fee_version_id) if row.fee_version_id else None
    followup = json.loads(open_order(keys, row, "followup") or "{}")
    events: tuple[RepairEventRecord, ...] = ()
    photos: tuple[PhotoRecord, ...] = ()
    if history:
        events = tuple(
            RepairEventRecord(
                e.kind,
                e.from_state,
                e.to_state,
                unseal(keys, EVENTS, "note", e.id, e.note),
                names.get(e.staff_id, "") if e.staff_id is not None else "",
                e.at,
            )
            for e in session.scalars(
                select(RepairEvent)
                .where(RepairEvent.order_id == row.id)
                .order_by(RepairEvent.at, literal_column("repair_events.rowid"))
            )
        )
        photos = tuple(
            PhotoRecord(
                p.id, p.stage, unseal(keys, PHOTOS, "filename", p.id, p.filename), p.created_at
            )
            for p in session.scalars(
                select(RepairPhoto)
                .where(RepairPhoto.order_id == row.id)
                .order_by(RepairPhoto.created_at, RepairPhoto.id)
            )
        )
    return RepairRecord(
        id=row.id,
        number=row.number,
        state=row.state,
        month=row.month,
        reported_at=row.reported_at,
        reported_via=row.reported_via,
        category=row.category,
        urgency=row.urgency,
        location=open_order(keys, row, "location"),
        fault=open_order(keys, row, "fault"),
        customer_id=row.customer_id,
        customer_number=number,
        customer_name=name,
        customer_phone=phone,
        appointment_start=row.appointment_start,
        appointment_end=row.appointment_end,
        rescheduled=row.rescheduled,
        reschedule_reason=open_order(keys, row, "reschedule_reason"),
        technician_id=row.technician_id,
        technician_name=technician_name(session, row.technician_id),
        dispatched_at=row.dispatched_at,
        arrived_at=row.arrived_at,
        late=is_late(row, settings.late_grace_minutes),
        fee_version_id=row.fee_version_id,
        fee_effective_from=date.fromisoformat(version.effective_from) if version else None,
        fee_limit_fen=row.fee_limit_fen,
        fees_agreed_at=row.fees_agreed_at,
        lines=lines,
        lines_fen=sum(line.amount_fen for line in lines),
        under_warranty=row.under_warranty,
        total_fen=row.total_fen,
        work_done=open_order(keys, row, "work_done"),
        parts=tuple(json.loads(open_order(keys, row, "parts") or "[]")),
        finished_at=row.finished_at,
        has_signature=row.signature is not None,
        signed_on_paper=row.signed_on_paper,
        signed_at=row.signed_at,
        check_result=row.check_result,
        check_note=open_order(keys, row, "check_note"),
        checked_by_name=names.get(row.checked_by, "") if row.checked_by is not None else "",
        checked_at=row.checked_at,
        check_failures=row.check_failures,
        closed_at=row.closed_at,
        cancel_reason=open_order(keys, row, "cancel_reason"),
        followup_drawn_month=row.followup_drawn_month,
        followup_satisfied=row.followup_satisfied,
        followup_note=str(followup.get("note", "")),
        followup_at=row.followup_at,
        created_by_name=names.get(row.created_by, "") if row.created_by is not None else "",
        events=events,
        photos=photos,
    )


def repair_row(
    session: Session, keys: VaultKeys, row: RepairOrder, settings: RepairSettings
) -> RepairRow:
    _, name, _ = _customer(keys, session, row)
    return RepairRow(
        id=row.id,
        number=row.number,
        state=row.state,
        reported_at=row.reported_at,
        category=row.category,
        urgency=row.urgency,
        location=open_order(keys, row, "location"),
        customer_name=name,
        technician_name=technician_name(session, row.technician_id),
        appointment_start=row.appointment_start,
        appointment_end=row.appointment_end,
        late=is_late(row, settings.late_grace_minutes),
        total_fen=row.total_fen,
    )
