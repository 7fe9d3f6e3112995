"""Engine-specific store operations (SQLite here), kept in db/ so app/ stays portable:
online copy, integrity checks, schema introspection and the raw audit scan."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

AUDIT_TRIGGERS = frozenset({"audit_log_no_update", "audit_log_no_delete"})
LEDGER_TRIGGERS = frozenset({"points_ledger_no_update", "points_ledger_no_delete"})
_AUDIT_SQL = (
    "SELECT id, at, staff_id, username, action, entity, entity_id, customer_id, reason, detail,"
    " prev_mac, mac FROM audit_log ORDER BY id"
)
StoreError = sqlite3.Error
StoreConnection = sqlite3.Connection
DatabaseUnreadable = sqlite3.DatabaseError


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path)


def copy_database(src: Path, dst: Path) -> None:
    """A consistent copy of a live database (SQLite online backup), as one self-contained file."""
    source = connect(src, readonly=True)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
        source.close()


def quick_check(path: Path) -> str:
    """'ok' or SQLite's first complaint; DatabaseUnreadable for a file that is no database."""
    conn = connect(path, readonly=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def integrity_problems(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: sqlite3.Connection, limit: int = 5) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute("PRAGMA foreign_key_check").fetchmany(limit)]


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def missing_triggers(conn: sqlite3.Connection, names: frozenset[str]) -> set[str]:
    found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return set(names - found)


def missing_audit_triggers(conn: sqlite3.Connection) -> set[str]:
    return missing_triggers(conn, AUDIT_TRIGGERS)


def iter_audit_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """(id, at, staff_id, username, action, entity, entity_id, customer_id, reason, detail,
    prev_mac, mac) in id order, straight from the cursor (fast for millions of rows)."""
    yield from conn.execute(_AUDIT_SQL)


def audit_head(conn: sqlite3.Connection, head_id: int) -> tuple[int, bytes] | None:
    row = conn.execute("SELECT last_id, last_mac FROM audit_head WHERE id = ?", (head_id,))
    found = row.fetchone()
    return None if found is None else (int(found[0]), bytes(found[1]))


def copy_tables(src: Path, dst: Path, tables: Iterable[str]) -> None:
    """`tables` of `src` into `dst` with their columns, constraints and indexes but not their
    triggers, in one transaction (the benchmark's plaintext baseline)."""
    conn = sqlite3.connect(dst, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(src),))
        conn.execute("BEGIN")
        for table in tables:
            schema = conn.execute(
                "SELECT type, sql FROM src.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                "AND type IN ('table', 'index') ORDER BY type = 'index'",
                (table,),
            ).fetchall()
            for kind, ddl in schema:
                conn.execute(ddl)
                if kind == "table":
                    conn.execute(f'INSERT INTO main."{table}" SELECT * FROM src."{table}"')
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    finally:
        conn.close()
