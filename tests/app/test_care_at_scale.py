"""The shortcuts that keep the dashboard and the day's list fast on 100,000 customers give the
same answers: one shared person cache, spend summed per day then per month, tiers counted
then named, calls inserted in customer order, classes written in groups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.care.analysis_service import CareAnalysis
from app.care.classification import _local_day
from app.care.person_cache import PersonCache
from app.care.service import CareService
from app.services import Services
from db.types import format_utc
from tests.app.care_helpers import care, customer
from tests.app.member_helpers import Clock, desk, member, spend


def test_an_empty_shared_cache_is_used_not_replaced(admin: Services) -> None:
    """An empty PersonCache is falsy (len 0): the services must still fill the one given."""
    clock = Clock()
    customer(admin, "王𠮷")
    customer(admin, "李四")
    people = PersonCache(admin.desk)
    uow = admin.venue.uow
    CareService(uow, admin.desk, admin.audit, admin.reminders, now=clock, people=people).today()
    assert len(people) == 2
    people.wipe()
    analysis = CareAnalysis(uow, admin.desk, admin.audit, "测试会所", now=clock, people=people)
    analysis.month(clock.today().strftime("%Y-%m"))
    assert len(people) == 2


def test_the_care_list_finds_the_attributes_the_dashboard_decrypted(
    admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.care.person_cache as person_cache

    customer(admin, "王𠮷")
    admin.care_analysis.warm()
    reads: list[str] = []
    original = person_cache.read_people

    def counting(*args: object) -> object:
        reads.append(str(args[2]))
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(person_cache, "read_people", counting)
    admin.care.today()
    assert reads and "" not in reads  # only files changed since the warm-up were read


def test_spend_per_month_and_active_cards_per_tier_in_rank_order(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    gold = member(t, "金卡客人", tier="gold")
    member(t, "银卡客人", tier="silver")
    member(t, "另一位银卡", tier="silver")
    first_month = clock.today().strftime("%Y-%m")
    spend(t, gold.card_no, 100)
    spend(t, gold.card_no, 50)
    clock.advance(days=40)
    spend(t, gold.card_no, 200)
    month = clock.today().strftime("%Y-%m")
    figures = CareAnalysis(admin.venue.uow, admin.desk, admin.audit, "测试会所", now=clock).month(
        month
    )
    trend = dict(figures.spend_trend)
    gold_paid = 90  # percent: the gold tier's default discount
    assert trend[first_month] == 150 * gold_paid
    assert trend[month] == 200 * gold_paid
    assert sum(trend.values()) == 350 * gold_paid
    assert figures.members_by_tier == [("银卡", 2), ("金卡", 1)]  # no empty tier, by rank


def test_calls_planned_in_customer_order_keep_the_purchase_order(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    cards = sorted((member(t, n) for n in ("韩梅梅", "李雷", "王𠮷")), key=lambda c: c.customer_id)
    for card in reversed(cards):  # bought in the order opposite to their ids
        spend(t, card.card_no, 100)
    clock.advance(days=3)
    calls = care(admin, clock).today().follow_ups
    assert [c.customer_id for c in calls] == [c.customer_id for c in reversed(cards)]


def test_classes_and_last_activity_written_together_and_apart(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    buyer = member(t, "常客")
    idle = member(t, "新客")  # a new card counts as active until the first classification
    clock.advance(days=200)
    spend(t, buyer.card_no, 100)  # only the buyer's last activity and retention move
    service = care(admin, clock)
    changes = {c.customer_id: (c.value_tier, c.activity) for c in service.refresh_classes()}
    assert changes == {idle.customer_id: ("regular", "potential")}
    today = clock.today()
    opened = admin.customers.open(buyer.customer_id)
    assert (opened.value_tier, opened.activity) == ("regular", "active")
    assert opened.retention_until == today.replace(year=today.year + 10).isoformat()
    assert admin.customers.open(idle.customer_id).activity == "potential"
    clock.advance(days=120)  # class and last activity together: dormant, then bought again
    service.refresh_classes()
    assert admin.customers.open(buyer.customer_id).activity == "dormant"
    spend(t, buyer.card_no, 100)
    clock.advance(days=1)
    changes = {c.customer_id: (c.value_tier, c.activity) for c in service.refresh_classes()}
    assert changes == {buyer.customer_id: ("regular", "active")}
    later = clock.today() - timedelta(days=1)
    opened = admin.customers.open(buyer.customer_id)
    assert opened.retention_until == later.replace(year=later.year + 10).isoformat()


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "America/New_York", "Asia/Kolkata"])
def test_the_local_day_of_a_stored_time_matches_the_clock(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        seen: dict[str, str] = {}
        start = datetime(2026, 3, 7, 0, 0, 30, 123456, tzinfo=ZoneInfo(zone)).astimezone(UTC)
        for minutes in range(0, 3 * 24 * 60, 17):  # across a DST change in New York
            at = start + timedelta(minutes=minutes)
            assert _local_day(format_utc(at), seen) == at.astimezone().date().isoformat()
    finally:
        monkeypatch.undo()
        time.tzset()
