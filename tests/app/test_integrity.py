from __future__ import annotations

import sqlite3
from pathlib import Path

from app.customers.schemas import CustomerInput
from app.integrity import (
    AUDIT_CHAIN,
    DECRYPTION,
    FOREIGN_KEYS,
    INTEGRITY,
    LEDGER_GUARD,
    SCHEMA,
    check_store,
)
from app.services import Services

AUDIT_TRIGGER = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)


def _execute(db_path: Path, *statements: str) -> None:
    """Edit the file behind the app's back, as an attacker with file access would."""
    conn = sqlite3.connect(db_path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _with_customers(admin: Services) -> Path:
    admin.customers.create(CustomerInput("王𠮷", "13800138000", "male"))
    admin.customers.create(CustomerInput("阿卜杜拉·买买提", "+86 139 0000 1111", "male"))
    return admin.venue.db_path


def _failed(report_names: dict[str, bool]) -> set[str]:
    return {name for name, ok in report_names.items() if not ok}


def _by_name(db_path: Path, admin: Services) -> dict[str, bool]:
    report = check_store(db_path, admin.desk.keys)
    return {c.name: c.ok for c in report.checks}


def test_healthy_store_passes_every_named_check(admin: Services) -> None:
    db_path = _with_customers(admin)
    report = check_store(db_path, admin.desk.keys)
    assert [c.name for c in report.checks] == [
        INTEGRITY,
        FOREIGN_KEYS,
        SCHEMA,
        AUDIT_CHAIN,
        LEDGER_GUARD,
        DECRYPTION,
    ]
    assert report.ok, report.summary()
    decrypt = report.checks[-1]
    assert decrypt.message.startswith("6 sampled values")  # 2 rows x (name, phone, gender)


def test_ciphertext_moved_to_another_row_fails_sample_decryption(admin: Services) -> None:
    db_path = _with_customers(admin)
    conn = sqlite3.connect(db_path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM customers ORDER BY number")]
        blob = conn.execute("SELECT name FROM customers WHERE id = ?", (ids[0],)).fetchone()[0]
        conn.execute("UPDATE customers SET name = ? WHERE id = ?", (blob, ids[1]))
    conn.close()
    report = check_store(db_path, admin.desk.keys)
    assert _failed({c.name: c.ok for c in report.checks}) == {DECRYPTION}
    assert "does not authenticate" in report.summary()


def test_edited_audit_row_fails_the_chain(admin: Services) -> None:
    db_path = _with_customers(admin)
    _execute(
        db_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET username = 'nobody' WHERE id = 2",
        AUDIT_TRIGGER,
    )
    report = check_store(db_path, admin.desk.keys)
    assert _failed({c.name: c.ok for c in report.checks}) == {AUDIT_CHAIN}
    assert "row 2 was altered" in report.summary()


def test_old_schema_revision_is_reported(admin: Services) -> None:
    db_path = _with_customers(admin)
    _execute(db_path, "UPDATE alembic_version SET version_num = '0000'")
    assert _failed(_by_name(db_path, admin)) == {SCHEMA}


def test_a_file_that_is_not_a_database_fails_every_check(admin: Services, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not SQLite" * 100)
    report = check_store(junk, admin.desk.keys)
    assert not report.ok
    assert all(not c.ok for c in report.checks)
    assert check_store(tmp_path / "missing.sqlite3", admin.desk.keys).ok is False


def test_dropped_ledger_trigger_is_reported(admin: Services) -> None:
    db_path = _with_customers(admin)
    admin.venue.engine.dispose()
    _execute(db_path, "DROP TRIGGER points_ledger_no_delete")
    assert _failed(_by_name(db_path, admin)) == {LEDGER_GUARD}
    assert "points_ledger_no_delete" in check_store(db_path, admin.desk.keys).summary()
