"""The lending register (外借登记册) at the archive counter: hand out an approved loan with the
borrower's signature, write it off on return with the condition, incidents for missing pages,
and the printed two-part lending slip."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, PermissionDenied, ValidationError
from app.forms.lending_report import (
    lending_report_csv,
    lending_report_data,
    render_lending_report,
)
from app.forms.lending_slip import lending_slip, render_lending_slip
from app.lending.loans import has_overdue_loan, sees_all
from app.lending.report import LendingMonth, month_report
from app.lending.schemas import (
    Condition,
    IncidentRecord,
    ItemState,
    LoanRecord,
    LoanState,
    ReturnInput,
)
from app.lending.store import LOAN_DAYS_KEY, loan_by_no, loan_max_days, loan_record, next_number
from app.members.report import month_bounds
from app.members.store import Clock, local_today, new_id, seal, unseal
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import ArchiveIncident, ArchiveItem, Loan, LoanLine, VenueSetting
from db.session import UnitOfWork
from db.types import utc_now

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE = 2 * 1024 * 1024
MAX_LOAN_DAYS = 30


def _readable_png(data: bytes) -> bool:
    """A PNG the slip can print: checked when taken, not when the slip is printed."""
    if not data.startswith(PNG_MAGIC) or len(data) > MAX_SIGNATURE:
        return False
    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        return False
    return True


class LendingRegister:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        venue_name: str,
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now
        self._venue_name = venue_name

    def lend(
        self, loan_no: str, *, signature_png: bytes | None = None, signed_on_paper: bool = False
    ) -> LoanRecord:
        """Hand an approved loan out: the register entry, with the borrower's signature taken on
        screen (a PNG, sealed) or on the paper slip."""
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        if signature_png is None and not signed_on_paper:
            raise ValidationError("signature", "required")
        if signature_png is not None and not _readable_png(signature_png):
            raise ValidationError("signature", "invalid", "a PNG image")
        keys = self._desk.keys
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            if loan.state != LoanState.APPROVED:
                raise DomainError(loan.number, code="not_approved")
            now = self._now()
            today = local_today(now)
            if loan.due_on < today.isoformat():
                raise ValidationError("due_on", "in_past")
            if has_overdue_loan(s, loan.borrower_id, today):
                raise DomainError("return the overdue loan first", code="borrower_overdue")
            lines = list(s.scalars(select(LoanLine).where(LoanLine.loan_id == loan.id)))
            items = [s.get(ArchiveItem, line.item_id) for line in lines]
            for item in items:
                assert item is not None
                if item.state != ItemState.IN:
                    raise DomainError(item.number, code=f"item_{item.state}")
            for item in items:
                assert item is not None
                item.state = ItemState.OUT
            loan.state, loan.lent_at, loan.lent_by = LoanState.LENT, now, actor.staff_id
            loan.signature_kind = "screen" if signature_png is not None else "paper"
            if signature_png is not None:
                loan.signature = keys.seal_bytes(
                    signature_png, table="loans", column="signature", row_id=loan.id
                )
            self._audit.record(
                s,
                actor,
                AuditAction.LOAN_CHANGED,
                entity="loan",
                entity_id=loan.id,
                detail={"number": loan.number, "action": "lent", "due_on": loan.due_on},
                at=now,
            )
            return loan_record(s, keys, loan, now)

    def signature(self, loan_no: str) -> bytes | None:
        """The borrower's on-screen signature (PNG), unsealed for the register's view."""
        self._desk.require(Permission.MANAGE_ARCHIVE)
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            return self._desk.keys.open_bytes(
                loan.signature, table="loans", column="signature", row_id=loan.id
            )

    def write_off(self, loan_no: str, data: ReturnInput) -> LoanRecord:
        """The files are back: each line's condition; missing pages open an incident."""
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        conditions = dict(data.conditions)
        if any(c not in Condition.__members__.values() for c in conditions.values()):
            raise ValidationError("condition", "invalid")
        if any(c != Condition.COMPLETE for c in conditions.values()) and not data.note.strip():
            raise ValidationError("note", "required")
        keys = self._desk.keys
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            if loan.state != LoanState.LENT:
                raise DomainError(loan.number, code="not_lent")
            now = self._now()
            lines = list(s.scalars(select(LoanLine).where(LoanLine.loan_id == loan.id)))
            by_no = {}
            for line in lines:
                item = s.get(ArchiveItem, line.item_id)
                assert item is not None
                by_no[item.number] = (line, item)
            unknown = set(conditions) - set(by_no)
            if unknown:
                raise ValidationError("condition", "not_on_loan", ", ".join(sorted(unknown)))
            incidents = []
            for number, (line, item) in by_no.items():
                line.condition = conditions.get(number, Condition.COMPLETE)
                item.state = ItemState.IN
                if line.condition == Condition.MISSING_PAGES:
                    incident_id = new_id()
                    incident = ArchiveIncident(
                        id=incident_id,
                        number=next_number(s, ArchiveIncident, "SJ", now),
                        key_id=keys.active_key_id,
                        loan_id=loan.id,
                        item_id=item.id,
                        kind=line.condition,
                        note=seal(keys, "archive_incidents", "note", incident_id, data.note),
                        opened_by=actor.staff_id,
                        opened_at=now,
                    )
                    s.add(incident)
                    s.flush()
                    incidents.append(incident.number)
            loan.state, loan.returned_at, loan.returned_to = LoanState.RETURNED, now, actor.staff_id
            if loan.renewal_state == "pending":
                loan.renewal_state = ""
            self._audit.record(
                s,
                actor,
                AuditAction.LOAN_CHANGED,
                entity="loan",
                entity_id=loan.id,
                detail={
                    "number": loan.number,
                    "action": "returned",
                    "conditions": {n: line.condition for n, (line, _) in by_no.items()},
                    "incidents": incidents,
                },
                at=now,
            )
            return loan_record(s, keys, loan, now)

    def _incident_record(self, s: Session, row: ArchiveIncident) -> IncidentRecord:
        loan = s.get(Loan, row.loan_id)
        item = s.get(ArchiveItem, row.item_id)
        keys = self._desk.keys
        return IncidentRecord(
            id=row.id,
            number=row.number,
            loan_no=loan.number if loan else "",
            item_no=item.number if item else "",
            kind=row.kind,
            note=unseal(keys, "archive_incidents", "note", row.id, row.note),
            opened_at=row.opened_at,
            closed_at=row.closed_at,
            resolution=unseal(keys, "archive_incidents", "resolution", row.id, row.resolution),
        )

    def incidents(self, open_only: bool = False) -> list[IncidentRecord]:
        self._desk.require(Permission.MANAGE_ARCHIVE)
        query = select(ArchiveIncident).order_by(ArchiveIncident.opened_at.desc())
        if open_only:
            query = query.where(ArchiveIncident.closed_at.is_(None))
        with self._uow() as s:
            return [self._incident_record(s, r) for r in s.scalars(query)]

    def close_incident(self, incident_no: str, resolution: str) -> IncidentRecord:
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        if not resolution.strip():
            raise ValidationError("resolution", "required")
        with self._uow() as s:
            row = s.scalar(select(ArchiveIncident).where(ArchiveIncident.number == incident_no))
            if row is None:
                raise ValidationError("incident", "not_found", incident_no)
            if row.closed_at is not None:
                raise DomainError(incident_no, code="incident_closed")
            row.closed_at, row.closed_by = self._now(), actor.staff_id
            row.resolution = seal(
                self._desk.keys, "archive_incidents", "resolution", row.id, resolution.strip()
            )
            self._audit.record(
                s,
                actor,
                AuditAction.ARCHIVE_CHANGED,
                entity="archive_incident",
                entity_id=row.id,
                detail={"number": row.number, "action": "closed"},
                at=self._now(),
            )
            return self._incident_record(s, row)

    def loan_limit(self) -> int:
        self._desk.require(Permission.APPLY_LOAN)
        with self._uow() as s:
            return loan_max_days(s)

    def set_loan_limit(self, days: int) -> None:
        """How many days a file may stay out (the venue's rule; 3 unless changed)."""
        actor = self._desk.require(Permission.MANAGE_ROOM_SETTINGS)
        if not 1 <= days <= MAX_LOAN_DAYS:
            raise ValidationError("loan_max_days", "out_of_range")
        with self._uow() as s:
            row = s.get(VenueSetting, LOAN_DAYS_KEY)
            old = row.value if row is not None else ""
            if row is None:
                s.add(VenueSetting(key=LOAN_DAYS_KEY, value=str(days)))
            else:
                row.value = str(days)
            self._audit.record(
                s,
                actor,
                AuditAction.SETTINGS_CHANGED,
                entity="setting",
                entity_id=LOAN_DAYS_KEY,
                detail={"old": old, "new": str(days)},
            )

    def render_slip(self, loan_no: str) -> bytes:
        """The two-part lending slip (存档联 + 随档联) on one A4; the printing is audited."""
        actor = self._desk.require(Permission.PRINT_FORMS)
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            if loan.state not in (LoanState.APPROVED, LoanState.LENT, LoanState.RETURNED):
                raise DomainError(loan.number, code="not_approved")
            now = self._now()
            record = loan_record(s, self._desk.keys, loan, now)
            signature = self._desk.keys.open_bytes(
                loan.signature, table="loans", column="signature", row_id=loan.id
            )
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="lending_slip",
                entity_id=loan.id,
                detail={"number": loan.number},
                at=now,
            )
        slip = lending_slip(self._venue_name, record, signature)
        return render_lending_slip(slip, printed_at=now)

    def month_report(self, month: str) -> LendingMonth:
        """The month's register and figures, for the archive keeper and the approvers."""
        actor = self._desk.require(Permission.VIEW_LENDING_REPORTS)
        if not sees_all(actor):
            raise PermissionDenied("lending_report", actor.role)
        month_bounds(month)
        with self._uow() as s:
            return month_report(s, self._desk.keys, month, self._now())

    def render_month_report(self, month: str, *, as_csv: bool = False) -> bytes:
        """档案外借登记月报 as PDF, or CSV rows; the export is audited."""
        data = lending_report_data(self.month_report(month), self._venue_name)
        actor = self._desk.current()
        with self._uow() as s:
            self._audit.record(
                s,
                actor,
                AuditAction.DATA_EXPORTED if as_csv else AuditAction.FORM_PRINTED,
                entity="lending_report",
                detail={"month": data.month, "rows": len(data.rows)},
                at=self._now(),
            )
        if as_csv:
            return lending_report_csv(data)
        return render_lending_report(data, printed_at=self._now())
