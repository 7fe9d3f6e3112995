"""`frontdesk list cards` reads every card in a fixed number of queries, and gives exactly what
the card-by-card reading gave: names (emoji, rare characters, erased), tiers, states on the day,
freezes with their reasons, replacements and balances."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from app.members.store import card_record
from app.services import Services
from db.models import MemberCard
from tests.app.member_helpers import Clock, desk, member, spend
from tests.app.test_members_report import members_scenario


@contextmanager
def counted(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def note(*args: Any) -> None:
        statements.append(str(args[2]))

    engine = services.venue.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def one_by_one(services: Services) -> list[object]:
    """What all_cards returned before: card_record for each card in number order."""
    keys, today = services.desk.keys, services.cards.today()
    with services.venue.uow() as s:
        rows = s.scalars(select(MemberCard).order_by(MemberCard.card_no))
        return [card_record(s, keys, card, today) for card in rows]


def test_the_list_matches_the_card_by_card_reading(admin: Services) -> None:
    t, _scenario = members_scenario(admin)
    t.clock.at = Clock().at  # back to today for the extra cards
    frozen = member(t, "王𠮷😀")
    spend(t, frozen.card_no, 1_234)
    t.cards.freeze(frozen.card_no, t.clock.today(), t.clock.today(), '出差, "两周"\n再说')
    gone = member(t, "阿卜杜拉·买买提")
    admin.lifecycle.erase(gone.customer_id, "本人要求删除")
    listed = admin.cards.all_cards()
    assert listed == one_by_one(admin)
    by_name = {c.member_name: c for c in listed}
    assert by_name["王𠮷😀"].freeze_reason == '出差, "两周"\n再说'
    assert by_name["王𠮷😀"].points_balance == 123 and by_name["王𠮷😀"].state == "frozen"
    assert any(c.replaced_by for c in listed) and any(c.state == "cancelled" for c in listed)


def test_the_list_takes_the_same_queries_for_ten_cards_as_for_two(admin: Services) -> None:
    t = desk(admin)
    for n in range(2):
        spend(t, member(t, f"会员{n}").card_no, 100)
    with counted(admin) as few:
        assert len(admin.cards.all_cards()) == 2
    for n in range(2, 10):
        spend(t, member(t, f"会员{n}").card_no, 100)
    with counted(admin) as many:
        assert len(admin.cards.all_cards()) == 10
    assert len(many) == len(few) <= 8
