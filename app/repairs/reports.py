"""The monthly repairs report for managers, engineering and finance: the records are read here,
the figures are counted by app.repairs.register and drawn by app.forms.repairs_report."""

from __future__ import annotations

from sqlalchemy import select

from app.forms.repairs_report import (
    render_repairs_report,
    repairs_report_csv,
    repairs_report_data,
)
from app.members.report import month_bounds
from app.members.store import Clock
from app.repairs.register import RepairMonthReport, repairs_month
from app.repairs.settings import read_repair_settings
from app.repairs.store import repair_record
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import RepairOrder
from db.session import UnitOfWork
from db.types import utc_now


class RepairReports:
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

    def month_report(self, month: str) -> RepairMonthReport:
        """The register and rates of the orders reported in `month` (VIEW_REPAIR_REPORTS)."""
        self._desk.require(Permission.VIEW_REPAIR_REPORTS)
        month_bounds(month)
        keys = self._desk.keys
        with self._uow() as s:
            settings = read_repair_settings(s)
            rows = s.scalars(select(RepairOrder).where(RepairOrder.month == month))
            orders = [repair_record(s, keys, r, settings, history=False) for r in rows]
            drawn_rows = s.scalars(
                select(RepairOrder).where(RepairOrder.followup_drawn_month == month)
            )
            drawn = [repair_record(s, keys, r, settings, history=False) for r in drawn_rows]
        return repairs_month(month, orders, drawn)

    def render_pdf(self, month: str) -> bytes:
        """The report as a PDF with charts, audited as a printed form."""
        report = self.month_report(month)
        pdf = render_repairs_report(report, self._venue_name)
        self._audit_print(month, "pdf")
        return pdf

    def render_csv(self, month: str) -> bytes:
        """The register and rates as CSV (UTF-8 with BOM, for Excel)."""
        report = self.month_report(month)
        data = repairs_report_csv(repairs_report_data(report, self._venue_name))
        self._audit_print(month, "csv")
        return data

    def _audit_print(self, month: str, kind: str) -> None:
        actor = self._desk.current()
        with self._uow() as s:
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="repairs_report",
                entity_id=month,
                detail={"format": kind},
            )
