"""A past month's members report stays what it was at that month's end: cards upgraded, frozen,
cancelled or renewed afterwards are counted with the tier and state they had then, taken back
through their card events; and the tier settings changed later do not move old counts."""

from __future__ import annotations

import dataclasses
from datetime import date

from app.members.admin import MembershipAdmin
from app.members.store import add_months
from app.services import Services
from tests.app.member_helpers import desk, member, spend
from tests.app.test_members_report import _on, figures


def test_a_past_month_keeps_the_tiers_and_states_it_had(admin: Services) -> None:
    t = desk(admin)
    m = add_months(t.clock.today().replace(day=1), -3)
    month, before = f"{m:%Y-%m}", f"{add_months(m, -1):%Y-%m}"
    membership = MembershipAdmin(admin.venue.uow, admin.desk, admin.audit, now=t.clock)

    _on(t, add_months(m, -12).replace(day=20))
    lapsing = member(t, "王𠮷")  # valid to M-19, renewed late in M+1
    _on(t, m.replace(day=5))
    rising = member(t, "阿卜杜拉·买买提")  # standard in M, silver from M+1
    leaving = member(t, "李娜😀", tier="gold")  # gold in M, cancelled in M+1
    resting = member(t, '张三, "老张"', tier="silver")  # silver in M, frozen in M+1
    _on(t, m.replace(day=28))
    at_end_of_m = figures(membership.month_report(month))
    at_end_of_before = figures(membership.month_report(before))

    _on(t, add_months(m, 1).replace(day=3))
    spend(t, rising.card_no, 6_000)  # past silver's 5,000 yuan: upgraded
    assert t.cards.get(rising.card_no).tier_code == "silver"
    t.cards.cancel(leaving.card_no, "退会")
    t.cards.freeze(resting.card_no, t.clock.today(), add_months(t.clock.today(), 1), "出国")
    renewed = t.cards.renew(lapsing.card_no, "续卡")
    assert renewed.valid_until > add_months(m, 12)
    silver = next(x for x in membership.tiers() if x.code == "silver")
    membership.update_tier(dataclasses.replace(silver, threshold=100, validity_months=24))

    _on(t, add_months(m, 2).replace(day=2))
    assert figures(membership.month_report(month)) == at_end_of_m
    assert figures(membership.month_report(before)) == at_end_of_before
    assert at_end_of_m["by_tier"] == {"standard": 1, "silver": 1, "gold": 1, "platinum": 0}
    assert at_end_of_m["lapsed"] == 1  # 王𠮷's card, though renewed since
    assert at_end_of_before["by_tier"] == {"standard": 1, "silver": 0, "gold": 0, "platinum": 0}
    now = figures(membership.month_report(f"{add_months(m, 1):%Y-%m}"))
    assert now["by_tier"] == {"standard": 1, "silver": 2, "gold": 0, "platinum": 0}
    assert now["renewed"] == 1 and now["lapsed"] == 0


def test_the_month_report_reads_today_for_the_current_month(admin: Services) -> None:
    t = desk(admin)
    card = member(t, "周杰")
    t.cards.cancel(card.card_no, "退会")
    membership = MembershipAdmin(admin.venue.uow, admin.desk, admin.audit, now=t.clock)
    report = figures(membership.month_report(f"{t.clock.today():%Y-%m}"))
    assert report["by_tier"] == {"standard": 0, "silver": 0, "gold": 0, "platinum": 0}
    assert report["new_cards"] == 1 and date.today() >= t.clock.today().replace(day=1)
