"""Points on a real venue: the earning rule, gifts, oldest-first expiry, manager adjustments,
reversal by reversing entries, refused input, an interrupted save, and (hypothesis) that any
sequence of operations keeps balance == sum(ledger) == sum(lots) and never below zero."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import DomainError, PermissionDenied, ValidationError
from app.members.settings import MemberSettings
from app.points.consumption import ConsumptionInput, ConsumptionService
from app.points.records import points_for
from app.services import Services
from db.models import Consumption, PointsEntry, PointsLot
from tests.app.member_helpers import Desk, desk, member, spend
from tests.conftest import sign_in_as


def _field(err: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return err.value.field, err.value.code


def test_rule_multiplier_and_rounding() -> None:
    rule = MemberSettings()
    assert points_for(25_000, 100, rule) == 25  # 250 yuan: 10 per 100 yuan
    assert points_for(25_099, 100, rule) == 25  # rounds down
    assert points_for(25_000, 150, rule) == 37  # gold x1.5, 37.5 rounded down
    assert points_for(25_000, 150, dataclasses.replace(rule, rounding="up")) == 38
    assert points_for(25_050, 100, dataclasses.replace(rule, rounding="nearest")) == 25


def test_earn_with_tier_discount_and_multiplier(admin: Services) -> None:
    t = desk(admin)
    card = member(t, tier="gold")
    record = t.consumption.record(
        ConsumptionInput("餐饮部", "晚宴套餐", 100_000, "wechat", card_no=card.card_no)
    )
    assert (record.discount_fen, record.paid_fen) == (10_000, 90_000)  # gold: 10 % off
    assert record.points_earned == 135  # 900 yuan -> 90 points x 1.5
    assert record.receipt_no.startswith(f"R{t.clock.today():%Y%m%d}-")
    assert t.points.balance(card.card_no) == 135


def test_walk_in_consumption_earns_nothing(admin: Services) -> None:
    t = desk(admin)
    record = t.consumption.record(ConsumptionInput("茶室", "普洱", 5_000, "cash"))
    assert (record.card_no, record.points_earned, record.discount_fen) == ("", 0, 0)


def test_bad_input_is_refused_naming_the_field(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    base = ConsumptionInput("茶室", "龙井", 1_000, "cash", card_no=card.card_no)
    cases = {
        "amount_fen": dataclasses.replace(base, amount_fen=0),
        "discount_percent": dataclasses.replace(base, discount_percent=101),
        "day": dataclasses.replace(base, day=t.clock.today() + timedelta(days=1)),
        "payment_method": dataclasses.replace(base, payment_method="iou"),
        "items": dataclasses.replace(base, items=" "),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as err:
            t.consumption.record(data)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        t.consumption.record(dataclasses.replace(base, amount_fen=-500))
    assert _field(err) == ("amount_fen", "not_positive")
    with pytest.raises(ValidationError) as err:
        t.points.redeem_gift(card.card_no, admin.points.save_gift("保温杯", 500, 3).id)
    assert _field(err) == ("points", "exceeds_balance")
    with pytest.raises(ValidationError) as err:
        t.points.expire_due(t.clock.today() + timedelta(days=1))
    assert err.value.field == "today"
    assert t.points.balance(card.card_no) == 0


def test_gift_redemption_takes_stock_and_points(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 1_000)  # 100 points
    cup = admin.points.save_gift("保温杯", 40, 2)
    assert t.points.redeem_gift(card.card_no, cup.id, 2) == 20
    assert [g.stock for g in admin.points.gifts()] == [0]
    with pytest.raises(ValidationError) as err:
        t.points.redeem_gift(card.card_no, cup.id)
    assert _field(err) == ("quantity", "out_of_stock")
    assert t.points.history(card.card_no)[-1].reason == "保温杯 x2"


def test_paying_with_points(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 1_000)  # 100 points; 10 points pay 1 yuan
    record = t.consumption.record(
        ConsumptionInput("茶室", "茶点", 800, "points", card_no=card.card_no)
    )
    assert (record.points_paid, record.points_earned, record.balance_after) == (80, 0, 20)
    with pytest.raises(ValidationError) as err:
        t.consumption.record(ConsumptionInput("茶室", "茶点", 800, "points", card_no=card.card_no))
    assert _field(err) == ("payment_method", "exceeds_balance")


def test_expiry_takes_the_oldest_lots_first(admin: Services) -> None:
    t = desk(admin)
    admin.membership.update_settings(dataclasses.replace(MemberSettings(), expiry_days=365))
    card = member(t)
    spend(t, card.card_no, 1_000)  # 100 points, expire in a year
    t.clock.advance(days=100)
    spend(t, card.card_no, 500)  # 50 points, expire 100 days later
    t.clock.advance(days=20)
    sign_in_as(admin, "desk1", "reception")
    t.points.redeem_gift(card.card_no, _gift(admin, t))  # 30 points from the oldest lot
    t.clock.advance(days=245)  # the first lot's day
    assert t.points.expire_due() == 70
    assert t.points.expire_due() == 0  # running twice is harmless
    assert t.points.balance(card.card_no) == 50
    t.clock.advance(days=100)
    assert t.points.expire_due() == 50
    assert t.points.balance(card.card_no) == 0 and t.points.lots_consistent(card.card_no)
    kinds = [e.kind for e in t.points.history(card.card_no)]
    assert kinds == ["earn", "earn", "redeem", "expire", "expire"]


def _gift(admin: Services, t: Desk) -> int:
    user = admin.desk.actor
    sign_in_as(admin, "boss", "manager")
    gift_id = admin.points.save_gift("茶叶", 30, 10).id
    sign_in_as(admin, user.username if user else "desk1", "reception")
    return gift_id


def test_adjustment_is_for_managers_with_a_reason(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    sign_in_as(admin, "desk1", "reception")
    with pytest.raises(PermissionDenied):
        t.points.adjust(card.card_no, 10, "生日补送")
    sign_in_as(admin, "boss", "manager")
    with pytest.raises(ValidationError) as err:
        t.points.adjust(card.card_no, 10, " ")
    assert err.value.field == "reason"
    assert t.points.adjust(card.card_no, 10, "生日补送") == 10
    with pytest.raises(ValidationError) as err:
        t.points.adjust(card.card_no, -11, "纠错")
    assert _field(err) == ("points", "exceeds_balance")
    assert t.points.adjust(card.card_no, -4, "纠错") == 6


def test_reversal_is_by_reversing_entries(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    receipt = spend(t, card.card_no, 300)
    gift = admin.points.save_gift("茶叶", 20, 5).id
    first = spend(t, card.card_no, 100)
    t.points.redeem_gift(card.card_no, gift)  # 40 - 20 = 20 left
    with pytest.raises(ValidationError) as err:
        t.consumption.reverse(receipt, "录错金额")  # its 30 points are partly spent
    assert _field(err) == ("receipt_no", "exceeds_balance")
    assert t.points.balance(card.card_no) == 20
    reversed_ = t.consumption.reverse(first, "录错金额")
    assert reversed_.reversed and t.points.balance(card.card_no) == 10
    with pytest.raises(ValidationError) as err:
        t.consumption.reverse(first, "again")
    assert _field(err) == ("receipt_no", "already_reversed")
    entries = t.points.history(card.card_no)
    assert [e.points for e in entries] == [30, 10, -20, -10]
    assert entries[-1].ref_entry_id == entries[1].id and entries[-1].kind == "reverse"


class _Crash(RuntimeError):
    pass


def test_an_interrupted_save_leaves_ledger_and_balance_as_they_were(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 200)

    class CrashingAudit:
        def record(self, *_a: Any, **_k: Any) -> int:
            raise _Crash("power cut before commit")

    broken = ConsumptionService(admin.venue.uow, admin.desk, CrashingAudit(), now=t.clock)  # type: ignore[arg-type]
    with pytest.raises(_Crash):
        broken.record(ConsumptionInput("茶室", "龙井", 90_000, "cash", card_no=card.card_no))
    with admin.venue.uow() as s:
        assert s.scalar(select(func.count()).select_from(Consumption)) == 1
        assert s.scalar(select(func.count()).select_from(PointsEntry)) == 1
    assert t.points.balance(card.card_no) == 20
    assert t.cards.get(card.card_no).tier_code == "standard"


Op = tuple[str, int]
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("spend"), st.integers(1, 3_000)),
        st.tuples(st.just("redeem"), st.integers(1, 3)),
        st.tuples(st.just("adjust"), st.integers(-200, 200)),
        st.tuples(st.just("expire"), st.integers(1, 200)),
        st.tuples(st.just("reverse"), st.integers(0, 20)),
        st.tuples(st.just("pay"), st.integers(1, 300)),
    ),
    max_size=14,
)


def _apply(t: Desk, card_no: str, gift: int, receipts: list[str], op: Op) -> None:
    kind, n = op
    if kind == "spend":
        receipts.append(spend(t, card_no, n))
    elif kind == "redeem":
        t.points.redeem_gift(card_no, gift, n)
    elif kind == "adjust" and n:
        t.points.adjust(card_no, n, "调整")
    elif kind == "expire":
        t.clock.advance(days=n)
        t.points.expire_due()
    elif kind == "reverse" and receipts:
        t.consumption.reverse(receipts[n % len(receipts)], "冲正")
    elif kind == "pay":
        spend(t, card_no, n, payment_method="points")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_any_sequence_keeps_balance_equal_to_the_ledger(admin: Services, ops: list[Op]) -> None:
    t = desk(admin)
    admin.membership.update_settings(dataclasses.replace(MemberSettings(), expiry_days=90))
    card = member(t, name="性质测试")
    gift = admin.points.save_gift("小礼品", 15, 1_000).id
    receipts: list[str] = []
    for op in ops:
        try:
            _apply(t, card.card_no, gift, receipts, op)
        except (ValidationError, DomainError) as refused:
            assert getattr(refused, "field", "") in {
                "points", "payment_method", "receipt_no", "card_no",
            } or refused.code.startswith("card_"), refused  # fmt: skip
        with admin.venue.uow() as s:
            ledger = s.scalar(
                select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                    PointsEntry.card_id == card.id
                )
            )
            lots = s.scalar(
                select(func.coalesce(func.sum(PointsLot.remaining), 0)).where(
                    PointsLot.card_id == card.id
                )
            )
            negative_lots = s.scalar(
                select(func.count()).where(PointsLot.card_id == card.id, PointsLot.remaining < 0)
            )
        balance = t.points.balance(card.card_no)
        assert balance == ledger == lots and balance >= 0
        assert negative_lots == 0
