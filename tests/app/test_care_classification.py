"""Value tier and activity: computed from visits and purchases, the override wins, and the
last visit moves the retention end."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.care.classification import CustomerActivity, classify
from app.care.schemas import ClassOverrideInput
from app.care.settings import CareSettings
from app.errors import PermissionDenied, ValidationError
from app.services import Services
from tests.app.care_helpers import care
from tests.app.member_helpers import Clock, desk, member, spend
from tests.conftest import sign_in_as

TODAY = date(2026, 11, 23)
SETTINGS = CareSettings()


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


@pytest.mark.parametrize(
    ("activity", "expected"),
    [
        (CustomerActivity(), ("regular", "potential")),
        (CustomerActivity(days_ago(3), 1, 0, False), ("regular", "potential")),  # visits only
        (CustomerActivity(days_ago(3), 2, 20_000, True), ("regular", "active")),
        (CustomerActivity(days_ago(90), 2, 20_000, True), ("regular", "active")),
        (CustomerActivity(days_ago(91), 2, 20_000, True), ("regular", "dormant")),
        (CustomerActivity(days_ago(1), 3, 1_000_000, True), ("vip", "active")),
        (CustomerActivity(days_ago(1), 24, 10_000, True), ("vip", "active")),
        (CustomerActivity(days_ago(1), 12, 5_000_000, True), ("diamond", "active")),
        (CustomerActivity(days_ago(1), 11, 5_000_000, True), ("vip", "active")),
        # dormant customers drop one tier: recency counts as well as frequency and spend
        (CustomerActivity(days_ago(200), 12, 5_000_000, True), ("vip", "dormant")),
        (CustomerActivity(days_ago(200), 3, 1_000_000, True), ("regular", "dormant")),
    ],
)
def test_classify_from_recency_frequency_and_spend(
    activity: CustomerActivity, expected: tuple[str, str]
) -> None:
    assert classify(activity, SETTINGS, TODAY) == expected


def classes(services: Services, customer_id: str) -> tuple[str, str]:
    opened = services.customers.open(customer_id)
    return opened.value_tier, opened.activity


def test_classes_follow_the_records_and_a_manager_override_wins(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    big = member(t, "王𠮷")
    small = member(t, "阿卜杜拉·买买提")
    for _ in range(12):
        spend(t, big.card_no, 5_000)  # 60,000 yuan over 12 purchases: diamond
    spend(t, small.card_no, 100)
    service = care(admin, clock)
    changes = {c.customer_id: (c.value_tier, c.activity) for c in service.refresh_classes()}
    assert changes[big.customer_id] == ("diamond", "active")
    assert service.refresh_classes() == []  # once a day unless forced
    assert classes(admin, big.customer_id) == ("diamond", "active")
    assert classes(admin, small.customer_id) == ("regular", "active")

    clock.advance(days=120)  # nobody came: dormant, one tier down
    changes = {c.customer_id: (c.value_tier, c.activity) for c in service.refresh_classes()}
    assert changes[big.customer_id] == ("vip", "dormant")
    assert changes[small.customer_id] == ("regular", "dormant")

    service.override_class(ClassOverrideInput(small.customer_id, "vip", "", "老客户介绍多位新会员"))
    service.refresh_classes(force=True)
    assert classes(admin, small.customer_id) == ("vip", "dormant")
    with pytest.raises(ValidationError) as err:
        service.override_class(ClassOverrideInput(small.customer_id, "gold", "", "x"))
    assert err.value.field == "value_tier"
    with pytest.raises(ValidationError) as err:
        service.override_class(ClassOverrideInput(small.customer_id, "vip", "", "  "))
    assert err.value.field == "reason"
    service.override_class(ClassOverrideInput(small.customer_id, "", "", "恢复自动分类"))
    changes = {c.customer_id: c.value_tier for c in service.refresh_classes(force=True)}
    assert changes[small.customer_id] == "regular"


def test_a_visit_or_purchase_moves_the_retention_end(admin: Services) -> None:
    clock = Clock()
    t = desk(admin, clock)
    card = member(t, "李雷")
    before = admin.customers.open(card.customer_id).retention_until
    clock.advance(days=200)
    spend(t, card.card_no, 88)
    care(admin, clock).refresh_classes()
    after = admin.customers.open(card.customer_id).retention_until
    assert after > before
    today = clock.today()
    assert after == today.replace(year=today.year + 10).isoformat()


def test_only_managers_override(admin: Services) -> None:
    clock = Clock()
    cid = member(desk(admin, clock), "韩梅梅").customer_id
    sign_in_as(admin, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        care(admin, clock).override_class(ClassOverrideInput(cid, "vip", "", "reason"))
