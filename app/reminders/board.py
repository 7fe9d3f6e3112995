"""The reminder board: each room registers a DueSource; the main window shows one list.

A room knows its own deadlines; this module only gathers them, stores each reminder step once
(unique per source, item, deadline, step and recipient) and tells the signed-in person what is
waiting for them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.security.audit import Actor
from app.security.desk_session import DeskSession
from db.models import Reminder
from db.session import UnitOfWork
from db.types import utc_now

DUE_SOON = timedelta(hours=24)


@dataclass(frozen=True)
class DueItem:
    """One deadline of one item, for the "overdue and due soon" list."""

    source: str  # complaint / repair / loan
    source_id: str
    number: str  # the item's printed number, e.g. TS-202611-0003
    title: str  # short words for the list, no personal data beyond the item's own
    deadline: str  # first_response / close / plan / return ...
    due_at: datetime
    overdue: bool
    owner: str = ""  # display name of whoever must act


@dataclass(frozen=True)
class ReminderRecord:
    id: str
    source: str
    source_id: str
    deadline: str
    step: str
    due_at: datetime
    created_at: datetime


class DueSource(Protocol):
    """A room that has deadlines."""

    def due_items(self, session: Session, actor: Actor, now: datetime) -> list[DueItem]:
        """Items overdue or due within DUE_SOON that `actor` may see."""
        ...

    def raise_reminders(self, session: Session, board: ReminderBoard, now: datetime) -> None:
        """Store the reminder steps that are due by `now` through board.remind(...)."""
        ...


def staff_recipient(staff_id: int) -> str:
    return f"staff:{staff_id}"


def role_recipient(role: str) -> str:
    return f"role:{role}"


class ReminderBoard:
    def __init__(self, uow: UnitOfWork, desk: DeskSession) -> None:
        self._uow = uow
        self._desk = desk
        self._sources: list[DueSource] = []

    def register(self, source: DueSource) -> None:
        self._sources.append(source)

    def due_list(self, now: datetime | None = None) -> list[DueItem]:
        """Everything overdue or due soon across the rooms, most urgent first."""
        actor = self._desk.current()
        when = now or utc_now()
        with self._uow() as s:
            items = [item for src in self._sources for item in src.due_items(s, actor, when)]
        return sorted(items, key=lambda i: (not i.overdue, i.due_at, i.number))

    def sweep(self, now: datetime | None = None) -> int:
        """Let every room store the reminder steps due by now; returns how many are new."""
        when = now or utc_now()
        before = self._count()
        with self._uow() as s:
            for src in self._sources:
                src.raise_reminders(s, self, when)
        return self._count() - before

    def remind(
        self,
        session: Session,
        *,
        source: str,
        source_id: str,
        deadline: str,
        step: str,
        recipient: str,
        due_at: datetime,
    ) -> bool:
        """Store one reminder step unless it was stored before; True when new."""
        exists = session.scalar(
            select(Reminder.id).where(
                Reminder.source == source,
                Reminder.source_id == source_id,
                Reminder.deadline == deadline,
                Reminder.step == step,
                Reminder.recipient == recipient,
            )
        )
        if exists is not None:
            return False
        try:
            with session.begin_nested():
                session.add(
                    Reminder(
                        id=uuid.uuid4().hex,
                        source=source,
                        source_id=source_id,
                        deadline=deadline,
                        step=step,
                        recipient=recipient,
                        due_at=due_at,
                    )
                )
        except IntegrityError:
            return False
        return True

    def mine(self) -> list[ReminderRecord]:
        """Unseen reminders for the signed-in person (by name or by role), newest first."""
        actor = self._desk.current()
        with self._uow() as s:
            rows = s.scalars(
                select(Reminder)
                .where(Reminder.seen_at.is_(None), Reminder.recipient.in_(_recipients(actor)))
                .order_by(Reminder.created_at.desc())
            )
            return [
                ReminderRecord(
                    r.id, r.source, r.source_id, r.deadline, r.step, r.due_at, r.created_at
                )
                for r in rows
            ]

    def mark_seen(self, reminder_id: str) -> None:
        actor = self._desk.current()
        with self._uow() as s:
            row = s.get(Reminder, reminder_id)
            if row is None or row.recipient not in _recipients(actor):
                raise DomainError(reminder_id, code="reminder_not_found")
            row.seen_at = utc_now()

    def _count(self) -> int:
        with self._uow() as s:
            return s.scalar(select(func.count(Reminder.id))) or 0


def _recipients(actor: Actor) -> set[str]:
    names = {role_recipient(actor.role)}
    if actor.staff_id is not None:
        names.add(staff_recipient(actor.staff_id))
    return names
