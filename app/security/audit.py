"""The audit trail: every look, change, export, print and sign-in, chained with HMAC-SHA256.

Each row's MAC covers its own fields and the previous row's MAC, so an edited, removed or
reordered row breaks the chain; the head row catches a cut-off tail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import sqlite_ops
from db.models import AuditEntry, AuditHead
from db.sqlite_ops import StoreConnection
from db.types import format_utc, utc_now

GENESIS = bytes(32)
HEAD_ID = 1


class AuditAction(StrEnum):
    VENUE_CREATED = "venue_created"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    SESSION_LOCKED = "session_locked"
    SESSION_UNLOCKED = "session_unlocked"
    CUSTOMER_VIEWED = "customer_viewed"
    CUSTOMER_CREATED = "customer_created"
    CUSTOMER_UPDATED = "customer_updated"
    CUSTOMER_DELETED = "customer_deleted"
    DATA_EXPORTED = "data_exported"
    FORM_PRINTED = "form_printed"
    STAFF_CREATED = "staff_created"
    STAFF_UPDATED = "staff_updated"
    SETTINGS_CHANGED = "settings_changed"
    BACKUP_WRITTEN = "backup_written"
    BACKUP_RESTORED = "backup_restored"
    KEY_ROTATED = "key_rotated"
    SCHEMA_UPGRADED = "schema_upgraded"
    AUDIT_VIEWED = "audit_viewed"
    MEMBER_VIEWED = "member_viewed"
    CARD_ISSUED = "card_issued"
    CARD_CHANGED = "card_changed"
    POINTS_CHANGED = "points_changed"
    CONSUMPTION_RECORDED = "consumption_recorded"
    CONSUMPTION_REVERSED = "consumption_reversed"
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    CHECK_IN_UNDONE = "check_in_undone"
    COMPLAINT_RECORDED = "complaint_recorded"
    COMPLAINT_CHANGED = "complaint_changed"
    REPAIR_RECORDED = "repair_recorded"
    REPAIR_CHANGED = "repair_changed"
    FEE_STANDARD_CHANGED = "fee_standard_changed"
    ARCHIVE_CHANGED = "archive_changed"
    LOAN_CHANGED = "loan_changed"
    FILE_ACCESS_REQUESTED = "file_access_requested"
    FILE_ACCESS_DECIDED = "file_access_decided"
    FILE_DESTROYED = "file_destroyed"
    CARE_RECORDED = "care_recorded"
    SATISFACTION_RECORDED = "satisfaction_recorded"
    CLASS_OVERRIDDEN = "class_overridden"


@dataclass(frozen=True)
class Actor:
    """Who does an action; `system` is used for scheduled and start-up work."""

    staff_id: int | None
    username: str
    role: str
    display_name: str = ""


SYSTEM = Actor(None, "system", "admin")


def _canonical(fields: Iterable[Any]) -> bytes:
    return "\x1f".join("" if f is None else str(f) for f in fields).encode("utf-8")


def row_mac(key: bytes, prev_mac: bytes, fields: Iterable[Any]) -> bytes:
    return hmac.new(key, prev_mac + _canonical(fields), hashlib.sha256).digest()


class AuditTrail:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def record(
        self,
        session: Session,
        actor: Actor,
        action: AuditAction,
        *,
        entity: str = "",
        entity_id: str = "",
        customer_id: str | None = None,
        reason: str = "",
        detail: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> int:
        """Append one row inside the caller's transaction (BEGIN IMMEDIATE holds the lock)."""
        head = session.get(AuditHead, HEAD_ID)
        prev_id, prev_mac = (head.last_id, head.last_mac) if head else (0, GENESIS)
        when = at or utc_now()
        detail_text = json.dumps(dict(detail), ensure_ascii=False, sort_keys=True) if detail else ""
        new_id = prev_id + 1
        fields = (
            new_id,
            format_utc(when),
            actor.staff_id,
            actor.username,
            action.value,
            entity,
            entity_id,
            customer_id,
            reason,
            detail_text,
        )
        mac = row_mac(self._key, prev_mac, fields)
        session.add(
            AuditEntry(
                id=new_id,
                at=when,
                staff_id=actor.staff_id,
                username=actor.username,
                action=action.value,
                entity=entity,
                entity_id=entity_id,
                customer_id=customer_id,
                reason=reason,
                detail=detail_text,
                prev_mac=prev_mac,
                mac=mac,
            )
        )
        if head is None:
            session.add(AuditHead(id=HEAD_ID, last_id=new_id, last_mac=mac))
        else:
            head.last_id, head.last_mac = new_id, mac
        session.flush()
        return new_id


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    problem: str = ""
    bad_row_id: int | None = None


def verify_chain(conn: StoreConnection, key: bytes) -> ChainReport:
    """Walk the whole log on a raw connection (fast enough for millions of rows)."""
    missing = sqlite_ops.missing_audit_triggers(conn)
    if missing:
        return ChainReport(False, 0, f"protective trigger missing: {', '.join(sorted(missing))}")
    expected_prev, expected_id, count = GENESIS, 1, 0
    new = hmac.new
    sha = hashlib.sha256
    for row in sqlite_ops.iter_audit_rows(conn):
        row_id, prev_mac, mac = row[0], row[10], row[11]
        if row_id != expected_id:
            return ChainReport(False, count, f"row {expected_id} is missing", expected_id)
        if prev_mac != expected_prev:
            return ChainReport(False, count, f"row {row_id} does not follow the row before", row_id)
        if new(key, prev_mac + _canonical(row[:10]), sha).digest() != mac:
            return ChainReport(False, count, f"row {row_id} was altered", row_id)
        expected_prev, expected_id, count = mac, expected_id + 1, count + 1
    head = sqlite_ops.audit_head(conn, HEAD_ID)
    if count and (head is None or head != (count, expected_prev)):
        return ChainReport(False, count, "the newest rows of the log were removed")
    return ChainReport(True, count)


def latest_rows(session: Session, limit: int = 20) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
