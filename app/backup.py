"""Verified backups with SQLite's online backup API, and restoring one into an empty data dir.

A backup is a normal FrontDesk database file (the keys stay wrapped inside), so it opens on a new
PC with the venue passphrase or the recovery key and nothing else.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app.errors import StorageError, ValidationError, VaultDamaged
from app.files import atomic_writer, commit_temp, temp_sibling
from app.integrity import StoreReport, check_store
from app.paths import check_local
from app.security.audit import SYSTEM, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.keystore import KeyringStore
from app.security.permissions import Permission
from app.venue import Venue, db_path_of, open_venue
from app.venue_settings import read_settings
from db import sqlite_ops
from db.models import Customer

SUFFIX = ".fdbackup"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
SQLITE_MAGIC = b"SQLite format 3\x00"
_REQUIRED_TABLES = {"venue_settings", "vault_wraps", "data_keys", "audit_log", "alembic_version"}


class BackupVerificationFailed(StorageError):
    """The fresh copy did not pass the checks; it was deleted and older backups were kept."""

    code = "backup_verification_failed"


class NotABackup(StorageError):
    code = "not_a_backup"


class RestoreTargetNotEmpty(StorageError):
    code = "restore_target_not_empty"


class RestoreVerificationFailed(VaultDamaged):
    code = "restore_verification_failed"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    report: StoreReport
    pruned: tuple[Path, ...]


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    venue_id: str
    venue_name: str
    customers: int
    report: StoreReport
    keyring_saved: bool


def safe_venue_name(name: str) -> str:
    """Letters and digits of any script survive (Chinese names stay readable); the rest is '-'."""
    cleaned = re.sub(r"[^\w]+|_+", "-", name, flags=re.UNICODE).strip("-")
    return cleaned[:40].strip("-") or "venue"


def _pattern(venue_name: str) -> re.Pattern[str]:
    prefix = re.escape(f"frontdesk-{safe_venue_name(venue_name)}-")
    return re.compile(rf"^{prefix}(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(SUFFIX)}$")


def backup_name(venue_name: str, when: datetime, serial: int = 1) -> str:
    extra = f"-{serial}" if serial > 1 else ""
    return f"frontdesk-{safe_venue_name(venue_name)}-{when.strftime(STAMP_FORMAT)}{extra}{SUFFIX}"


class BackupService:
    def __init__(self, venue: Venue, desk: DeskSession, audit: AuditTrail) -> None:
        self._venue, self._desk, self._audit = venue, desk, audit

    def _settings(self) -> tuple[Path, int]:
        with self._venue.uow() as s:
            settings = read_settings(s)
        folder = Path(settings.backup_dir) if settings.backup_dir else None
        return folder or self._venue.data_dir / "backups", settings.backup_keep

    def _scan(self, folder: Path) -> list[tuple[tuple[str, int], BackupInfo]]:
        pattern = _pattern(self._venue.venue_name)
        found = []
        if folder.is_dir():
            for path in folder.iterdir():
                match = pattern.match(path.name)
                if match and path.is_file():
                    when = datetime.strptime(match.group(1), STAMP_FORMAT)
                    order = (match.group(1), int(match.group(2) or 1))
                    found.append((order, BackupInfo(path, when, path.stat().st_size)))
        found.sort(key=lambda item: item[0], reverse=True)
        return found

    def list_backups(self) -> list[BackupInfo]:
        """This venue's verified backups in the backup folder, newest first."""
        self._desk.require(Permission.RUN_BACKUP)
        folder, _keep = self._settings()
        return [info for _order, info in self._scan(folder)]

    def _new_target(self, folder: Path, now: datetime) -> Path:
        serial = 1
        while (target := folder / backup_name(self._venue.venue_name, now, serial)).exists():
            serial += 1
        return target

    def backup_now(
        self, to: Path | None = None, *, now: datetime | None = None, automatic: bool = False
    ) -> BackupResult:
        """Copy, verify, then keep: a copy that fails a check never replaces anything.
        `automatic` (daily and on-exit backups) runs as the system even while the desk is locked."""
        actor = SYSTEM if automatic else self._desk.require(Permission.RUN_BACKUP)
        folder, keep = self._settings()
        target = Path(to) if to is not None else self._new_target(folder, now or datetime.now())
        tmp = temp_sibling(target)
        try:
            sqlite_ops.copy_database(self._venue.db_path, tmp)
            report = check_store(tmp, self._desk.keys)
            if not report.ok:
                raise BackupVerificationFailed(
                    f"the backup copy failed its checks: {report.summary()}"
                )
            commit_temp(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        size = target.stat().st_size
        pruned = self._prune(folder, keep) if to is None else ()
        with self._venue.uow() as s:
            self._audit.record(
                s,
                actor,
                AuditAction.BACKUP_WRITTEN,
                entity="backup",
                entity_id=target.name[:64],
                detail={"bytes": size, "checks": len(report.checks), "pruned": len(pruned)},
            )
        return BackupResult(target, size, report, pruned)

    def _prune(self, folder: Path, keep: int) -> tuple[Path, ...]:
        """Delete the oldest generations beyond `keep`; only files named by our own pattern."""
        old = [info.path for _order, info in self._scan(folder)[keep:]]
        for path in old:
            path.unlink(missing_ok=True)
        return tuple(old)

    def backup_if_due(self, now: datetime | None = None) -> BackupResult | None:
        """The automatic daily backup: due when no verified backup of today is in the folder."""
        now = now or datetime.now()
        folder, _keep = self._settings()
        if any(info.created_at.date() == now.date() for _order, info in self._scan(folder)):
            return None
        return self.backup_now(now=now, automatic=True)


def _check_backup_file(file: Path) -> None:
    try:
        with open(file, "rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotABackup(f"cannot read {file}: {exc.strerror or exc}") from exc
    if magic != SQLITE_MAGIC:
        raise NotABackup(f"{file.name} is not a FrontDesk backup (not an SQLite database)")
    try:
        conn = sqlite_ops.connect(file, readonly=True)
        try:
            names = sqlite_ops.table_names(conn)
        finally:
            conn.close()
    except sqlite_ops.DatabaseUnreadable as exc:
        raise VaultDamaged(f"{file.name} is damaged: {exc}") from exc
    if not names >= _REQUIRED_TABLES:
        raise NotABackup(f"{file.name} is an SQLite database but not a FrontDesk backup")


def _empty_dir(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _unlock(venue: Venue, passphrase: str | None, recovery_key: str | None) -> VaultKeys:
    if passphrase:
        return venue.unlock_with_passphrase(passphrase)
    if recovery_key:
        return venue.unlock_with_recovery_key(recovery_key)
    raise ValidationError("passphrase", "required", "the venue passphrase or the recovery key")


def restore_backup(
    file: Path,
    to_dir: Path,
    passphrase: str | None,
    recovery_key: str | None,
    *,
    keystore: KeyringStore | None = None,
) -> RestoreResult:
    """Copy a backup into an empty data dir, open, unlock and check it; failure leaves it empty."""
    if not passphrase and not recovery_key:
        raise ValidationError("passphrase", "required", "the venue passphrase or the recovery key")
    if to_dir.exists() and (not to_dir.is_dir() or any(to_dir.iterdir())):
        raise RestoreTargetNotEmpty(f"{to_dir} is not an empty folder; restore into a new one")
    _check_backup_file(file)
    check_local(to_dir)
    to_dir.mkdir(parents=True, exist_ok=True)
    venue: Venue | None = None
    keys: VaultKeys | None = None
    try:
        with open(file, "rb") as src, atomic_writer(db_path_of(to_dir)) as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        venue = open_venue(to_dir)
        keys = _unlock(venue, passphrase, recovery_key)
        report = check_store(venue.db_path, keys)
        if not report.ok:
            raise RestoreVerificationFailed(f"the restored venue failed: {report.summary()}")
        with venue.uow() as s:
            customers = int(s.scalar(select(func.count()).select_from(Customer)) or 0)
            AuditTrail(keys.audit_key).record(
                s,
                SYSTEM,
                AuditAction.BACKUP_RESTORED,
                entity="backup",
                entity_id=file.name[:64],
                detail={"customers": customers},
            )
        saved = keystore.save(venue.venue_id, bytes(keys.master_key)) if keystore else False
        return RestoreResult(to_dir, venue.venue_id, venue.venue_name, customers, report, saved)
    except BaseException:
        if venue is not None:
            venue.dispose()
            venue = None
        _empty_dir(to_dir)
        raise
    finally:
        if keys is not None:
            keys.wipe()
        if venue is not None:
            venue.dispose()
