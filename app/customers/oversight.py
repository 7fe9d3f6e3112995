"""What managers watch over the files: who viewed a file, and files past their retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import AuditEntry, Customer, Staff
from db.session import UnitOfWork


@dataclass(frozen=True)
class FileView:
    at: datetime
    username: str
    reason: str
    what: str  # "customer" (the file) or "attachment"
    display_name: str = ""


@dataclass(frozen=True)
class RetentionDue:
    customer_id: str
    number: str
    retention_until: str
    erased: bool


def file_views(session: Session, customer_id: str) -> list[FileView]:
    """Every look at one file (the file itself or an attachment), newest first."""
    query = (
        select(AuditEntry)
        .where(
            AuditEntry.customer_id == customer_id,
            AuditEntry.action == AuditAction.CUSTOMER_VIEWED.value,
        )
        .order_by(AuditEntry.id.desc())
    )
    names = {st.username: st.display_name for st in session.scalars(select(Staff))}
    return [
        FileView(e.at, e.username, e.reason, e.entity, names.get(e.username, ""))
        for e in session.scalars(query)
    ]


def past_retention(session: Session, today: date) -> list[RetentionDue]:
    """Files whose retention ended before `today` (also the archive's destruction list)."""
    query = (
        select(Customer.id, Customer.number, Customer.retention_until, Customer.erased_at)
        .where(
            Customer.retention_until != "",
            Customer.retention_until < today.isoformat(),
            Customer.merged_into_id.is_(None),
        )
        .order_by(Customer.retention_until)
    )
    return [RetentionDue(r[0], r[1], r[2], r[3] is not None) for r in session.execute(query)]


class CustomerOversight:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def viewers(self, customer_id: str) -> list[FileView]:
        """The "who viewed this file" tab, from the audit log; managers only."""
        self._desk.require(Permission.VIEW_FILE_VIEWERS)
        with self._uow() as s:
            return file_views(s, customer_id)

    def past_retention(self, today: date) -> list[RetentionDue]:
        """Files whose retention has ended, for a manager to approve their destruction."""
        self._desk.require(Permission.ERASE_CUSTOMER)
        with self._uow() as s:
            return past_retention(s, today)
