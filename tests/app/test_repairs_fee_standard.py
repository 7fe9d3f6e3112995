"""The fee standard: a default created the first time, new versions published by a manager, and
an old order that keeps the prices of its day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.repairs.fee_standard import DEFAULT_FEE_ITEMS
from app.repairs.schemas import AgreementInput, FeeItemInput
from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry
from tests.app.repair_helpers import customer, intake, shop, standard_line, technician, walk
from tests.conftest import sign_in_as


def test_the_default_standard_is_created_once_with_chinese_items(admin: Services) -> None:
    t = shop(admin)
    first = t.fees.current()
    assert 10 <= len(first.items) <= 15
    by_name = {i.name: i for i in first.items}
    assert (by_name["更换门锁"].unit, by_name["更换门锁"].price_fen) == ("把", 12_000)
    assert (by_name["疏通下水道"].unit, by_name["更换灯管"].unit) == ("次", "支")
    assert first.effective_from == t.clock.today()
    assert t.fees.current().id == first.id
    assert len(t.fees.versions()) == 1


def test_a_new_version_leaves_old_orders_at_the_prices_of_their_day(admin: Services) -> None:
    t = shop(admin)
    tech = technician(t)
    old = walk(t, intake(t, customer(t)), tech, lines=(standard_line(t, "L01"),))
    assert old.total_fen == 12_000
    dearer = tuple(
        FeeItemInput(i.code, i.name, i.unit, i.price_fen + 1_000, i.category)
        for i in DEFAULT_FEE_ITEMS
    )
    tomorrow = t.clock.today() + timedelta(days=1)
    published = t.fees.publish(dearer, tomorrow, "2027 年调价")
    assert t.fees.current().id != published.id  # not in force before its day
    t.clock.advance(days=1)
    assert t.fees.current().id == published.id
    new = walk(
        t,
        intake(t, customer(t, "李雷", "+86 139 1234 5678")),
        tech,
        lines=(standard_line(t, "L01"),),
    )
    assert new.total_fen == 13_000 and new.fee_effective_from == tomorrow
    reread = t.repairs.open(old.id)
    assert reread.total_fen == 12_000 and reread.lines[0].unit_price_fen == 12_000
    assert reread.fee_effective_from == tomorrow - timedelta(days=1)
    assert [v.id for v in t.fees.versions()] == [published.id, old.fee_version_id]
    with admin.venue.uow() as s:
        actions = list(
            s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "fee_standard"))
        )
    assert actions == [AuditAction.FEE_STANDARD_CHANGED]


def test_an_item_of_an_older_version_is_not_in_an_orders_standard(admin: Services) -> None:
    t = shop(admin)
    old_item = standard_line(t, "P01")
    t.fees.publish(DEFAULT_FEE_ITEMS[:3], t.clock.today(), "精简")
    order = walk(t, intake(t, customer(t)), technician(t), until="arrived")
    with pytest.raises(ValidationError) as gone:
        t.repairs.propose_fees(order.id, AgreementInput((old_item,)))
    assert (gone.value.field, gone.value.code) == ("fee_item_id", "not_in_standard")


def test_publishing_is_for_managers_and_checks_every_item(services: Services) -> None:
    sign_in_as(services, "gongcheng", "engineering_lead")
    t = shop(services)
    today = t.clock.today()
    with pytest.raises(PermissionDenied):
        t.fees.publish(DEFAULT_FEE_ITEMS, today)
    sign_in_as(services, "jingli", "manager")
    bad = {
        ("code", "duplicate"): (DEFAULT_FEE_ITEMS[0], DEFAULT_FEE_ITEMS[0]),
        ("name", "required"): (FeeItemInput("X1", " ", "个", 100),),
        ("unit", "required"): (FeeItemInput("X1", "拆装", "", 100),),
        ("price_fen", "negative"): (FeeItemInput("X1", "拆装", "次", -1),),
        ("items", "required"): (),
    }
    for (field, code), items in bad.items():
        with pytest.raises(ValidationError) as refused:
            t.fees.publish(items, today)
        assert (refused.value.field, refused.value.code) == (field, code)
    with pytest.raises(ValidationError) as past:
        t.fees.publish(DEFAULT_FEE_ITEMS, today - timedelta(days=1))
    assert past.value.code == "in_past"
