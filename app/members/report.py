"""The monthly members report's figures: members by tier, new, renewed and lapsed cards, points
issued, redeemed and expired, and the points still owed. Plain columns only: no decryption.

A past month is reported as it stood at its end: a card changed since (tier, state, validity) is
taken back through its card events to what it was then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.schemas import CardEventKind, CardState
from app.members.settings import ensure_tiers
from app.members.store import add_months, state_on
from db.models import CardEvent, MemberCard, PointsEntry
from db.types import format_utc


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
    MemberCard.id,
    MemberCard.issued_on,
    MemberCard.tier_code,
    MemberCard.state,
    MemberCard.valid_until,
    MemberCard.frozen_from,
    MemberCard.frozen_to,
    MemberCard.replaced_by_id,
)


_EVENT_COLUMNS = (
    CardEvent.card_id,
    CardEvent.kind,
    CardEvent.from_state,
    CardEvent.to_state,
    CardEvent.from_tier,
    CardEvent.to_tier,
    type_coerce(CardEvent.at, String),  # the stored UTC text: parsing 100,000 of them cost ~2 s
)
_UNEXPIRED = (CardState.ACTIVE, CardState.FROZEN)
Snapshot = tuple[str, str, str, str | None, str | None]  # tier, raw state, until, frozen dates
EventRow = tuple[str, str, str, str, str, str, str]  # ..., at as stored (UTC, ISO-8601 text)


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


def _changed_since(s: Session, end: datetime) -> dict[str, list[EventRow]]:
    """The events of every card that has changed since `end`, oldest first, by card."""
    later = select(CardEvent.card_id).where(CardEvent.at >= end).distinct()
    out: dict[str, list[EventRow]] = {}
    query = select(*_EVENT_COLUMNS).where(CardEvent.card_id.in_(later)).order_by(CardEvent.at)
    for row in s.execute(query):
        out.setdefault(row[0], []).append(tuple(row))  # type: ignore[arg-type]
    return out


def _as_of(
    now: Snapshot,
    issued_on: str,
    events: list[EventRow],
    end: str,
    day: str,
    validity_months: dict[str, int],
) -> Snapshot:
    """A card's tier, raw state and validity at `end` (UTC text, as stored), from the card as it
    is `now` and its events. Card events do not keep validity dates: a card renewed after the
    month from expired is given the validity of its earlier period (freezes in it not counted)."""
    tier, state, until, frozen_from, frozen_to = now
    before = [e for e in events if e[6] < end]
    after = [e for e in events if e[6] >= end]
    first = after[0]
    tier = first[4] or (before[-1][5] if before else tier)
    state = before[-1][3] if before else first[2] or state
    if state == CardState.FROZEN and frozen_from is None:
        state = CardState.ACTIVE  # the freeze was booked for later and lifted before it began
    if first[2] in _UNEXPIRED:
        until = max(until, day)  # live after the month's end: its validity ran past it
    elif first[1] == CardEventKind.RENEWED:
        renewals = [
            datetime.fromisoformat(e[6]).astimezone().date()
            for e in before
            if e[1] == CardEventKind.RENEWED
        ]
        start = renewals[-1] if renewals else date.fromisoformat(issued_on)
        months = validity_months.get(tier, 12)
        until = (add_months(start, months) - timedelta(days=1)).isoformat()
    return tier, state, until, frozen_from, frozen_to


def members_month(s: Session, month: str) -> MembersMonth:
    first, next_first = month_bounds(month)
    start, end = _utc(first), _utc(next_first)
    last = date.fromordinal(next_first.toordinal() - 1)
    tiers = ensure_tiers(s)
    counts = dict.fromkeys((t.code for t in tiers), 0)
    months = {t.code: t.validity_months for t in tiers}
    changed, stamp = _changed_since(s, end), format_utc(end)
    lapsed = 0
    day, first_day = last.isoformat(), first.isoformat()
    cards = select(*_STATE_COLUMNS).where(MemberCard.issued_on <= day)
    for card_id, issued_on, *now, replaced_by in s.execute(cards):
        snapshot: Snapshot = tuple(now)  # type: ignore[assignment]
        if card_id in changed:
            snapshot = _as_of(snapshot, issued_on, changed[card_id], stamp, day, months)
            replaced_by = None  # a lost card is not counted whether replaced yet or not
        tier, raw_state, until, frozen_from, frozen_to = snapshot
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
    names = {t.code: t.name for t in tiers}
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
