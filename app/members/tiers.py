"""Which tier a card has earned: the qualifying value (spend or points earned in the current
validity period, net of reversals) against each tier's entry threshold."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.members.schemas import CardEventKind, TierRecord
from app.members.settings import MemberSettings, ThresholdBasis, ensure_tiers
from app.members.store import new_id, seal
from app.security.keys import VaultKeys
from db.models import CardEvent, Consumption, MemberCard, MemberTier, PointsEntry


def tier_record(tier: MemberTier) -> TierRecord:
    return TierRecord(
        tier.code,
        tier.name,
        tier.rank,
        tier.threshold,
        tier.discount_percent,
        tier.points_multiplier_pct,
        tier.birthday_benefit,
        tier.validity_months,
    )


def qualifying_value(s: Session, card: MemberCard, settings: MemberSettings) -> int:
    """Spend (fen, after discount) or points earned since the period started, reversals out."""
    if settings.threshold_basis == ThresholdBasis.POINTS:
        query = select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.card_id == card.id,
            PointsEntry.kind.in_(("earn", "reverse")),
            PointsEntry.consumption_id.is_not(None),
            PointsEntry.at >= datetime.fromisoformat(card.period_start).astimezone(),
        )
    else:
        query = select(
            func.coalesce(func.sum(Consumption.amount_fen - Consumption.discount_fen), 0)
        ).where(
            Consumption.card_id == card.id,
            Consumption.reversed_at.is_(None),
            Consumption.day >= card.period_start,
        )
    return int(s.scalar(query) or 0)


def earned_tier(tiers: list[MemberTier], value: int) -> MemberTier:
    reached = [t for t in tiers if t.threshold <= value]
    return max(reached, key=lambda t: t.rank) if reached else min(tiers, key=lambda t: t.rank)


def record_event(
    s: Session,
    keys: VaultKeys,
    card: MemberCard,
    kind: CardEventKind,
    *,
    staff_id: int | None,
    at: datetime,
    reason: str = "",
    from_state: str = "",
    from_tier: str = "",
) -> None:
    event_id = new_id()
    s.add(
        CardEvent(
            id=event_id,
            card_id=card.id,
            key_id=keys.active_key_id,
            kind=kind.value,
            from_state=from_state,
            to_state=card.state,
            from_tier=from_tier,
            to_tier=card.tier_code,
            reason=seal(keys, "card_events", "reason", event_id, reason),
            staff_id=staff_id,
            at=at,
        )
    )


def upgrade_if_earned(
    s: Session,
    keys: VaultKeys,
    card: MemberCard,
    settings: MemberSettings,
    *,
    staff_id: int | None,
    at: datetime,
) -> str | None:
    """Raise the tier when a threshold is passed (never lower it: that waits for renewal).
    Returns the new tier code, or None."""
    tiers = ensure_tiers(s)
    current = next(t for t in tiers if t.code == card.tier_code)
    target = earned_tier(tiers, qualifying_value(s, card, settings))
    if target.rank <= current.rank:
        return None
    card.tier_code = target.code
    reason = f"threshold {target.threshold} reached ({settings.threshold_basis})"
    record_event(
        s,
        keys,
        card,
        CardEventKind.UPGRADED,
        staff_id=staff_id,
        at=at,
        reason=reason,
        from_state=card.state,
        from_tier=current.code,
    )
    return target.code
