"""The manager's dashboard and the monthly analysis PDF. The demographics (sealed birthdays,
genders, addresses) are decrypted once per unlock and wiped when the desk locks."""

from __future__ import annotations

from app.care.analysis import MonthAnalysis, gather_analysis
from app.care.demographics import Demographics, gather_demographics
from app.care.settings import read_care_settings
from app.forms.analysis_report import render_analysis_report
from app.members.report import month_bounds
from app.members.store import Clock, local_today
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.session import UnitOfWork
from db.types import utc_now


class CareAnalysis:
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
        self._demographics: Demographics | None = None
        desk.on_lock(self.forget)

    def forget(self) -> None:
        self._demographics = None

    def month(self, month: str, *, fresh: bool = False) -> MonthAnalysis:
        """The month's figures; `fresh` re-reads the demographics too."""
        self._desk.require(Permission.VIEW_ANALYSIS)
        month_bounds(month)
        today = local_today(self._now())
        with self._uow() as s:
            if self._demographics is None or fresh:
                self._demographics = gather_demographics(s, self._desk.keys, today)
            settings = read_care_settings(s)
            return gather_analysis(s, month, settings.dormant_days, self._demographics, today)

    def render(self, month: str) -> bytes:
        """The monthly analysis report as PDF bytes (audited as a printed form)."""
        analysis = self.month(month, fresh=True)
        actor = self._desk.require(Permission.VIEW_ANALYSIS)
        with self._uow() as s:
            self._audit.record(
                s, actor, AuditAction.FORM_PRINTED, entity="analysis_report", entity_id=month
            )
        return render_analysis_report(analysis, self._venue_name, self._now().astimezone())
