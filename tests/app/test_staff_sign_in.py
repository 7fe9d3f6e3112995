"""Signing in: wrong passwords, the five-failure lock-out, idle lock, and every attempt audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import (
    AccountLocked,
    NotSignedIn,
    PermissionDenied,
    SessionLocked,
    SignInFailed,
    ValidationError,
)
from app.security.audit_log import AuditFilter
from app.services import Services
from app.staff.service import MAX_FAILURES, StaffInput
from db.models import Staff
from db.types import utc_now
from tests.conftest import ADMIN_PASSWORD

RECEPTION = StaffInput("xiaoli", "前台 李小丽", "reception", "reception-pass-1")


def _audit_actions(admin: Services, username: str) -> list[str]:
    return [r.action for r in admin.audit_log.search(AuditFilter(username=username))]


def test_sign_in_and_permissions(admin: Services) -> None:
    admin.staff.create(RECEPTION)
    admin.staff.sign_out()
    actor = admin.staff.sign_in("xiaoli", "reception-pass-1")
    assert actor.role == "reception"
    with pytest.raises(PermissionDenied):
        admin.audit_log.search(AuditFilter())
    with pytest.raises(PermissionDenied):
        admin.staff.create(StaffInput("x2", "某人", "reception", "password-22"))


def test_nobody_signed_in_is_refused(services: Services) -> None:
    with pytest.raises(NotSignedIn):
        services.customers.list_page()


def test_wrong_password_counts_and_locks_after_five(admin: Services) -> None:
    admin.staff.create(RECEPTION)
    admin.staff.sign_out()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInFailed):
            admin.staff.sign_in("xiaoli", "wrong-password")
    with pytest.raises(AccountLocked) as info:
        admin.staff.sign_in("xiaoli", "wrong-password")
    assert 0 < info.value.seconds_left <= 300
    with pytest.raises(AccountLocked):  # even the right password waits out the lock
        admin.staff.sign_in("xiaoli", "reception-pass-1")
    with admin.venue.uow() as s:  # five minutes pass
        row = s.scalar(select(Staff).where(Staff.username == "xiaoli"))
        assert row is not None
        row.locked_until = utc_now() - timedelta(seconds=1)
    assert admin.staff.sign_in("xiaoli", "reception-pass-1").username == "xiaoli"
    admin.staff.sign_out()
    admin.staff.sign_in("admin", ADMIN_PASSWORD)
    actions = _audit_actions(admin, "xiaoli")
    assert actions.count("sign_in_failed") == MAX_FAILURES + 1
    assert "sign_in" in actions


def test_unknown_user_is_audited_without_revealing_it(admin: Services) -> None:
    admin.staff.sign_out()
    with pytest.raises(SignInFailed) as info:
        admin.staff.sign_in("nobody", "whatever-1")
    assert "unknown user or wrong password" in str(info.value)
    admin.staff.sign_in("admin", ADMIN_PASSWORD)
    assert _audit_actions(admin, "nobody") == ["sign_in_failed"]


def test_lock_wipes_and_unlock_needs_password(admin: Services) -> None:
    wiped: list[bool] = []
    admin.desk.on_lock(lambda: wiped.append(True))
    admin.staff.lock()
    assert wiped == [True]
    with pytest.raises(SessionLocked):
        admin.customers.list_page()
    with pytest.raises(SignInFailed):
        admin.staff.unlock("not-the-password")
    assert admin.desk.locked and admin.desk.actor is not None  # still locked, same person
    assert admin.staff.unlock(ADMIN_PASSWORD).username == "admin"
    assert admin.customers.list_page() == []
    actions = _audit_actions(admin, "admin")
    assert actions[:3] == ["customer_viewed", "session_unlocked", "sign_in_failed"]


def test_staff_validation_names_the_field(admin: Services) -> None:
    cases = [
        (StaffInput("", "名字", "reception", "password-1"), "username", "required"),
        (StaffInput("a b", "名字", "reception", "password-1"), "username", "invalid"),
        (StaffInput("ab", "", "reception", "password-1"), "display_name", "required"),
        (StaffInput("ab", "名字", "cook", "password-1"), "role", "invalid"),
        (StaffInput("ab", "名字", "reception", "short"), "password", "too_short"),
        (StaffInput("admin", "名字", "reception", "password-1"), "username", "taken"),
    ]
    for data, field, code in cases:
        with pytest.raises(ValidationError) as info:
            admin.staff.create(data)
        assert (info.value.field, info.value.code) == (field, code)


def test_password_hash_is_argon2id(admin: Services) -> None:
    admin.staff.create(RECEPTION)
    with admin.venue.uow() as s:
        row = s.scalar(select(Staff).where(Staff.username == "xiaoli"))
        assert row is not None
        assert row.password_hash.startswith("$argon2id$")
        assert "reception-pass-1" not in row.password_hash


def test_admin_resets_password_and_deactivates(admin: Services) -> None:
    created = admin.staff.create(RECEPTION)
    admin.staff.update(created.id, password="brand-new-pass")
    admin.staff.update(created.id, active=False)
    admin.staff.sign_out()
    with pytest.raises(SignInFailed):
        admin.staff.sign_in("xiaoli", "brand-new-pass")


def test_reception_sees_colleagues_names_but_not_staff_admin(admin: Services) -> None:
    admin.staff.create(RECEPTION)
    admin.staff.create(StaffInput("laowang", "王经理", "manager", "manager-pass-9"))
    admin.staff.update(
        admin.staff.create(StaffInput("gone", "离职者", "reception", "gone-pass-1")).id,
        active=False,
    )
    admin.staff.sign_out()
    admin.staff.sign_in("xiaoli", "reception-pass-1")
    assert [c.display_name for c in admin.staff.colleagues()] == [
        "管理员 王𠮷",
        "王经理",
        "前台 李小丽",
    ]
    with pytest.raises(PermissionDenied):
        admin.staff.list()
