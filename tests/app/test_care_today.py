"""The day's care list: birthdays with the tier's benefit, greeting days (lunar ones computed),
follow-up calls planned by the rules, win-backs, opt-out, and satisfaction figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.care.greeting_days import GreetingDayRecord, date_in_year, occurrences
from app.care.schemas import SatisfactionInput, TaskOutcome
from app.care.today import next_birthday
from app.customers.schemas import ConsentInput, ConsentPurpose
from app.errors import ValidationError
from app.services import Services
from tests.app.care_helpers import care, customer
from tests.app.member_helpers import Clock, desk, member, spend


def lunar(name: str, month: int, day: int) -> GreetingDayRecord:
    return GreetingDayRecord(1, name, "lunar", month, day, "")


@pytest.mark.parametrize(
    ("month", "day", "year", "expected"),
    [
        (1, 1, 2025, date(2025, 1, 29)),  # 春节
        (1, 1, 2026, date(2026, 2, 17)),
        (1, 15, 2026, date(2026, 3, 3)),  # 元宵节
        (5, 5, 2026, date(2026, 6, 19)),  # 端午节
        (8, 15, 2025, date(2025, 10, 6)),  # 中秋节
        (8, 15, 2026, date(2026, 9, 25)),
        (8, 15, 2027, date(2027, 9, 15)),
    ],
)
def test_lunar_greeting_days_are_computed(month: int, day: int, year: int, expected: date) -> None:
    assert date_in_year(lunar("x", month, day), year) == expected


def test_occurrences_cross_the_year_end() -> None:
    days = [lunar("春节", 1, 1), GreetingDayRecord(2, "元旦", "solar", 1, 1, "")]
    found = occurrences(days, date(2026, 12, 28), date(2027, 2, 10))
    assert [(d.name, on) for d, on in found] == [
        ("元旦", date(2027, 1, 1)),
        ("春节", date(2027, 2, 6)),
    ]


def test_next_birthday_counts_29_february_on_28_february() -> None:
    assert next_birthday(date(2000, 2, 29), date(2027, 2, 1)) == date(2027, 2, 28)
    assert next_birthday(date(1990, 1, 5), date(2026, 12, 30)) == date(2027, 1, 5)


def test_birthdays_today_and_this_week_with_the_benefit(admin: Services) -> None:
    clock = Clock()
    today = clock.today()
    t = desk(admin, clock)
    born = today.replace(year=1988)
    gold = member(t, "王𠮷", birthday=born, tier="gold")
    week = customer(
        admin, "阿卜杜拉·买买提", birthday=(today + timedelta(days=3)).replace(year=1990)
    )
    customer(admin, "不在本周", birthday=(today + timedelta(days=20)).replace(year=1990))
    service = care(admin, clock)
    listing = service.today()
    assert [b.name for b in listing.birthdays_today] == ["王𠮷"]
    first = listing.birthdays_today[0]
    assert (first.card_no, first.tier_name, first.turning) == (
        gold.card_no,
        "金卡",
        today.year - 1988,
    )
    assert "蛋糕" in first.benefit and not first.benefit_given
    assert [b.customer_id for b in listing.birthdays_week] == [week]
    service.give_birthday_benefit(gold.customer_id, "蛋糕已送到包间")
    assert service.today().birthdays_today[0].benefit_given
    with pytest.raises(ValidationError) as err:
        service.give_birthday_benefit(gold.customer_id)
    assert err.value.code == "already_given"


def test_greeting_list_holds_only_customers_who_agreed_and_opt_out_is_one_click(
    admin: Services,
) -> None:
    clock = Clock()
    yes = customer(admin, "张三😀", phone="+86 138 0013 8000", marketing=True)
    customer(admin, "李四", phone="139 0013 9000", marketing=False)
    service = care(admin, clock)
    spring = next(d for d in service.greeting_days() if d.name == "春节")
    targets = service.greeting_list(spring.id)
    assert [(g.name, g.customer_id) for g in targets] == [("张三😀", yes)]
    assert targets[0].phone.endswith("13800138000") and "新春" in targets[0].greeting
    assert service.opt_out(yes, "客户来电要求不再发送") == 1
    assert service.greeting_list(spring.id) == []


def test_follow_up_calls_after_a_purchase_and_the_next_step(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    card = member(t, "韩梅梅")
    spend(t, card.card_no, 300)
    service = care(admin, clock)
    assert service.today().follow_ups == []
    clock.advance(days=3)  # the consumption rule: a call three days after
    calls = service.today().follow_ups
    assert [(c.name, c.source) for c in calls] == [("韩梅梅", "consumption")]
    assert len(care(admin, clock).today().follow_ups) == 1  # planned once
    with pytest.raises(ValidationError) as err:
        service.finish_task(calls[0].id, TaskOutcome(result=" "))
    assert err.value.field == "result"
    done = service.finish_task(
        calls[0].id,
        TaskOutcome('满意, 说"下次带朋友来"', "一周后再问", clock.today() + timedelta(days=7)),
    )
    assert done.state == "done" and done.result.startswith("满意")
    assert service.today().follow_ups == []
    clock.advance(days=7)
    again = service.today().follow_ups
    assert len(again) == 1 and again[0].note == "一周后再问"


def test_dormant_customers_who_agreed_are_on_the_win_back_list(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    card = member(t, "老客户")
    admin.consents.record(card.customer_id, ConsentInput(ConsentPurpose.MARKETING))
    spend(t, card.card_no, 100)
    clock.advance(days=200)
    service = care(admin, clock)
    service.refresh_classes()
    listing = service.today()
    assert [w.customer_id for w in listing.win_back] == [card.customer_id]
    service.call_win_back(card.customer_id, TaskOutcome("下月回来", "送体验券"))
    assert service.today().win_back == []


def test_satisfaction_month_nps_and_csat(admin: Services) -> None:
    clock = Clock()
    service = care(admin, clock)
    cid = customer(admin, "评分客户")
    for csat, nps in [(5, 10), (4, 9), (3, 7), (2, 3), (None, 6)]:
        service.record_satisfaction(SatisfactionInput(csat=csat, nps=nps, customer_id=cid))
    service.record_satisfaction(SatisfactionInput(csat=5, comment="服务很好, 谢谢"))
    month = service.satisfaction_month(clock.today().strftime("%Y-%m"))
    assert (month.answers, month.csat_count, month.csat_average) == (6, 5, 3.8)
    assert (month.promoters, month.passives, month.detractors) == (2, 1, 2)
    assert month.nps == 0.0 and month.comments == ["服务很好, 谢谢"]
    with pytest.raises(ValidationError) as err:
        service.record_satisfaction(SatisfactionInput(nps=11))
    assert err.value.field == "nps"
    with pytest.raises(ValidationError) as err:
        service.record_satisfaction(SatisfactionInput())
    assert err.value.field == "csat"


def test_erasure_drops_what_was_said_and_merge_keeps_one_task_per_occasion(
    admin: Services,
) -> None:
    clock = Clock()
    t = desk(admin, clock)
    keep = member(t, "王𠮷", birthday=clock.today().replace(year=1980)).customer_id
    other = customer(admin, "王吉", birthday=clock.today().replace(year=1980))
    service = care(admin, clock)
    service.give_birthday_benefit(keep)
    service.give_birthday_benefit(other)
    task = service.plan_call(other, clock.today() + timedelta(days=2), '问问新课程, 他说"考虑"')
    service.record_satisfaction(
        SatisfactionInput(csat=4, customer_id=other, comment="前台小李很好")
    )
    answered_in = clock.today().strftime("%Y-%m")
    admin.lifecycle.merge(keep, other, "同一人两份档案")
    assert service.today().birthdays_today[0].benefit_given
    clock.advance(days=2)
    calls = service.today().follow_ups
    assert [(c.id, c.customer_id, c.note) for c in calls] == [(task.id, keep, task.note)]

    admin.lifecycle.erase(keep, "客户要求删除")
    month = service.satisfaction_month(answered_in)
    assert (month.csat_count, month.comments) == (1, [])  # the score counts, the words are gone
