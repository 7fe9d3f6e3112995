"""The monthly members report's figures: members by tier, new, renewed and lapsed cards, points
issued, redeemed and expired, and the points still owed. Plain columns only: no decryption."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.settings import ensure_tiers
from app.members.store import add_months, state_on
from db.models import CardEvent, MemberCard, PointsEntry


@dataclass(frozen=True)
class MembersMonth:
    month: str  # YYYY-MM
    by_tier: tuple[tuple[str, str, int], ...]  # (code, name, live cards at month end)
    new_cards: int  # first cards, not replacements
    renewed: int
    lapsed: int  # validity ended in the month and not renewed by its end
    points_issued: int  # earned and added by adjustment
    points_redeemed: int
    points_expired: int
    points_outstanding: int  # the liability: every balance at month end


# Plain columns, not ORM rows: building 100,000 objects was most of the report's time.
_STATE_COLUMNS = (
    MemberCard.tier_code,
    MemberCard.state,
    MemberCard.valid_until,
    MemberCard.frozen_from,
    MemberCard.frozen_to,
    MemberCard.replaced_by_id,
)


def month_bounds(month: str) -> tuple[date, date]:
    """First day of the month and of the next; ValidationError("month") if not YYYY-MM."""
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValidationError("month", "invalid", "YYYY-MM") from None
    return first, add_months(first, 1)


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def _points(s: Session, kinds: tuple[str, ...], start: datetime, end: datetime) -> int:
    query = select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
        PointsEntry.kind.in_(kinds), PointsEntry.at >= start, PointsEntry.at < end
    )
    return int(s.scalar(query) or 0)


def members_month(s: Session, month: str) -> MembersMonth:
    first, next_first = month_bounds(month)
    start, end = _utc(first), _utc(next_first)
    last = date.fromordinal(next_first.toordinal() - 1)
    counts = dict.fromkeys((t.code for t in ensure_tiers(s)), 0)
    lapsed = 0
    day, first_day = last.isoformat(), first.isoformat()
    cards = select(*_STATE_COLUMNS).where(MemberCard.issued_on <= day)
    for tier, raw_state, until, frozen_from, frozen_to, replaced_by in s.execute(cards):
        state = state_on(day, raw_state, until, frozen_from, frozen_to)
        if state in ("active", "frozen") and not replaced_by:
            counts[tier] = counts.get(tier, 0) + 1
        lapsed += first_day <= until <= day and state == "expired"
    replacements = select(MemberCard.replaced_by_id).where(MemberCard.replaced_by_id.is_not(None))
    new_cards = s.scalar(
        select(func.count()).where(
            MemberCard.issued_on >= first.isoformat(),
            MemberCard.issued_on <= last.isoformat(),
            MemberCard.id.not_in(replacements),
        )
    )
    renewed = s.scalar(
        select(func.count()).where(
            and_(CardEvent.kind == "renewed", CardEvent.at >= start, CardEvent.at < end)
        )
    )
    issued = _points(s, ("earn",), start, end) + int(
        s.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.kind == "adjust",
                PointsEntry.points > 0,
                PointsEntry.at >= start,
                PointsEntry.at < end,
            )
        )
        or 0
    )
    outstanding = s.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(PointsEntry.at < end)
    )
    names = {t.code: t.name for t in ensure_tiers(s)}
    return MembersMonth(
        month=month,
        by_tier=tuple((code, names.get(code, code), n) for code, n in counts.items()),
        new_cards=int(new_cards or 0),
        renewed=int(renewed or 0),
        lapsed=lapsed,
        points_issued=issued,
        points_redeemed=-_points(s, ("redeem",), start, end),
        points_expired=-_points(s, ("expire",), start, end),
        points_outstanding=int(outstanding or 0),
    )
