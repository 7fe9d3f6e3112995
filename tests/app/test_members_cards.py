"""Member cards on a real venue: check digits, issue, freeze, lost and replace, cancel, tier
upgrade on a threshold and downgrade only at renewal, sealed text and the protected ledger."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from app.errors import DomainError, PermissionDenied, ValidationError
from app.integrity import check_store
from app.members.card_numbers import check_card_no, make_card_no
from app.members.store import add_months
from app.services import Services
from tests.app.member_helpers import desk, member, raw_connection, raw_db, spend
from tests.conftest import sign_in_as


def test_check_digit_catches_every_single_digit_typo_and_adjacent_swap() -> None:
    number = make_card_no("8866", 1234)
    assert check_card_no(f" {number[:4]} {number[4:]} ") == number
    for i, digit in enumerate(number):
        for other in "0123456789":
            if other != digit:
                typo = number[:i] + other + number[i + 1 :]
                with pytest.raises(ValidationError) as err:
                    check_card_no(typo)
                assert (err.value.field, err.value.code) == ("card_no", "check_digit")
    for i in range(len(number) - 1):
        a, b = number[i], number[i + 1]
        if a != b and {a, b} != {"0", "9"}:  # Luhn's one blind spot: 09 <-> 90
            swapped = number[:i] + b + a + number[i + 2 :]
            with pytest.raises(ValidationError, match="check digit"):
                check_card_no(swapped)


def test_issue_gives_prefixed_number_a_year_and_an_event(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    today = t.clock.today()
    assert card.card_no.startswith("8866") and len(card.card_no) == 12
    assert (card.tier_code, card.tier_name, card.state) == ("standard", "普通会员", "active")
    assert card.valid_until == add_months(today, 12) - timedelta(days=1)
    assert [e.kind for e in t.history.events(card.card_no)] == ["issued"]
    with pytest.raises(ValidationError) as err:
        t.cards.issue(card.customer_id)
    assert (err.value.field, err.value.code) == ("customer", "has_card")
    with pytest.raises(DomainError) as unknown:
        t.cards.get(make_card_no("8866", 999))
    assert unknown.value.code == "card_unknown"


def test_freeze_moves_expiry_out_and_an_early_thaw_takes_unused_days_back(
    admin: Services,
) -> None:
    t = desk(admin)
    card = member(t)
    today = t.clock.today()
    with pytest.raises(ValidationError) as err:
        t.cards.freeze(card.card_no, today - timedelta(days=1), today, "出国")
    assert err.value.field == "frozen_from"
    with pytest.raises(ValidationError) as err:
        t.cards.freeze(card.card_no, today, today - timedelta(days=1), "出国")
    assert err.value.field == "frozen_to"
    with pytest.raises(ValidationError) as err:
        t.cards.freeze(card.card_no, today, today, " ")
    assert err.value.field == "reason"
    frozen = t.cards.freeze(card.card_no, today, today + timedelta(days=29), "出国三十天")
    assert frozen.state == "frozen" and frozen.freeze_reason == "出国三十天"
    assert frozen.valid_until == card.valid_until + timedelta(days=30)
    t.clock.advance(days=10)  # ten days used, twenty given back
    thawed = t.cards.unfreeze(card.card_no, "提前回国")
    assert thawed.state == "active"
    assert thawed.valid_until == card.valid_until + timedelta(days=10)
    kinds = [e.kind for e in t.history.events(card.card_no)]
    assert kinds == ["issued", "frozen", "unfrozen"]


def test_a_freeze_ends_by_itself(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    t.cards.freeze(card.card_no, t.clock.today(), t.clock.today() + timedelta(days=2), "休假")
    t.clock.advance(days=3)
    assert t.cards.get(card.card_no).state == "active"


def test_lost_and_replaced_card_moves_points_and_blocks_the_old_number(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 300)
    assert t.points.balance(card.card_no) == 30
    with pytest.raises(ValidationError):
        t.cards.replace(card.card_no, "补卡")  # not reported lost yet
    t.cards.report_lost(card.card_no, "客人电话挂失")
    new = t.cards.replace(card.card_no, "补办新卡")
    assert new.card_no != card.card_no and new.points_balance == 30
    assert new.valid_until == card.valid_until and new.tier_code == card.tier_code
    assert t.points.balance(card.card_no) == 0
    assert t.points.lots_consistent(new.card_no) and t.points.lots_consistent(card.card_no)
    old = t.cards.get(card.card_no)
    assert (old.state, old.replaced_by) == ("lost", new.card_no)
    with pytest.raises(DomainError) as err:
        t.checkin.scan(card.card_no)
    assert err.value.code == "card_lost"
    with pytest.raises(DomainError) as err:
        spend(t, card.card_no, 100)
    assert err.value.code == "card_lost"
    assert t.checkin.scan(new.card_no).visit.card_no == new.card_no
    assert [e.kind for e in t.history.events(card.card_no)] == ["issued", "lost", "replaced"]


def test_cancel_is_for_managers_and_needs_a_reason(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    sign_in_as(admin, "desk1", "reception")
    with pytest.raises(PermissionDenied):
        t.cards.cancel(card.card_no, "客户要求")
    sign_in_as(admin, "boss", "manager")
    with pytest.raises(ValidationError, match="reason"):
        t.cards.cancel(card.card_no, "")
    assert t.cards.cancel(card.card_no, "客户要求注销").state == "cancelled"
    with pytest.raises(DomainError) as err:
        t.checkin.scan(card.card_no)
    assert err.value.code == "card_cancelled"


def test_upgrade_on_threshold_and_downgrade_only_at_renewal(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 4999)
    assert t.cards.get(card.card_no).tier_code == "standard"
    spend(t, card.card_no, 1)  # 5,000 yuan: silver's threshold
    upgraded = t.cards.get(card.card_no)
    assert upgraded.tier_code == "silver"
    event = t.history.events(card.card_no)[-1]
    assert (event.kind, event.from_tier, event.to_tier) == ("upgraded", "standard", "silver")
    assert "threshold" in event.reason
    # A year on: the spend of the ending period keeps silver at renewal.
    t.clock.advance(days=366)
    assert t.cards.get(card.card_no).state == "expired"
    renewed = t.cards.renew(card.card_no)
    assert (renewed.state, renewed.tier_code) == ("active", "silver")
    # Another year with no spend: renewal is the one place a card moves down.
    t.clock.advance(days=366)
    assert t.cards.renew(card.card_no).tier_code == "standard"
    kinds = [e.kind for e in t.history.events(card.card_no)]
    assert kinds[-2:] == ["downgraded", "renewed"]


def test_sealed_fields_leave_no_plaintext_and_the_ledger_refuses_edits(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 200, items="私房菜·张三订的包间")
    t.points.adjust(card.card_no, 5, "补偿：服务员刘某上错菜")
    today = t.clock.today()
    t.cards.freeze(card.card_no, today + timedelta(days=1), today + timedelta(days=3), "住院休养")
    raw = raw_db(admin)
    for secret in ("张三订的包间", "服务员刘某", "住院休养"):
        assert secret.encode() not in raw
    conn = raw_connection(admin)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE points_ledger SET points = 9999")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM points_ledger")
    finally:
        conn.close()
    admin.rotation.rotate()  # re-sealing the ledger's reason is allowed
    history = t.points.history(card.card_no)
    assert history[-1].reason == "补偿：服务员刘某上错菜"
    assert t.cards.get(card.card_no).freeze_reason == "住院休养"
    assert date.today() <= t.cards.get(card.card_no).valid_until


def test_store_check_opens_the_new_sealed_tables(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    spend(t, card.card_no, 300, items="包间")
    t.points.adjust(card.card_no, 3, "补偿")
    t.checkin.scan(card.card_no)
    report = check_store(admin.venue.db_path, admin.desk.keys)
    assert report.ok, report.summary()


def test_a_freeze_booked_ahead_starts_on_its_day(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    start = t.clock.today() + timedelta(days=5)
    t.cards.freeze(card.card_no, start, start + timedelta(days=1), "装修期间暂停")
    assert t.cards.get(card.card_no).state == "active"
    with pytest.raises(ValidationError):
        t.cards.freeze(card.card_no, start, start, "again")
    t.clock.advance(days=5)
    assert t.cards.get(card.card_no).state == "frozen"
    t.clock.advance(days=2)
    assert t.cards.get(card.card_no).state == "active"
