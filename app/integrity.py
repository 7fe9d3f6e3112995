"""Checks of one venue database file, shared by `frontdesk verify` and backup verification, so a
backup counts only if it passes the same checks as the live store."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import DecryptionFailed
from app.security.audit import verify_chain
from app.security.keys import VaultKeys
from db import sqlite_ops
from db.migrate import head_revision
from db.models import SEALED_TABLES
from db.sqlite_ops import StoreConnection

INTEGRITY = "sqlite_integrity"
FOREIGN_KEYS = "foreign_keys"
SCHEMA = "schema_revision"
AUDIT_CHAIN = "audit_chain"
DECRYPTION = "sample_decryptions"
LEDGER_GUARD = "ledger_guard"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True)
class StoreReport:
    checks: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if not c.ok)

    def summary(self) -> str:
        """One line naming every failed check and why (for errors and the CLI)."""
        bad = self.failures or self.checks
        return "; ".join(f"{c.name}: {c.message}" for c in bad)


def _integrity(conn: StoreConnection, _keys: VaultKeys, _sample: int) -> CheckResult:
    problems = sqlite_ops.integrity_problems(conn)
    if not problems:
        return CheckResult(INTEGRITY, True, "ok")
    return CheckResult(INTEGRITY, False, "; ".join(problems[:5]))


def _foreign_keys(conn: StoreConnection, _keys: VaultKeys, _sample: int) -> CheckResult:
    rows = sqlite_ops.foreign_key_problems(conn)
    if not rows:
        return CheckResult(FOREIGN_KEYS, True, "ok")
    named = ", ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in rows)
    return CheckResult(FOREIGN_KEYS, False, f"dangling references: {named}")


def _schema(conn: StoreConnection, _keys: VaultKeys, _sample: int) -> CheckResult:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    head = head_revision()
    found = row[0] if row else None
    if found == head:
        return CheckResult(SCHEMA, True, f"revision {head}")
    return CheckResult(SCHEMA, False, f"revision {found}, this version of FrontDesk expects {head}")


def _audit_chain(conn: StoreConnection, keys: VaultKeys, _sample: int) -> CheckResult:
    report = verify_chain(conn, keys.audit_key)
    if report.ok:
        return CheckResult(AUDIT_CHAIN, True, f"{report.rows} rows chained")
    return CheckResult(AUDIT_CHAIN, False, report.problem)


def _ledger_guard(conn: StoreConnection, _keys: VaultKeys, _sample: int) -> CheckResult:
    """The points ledger is append-only at the database level, like the audit log."""
    missing = sqlite_ops.missing_triggers(conn, sqlite_ops.LEDGER_TRIGGERS)
    if not missing:
        return CheckResult(LEDGER_GUARD, True, "ok")
    return CheckResult(
        LEDGER_GUARD, False, f"protective trigger missing: {', '.join(sorted(missing))}"
    )


def _decryptions(conn: StoreConnection, keys: VaultKeys, sample: int) -> CheckResult:
    opened = 0
    for table, (_model, columns) in SEALED_TABLES.items():
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table}")]
        select = f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?"
        for row_id in random.sample(ids, min(sample, len(ids))):
            blobs = conn.execute(select, (row_id,)).fetchone()
            for column, blob in zip(columns, blobs, strict=True):
                try:
                    keys.open_bytes(blob, table=table, column=column, row_id=str(row_id))
                except DecryptionFailed as exc:
                    return CheckResult(DECRYPTION, False, str(exc))
                opened += blob is not None
    return CheckResult(DECRYPTION, True, f"{opened} sampled values decrypted")


_CHECKS: tuple[tuple[str, Callable[[StoreConnection, VaultKeys, int], CheckResult]], ...] = (
    (INTEGRITY, _integrity),
    (FOREIGN_KEYS, _foreign_keys),
    (SCHEMA, _schema),
    (AUDIT_CHAIN, _audit_chain),
    (LEDGER_GUARD, _ledger_guard),
    (DECRYPTION, _decryptions),
)


def check_store(db_path: Path, keys: VaultKeys, sample: int = 50) -> StoreReport:
    """Run every check on a read-only connection; a check that cannot run counts as failed."""
    if not db_path.is_file():
        return StoreReport((CheckResult(INTEGRITY, False, f"{db_path} does not exist"),))
    conn = sqlite_ops.connect(db_path, readonly=True)
    results: list[CheckResult] = []
    try:
        for name, check in _CHECKS:
            try:
                results.append(check(conn, keys, sample))
            except sqlite_ops.StoreError as exc:
                results.append(CheckResult(name, False, f"could not run: {exc}"))
    finally:
        conn.close()
    return StoreReport(tuple(results))
