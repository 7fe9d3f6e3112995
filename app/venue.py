"""Opening a venue's data dir: the database file, schema upgrades (after a safety copy), unlock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from app.errors import VaultDamaged, VenueNotInitialised
from app.paths import check_local
from app.security import vault
from app.security.keys import VaultKeys
from app.security.keystore import KeyringStore
from db import sqlite_ops
from db.migrate import current_revision, head_revision, upgrade_to_head
from db.models import VenueSetting
from db.session import DB_FILENAME, UnitOfWork, make_engine

VENUE_ID = "venue_id"
VENUE_NAME = "venue_name"


@dataclass
class Venue:
    data_dir: Path
    engine: Engine
    uow: UnitOfWork
    venue_id: str
    venue_name: str

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def unlock_from_keyring(self, store: KeyringStore) -> VaultKeys | None:
        master = store.load(self.venue_id)
        if master is None:
            return None
        with self.uow() as s:
            return vault.unlock_with_master(s, self.venue_id, master)

    def unlock_with_passphrase(self, passphrase: str) -> VaultKeys:
        with self.uow() as s:
            return vault.unlock_with_passphrase(s, self.venue_id, passphrase)

    def unlock_with_recovery_key(self, recovery_key: str) -> VaultKeys:
        with self.uow() as s:
            return vault.unlock_with_recovery_key(s, self.venue_id, recovery_key)

    def dispose(self) -> None:
        self.engine.dispose()


def db_path_of(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def is_initialised(data_dir: Path) -> bool:
    return db_path_of(data_dir).exists()


def _safety_copy(db_path: Path, revision: str | None) -> Path:
    """A plain SQLite copy taken before a schema upgrade (keys stay wrapped inside it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.parent / "pre-upgrade" / f"frontdesk-{revision}-{stamp}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    sqlite_ops.copy_database(db_path, target)
    return target


def _check_file(db_path: Path) -> None:
    try:
        result = sqlite_ops.quick_check(db_path)
    except sqlite_ops.DatabaseUnreadable as exc:
        raise VaultDamaged(f"{db_path.name} is not a readable FrontDesk database: {exc}") from exc
    if result != "ok":
        raise VaultDamaged(f"{db_path.name} is damaged: {result}")


def open_engine(data_dir: Path) -> tuple[Engine, UnitOfWork]:
    check_local(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_path_of(data_dir))
    return engine, UnitOfWork(engine)


def open_venue(data_dir: Path) -> Venue:
    """Open an existing venue; upgrade its schema (after a safety copy) if it is older."""
    path = db_path_of(data_dir)
    if not path.exists():
        raise VenueNotInitialised(f"no venue in {data_dir}: run the set-up first")
    check_local(data_dir)
    _check_file(path)
    engine, uow = open_engine(data_dir)
    revision = current_revision(engine)
    if revision is None and not inspect(engine).has_table("venue_settings"):
        engine.dispose()
        raise VaultDamaged(f"{path.name} is not a FrontDesk database")
    if revision != head_revision():
        _safety_copy(path, revision)
        upgrade_to_head(engine)
    with uow() as s:
        venue_id = s.get(VenueSetting, VENUE_ID)
        name = s.get(VenueSetting, VENUE_NAME)
        if venue_id is None:
            engine.dispose()
            raise VaultDamaged(f"{path.name} has no venue id")
        return Venue(data_dir, engine, uow, venue_id.value, name.value if name else "")
