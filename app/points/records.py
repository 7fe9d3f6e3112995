"""Consumption records as plain data, the input rules (refused with the field named), and the
points rule: what `ConsumptionService` and the receipt share."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.settings import MemberSettings, Rounding
from app.members.store import ledger_balance, unseal
from app.points.ledger import EntryKind
from app.security.keys import VaultKeys
from db.models import Consumption, MemberCard, PointsEntry

PAYMENT_METHODS = ("cash", "wechat", "alipay", "bank_card", "points")
MAX_AMOUNT_FEN = 100_000_000  # one million yuan: beyond that it is a typing slip
TABLE = "consumptions"


@dataclass(frozen=True)
class ConsumptionInput:
    department: str
    items: str
    amount_fen: int
    payment_method: str
    card_no: str = ""  # a member; else customer_id or neither (walk-in)
    customer_id: str | None = None
    day: date | None = None  # defaults to today; never in the future
    discount_percent: int | None = None  # None = the member's tier discount


@dataclass(frozen=True)
class ConsumptionRecord:
    id: str
    receipt_no: str
    day: date
    card_no: str
    customer_id: str | None
    department: str
    items: str
    amount_fen: int
    discount_fen: int
    paid_fen: int
    payment_method: str
    points_paid: int
    points_earned: int
    balance_after: int
    tier_after: str
    reversed: bool


def clean_input(data: ConsumptionInput, today: date) -> ConsumptionInput:
    if not data.department.strip():
        raise ValidationError("department", "required")
    if not data.items.strip():
        raise ValidationError("items", "required")
    if data.amount_fen <= 0:
        raise ValidationError("amount_fen", "not_positive")
    if data.amount_fen > MAX_AMOUNT_FEN:
        raise ValidationError("amount_fen", "too_large")
    if data.payment_method not in PAYMENT_METHODS:
        raise ValidationError("payment_method", "invalid")
    if data.discount_percent is not None and not 0 <= data.discount_percent <= 100:
        raise ValidationError("discount_percent", "out_of_range", "0 to 100 %")
    day = data.day or today
    if day > today:
        raise ValidationError("day", "in_future")
    if data.payment_method == "points" and not data.card_no:
        raise ValidationError("payment_method", "needs_card")
    return replace(data, department=data.department.strip(), items=data.items.strip(), day=day)


def points_for(paid_fen: int, multiplier_pct: int, settings: MemberSettings) -> int:
    """The points rule: points_per_unit per unit_fen paid, times the tier multiplier, rounded as
    the venue chose (exact integer arithmetic: no float drift on large sums)."""
    num = paid_fen * settings.points_per_unit * multiplier_pct
    den = settings.unit_fen * 100
    if settings.rounding == Rounding.UP:
        return -(-num // den)
    if settings.rounding == Rounding.NEAREST:
        return (2 * num + den) // (2 * den)
    return num // den


def points_to_pay(paid_fen: int, settings: MemberSettings) -> int:
    return math.ceil(paid_fen * settings.points_per_yuan / 100)


def consumption_record(s: Session, keys: VaultKeys, row: Consumption) -> ConsumptionRecord:
    card = s.get(MemberCard, row.card_id) if row.card_id else None
    earned = s.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.consumption_id == row.id, PointsEntry.kind == EntryKind.EARN
        )
    )
    return ConsumptionRecord(
        id=row.id,
        receipt_no=row.receipt_no,
        day=date.fromisoformat(row.day),
        card_no=card.card_no if card else "",
        customer_id=row.customer_id,
        department=row.department,
        items=unseal(keys, TABLE, "items", row.id, row.items),
        amount_fen=row.amount_fen,
        discount_fen=row.discount_fen,
        paid_fen=row.amount_fen - row.discount_fen,
        payment_method=row.payment_method,
        points_paid=row.points_paid,
        points_earned=int(earned or 0),
        balance_after=ledger_balance(s, card.id) if card else 0,
        tier_after=card.tier_code if card else "",
        reversed=row.reversed_at is not None,
    )
