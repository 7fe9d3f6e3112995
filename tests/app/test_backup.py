from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.backup import (
    BackupVerificationFailed,
    NotABackup,
    RestoreTargetNotEmpty,
    restore_backup,
)
from app.customers.schemas import CustomerInput
from app.errors import WrongPassphrase
from app.security.audit_log import AuditFilter
from app.services import Services, build_services
from app.setup import VenueSetupResult
from app.venue import open_venue
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

NAME, PHONE = "欧阳·娜娜😀", "13800138000"
CUSTOMERS = (
    CustomerInput(NAME, PHONE, "female", notes='备注,"引号"\n第二行'),
    CustomerInput("刘䶮", "+86 139 0013 9000", "male"),
    CustomerInput("Anna Müller", "021-5888 1234"),
)


@pytest.fixture
def filled(admin: Services) -> Services:
    for item in CUSTOMERS:
        admin.customers.create(item)
    return admin


def _names_in(data_dir: Path) -> set[str]:
    venue = open_venue(data_dir)
    services = build_services(venue, venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        return {c.name for c in services.customers.list_page()}
    finally:
        services.close()


def _tamper_audit_row(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET reason = 'edited' WHERE id = 2")
    conn.close()


def test_backup_writes_a_verified_dated_file_and_audits_it(filled: Services) -> None:
    result = filled.backups.backup_now(now=datetime(2026, 11, 23, 9, 30, 5))
    assert result.path.name == "frontdesk-静安-云栖会所-20261123-093005.fdbackup"
    assert result.path.parent == filled.venue.data_dir / "backups"
    assert result.report.ok and result.size == result.path.stat().st_size
    assert [b.path for b in filled.backups.list_backups()] == [result.path]
    assert list(result.path.parent.glob("*.tmp")) == []
    rows = filled.audit_log.search(AuditFilter(action="backup_written"))
    assert [r.entity_id for r in rows] == [result.path.name]


def test_generations_are_pruned_to_the_setting_and_foreign_files_stay(filled: Services) -> None:
    filled.settings.update(dataclasses.replace(filled.settings.get(), backup_keep=2))
    folder = filled.venue.data_dir / "backups"
    folder.mkdir()
    foreign = [folder / "notes.txt", folder / "frontdesk-other-venue-20200101-000000.fdbackup"]
    for path in foreign:
        path.write_text("not ours")
    paths = [filled.backups.backup_now(now=datetime(2026, 11, day, 3)).path for day in (1, 2, 3)]
    same_second = filled.backups.backup_now(now=datetime(2026, 11, 3, 3)).path
    kept = [b.path for b in filled.backups.list_backups()]
    assert kept == [same_second, paths[2]]
    assert not paths[0].exists() and not paths[1].exists()
    assert all(path.exists() for path in foreign)


def test_a_copy_that_fails_verification_is_dropped_and_old_backups_stay(filled: Services) -> None:
    good = filled.backups.backup_now(now=datetime(2026, 11, 1, 3)).path
    _tamper_audit_row(filled.venue.db_path)
    with pytest.raises(BackupVerificationFailed, match="audit_chain"):
        filled.backups.backup_now(now=datetime(2026, 11, 2, 3))
    assert [p.name for p in good.parent.iterdir()] == [good.name]


def test_backup_if_due_writes_once_a_day(filled: Services) -> None:
    first = filled.backups.backup_if_due(datetime(2026, 11, 23, 8))
    assert first is not None
    assert filled.backups.backup_if_due(datetime(2026, 11, 23, 18)) is None
    assert filled.backups.backup_if_due(datetime(2026, 11, 24, 8)) is not None


def test_restore_with_passphrase_gives_back_the_same_customers(
    filled: Services, tmp_path: Path
) -> None:
    backup = filled.backups.backup_now().path
    target = tmp_path / "new-pc"
    result = restore_backup(backup, target, PASSPHRASE, None)
    assert result.customers == len(CUSTOMERS) and result.report.ok
    assert _names_in(target) == {c.name for c in CUSTOMERS}


def test_restore_with_recovery_key(
    filled: Services, venue_setup: VenueSetupResult, tmp_path: Path
) -> None:
    backup = filled.backups.backup_now().path
    result = restore_backup(backup, tmp_path / "new-pc", None, venue_setup.recovery_key)
    assert result.venue_id == venue_setup.venue_id
    assert _names_in(tmp_path / "new-pc") == {c.name for c in CUSTOMERS}


def test_wrong_passphrase_is_refused_and_leaves_the_target_empty(
    filled: Services, tmp_path: Path
) -> None:
    backup = filled.backups.backup_now().path
    target = tmp_path / "new-pc"
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, target, "not-the-venue-passphrase", None)
    assert list(target.iterdir()) == []


def test_files_that_are_not_backups_are_refused(admin: Services, tmp_path: Path) -> None:
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(NotABackup, match="not a FrontDesk backup"):
        restore_backup(junk, tmp_path / "a", PASSPHRASE, None)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotABackup):
        restore_backup(other, tmp_path / "b", PASSPHRASE, None)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_restore_into_a_non_empty_dir_is_refused(filled: Services, tmp_path: Path) -> None:
    backup = filled.backups.backup_now().path
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("someone's file")
    with pytest.raises(RestoreTargetNotEmpty):
        restore_backup(backup, target, PASSPHRASE, None)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_no_personal_data_in_plain_text_in_database_or_backup(filled: Services) -> None:
    backup = filled.backups.backup_now().path
    db = filled.venue.db_path
    files = [backup, db, *(Path(f"{db}{suffix}") for suffix in ("-wal", "-shm"))]
    needles = [NAME.encode(), "欧阳".encode(), PHONE.encode(), b"0013 9000", "引号".encode()]
    for path in files:
        if path.exists():
            raw = path.read_bytes()
            for needle in needles:
                assert needle not in raw, f"{needle!r} in {path.name}"
    assert backup.stat().st_size > 0
