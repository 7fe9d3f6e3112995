"""Printing member cards: one CR80 card or A4 sheets of ten. Each print is audited, since the
card carries the member's name."""

from __future__ import annotations

from collections.abc import Sequence

from app.forms.member_card import (
    MemberCardData,
    member_card_data,
    render_card_sheet,
    render_member_card,
)
from app.members.card_numbers import check_card_no
from app.members.store import Clock, card_by_no, card_record, local_today
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from app.venue_settings import read_settings
from db.session import UnitOfWork
from db.types import utc_now


class CardPrinting:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def card_forms(self, card_nos: Sequence[str]) -> list[MemberCardData]:
        """The printed face of each card, in the order given."""
        actor = self._desk.require(Permission.PRINT_FORMS)
        numbers = [check_card_no(n) for n in card_nos]
        today = local_today(self._now())
        with self._uow() as s:
            venue = read_settings(s).venue_name
            forms = []
            for number in numbers:
                card = card_by_no(s, number)
                forms.append(member_card_data(card_record(s, self._desk.keys, card, today), venue))
                self._audit.record(
                    s,
                    actor,
                    AuditAction.FORM_PRINTED,
                    entity="member_card",
                    entity_id=number,
                    customer_id=card.customer_id,
                )
            return forms

    def render_card(self, card_no: str) -> bytes:
        return render_member_card(self.card_forms([card_no])[0])

    def render_sheet(self, card_nos: Sequence[str]) -> bytes:
        return render_card_sheet(self.card_forms(card_nos))
