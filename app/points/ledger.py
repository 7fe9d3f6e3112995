"""The points ledger inside one transaction: append entries, spend lots oldest first.

Every positive entry opens a lot of its size and every negative entry draws exactly its size
from the lots, so sum(lots) == sum(ledger) == balance holds after each call; the caller's unit of
work makes a whole operation land or vanish together.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.store import seal
from app.security.keys import VaultKeys
from db.models import PointsEntry, PointsLot

TABLE = "points_ledger"


class EntryKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REVERSE = "reverse"
    TRANSFER = "transfer"  # to the replacement of a lost card


def expiry_for(earned: date, expiry_days: int) -> str | None:
    return (earned + timedelta(days=expiry_days)).isoformat() if expiry_days > 0 else None


def append(
    s: Session,
    keys: VaultKeys,
    card_id: str,
    kind: EntryKind,
    points: int,
    *,
    at: datetime,
    staff_id: int | None,
    expires_on: str | None = None,
    consumption_id: str | None = None,
    ref_entry_id: int | None = None,
    reason: str = "",
) -> PointsEntry:
    """One ledger row (and its lot when positive); the id is taken under the write lock so the
    sealed reason can be bound to it without a later UPDATE."""
    if points == 0:
        raise ValidationError("points", "zero")
    entry_id = int(s.scalar(select(func.coalesce(func.max(PointsEntry.id), 0))) or 0) + 1
    entry = PointsEntry(
        id=entry_id,
        card_id=card_id,
        key_id=keys.active_key_id,
        kind=kind.value,
        points=points,
        expires_on=expires_on if points > 0 else None,
        consumption_id=consumption_id,
        ref_entry_id=ref_entry_id,
        reason=seal(keys, TABLE, "reason", entry_id, reason),
        staff_id=staff_id,
        at=at,
    )
    s.add(entry)
    if points > 0:
        s.add(
            PointsLot(entry_id=entry_id, card_id=card_id, remaining=points, expires_on=expires_on)
        )
    s.flush()
    return entry


def open_lots(s: Session, card_id: str, prefer_entry_id: int | None = None) -> list[PointsLot]:
    """Lots with points left, soonest to expire first (never-expiring last), then oldest."""
    query = (
        select(PointsLot)
        .where(PointsLot.card_id == card_id, PointsLot.remaining > 0)
        .order_by(PointsLot.expires_on.is_(None), PointsLot.expires_on, PointsLot.entry_id)
    )
    lots = list(s.scalars(query))
    if prefer_entry_id is not None:
        lots.sort(key=lambda lot: lot.entry_id != prefer_entry_id)
    return lots


def draw(
    s: Session,
    keys: VaultKeys,
    card_id: str,
    kind: EntryKind,
    points: int,
    *,
    at: datetime,
    staff_id: int | None,
    field: str = "points",
    prefer_entry_id: int | None = None,
    consumption_id: str | None = None,
    ref_entry_id: int | None = None,
    reason: str = "",
) -> PointsEntry:
    """Take `points` (> 0) from the card's lots and record one negative entry for them."""
    if points <= 0:
        raise ValidationError(field, "not_positive")
    lots = open_lots(s, card_id, prefer_entry_id)
    if sum(lot.remaining for lot in lots) < points:
        raise ValidationError(field, "exceeds_balance", "more points than the card holds")
    left = points
    for lot in lots:
        take = min(left, lot.remaining)
        lot.remaining -= take
        left -= take
        if left == 0:
            break
    return append(
        s,
        keys,
        card_id,
        kind,
        -points,
        at=at,
        staff_id=staff_id,
        consumption_id=consumption_id,
        ref_entry_id=ref_entry_id,
        reason=reason,
    )


def expire_lots(
    s: Session, keys: VaultKeys, today: date, *, at: datetime, card_id: str | None = None
) -> int:
    """Lots whose expiry day has come lose what is left, one entry per lot; returns points."""
    query = select(PointsLot).where(
        PointsLot.remaining > 0,
        PointsLot.expires_on.is_not(None),
        PointsLot.expires_on <= today.isoformat(),
    )
    if card_id is not None:
        query = query.where(PointsLot.card_id == card_id)
    total = 0
    for lot in list(s.scalars(query.order_by(PointsLot.expires_on, PointsLot.entry_id))):
        amount, lot.remaining = lot.remaining, 0
        append(
            s,
            keys,
            lot.card_id,
            EntryKind.EXPIRE,
            -amount,
            at=at,
            staff_id=None,
            ref_entry_id=lot.entry_id,
        )
        total += amount
    return total


def transfer_all(
    s: Session,
    keys: VaultKeys,
    old_card_id: str,
    new_card_id: str,
    *,
    at: datetime,
    staff_id: int | None,
    reason: str,
) -> int:
    """Move every lot to the replacement card, keeping each lot's own expiry day."""
    total = 0
    for lot in open_lots(s, old_card_id):
        amount, lot.remaining = lot.remaining, 0
        out = append(
            s,
            keys,
            old_card_id,
            EntryKind.TRANSFER,
            -amount,
            at=at,
            staff_id=staff_id,
            ref_entry_id=lot.entry_id,
            reason=reason,
        )
        append(
            s,
            keys,
            new_card_id,
            EntryKind.TRANSFER,
            amount,
            at=at,
            staff_id=staff_id,
            expires_on=lot.expires_on,
            ref_entry_id=out.id,
            reason=reason,
        )
        total += amount
    return total
