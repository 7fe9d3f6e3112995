"""The audit chain catches an edited, removed, reordered or cut-off row; SQL refuses edits."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.customers.schemas import CustomerInput
from app.security.audit import verify_chain
from app.security.audit_log import AuditFilter
from app.services import Services


def _conn(admin: Services) -> sqlite3.Connection:
    path = admin.venue.db_path
    admin.venue.engine.dispose()
    return sqlite3.connect(path)


def _fill(admin: Services) -> None:
    rec = admin.customers.create(CustomerInput("张三", "13800138000"))
    for _ in range(3):
        admin.customers.open(rec.id, reason="前台查询")


def test_triggers_refuse_update_and_delete(admin: Services) -> None:
    _fill(admin)
    conn = _conn(admin)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    assert verify_chain(conn, admin.desk.keys.audit_key).ok


def _edit(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_log SET reason = '无' WHERE id = 4")


def _delete_middle(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_log WHERE id = 3")


def _reorder(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_log SET id = -1 WHERE id = 3")
    conn.execute("UPDATE audit_log SET id = 3 WHERE id = 4")
    conn.execute("UPDATE audit_log SET id = 4 WHERE id = -1")


def _cut_tail(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")


def _forge_with_recomputed_prev(conn: sqlite3.Connection) -> None:
    # an attacker without the key copies the previous MAC but cannot make a valid one
    conn.execute("UPDATE audit_log SET action = 'customer_created' WHERE id = 5")


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        (_edit, "row 4 was altered"),
        (_delete_middle, "row 3 is missing"),
        (_reorder, "row 3"),
        (_cut_tail, "newest rows"),
        (_forge_with_recomputed_prev, "row 5 was altered"),
    ],
)
def test_tampering_detected(
    admin: Services, tamper: Callable[[sqlite3.Connection], None], problem: str
) -> None:
    _fill(admin)
    conn = _conn(admin)
    assert verify_chain(conn, admin.desk.keys.audit_key).ok
    conn.execute("DROP TRIGGER audit_log_no_update")  # as an attacker with the file would
    conn.execute("DROP TRIGGER audit_log_no_delete")
    tamper(conn)
    conn.executescript(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
    )
    report = verify_chain(conn, admin.desk.keys.audit_key)
    assert not report.ok
    assert problem in report.problem


def test_dropped_trigger_is_reported(admin: Services) -> None:
    conn = _conn(admin)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    report = verify_chain(conn, admin.desk.keys.audit_key)
    assert not report.ok and "trigger" in report.problem


def test_wrong_key_fails(admin: Services) -> None:
    _fill(admin)
    assert not verify_chain(_conn(admin), bytes(32)).ok


def test_views_are_logged_with_reason_and_customer(admin: Services) -> None:
    rec = admin.customers.create(CustomerInput("李四", ""))
    admin.customers.open(rec.id, reason="客户来电核对")
    rows = admin.audit_log.search(AuditFilter(customer_id=rec.id))
    assert [r.action for r in rows] == ["customer_viewed", "customer_created"]
    assert rows[0].reason == "客户来电核对" and rows[0].username == "admin"


def test_failed_write_leaves_no_audit_row(admin: Services, tmp_path: Path) -> None:
    before = len(admin.audit_log.search(AuditFilter(action="customer_created")))
    with pytest.raises(Exception, match="name"):
        admin.customers.create(CustomerInput(""))
    assert len(admin.audit_log.search(AuditFilter(action="customer_created"))) == before
    assert admin.audit_log.verify().ok
