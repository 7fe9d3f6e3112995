"""Member cards: issue, renew, freeze, unfreeze, report lost and replace, cancel, and look up.

Every change writes a card event (why, who, when) and an audit row in the same transaction.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.card_numbers import check_card_no
from app.members.schemas import CardEventKind, CardRecord, CardState
from app.members.settings import ensure_tiers, read_member_settings
from app.members.store import (
    Clock,
    add_months,
    all_card_records,
    card_by_no,
    card_record,
    effective_state,
    insert_card,
    local_today,
    seal,
)
from app.members.tiers import earned_tier, qualifying_value, record_event
from app.points.ledger import transfer_all
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer, MemberCard
from db.session import UnitOfWork
from db.types import utc_now

LIVE_STATES = (CardState.ACTIVE, CardState.FROZEN)


def _reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError("reason", "required")
    return reason.strip()


def _day(text: str) -> date:
    return date.fromisoformat(text)


class CardService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def today(self) -> date:
        return local_today(self._now())

    def _load(self, s: Session, card_no: str, *allowed: str) -> tuple[MemberCard, str]:
        """The card and its state today; refused with "card_<state>" unless the state is allowed."""
        card = card_by_no(s, check_card_no(card_no))
        state = effective_state(card, self.today())
        if allowed and state not in allowed:
            raise ValidationError("card_no", f"card_{state}")
        return card, state

    def _done(
        self,
        s: Session,
        actor: Actor,
        card: MemberCard,
        kind: CardEventKind,
        from_state: str,
        reason: str = "",
        *,
        from_tier: str = "",
        action: AuditAction = AuditAction.CARD_CHANGED,
        **detail: object,
    ) -> CardRecord:
        """Record the event (with the sealed reason) and the audit row (without it: the audit log
        is not sealed), and return the card as it is now."""
        from_tier = from_tier or card.tier_code
        keys = self._desk.keys
        record_event(
            s,
            keys,
            card,
            kind,
            staff_id=actor.staff_id,
            at=self._now(),
            reason=reason,
            from_state=from_state,
            from_tier=from_tier,
        )
        self._audit.record(
            s,
            actor,
            action,
            entity="member_card",
            entity_id=card.card_no,
            customer_id=card.customer_id,
            detail={"change": kind.value, **detail},
        )
        return card_record(s, keys, card, self.today())

    def issue(self, customer_id: str, tier_code: str = "") -> CardRecord:
        """One live card per customer: a second is refused until the first is lost or ended."""
        actor = self._desk.require(Permission.ISSUE_CARD)
        today = self.today()
        with self._uow() as s:
            customer = s.get(Customer, customer_id)
            if customer is None or customer.erased_at or customer.merged_into_id:
                raise ValidationError("customer", "not_found")
            tiers = {t.code: t for t in ensure_tiers(s)}
            tier = tiers.get(tier_code) if tier_code else min(tiers.values(), key=lambda t: t.rank)
            if tier is None:
                raise ValidationError("tier", "invalid")
            live = s.scalars(
                select(MemberCard).where(
                    MemberCard.customer_id == customer_id, MemberCard.state.in_(LIVE_STATES)
                )
            )
            for other in live:
                if effective_state(other, today) in LIVE_STATES:
                    raise ValidationError("customer", "has_card", other.card_no)
            until = add_months(today, tier.validity_months) - timedelta(days=1)
            card = insert_card(s, self._desk.keys, customer_id, tier.code, today, until)
            if customer.activity == "potential":
                customer.activity = "active"
            return self._done(
                s, actor, card, CardEventKind.ISSUED, "", action=AuditAction.CARD_ISSUED
            )

    def get(self, card_no: str) -> CardRecord:
        """Look a card up by number (check digit first); the look is audited."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            card, _state = self._load(s, card_no)
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="member_card",
                entity_id=card.card_no,
                customer_id=card.customer_id,
            )
            return card_record(s, self._desk.keys, card, self.today())

    def all_cards(self) -> list[CardRecord]:
        """Every card in number order, for `frontdesk list cards`; the look is audited once."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        today = self.today()
        with self._uow() as s:
            out = all_card_records(s, self._desk.keys, today)
            self._audit.record(
                s,
                actor,
                AuditAction.MEMBER_VIEWED,
                entity="member_cards",
                detail={"rows": len(out)},
            )
            return out

    def renew(self, card_no: str, reason: str = "renewal") -> CardRecord:
        """A new validity period; the tier is re-earned from the ending period, so this is the
        one place a card can move down."""
        actor = self._desk.require(Permission.ISSUE_CARD)
        today = self.today()
        with self._uow() as s:
            card, state = self._load(s, card_no, CardState.ACTIVE, CardState.EXPIRED)
            tiers = ensure_tiers(s)
            old_tier = next(t for t in tiers if t.code == card.tier_code)
            target = earned_tier(tiers, qualifying_value(s, card, read_member_settings(s)))
            start = max(today, _day(card.valid_until) + timedelta(days=1))
            card.tier_code, card.state = target.code, CardState.ACTIVE
            card.period_start = start.isoformat()
            card.valid_until = (
                add_months(start, target.validity_months) - timedelta(1)
            ).isoformat()
            if target.code != old_tier.code:
                up = target.rank > old_tier.rank
                kind = CardEventKind.UPGRADED if up else CardEventKind.DOWNGRADED
                record_event(
                    s,
                    self._desk.keys,
                    card,
                    kind,
                    staff_id=actor.staff_id,
                    at=self._now(),
                    reason="re-earned at renewal",
                    from_state=state,
                    from_tier=old_tier.code,
                )
            return self._done(
                s,
                actor,
                card,
                CardEventKind.RENEWED,
                state,
                reason,
                from_tier=old_tier.code,
                valid_until=card.valid_until,
            )

    def freeze(self, card_no: str, start: date, end: date, reason: str) -> CardRecord:
        """Frozen days are given back: the validity moves out by the length of the freeze."""
        actor = self._desk.require(Permission.ISSUE_CARD)
        reason = _reason(reason)
        if start < self.today():
            raise ValidationError("frozen_from", "in_past")
        if end < start:
            raise ValidationError("frozen_to", "before_start")
        with self._uow() as s:
            card, state = self._load(s, card_no, CardState.ACTIVE)
            if card.state == CardState.FROZEN:  # a freeze is already booked for later
                raise ValidationError("card_no", "card_frozen")
            days = (end - start).days + 1
            card.state = CardState.FROZEN
            card.frozen_from, card.frozen_to = start.isoformat(), end.isoformat()
            card.freeze_reason = seal(
                self._desk.keys, "member_cards", "freeze_reason", card.id, reason
            )
            card.valid_until = (_day(card.valid_until) + timedelta(days)).isoformat()
            return self._done(s, actor, card, CardEventKind.FROZEN, state, reason, days=days)

    def unfreeze(self, card_no: str, reason: str = "") -> CardRecord:
        """An early thaw takes back the frozen days not used."""
        actor = self._desk.require(Permission.ISSUE_CARD)
        today = self.today()
        with self._uow() as s:
            card, _state = self._load(s, card_no)
            if card.state != CardState.FROZEN or not card.frozen_from or not card.frozen_to:
                raise ValidationError("card_no", "not_frozen")
            start, end = _day(card.frozen_from), _day(card.frozen_to)
            unused = (end - max(today, start)).days + 1
            if unused > 0:
                card.valid_until = (_day(card.valid_until) - timedelta(unused)).isoformat()
                if today > start:
                    card.frozen_to = (today - timedelta(days=1)).isoformat()
                else:
                    card.frozen_from = card.frozen_to = None
            card.state = CardState.ACTIVE
            return self._done(
                s, actor, card, CardEventKind.UNFROZEN, CardState.FROZEN, reason, unused=unused
            )

    def report_lost(self, card_no: str, reason: str) -> CardRecord:
        actor = self._desk.require(Permission.ISSUE_CARD)
        reason = _reason(reason)
        with self._uow() as s:
            card, state = self._load(
                s, card_no, CardState.ACTIVE, CardState.FROZEN, CardState.EXPIRED
            )
            card.state = CardState.LOST
            return self._done(s, actor, card, CardEventKind.LOST, state, reason)

    def replace(self, card_no: str, reason: str) -> CardRecord:
        """A new number for a lost card: same tier and validity, the points move over, and the
        old number stays blocked for good."""
        actor = self._desk.require(Permission.ISSUE_CARD)
        reason = _reason(reason)
        keys, now = self._desk.keys, self._now()
        with self._uow() as s:
            old, _state = self._load(s, card_no)
            if old.state != CardState.LOST or old.replaced_by_id:
                raise ValidationError("card_no", "not_lost")
            new = insert_card(
                s,
                self._desk.keys,
                old.customer_id,
                old.tier_code,
                self.today(),
                _day(old.valid_until),
            )
            new.period_start = old.period_start
            old.replaced_by_id = new.id
            moved = transfer_all(
                s, keys, old.id, new.id, at=now, staff_id=actor.staff_id, reason=reason
            )
            note = f"{reason} ({old.card_no} -> {new.card_no})"
            record_event(
                s,
                keys,
                old,
                CardEventKind.REPLACED,
                staff_id=actor.staff_id,
                at=now,
                reason=note,
                from_state=CardState.LOST,
                from_tier=old.tier_code,
            )
            return self._done(
                s,
                actor,
                new,
                CardEventKind.ISSUED,
                "",
                note,
                action=AuditAction.CARD_ISSUED,
                replaces=old.card_no,
                points=moved,
            )

    def cancel(self, card_no: str, reason: str) -> CardRecord:
        actor = self._desk.require(Permission.CANCEL_CARD)
        reason = _reason(reason)
        with self._uow() as s:
            card, state = self._load(s, card_no)
            if card.state == CardState.CANCELLED:
                raise ValidationError("card_no", "card_cancelled")
            card.state = CardState.CANCELLED
            return self._done(s, actor, card, CardEventKind.CANCELLED, state, reason)
