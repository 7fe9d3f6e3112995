"""Printing complaint cards and the monthly complaints report; each print is audited."""

from __future__ import annotations

from sqlalchemy import select

from app.complaints.records import to_record
from app.complaints.schemas import ComplaintRecord
from app.complaints.settings import read_complaint_settings
from app.complaints.store import by_number
from app.forms.complaint_card import complaint_card_data, render_complaint_card
from app.forms.complaints_report import (
    ComplaintsReportData,
    complaints_report_csv,
    complaints_report_data,
    render_complaints_report,
)
from app.members.report import month_bounds
from app.members.store import Clock
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Complaint
from db.session import UnitOfWork
from db.types import utc_now


class ComplaintForms:
    """The card needs PRINT_FORMS and RECORD_COMPLAINT; the report HANDLE_COMPLAINT."""

    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        venue_name: str,
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit
        self._venue_name, self._now = venue_name, now

    def card_pdf(self, number: str) -> bytes:
        """The complaint record card (投诉记录卡) as PDF bytes."""
        self._desk.require(Permission.RECORD_COMPLAINT)
        actor = self._desk.require(Permission.PRINT_FORMS)
        now = self._now()
        with self._uow() as s:
            row = by_number(s, number)
            record = to_record(s, self._desk.keys, row, read_complaint_settings(s), now)
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="complaint_card",
                entity_id=row.number,
                customer_id=row.customer_id,
            )
        data = complaint_card_data(record, self._venue_name)
        return render_complaint_card(data, printed_at=now.astimezone())

    def month_report(self, month: str) -> ComplaintsReportData:
        """The figures of the cards received in `month` (YYYY-MM), as they stand now."""
        month_bounds(month)
        actor = self._desk.require(Permission.HANDLE_COMPLAINT)
        now = self._now()
        with self._uow() as s:
            settings = read_complaint_settings(s)
            rows = s.scalars(select(Complaint).where(Complaint.month == month))
            records: list[ComplaintRecord] = [
                to_record(s, self._desk.keys, r, settings, now) for r in rows
            ]
            self._audit.record(
                s,
                actor,
                AuditAction.DATA_EXPORTED,
                entity="complaints_report",
                entity_id=month,
                detail={"cards": len(records)},
            )
        return complaints_report_data(
            records, month, self._venue_name, settings.categories, settings.departments
        )

    def report_pdf(self, month: str) -> bytes:
        return render_complaints_report(
            self.month_report(month), printed_at=self._now().astimezone()
        )

    def report_csv(self, month: str) -> bytes:
        return complaints_report_csv(self.month_report(month))
