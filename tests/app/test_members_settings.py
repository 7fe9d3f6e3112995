"""The membership settings a manager saves: the departments consumptions are booked to and the
check-out switch are stored and read back like the rest; a blank, repeated or empty department
list is refused with the field named; and the gift catalogue keeps a gift taken off offer."""

from __future__ import annotations

import dataclasses

import pytest

from app.errors import DomainError, PermissionDenied, ValidationError
from app.members.settings import DEFAULT_DEPARTMENTS, MemberSettings
from app.services import Services
from tests.app.member_helpers import desk, member
from tests.conftest import sign_in_as


def test_departments_and_checkout_are_saved_and_read_back(admin: Services) -> None:
    assert admin.membership.settings().departments == DEFAULT_DEPARTMENTS
    assert admin.membership.settings().checkout_enabled is True
    wanted = dataclasses.replace(
        MemberSettings(), departments=("茶室", '宴会厅 "VIP", 二楼'), checkout_enabled=False
    )
    admin.membership.update_settings(wanted)
    assert admin.membership.settings() == wanted


def test_check_out_is_refused_where_the_venue_does_not_record_it(admin: Services) -> None:
    t = desk(admin)
    visit = t.checkin.scan(member(t).card_no).visit
    admin.membership.update_settings(dataclasses.replace(MemberSettings(), checkout_enabled=False))
    with pytest.raises(DomainError) as err:
        t.checkin.check_out(visit.id)
    assert err.value.code == "checkout_disabled"
    admin.membership.update_settings(MemberSettings())
    assert t.checkin.check_out(visit.id).checked_out_at is not None


@pytest.mark.parametrize(
    ("departments", "code"),
    [((), "required"), (("茶室", " "), "invalid"), (("茶室", "茶室"), "duplicate"),
     (("茶室 ",), "invalid"), (("茶" * 33,), "too_long")],
)  # fmt: skip
def test_a_bad_department_list_is_refused(
    admin: Services, departments: tuple[str, ...], code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        admin.membership.update_settings(MemberSettings(departments=departments))
    assert (err.value.field, err.value.code) == ("departments", code)
    assert admin.membership.settings() == MemberSettings()


def test_a_gift_taken_off_offer_stays_in_the_catalogue(admin: Services) -> None:
    gift = admin.points.save_gift("明前龙井", 300, 5)
    assert gift.active
    off = admin.points.save_gift("明前龙井", 300, 5, gift.id, active=False)
    assert admin.points.gifts() == [off] and not off.active
    again = admin.points.save_gift("明前龙井（新）", 280, 4, gift.id)
    assert (again.name, again.points_cost, again.stock, again.active) == (
        "明前龙井（新）",
        280,
        4,
        True,
    )
    sign_in_as(admin, "xiaoli", "reception")
    with pytest.raises(PermissionDenied):
        admin.points.save_gift("茶杯", 50, 1)
