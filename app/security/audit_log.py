"""Browsing the audit log (managers): filters by staff, customer, action and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from app.security.audit import AuditAction, AuditTrail, ChainReport, verify_chain
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import AuditEntry
from db.session import UnitOfWork, raw_connection


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    customer_id: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    limit: int = 1000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    customer_id: str
    reason: str
    detail: str


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(UTC)


class AuditLogService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def search(self, flt: AuditFilter) -> list[AuditRow]:
        actor = self._desk.require(Permission.VIEW_AUDIT)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(flt.limit)
        if flt.username:
            query = query.where(AuditEntry.username == flt.username)
        if flt.customer_id:
            query = query.where(AuditEntry.customer_id == flt.customer_id)
        if flt.action:
            query = query.where(AuditEntry.action == flt.action)
        if flt.date_from:
            query = query.where(AuditEntry.at >= _local_day_start(flt.date_from))
        if flt.date_to:
            query = query.where(AuditEntry.at < _local_day_start(flt.date_to + timedelta(days=1)))
        with self._uow() as s:
            rows = [
                AuditRow(
                    r.id,
                    r.at,
                    r.username,
                    r.action,
                    r.entity,
                    r.entity_id,
                    r.customer_id or "",
                    r.reason,
                    r.detail,
                )
                for r in s.scalars(query)
            ]
            self._audit.record(
                s,
                actor,
                AuditAction.AUDIT_VIEWED,
                entity="audit_log",
                customer_id=flt.customer_id or None,
                detail={"username": flt.username, "action": flt.action, "rows": len(rows)},
            )
        return rows

    def verify(self) -> ChainReport:
        self._desk.require(Permission.VERIFY_STORE)
        db_path = self._uow.engine.url.database
        assert db_path is not None
        conn = raw_connection(Path(db_path), readonly=True)
        try:
            return verify_chain(conn, self._desk.keys.audit_key)
        finally:
            conn.close()
