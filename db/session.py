"""Engine and unit of work for the venue's SQLite file.

Every connection gets WAL, synchronous=FULL and foreign keys, and is checked; every transaction
starts with BEGIN IMMEDIATE so the audit chain never races another writer (GUI vs scheduled CLI).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

DB_FILENAME = "frontdesk.sqlite3"

_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "2"),  # FULL
    ("foreign_keys", "1"),
)


class ConnectionCheckFailed(RuntimeError):
    """SQLite did not accept a required pragma (e.g. WAL on a file system without shared memory)."""


def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event below emits BEGIN itself
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        for name, expected in _PRAGMAS:
            value = str(cur.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if value != expected:
                raise ConnectionCheckFailed(f"PRAGMA {name} is {value}, expected {expected}")
    finally:
        cur.close()


def make_engine(db_path: Path, *, echo: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", echo=echo)
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class UnitOfWork:
    """`with uow() as s:` commits on success and rolls back on any error."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)

    @contextlib.contextmanager
    def __call__(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def raw_connection(db_path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection for backup, integrity checks and bulk verification."""
    if readonly:
        return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    return sqlite3.connect(db_path)


class ReadOnlyWork:
    """Sessions for reading beside the desk's own work (e.g. a background warm-up): a read-only
    connection that never takes the write lock; every session is rolled back."""

    def __init__(self, db_path: Path) -> None:
        uri = f"file:{db_path}?mode=ro"
        self.engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
        self._factory = sessionmaker(bind=self.engine)

    @contextlib.contextmanager
    def __call__(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()
