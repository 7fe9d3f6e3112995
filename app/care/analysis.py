"""The month in figures for the dashboard and the monthly analysis PDF, counted on the fly from
the records (plain columns; only the demographics need decryption, see demographics.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from app.care.demographics import Demographics
from app.care.satisfaction import Answer, summarise
from app.members.report import month_bounds
from app.members.store import add_months
from db.models import (
    Complaint,
    Consumption,
    Customer,
    MemberCard,
    MemberTier,
    SatisfactionAnswer,
    Visit,
)

Pairs = list[tuple[str, int]]


@dataclass(frozen=True)
class MonthAnalysis:
    month: str
    visits_per_day: Pairs  # (YYYY-MM-DD, visits)
    visits_per_hour: Pairs  # (HH, visits) local hour of check-in
    members_by_tier: Pairs  # (tier name, active cards now)
    spend_trend: Pairs  # (YYYY-MM, fen paid) the 12 months ending with this one
    spend_by_department: Pairs  # (department, fen paid) this month
    new_customers: Pairs  # (YYYY-MM, files created) 12 months
    lost_customers: Pairs  # (YYYY-MM, customers whose last visit or purchase turned dormant)
    complaints_by_category: Pairs  # (category code, cards received this month)
    nps_trend: list[tuple[str, float | None]]  # (YYYY-MM, NPS) 12 months
    demographics: Demographics


def twelve_months(month: str) -> list[str]:
    first, _next = month_bounds(month)
    return [add_months(first, -i).strftime("%Y-%m") for i in range(11, -1, -1)]


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def gather_analysis(
    session: Session, month: str, dormant_days: int, demographics: Demographics
) -> MonthAnalysis:
    first, after = month_bounds(month)
    months = twelve_months(month)
    span = (first.isoformat(), after.isoformat())
    live_visit = (Visit.undone_at.is_(None), Visit.day >= span[0], Visit.day < span[1])
    per_day = dict(
        session.execute(
            select(Visit.day, func.count()).where(*live_visit).group_by(Visit.day)
        ).all()
    )
    days = [(first + timedelta(days=i)).isoformat() for i in range((after - first).days)]
    hours = _visits_per_hour(session, live_visit, first)
    paid = func.sum(Consumption.amount_fen - Consumption.discount_fen)
    live_buy = Consumption.reversed_at.is_(None)
    # Grouped by day, which walks the day index in order (no sort of ~600,000 rows); the
    # ~365 days are then summed per month here.
    trend: Counter[str] = Counter()
    for day, fen in session.execute(
        select(Consumption.day, paid)
        .where(live_buy, Consumption.day >= f"{months[0]}-01", Consumption.day < span[1])
        .group_by(Consumption.day)
    ):
        trend[day[:7]] += int(fen or 0)
    departments = session.execute(
        select(Consumption.department, paid)
        .where(live_buy, Consumption.day >= span[0], Consumption.day < span[1])
        .group_by(Consumption.department)
        .order_by(paid.desc())
    ).all()
    return MonthAnalysis(
        month=month,
        visits_per_day=[(d, int(per_day.get(d, 0))) for d in days],
        visits_per_hour=hours,
        members_by_tier=_members_by_tier(session),
        spend_trend=[(m, trend[m]) for m in months],
        spend_by_department=[(d, int(v or 0)) for d, v in departments],
        new_customers=_new_customers(session, months),
        lost_customers=_lost_customers(session, months, dormant_days),
        complaints_by_category=_complaints(session, month),
        nps_trend=_nps(session, months),
        demographics=demographics,
    )


def _members_by_tier(session: Session) -> Pairs:
    """Counted per tier code in one pass over the cards (no tier lookup per card), then
    named in rank order."""
    counts: dict[str, int] = dict(
        session.execute(
            select(MemberCard.tier_code, func.count())
            .where(MemberCard.state == "active")
            .group_by(MemberCard.tier_code)
        ).all()
    )
    tiers = session.execute(select(MemberTier.code, MemberTier.name).order_by(MemberTier.rank))
    return [(name, int(counts[code])) for code, name in tiers if code in counts]


def _month_bucket(column: Any, months: list[str]) -> Any:
    """A SQL CASE naming the local month a stored UTC time falls in ("" before the first)."""
    ends = [(_utc(month_bounds(m)[1]), m) for m in months]
    return case(*((column < end, m) for end, m in ends), else_="")


def _new_customers(session: Session, months: list[str]) -> Pairs:
    """One scan, bucketed in SQL by each local month's bounds in UTC."""
    bucket = _month_bucket(Customer.created_at, months)
    first = _utc(month_bounds(months[0])[0])
    counts: dict[str, int] = dict(
        session.execute(
            select(bucket, func.count())
            .where(Customer.created_at >= first, Customer.merged_into_id.is_(None))
            .group_by(bucket)
        ).all()
    )
    return [(m, int(counts.get(m, 0))) for m in months]


def _visits_per_hour(
    session: Session, live_visit: tuple[ColumnElement[bool], ...], first: date
) -> Pairs:
    """Grouped by the stored UTC hour in SQL, then moved to the venue's clock (the month's
    offset: China keeps one all year)."""
    hour = func.substr(type_coerce(Visit.checked_in_at, String), 12, 2)
    offset = _utc(first).astimezone().utcoffset() or timedelta(0)
    shift = round(offset.total_seconds() / 3600)
    counts: Counter[str] = Counter()
    for utc_hour, n in session.execute(
        select(hour, func.count()).where(*live_visit).group_by(hour)
    ):
        counts[f"{(int(utc_hour) + shift) % 24:02d}"] += int(n)
    if not counts:
        return []
    hours = [int(h) for h in counts]  # the opening hours in between show as 0, not as gaps
    return [(f"{h:02d}", counts[f"{h:02d}"]) for h in range(min(hours), max(hours) + 1)]


def _lost_customers(session: Session, months: list[str], dormant_days: int) -> Pairs:
    """A customer is lost in the month their last visit or purchase became `dormant_days` old:
    read from the classes kept current each day (activity 休眠 and the last activity), so a
    customer who came back is not counted."""
    shift = timedelta(days=dormant_days + 1)
    shifted = [(m, _utc(month_bounds(m)[1]) - shift) for m in months]
    bucket = case(*((Customer.last_activity_at < end, m) for m, end in shifted), else_="")
    start = _utc(month_bounds(months[0])[0]) - shift
    counts: dict[str, int] = dict(
        session.execute(
            select(bucket, func.count())
            .where(
                Customer.activity == "dormant",
                Customer.last_activity_at >= start,
                Customer.erased_at.is_(None),
                Customer.merged_into_id.is_(None),
            )
            .group_by(bucket)
        ).all()
    )
    return [(m, int(counts.get(m, 0))) for m in months]


def _complaints(session: Session, month: str) -> Pairs:
    rows = session.execute(
        select(Complaint.category, func.count())
        .where(Complaint.month == month)
        .group_by(Complaint.category)
        .order_by(func.count().desc())
    ).all()
    return [(category, int(n)) for category, n in rows]


def _nps(session: Session, months: list[str]) -> list[tuple[str, float | None]]:
    by_month: dict[str, list[Answer]] = {m: [] for m in months}
    rows = session.execute(
        select(SatisfactionAnswer.month, SatisfactionAnswer.nps).where(
            SatisfactionAnswer.month.in_(months), SatisfactionAnswer.nps.is_not(None)
        )
    ).all()
    for month, nps in rows:
        by_month[month].append(Answer(None, nps, ""))
    return [(m, summarise(m, by_month[m]).nps) for m in months]
