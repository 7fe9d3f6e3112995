"""Access requests for 机密/绝密 customer files (查阅申请): who, which file, why, for how long;
a manager decides; the approval runs out by itself. And the view report (查阅记录)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, PermissionDenied, ValidationError
from app.forms.lending_report import file_views_csv, file_views_data, render_file_views
from app.lending.access_rules import BASIS_REQUEST
from app.lending.schemas import (
    AccessReport,
    AccessRequestInput,
    AccessRequestRecord,
    AccessState,
    FileViewLine,
)
from app.lending.store import next_number, staff_names
from app.members.store import Clock, new_id, seal, unseal
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission, allows
from db.models import AuditEntry, Customer, FileAccessRequest, Staff
from db.session import UnitOfWork
from db.types import utc_now

MAX_HOURS = 72
MAX_REASON = 500
FILE_ENTITIES = ("customer", "attachment")  # a look at the file itself


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()


class FileAccessService:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        venue_name: str = "",
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now
        self._venue_name = venue_name

    def _record(self, s: Session, row: FileAccessRequest) -> AccessRequestRecord:
        names = staff_names(s)
        keys = self._desk.keys
        customer = s.get(Customer, row.customer_id)
        return AccessRequestRecord(
            id=row.id,
            number=row.number,
            customer_id=row.customer_id,
            customer_number=customer.number if customer else "",
            requested_by=names.get(row.requested_by, ""),
            reason=unseal(keys, "file_access_requests", "reason", row.id, row.reason),
            hours=row.hours,
            requested_at=row.requested_at,
            state=row.state,
            decided_by=names.get(row.decided_by or 0, ""),
            decision_note=unseal(
                keys, "file_access_requests", "decision_note", row.id, row.decision_note
            ),
            valid_until=row.valid_until,
        )

    def request(self, data: AccessRequestInput) -> AccessRequestRecord:
        """Ask to open one confidential file, saying why and for how many hours."""
        actor = self._desk.require(Permission.REQUEST_FILE_ACCESS)
        assert actor.staff_id is not None
        reason = data.reason.strip()
        if not reason:
            raise ValidationError("reason", "required")
        if len(reason) > MAX_REASON:
            raise ValidationError("reason", "too_long")
        if not 1 <= data.hours <= MAX_HOURS:
            raise ValidationError("hours", "out_of_range", f"1 to {MAX_HOURS}")
        keys = self._desk.keys
        with self._uow() as s:
            customer = s.get(Customer, data.customer_id)
            if customer is None or customer.erased_at is not None:
                raise ValidationError("customer", "not_found")
            if customer.confidentiality == "normal":
                raise ValidationError("customer", "not_confidential")
            now = self._now()
            row_id = new_id()
            row = FileAccessRequest(
                id=row_id,
                number=next_number(s, FileAccessRequest, "CY", now),
                key_id=keys.active_key_id,
                customer_id=customer.id,
                requested_by=actor.staff_id,
                reason=seal(keys, "file_access_requests", "reason", row_id, reason),
                hours=data.hours,
                requested_at=now,
                state=AccessState.PENDING,
            )
            s.add(row)
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.FILE_ACCESS_REQUESTED,
                entity="file_access_request",
                entity_id=row.id,
                customer_id=customer.id,
                reason=reason,
                detail={"number": row.number, "hours": data.hours},
                at=now,
            )
            return self._record(s, row)

    def _decide(self, request_no: str, approved: bool, note: str) -> AccessRequestRecord:
        actor = self._desk.require(Permission.APPROVE_FILE_ACCESS)
        if not approved and not note.strip():
            raise ValidationError("note", "required")
        keys = self._desk.keys
        with self._uow() as s:
            row = s.scalar(select(FileAccessRequest).where(FileAccessRequest.number == request_no))
            if row is None:
                raise ValidationError("request", "not_found", request_no)
            if row.state != AccessState.PENDING:
                raise DomainError(row.number, code="already_decided")
            if row.requested_by == actor.staff_id:
                raise DomainError("one's own request", code="own_application")
            now = self._now()
            row.state = AccessState.APPROVED if approved else AccessState.REFUSED
            row.decided_by, row.decided_at = actor.staff_id, now
            row.decision_note = seal(
                keys, "file_access_requests", "decision_note", row.id, note.strip()
            )
            if approved:
                row.valid_until = now + timedelta(hours=row.hours)
            self._audit.record(
                s,
                actor,
                AuditAction.FILE_ACCESS_DECIDED,
                entity="file_access_request",
                entity_id=row.id,
                customer_id=row.customer_id,
                reason=note.strip(),
                detail={"number": row.number, "approved": approved},
                at=now,
            )
            return self._record(s, row)

    def approve(self, request_no: str, note: str = "") -> AccessRequestRecord:
        """From now for the hours asked; after that the file is shut again without anyone acting."""
        return self._decide(request_no, True, note)

    def refuse(self, request_no: str, note: str) -> AccessRequestRecord:
        return self._decide(request_no, False, note)

    def requests(self, state: str = "") -> list[AccessRequestRecord]:
        """Managers see every request, others their own; newest first."""
        actor = self._desk.require(Permission.REQUEST_FILE_ACCESS)
        query = select(FileAccessRequest).order_by(FileAccessRequest.requested_at.desc())
        if state:
            query = query.where(FileAccessRequest.state == state)
        if not allows(actor.role, Permission.APPROVE_FILE_ACCESS):
            query = query.where(FileAccessRequest.requested_by == actor.staff_id)
        with self._uow() as s:
            return [self._record(s, r) for r in s.scalars(query)]

    def get(self, request_no: str) -> AccessRequestRecord:
        actor = self._desk.require(Permission.REQUEST_FILE_ACCESS)
        with self._uow() as s:
            row = s.scalar(select(FileAccessRequest).where(FileAccessRequest.number == request_no))
            if row is None:
                raise ValidationError("request", "not_found", request_no)
            mine = row.requested_by == actor.staff_id
            if not mine and not allows(actor.role, Permission.APPROVE_FILE_ACCESS):
                raise PermissionDenied("view_request", actor.role)
            return self._record(s, row)

    def view_report(self, first: date, last: date) -> AccessReport:
        """Who opened which 机密/绝密 file between two days (inclusive) and on what basis;
        `without_request` lists openings with neither a request in force nor a manager's right
        (there must be none)."""
        actor = self._desk.require(Permission.VIEW_FILE_VIEWERS)
        if last < first:
            raise ValidationError("last", "before_first")
        after = last + timedelta(days=1)
        with self._uow() as s:
            names = staff_names(s)
            ids = {st.username: st.id for st in s.scalars(select(Staff))}
            query = (
                select(AuditEntry, Customer.number, Customer.confidentiality)
                .join(Customer, Customer.id == AuditEntry.customer_id)
                .where(
                    AuditEntry.action == AuditAction.CUSTOMER_VIEWED.value,
                    AuditEntry.entity.in_(FILE_ENTITIES),
                    AuditEntry.at >= _utc(first),
                    AuditEntry.at < _utc(after),
                    Customer.confidentiality != "normal",
                )
                .order_by(AuditEntry.id)
            )
            views = []
            for entry, number, level in s.execute(query):
                detail = json.loads(entry.detail) if entry.detail else {}
                basis = str(detail.get("access", ""))
                views.append(
                    FileViewLine(
                        at=entry.at,
                        username=entry.username,
                        display_name=names.get(ids.get(entry.username, 0), ""),
                        customer_number=number,
                        confidentiality=level,
                        basis=basis,
                        request_no=str(detail.get("access_request", "")),
                    )
                )
            self._audit.record(
                s,
                actor,
                AuditAction.AUDIT_VIEWED,
                entity="file_access_report",
                detail={"from": first.isoformat(), "to": last.isoformat(), "views": len(views)},
                at=self._now(),
            )
        return AccessReport(
            start=first,
            end=last,
            views=tuple(views),
            without_request=tuple(v for v in views if v.basis != BASIS_REQUEST),
        )

    def render_view_report(self, first: date, last: date, *, as_csv: bool = False) -> bytes:
        """The view report as PDF or CSV (the reading itself is audited by view_report)."""
        data = file_views_data(self.view_report(first, last), self._venue_name)
        return file_views_csv(data) if as_csv else render_file_views(data, printed_at=self._now())
