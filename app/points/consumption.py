"""Consumption records: the tier discount, payment (points too), points earned, a receipt
number, and reversal by reversing entries, never by editing what was recorded."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.customers.store import open_values
from app.errors import ValidationError
from app.forms.receipt import ReceiptData, receipt_data, render_receipt
from app.members.settings import read_member_settings
from app.members.store import (
    Clock,
    holding_card_id,
    local_today,
    new_id,
    seal,
)
from app.members.tiers import upgrade_if_earned
from app.points.ledger import EntryKind, append, draw, expiry_for
from app.points.records import (
    ConsumptionInput,
    ConsumptionRecord,
    clean_input,
    consumption_record,
    points_for,
    points_to_pay,
)
from app.points.service import usable_card
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from app.venue_settings import read_settings
from db.models import Consumption, Customer, MemberTier, PointsEntry, Staff
from db.session import UnitOfWork
from db.types import utc_now

TABLE = "consumptions"
__all__ = ["ConsumptionInput", "ConsumptionRecord", "ConsumptionService", "points_for"]


def _by_receipt(s: Session, receipt_no: str) -> Consumption:
    row = s.scalar(select(Consumption).where(Consumption.receipt_no == receipt_no.strip()))
    if row is None:
        raise ValidationError("receipt_no", "not_found")
    return row


def _receipt_no(s: Session, day: date) -> str:
    """R<day>-<n>: the day's next number, found by an index range (LIKE would scan)."""
    stem = f"R{day:%Y%m%d}-"
    last = s.scalar(
        select(func.max(Consumption.receipt_no)).where(
            Consumption.receipt_no > stem, Consumption.receipt_no < stem + "~"
        )
    )
    return f"{stem}{int(last[len(stem) :]) + 1 if last else 1:04d}"


class ConsumptionService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def record(self, data: ConsumptionInput) -> ConsumptionRecord:
        """One transaction: the record, its points (paid and earned) and any tier upgrade."""
        actor = self._desk.require(Permission.RECORD_CONSUMPTION)
        now, keys = self._now(), self._desk.keys
        data = clean_input(data, local_today(now))
        assert data.day is not None
        with self._uow() as s:
            settings = read_member_settings(s)
            card = usable_card(s, data.card_no, local_today(now)) if data.card_no else None
            customer_id = card.customer_id if card else data.customer_id
            if customer_id is not None and s.get(Customer, customer_id) is None:
                raise ValidationError("customer_id", "not_found")
            tier = s.get(MemberTier, card.tier_code) if card else None
            percent = data.discount_percent
            if percent is None:
                percent = tier.discount_percent if tier else 0
            discount = data.amount_fen * percent // 100
            paid = data.amount_fen - discount
            row = Consumption(
                id=new_id(),
                receipt_no=_receipt_no(s, data.day),
                customer_id=customer_id,
                card_id=card.id if card else None,
                key_id=keys.active_key_id,
                day=data.day.isoformat(),
                department=data.department,
                amount_fen=data.amount_fen,
                discount_fen=discount,
                payment_method=data.payment_method,
                staff_id=actor.staff_id,
            )
            row.items = seal(keys, TABLE, "items", row.id, data.items) or b""
            s.add(row)
            s.flush()
            earned = 0
            if card is not None and tier is not None:
                if data.payment_method == "points":
                    row.points_paid = points_to_pay(paid, settings)
                    draw(
                        s,
                        keys,
                        card.id,
                        EntryKind.REDEEM,
                        row.points_paid,
                        at=now,
                        staff_id=actor.staff_id,
                        field="payment_method",
                        consumption_id=row.id,
                    )
                else:
                    earned = points_for(paid, tier.points_multiplier_pct, settings)
                if earned > 0:
                    append(
                        s,
                        keys,
                        card.id,
                        EntryKind.EARN,
                        earned,
                        at=now,
                        staff_id=actor.staff_id,
                        consumption_id=row.id,
                        expires_on=expiry_for(local_today(now), settings.expiry_days),
                    )
                upgrade_if_earned(s, keys, card, settings, staff_id=actor.staff_id, at=now)
            self._audit.record(
                s,
                actor,
                AuditAction.CONSUMPTION_RECORDED,
                entity="consumption",
                entity_id=row.receipt_no,
                customer_id=customer_id,
                detail={"amount_fen": data.amount_fen, "discount_fen": discount, "points": earned},
            )
            return consumption_record(s, keys, row)

    def reverse(self, receipt_no: str, reason: str) -> ConsumptionRecord:
        """Undo a recorded consumption: earned points come back out (refused if already spent),
        points paid go back in; the record stays, marked reversed."""
        actor = self._desk.require(Permission.REVERSE_CONSUMPTION)
        if not reason.strip():
            raise ValidationError("reason", "required")
        now, keys = self._now(), self._desk.keys
        with self._uow() as s:
            row = _by_receipt(s, receipt_no)
            if row.reversed_at is not None:
                raise ValidationError("receipt_no", "already_reversed")
            entries = list(
                s.scalars(select(PointsEntry).where(PointsEntry.consumption_id == row.id))
            )
            settings = read_member_settings(s)
            for e in entries:
                holder = holding_card_id(s, e.card_id)
                if e.points > 0:
                    draw(
                        s,
                        keys,
                        holder,
                        EntryKind.REVERSE,
                        e.points,
                        at=now,
                        staff_id=actor.staff_id,
                        field="receipt_no",
                        prefer_entry_id=e.id,
                        consumption_id=row.id,
                        ref_entry_id=e.id,
                        reason=reason,
                    )
                else:
                    append(
                        s,
                        keys,
                        holder,
                        EntryKind.REVERSE,
                        -e.points,
                        at=now,
                        staff_id=actor.staff_id,
                        consumption_id=row.id,
                        ref_entry_id=e.id,
                        expires_on=expiry_for(local_today(now), settings.expiry_days),
                        reason=reason,
                    )
            row.reversed_at = now
            self._audit.record(
                s,
                actor,
                AuditAction.CONSUMPTION_REVERSED,
                entity="consumption",
                entity_id=row.receipt_no,
                customer_id=row.customer_id,
            )
            return consumption_record(s, keys, row)

    def get(self, receipt_no: str) -> ConsumptionRecord:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            row = _by_receipt(s, receipt_no)
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="consumption",
                entity_id=receipt_no,
                customer_id=row.customer_id,
            )
            return consumption_record(s, self._desk.keys, row)

    def consumptions_of(self, customer_id: str, limit: int = 200) -> list[ConsumptionRecord]:
        """A customer's purchases, newest first, for the customer file tab."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            query = (
                select(Consumption)
                .where(Consumption.customer_id == customer_id)
                .order_by(Consumption.created_at.desc())
                .limit(limit)
            )
            out = [consumption_record(s, self._desk.keys, r) for r in s.scalars(query)]
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="consumptions",
                customer_id=customer_id,
                detail={"rows": len(out)},
            )
            return out

    def receipt(self, receipt_no: str) -> ReceiptData:
        """The receipt's contents (printing is audited)."""
        actor = self._desk.require(Permission.PRINT_FORMS)
        keys = self._desk.keys
        with self._uow() as s:
            row = _by_receipt(s, receipt_no)
            customer = s.get(Customer, row.customer_id) if row.customer_id else None
            name = open_values(keys, customer, ["name"])["name"] if customer else ""
            staff = s.get(Staff, row.staff_id) if row.staff_id else None
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="receipt",
                entity_id=receipt_no,
                customer_id=row.customer_id,
            )
            return receipt_data(
                consumption_record(s, keys, row),
                read_settings(s).venue_name,
                name,
                staff.display_name if staff else "",
            )

    def render_receipt(self, receipt_no: str) -> bytes:
        return render_receipt(self.receipt(receipt_no))
