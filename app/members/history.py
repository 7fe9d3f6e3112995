"""A member's history for the customer file tabs: cards, card events, visits. Every read is
audited like opening the file."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.checkin.records import visit_records
from app.checkin.schemas import VisitRecord
from app.members.card_numbers import check_card_no
from app.members.schemas import CardEventRecord, CardRecord
from app.members.store import Clock, card_by_no, card_record, local_today, unseal
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import CardEvent, MemberCard, Staff, Visit
from db.session import UnitOfWork
from db.types import utc_now


class MemberHistory:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def _viewed(self, s: Session, actor: Actor, entity: str, customer_id: str, rows: int) -> None:
        self._audit.record(
            s,
            actor,
            AuditAction.MEMBER_VIEWED,
            entity=entity,
            customer_id=customer_id,
            detail={"rows": rows},
        )

    def cards_of(self, customer_id: str) -> list[CardRecord]:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        today = local_today(self._now())
        with self._uow() as s:
            query = (
                select(MemberCard)
                .where(MemberCard.customer_id == customer_id)
                .order_by(MemberCard.created_at)
            )
            out = [card_record(s, self._desk.keys, c, today) for c in s.scalars(query)]
            self._viewed(s, actor, "member_cards", customer_id, len(out))
            return out

    def events(self, card_no: str) -> list[CardEventRecord]:
        """Lifecycle and tier changes of one card, oldest first, with reason and staff."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        keys = self._desk.keys
        with self._uow() as s:
            card = card_by_no(s, check_card_no(card_no))
            names = {st.id: st.display_name for st in s.scalars(select(Staff))}
            query = select(CardEvent).where(CardEvent.card_id == card.id)
            out = [
                CardEventRecord(
                    e.kind,
                    e.from_state,
                    e.to_state,
                    e.from_tier,
                    e.to_tier,
                    unseal(keys, "card_events", "reason", e.id, e.reason),
                    names.get(e.staff_id or 0, ""),
                    e.at,
                )
                for e in s.scalars(query.order_by(CardEvent.at))
            ]
            self._viewed(s, actor, "card_events", card.customer_id, len(out))
            return out

    def visits_of(self, customer_id: str, limit: int = 200) -> list[VisitRecord]:
        """Newest first."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            query = (
                select(Visit)
                .where(Visit.customer_id == customer_id)
                .order_by(Visit.checked_in_at.desc())
                .limit(limit)
            )
            out = visit_records(s, self._desk.keys, list(s.scalars(query)))
            self._viewed(s, actor, "visits", customer_id, len(out))
            return out
