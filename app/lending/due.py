"""Loans on the reminder board: a reminder to the borrower and the archive keeper on the day a
file is due back and on each day it is overdue, and the "overdue and due soon" list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.lending.loans import sees_all
from app.lending.schemas import LoanState
from app.lending.store import staff_names
from app.members.store import local_today
from app.reminders.board import DueItem, ReminderBoard, role_recipient, staff_recipient
from app.security.audit import Actor
from app.security.permissions import Role
from db.models import ArchiveItem, Loan, LoanLine

SOURCE = "loan"
DEADLINE = "return"


def due_at(due_on: str) -> datetime:
    """The moment a loan becomes overdue: the start of the day after its due day, local time."""
    day = date.fromisoformat(due_on) + timedelta(days=1)
    return datetime(day.year, day.month, day.day).astimezone()


def step_of(due_on: str, today: date) -> str:
    """ "due" on the day itself, then "overdue_1", "overdue_2", ... one per day after."""
    late = (today - date.fromisoformat(due_on)).days
    return "due" if late <= 0 else f"overdue_{late}"


class LoanDueSource:
    """The lending register's deadlines for app.reminders.board."""

    def _lent(self, session: Session, last_day: date) -> list[Loan]:
        query = (
            select(Loan)
            .where(Loan.state == LoanState.LENT, Loan.due_on <= last_day.isoformat())
            .order_by(Loan.due_on, Loan.number)
        )
        return list(session.scalars(query))

    def due_items(self, session: Session, actor: Actor, now: datetime) -> list[DueItem]:
        today = local_today(now)
        names = staff_names(session)
        items = []
        for loan in self._lent(session, today + timedelta(days=1)):
            if not sees_all(actor) and loan.borrower_id != actor.staff_id:
                continue
            numbers = session.scalars(
                select(ArchiveItem.number)
                .join(LoanLine, LoanLine.item_id == ArchiveItem.id)
                .where(LoanLine.loan_id == loan.id)
                .order_by(ArchiveItem.number)
            )
            items.append(
                DueItem(
                    source=SOURCE,
                    source_id=loan.id,
                    number=loan.number,
                    title="、".join(numbers),
                    deadline=DEADLINE,
                    due_at=due_at(loan.due_on),
                    overdue=loan.due_on < today.isoformat(),
                    owner=names.get(loan.borrower_id, ""),
                )
            )
        return items

    def raise_reminders(self, session: Session, board: ReminderBoard, now: datetime) -> None:
        today = local_today(now)
        for loan in self._lent(session, today):
            step = step_of(loan.due_on, today)
            for recipient in (
                staff_recipient(loan.borrower_id),
                role_recipient(Role.ARCHIVE_KEEPER.value),
            ):
                board.remind(
                    session,
                    source=SOURCE,
                    source_id=loan.id,
                    deadline=DEADLINE,
                    step=step,
                    recipient=recipient,
                    due_at=due_at(loan.due_on),
                )
