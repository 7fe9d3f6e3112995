"""Points: balance and history from the ledger, gift redemption, manager adjustments and the
daily expiry run. Every operation is one transaction, so ledger and lots never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.members.card_numbers import check_card_no
from app.members.settings import read_member_settings
from app.members.store import (
    Clock,
    card_by_no,
    effective_state,
    ledger_balance,
    local_today,
    unseal,
)
from app.points.ledger import EntryKind, append, draw, expire_lots, expiry_for
from app.security.audit import SYSTEM, Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Gift, MemberCard, PointsEntry, PointsLot, Staff
from db.session import UnitOfWork
from db.types import utc_now

MAX_NAME = 64


@dataclass(frozen=True)
class PointsEntryRecord:
    id: int
    kind: str
    points: int
    expires_on: date | None
    consumption_id: str | None
    ref_entry_id: int | None
    reason: str
    staff: str
    at: datetime


@dataclass(frozen=True)
class GiftRecord:
    id: int
    name: str
    points_cost: int
    stock: int
    active: bool


def usable_card(s: Session, card_no: str, today: date, field: str = "card_no") -> MemberCard:
    """A card that may earn or spend points today, else DomainError with the card's state."""
    card = card_by_no(s, check_card_no(card_no, field))
    state = effective_state(card, today)
    if state != "active":
        raise DomainError(f"card {card.card_no} is {state}", code=f"card_{state}")
    return card


def lots_total(s: Session, card_id: str) -> int:
    query = select(func.coalesce(func.sum(PointsLot.remaining), 0)).where(
        PointsLot.card_id == card_id
    )
    return int(s.scalar(query) or 0)


class PointsService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def _log(self, s: Session, actor: Actor, card: MemberCard, **d: object) -> None:
        """Sealed reasons stay on the ledger row; the audit row only points at it."""
        self._audit.record(
            s,
            actor,
            AuditAction.POINTS_CHANGED,
            entity="member_card",
            entity_id=card.card_no,
            customer_id=card.customer_id,
            detail=d,
        )

    def balance(self, card_no: str) -> int:
        """The sum of the card's ledger: there is no stored balance to drift from it."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            card = card_by_no(s, check_card_no(card_no))
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="points_balance",
                entity_id=card.card_no,
                customer_id=card.customer_id,
            )
            return ledger_balance(s, card.id)

    def lots_consistent(self, card_no: str) -> bool:
        """What the lots hold equals the balance (a check for tests and the integrity report)."""
        self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            card = card_by_no(s, check_card_no(card_no))
            return lots_total(s, card.id) == ledger_balance(s, card.id)

    def history(self, card_no: str) -> list[PointsEntryRecord]:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        keys = self._desk.keys
        with self._uow() as s:
            card = card_by_no(s, check_card_no(card_no))
            names = {st.id: st.display_name for st in s.scalars(select(Staff))}
            rows = s.scalars(
                select(PointsEntry).where(PointsEntry.card_id == card.id).order_by(PointsEntry.id)
            )
            out = [
                PointsEntryRecord(
                    e.id,
                    e.kind,
                    e.points,
                    date.fromisoformat(e.expires_on) if e.expires_on else None,
                    e.consumption_id,
                    e.ref_entry_id,
                    unseal(keys, "points_ledger", "reason", e.id, e.reason),
                    names.get(e.staff_id or 0, ""),
                    e.at,
                )
                for e in rows
            ]
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="points_history",
                entity_id=card.card_no,
                customer_id=card.customer_id,
            )
            return out

    def gifts(self) -> list[GiftRecord]:
        self._desk.current()
        with self._uow() as s:
            rows = s.scalars(select(Gift).order_by(Gift.points_cost, Gift.id))
            return [GiftRecord(g.id, g.name, g.points_cost, g.stock, g.active) for g in rows]

    def save_gift(
        self,
        name: str,
        points_cost: int,
        stock: int,
        gift_id: int | None = None,
        active: bool = True,
    ) -> GiftRecord:
        """Add a gift to the catalogue (gift_id None) or change one; an inactive gift stays on
        record but is no longer offered for redemption."""
        actor = self._desk.require(Permission.MANAGE_MEMBERSHIP)
        name = name.strip()
        if not name:
            raise ValidationError("name", "required")
        if len(name) > MAX_NAME:
            raise ValidationError("name", "too_long")
        if points_cost <= 0:
            raise ValidationError("points_cost", "not_positive")
        if stock < 0:
            raise ValidationError("stock", "negative")
        with self._uow() as s:
            gift = s.get(Gift, gift_id) if gift_id is not None else Gift()
            if gift is None:
                raise ValidationError("gift", "not_found")
            gift.name, gift.points_cost, gift.stock = name, points_cost, stock
            gift.active = active
            s.add(gift)
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.SETTINGS_CHANGED,
                entity="gift",
                entity_id=str(gift.id),
                detail={"points_cost": points_cost, "stock": stock, "active": active},
            )
            return GiftRecord(gift.id, gift.name, gift.points_cost, gift.stock, gift.active)

    def redeem_gift(self, card_no: str, gift_id: int, quantity: int = 1) -> int:
        """Points for a catalogue gift, its stock down by as many; returns the new balance."""
        actor = self._desk.require(Permission.REDEEM_POINTS)
        if quantity <= 0:
            raise ValidationError("quantity", "not_positive")
        now = self._now()
        with self._uow() as s:
            card = usable_card(s, card_no, local_today(now))
            gift = s.get(Gift, gift_id)
            if gift is None or not gift.active:
                raise ValidationError("gift", "not_found")
            if gift.stock < quantity:
                raise ValidationError("quantity", "out_of_stock")
            gift.stock -= quantity
            cost = gift.points_cost * quantity
            draw(
                s,
                self._desk.keys,
                card.id,
                EntryKind.REDEEM,
                cost,
                at=now,
                staff_id=actor.staff_id,
                field="points",
                reason=f"{gift.name} x{quantity}",
            )
            self._log(s, actor, card, change="redeem_gift", gift=gift.id, points=-cost)
            return ledger_balance(s, card.id)

    def adjust(self, card_no: str, points: int, reason: str) -> int:
        """A manager's correction, up or down, with a reason; returns the new balance."""
        actor = self._desk.require(Permission.ADJUST_POINTS)
        if not reason.strip():
            raise ValidationError("reason", "required")
        if points == 0:
            raise ValidationError("points", "zero")
        now, keys = self._now(), self._desk.keys
        with self._uow() as s:
            card = card_by_no(s, check_card_no(card_no))
            if points > 0:
                settings = read_member_settings(s)
                append(
                    s,
                    keys,
                    card.id,
                    EntryKind.ADJUST,
                    points,
                    at=now,
                    staff_id=actor.staff_id,
                    expires_on=expiry_for(local_today(now), settings.expiry_days),
                    reason=reason,
                )
            else:
                draw(
                    s,
                    keys,
                    card.id,
                    EntryKind.ADJUST,
                    -points,
                    at=now,
                    staff_id=actor.staff_id,
                    reason=reason,
                )
            self._log(s, actor, card, change="adjust", points=points)
            return ledger_balance(s, card.id)

    def expire_due(self, today: date | None = None) -> int:
        """The daily run: every lot whose expiry day has come loses what is left, oldest first.
        Returns the points expired; safe to run twice on a day."""
        actor = self._desk.actor or SYSTEM
        now = self._now()
        day = today or local_today(now)
        if day > local_today(now):
            raise ValidationError("today", "in_future")
        with self._uow() as s:
            total = expire_lots(s, self._desk.keys, day, at=now)
            if total:
                self._audit.record(
                    s,
                    actor,
                    AuditAction.POINTS_CHANGED,
                    entity="points_expiry",
                    detail={"day": day.isoformat(), "points": total},
                )
            return total
