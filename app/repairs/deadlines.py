"""Repair deadlines for the reminder board: an appointment coming up (or not yet dispatched) and a
technician late for the appointment window. Reminders go to the engineering supervisor's role
and to the assigned technician's staff account when it is linked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.reminders.board import DUE_SOON, DueItem, ReminderBoard, role_recipient, staff_recipient
from app.repairs.schemas import RepairSettings, RepairState
from app.repairs.settings import read_repair_settings
from app.security.audit import Actor
from app.security.permissions import Permission, Role, allows
from db.models import RepairOrder, Technician

SOURCE = "repair"
WAITING = (RepairState.NEW, RepairState.SCHEDULED)


class Deadline:
    DISPATCH = "dispatch"  # no technician yet and the appointment is near
    APPOINTMENT = "appointment"  # the appointment window starts soon
    ARRIVAL = "arrival"  # the window plus the grace has passed without arrival


def _waiting(session: Session) -> Iterator[tuple[RepairOrder, Technician | None]]:
    query = select(RepairOrder).where(
        RepairOrder.state.in_([s.value for s in WAITING]), RepairOrder.arrived_at.is_(None)
    )
    for row in session.scalars(query.order_by(RepairOrder.appointment_start)):
        tech = session.get(Technician, row.technician_id) if row.technician_id else None
        yield row, tech


def _deadlines(
    row: RepairOrder, settings: RepairSettings, now: datetime
) -> list[tuple[str, datetime, bool]]:
    """(deadline, due_at, overdue) that apply to a waiting order at `now`."""
    late_at = row.appointment_end + timedelta(minutes=settings.late_grace_minutes)
    found: list[tuple[str, datetime, bool]] = []
    if row.technician_id is None and row.appointment_start - now <= DUE_SOON:
        found.append((Deadline.DISPATCH, row.appointment_start, now > row.appointment_start))
    if now > late_at:
        found.append((Deadline.ARRIVAL, late_at, True))
    elif row.appointment_start - now <= DUE_SOON:
        found.append((Deadline.APPOINTMENT, row.appointment_start, False))
    return found


class RepairDeadlines:
    """The DueSource of the repairs room."""

    def due_items(self, session: Session, actor: Actor, now: datetime) -> list[DueItem]:
        if not (
            allows(actor.role, Permission.DISPATCH_REPAIR)
            or allows(actor.role, Permission.WORK_REPAIR)
            or allows(actor.role, Permission.RECORD_REPAIR)
        ):
            return []
        only_mine = actor.role == Role.TECHNICIAN
        settings = read_repair_settings(session)
        items: list[DueItem] = []
        for row, tech in _waiting(session):
            if only_mine and (tech is None or tech.staff_id != actor.staff_id):
                continue
            for deadline, due_at, overdue in _deadlines(row, settings, now):
                items.append(
                    DueItem(
                        source=SOURCE,
                        source_id=row.id,
                        number=row.number,
                        title=row.category,
                        deadline=deadline,
                        due_at=due_at,
                        overdue=overdue,
                        owner=tech.name if tech else "",
                    )
                )
        return items

    def raise_reminders(self, session: Session, board: ReminderBoard, now: datetime) -> None:
        settings = read_repair_settings(session)
        before = timedelta(minutes=settings.remind_before_minutes)
        for row, tech in _waiting(session):
            recipients = [role_recipient(Role.ENGINEERING_LEAD)]
            if tech is not None and tech.staff_id is not None:
                recipients.append(staff_recipient(tech.staff_id))
            for deadline, due_at, overdue in _deadlines(row, settings, now):
                if not overdue and due_at - now > before:
                    continue
                step = "late" if deadline == Deadline.ARRIVAL else "soon"
                for recipient in recipients:
                    board.remind(
                        session,
                        source=SOURCE,
                        source_id=row.id,
                        deadline=deadline,
                        step=step,
                        recipient=recipient,
                        due_at=due_at,
                    )
