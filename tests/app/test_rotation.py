"""Key rotation: every row re-sealed under the new key, resumable after a hard kill."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.customers.schemas import CustomerInput
from app.errors import PermissionDenied
from app.security.rotation import KeyRotationService
from app.services import Services, build_services
from app.staff.service import StaffInput
from app.venue import open_venue
from db.models import Customer, DataKey
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
PEOPLE = [CustomerInput(f"客户{i}号·测试", f"1380013{i:04d}", notes=f"第{i}位") for i in range(45)]


def _key_ids(services: Services) -> dict[str, int]:
    with services.venue.uow() as s:
        rows = s.execute(select(Customer.key_id, func.count()).group_by(Customer.key_id)).all()
        return {key_id: count for key_id, count in rows}


def _data_keys(services: Services) -> dict[str, str]:
    with services.venue.uow() as s:
        return {k.key_id: k.state for k in s.scalars(select(DataKey))}


def test_rotation_reseals_everything_and_drops_old_key(admin: Services) -> None:
    admin.customers.import_many(PEOPLE)
    old = admin.desk.keys.active_key_id
    progress = KeyRotationService(admin.venue.uow, admin.desk, admin.audit).rotate(batch_size=7)
    assert progress.rows_resealed == 45 and progress.rows_remaining == 0
    assert progress.retired_key_ids == (old,)
    assert _key_ids(admin) == {progress.active_key_id: 45}
    assert _data_keys(admin) == {progress.active_key_id: "active"}
    assert [r.name for r in admin.customers.list_page(limit=3)] == [p.name for p in PEOPLE[:3]]
    # a fresh unlock after the rotation still reads everything
    fresh = build_services(admin.venue, admin.venue.unlock_with_passphrase(PASSPHRASE))
    fresh.staff.sign_in("admin", ADMIN_PASSWORD)
    assert len(fresh.customers.list_page()) == 45
    assert fresh.audit_log.verify().ok


def test_only_admin_rotates(admin: Services) -> None:
    admin.staff.create(StaffInput("jingli", "值班经理 周", "manager", "manager-pass-1"))
    admin.staff.sign_out()
    admin.staff.sign_in("jingli", "manager-pass-1")
    with pytest.raises(PermissionDenied):
        KeyRotationService(admin.venue.uow, admin.desk, admin.audit).rotate()


def test_rotation_killed_half_way_resumes(admin: Services) -> None:
    admin.customers.import_many(PEOPLE)
    old = admin.desk.keys.active_key_id
    data_dir = admin.venue.data_dir
    admin.venue.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "tests.app.rotation_crash", str(data_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr

    venue = open_venue(data_dir)
    try:
        services = build_services(venue, venue.unlock_with_passphrase(PASSPHRASE))
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        counts = _key_ids(services)
        new = services.desk.keys.active_key_id
        assert new != old
        assert counts == {new: 20, old: 25}  # two batches landed, the third rolled back
        assert _data_keys(services) == {old: "retiring", new: "active"}
        assert len(services.customers.list_page()) == 45  # both keys still open their rows
        rotation = KeyRotationService(venue.uow, services.desk, services.audit)
        assert rotation.pending()
        progress = rotation.rotate(batch_size=10)
        assert progress.active_key_id == new  # resumed, not restarted with a third key
        assert progress.rows_resealed == 25 and progress.retired_key_ids == (old,)
        assert _key_ids(services) == {new: 45}
        assert not rotation.pending()
        assert services.audit_log.verify().ok
    finally:
        venue.dispose()
