"""The month's lending figures: the register of loans handed out in the month, how many are
still out, how many came back late or are overdue, and the average days out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.lending.schemas import LoanRecord, LoanState
from app.lending.store import loan_record
from app.members.report import month_bounds
from app.members.store import local_today
from app.security.keys import VaultKeys
from db.models import Loan


@dataclass(frozen=True)
class LendingMonth:
    month: str
    register: tuple[LoanRecord, ...]  # lent in the month, in the order handed out
    lent: int
    out_at_end: int  # lent by the month's end (any month) and not back by then
    overdue: int  # of the month's loans: came back late or still out past their day
    average_days_out: float  # over the month's loans that are back; 0.0 when none


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def _late(loan: LoanRecord, reference: date) -> bool:
    if loan.returned_at is not None:
        return local_today(loan.returned_at) > loan.due_on
    return loan.due_on < reference


def month_report(session: Session, keys: VaultKeys, month: str, now: datetime) -> LendingMonth:
    first, after = month_bounds(month)
    start, end = _utc(first), _utc(after)
    reference = min(local_today(now), after - timedelta(days=1))
    lent_rows = session.scalars(
        select(Loan)
        .where(Loan.lent_at >= start, Loan.lent_at < end)
        .order_by(Loan.lent_at, Loan.number)
    )
    register = tuple(loan_record(session, keys, row, now) for row in lent_rows)
    out_rows = session.scalars(
        select(Loan.id).where(
            Loan.lent_at < end,
            Loan.state.in_((LoanState.LENT, LoanState.RETURNED)),
            (Loan.returned_at.is_(None)) | (Loan.returned_at >= end),
        )
    )
    back = [r for r in register if r.returned_at is not None and r.lent_at is not None]
    days = [
        (r.returned_at - r.lent_at).total_seconds() / 86400
        for r in back
        if r.returned_at is not None and r.lent_at is not None
    ]
    return LendingMonth(
        month=first.strftime("%Y-%m"),
        register=register,
        lent=len(register),
        out_at_end=len(list(out_rows)),
        overdue=sum(1 for r in register if _late(r, reference)),
        average_days_out=round(sum(days) / len(days), 1) if days else 0.0,
    )
