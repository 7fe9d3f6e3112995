"""Plain data in and out of the member services (never ORM rows). Money is integer fen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CardState(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"
    LOST = "lost"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class CardEventKind(StrEnum):
    ISSUED = "issued"
    RENEWED = "renewed"
    FROZEN = "frozen"
    UNFROZEN = "unfrozen"
    LOST = "lost"
    REPLACED = "replaced"
    CANCELLED = "cancelled"
    UPGRADED = "upgraded"
    DOWNGRADED = "downgraded"


@dataclass(frozen=True)
class TierRecord:
    code: str
    name: str
    rank: int
    threshold: int
    discount_percent: int
    points_multiplier_pct: int
    birthday_benefit: str
    validity_months: int


@dataclass(frozen=True)
class CardRecord:
    id: str
    card_no: str
    customer_id: str
    customer_number: str
    member_name: str
    tier_code: str
    tier_name: str
    state: str  # effective state today: a past-due card reads "expired", a thawed one "active"
    issued_on: date
    valid_until: date
    frozen_from: date | None
    frozen_to: date | None
    freeze_reason: str
    replaced_by: str  # the new card number after a replacement
    points_balance: int


@dataclass(frozen=True)
class CardEventRecord:
    kind: str
    from_state: str
    to_state: str
    from_tier: str
    to_tier: str
    reason: str
    staff: str
    at: datetime


def yuan(fen: int) -> str:
    """Fen shown as yuan with two decimals, e.g. 123456 -> "1,234.56"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"
