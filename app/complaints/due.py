"""The complaints room as a DueSource of the reminder board: stepped reminders at 50 % and 80 %
of each deadline to the handler, at 100 % to the duty manager, then once a day while overdue;
and the "overdue and due soon" items for the main window."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.complaints.handling import SOURCE
from app.complaints.records import staff_names
from app.complaints.schemas import DeadlineState, DeadlineStatus, State
from app.complaints.settings import read_complaint_settings
from app.complaints.store import deadlines_of, events_of, unmet
from app.members.store import local_today
from app.reminders.board import (
    DUE_SOON,
    DueItem,
    ReminderBoard,
    role_recipient,
    staff_recipient,
)
from app.security.audit import Actor
from app.security.permissions import Permission, allows
from db.models import Complaint

MANAGER = role_recipient("manager")
STEPS = ((50, "50"), (80, "80"))
FOLLOW_UP = "followup"


def overdue_step(now: datetime) -> str:
    return f"overdue-{local_today(now).isoformat()}"


def _not_closed(session: Session) -> list[Complaint]:
    query = select(Complaint).where(Complaint.state != State.CLOSED).order_by(Complaint.number)
    return list(session.scalars(query))


def _steps(row: Complaint, d: DeadlineStatus, now: datetime) -> list[tuple[str, str]]:
    """(step, recipient) pairs due for one deadline at `now`."""
    handler = staff_recipient(row.handler_id) if row.handler_id is not None else MANAGER
    out = [(step, handler) for percent, step in STEPS if d.used_percent >= percent]
    if d.state == DeadlineState.OVERDUE:
        out.append(("100", MANAGER))
        day = overdue_step(now)
        out.extend([(day, MANAGER), (day, handler)])
    return list(dict.fromkeys(out))


class ComplaintDeadlines:
    """Registered on the board in build_services; needs no key (codes and times are plain)."""

    def raise_reminders(self, session: Session, board: ReminderBoard, now: datetime) -> None:
        settings = read_complaint_settings(session)
        for row in _not_closed(session):
            if row.paused_since is not None:
                continue
            for d in unmet(deadlines_of(row, events_of(session, row.id), settings, now)):
                for step, recipient in _steps(row, d, now):
                    board.remind(
                        session,
                        source=SOURCE,
                        source_id=row.id,
                        deadline=d.deadline,
                        step=step,
                        recipient=recipient,
                        due_at=d.due_at,
                    )
            if self._followup_due(row, now) and row.handler_id is not None:
                board.remind(
                    session,
                    source=SOURCE,
                    source_id=row.id,
                    deadline=FOLLOW_UP,
                    step="due",
                    recipient=staff_recipient(row.handler_id),
                    due_at=now,
                )

    def due_items(self, session: Session, actor: Actor, now: datetime) -> list[DueItem]:
        if not allows(actor.role, Permission.RECORD_COMPLAINT):
            return []
        settings, names = read_complaint_settings(session), staff_names(session)
        items = []
        for row in _not_closed(session):
            owner = names.get(row.handler_id, "") if row.handler_id is not None else ""
            for d in unmet(deadlines_of(row, events_of(session, row.id), settings, now)):
                if d.state == DeadlineState.PAUSED or d.due_at > now + DUE_SOON:
                    continue
                overdue = d.state == DeadlineState.OVERDUE
                items.append(
                    DueItem(
                        SOURCE,
                        row.id,
                        row.number,
                        row.category,
                        d.deadline,
                        d.due_at,
                        overdue,
                        owner,
                    )
                )
            if self._followup_due(row, now) and row.followup_due_on:
                day = date.fromisoformat(row.followup_due_on)
                late = day < local_today(now)
                at = datetime.combine(day, time(0)).astimezone()
                items.append(
                    DueItem(SOURCE, row.id, row.number, row.category, FOLLOW_UP, at, late, owner)
                )
        return items

    @staticmethod
    def _followup_due(row: Complaint, now: datetime) -> bool:
        return (
            row.state == State.FOLLOWING_UP
            and row.followup_due_on is not None
            and row.followup_due_on <= local_today(now).isoformat()
        )
