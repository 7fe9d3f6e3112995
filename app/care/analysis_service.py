"""The manager's dashboard and the monthly analysis PDF. The demographics (sealed birthdays,
genders, addresses) are decrypted once per unlock and wiped when the desk locks."""

from __future__ import annotations

from app.care.analysis import MonthAnalysis, gather_analysis
from app.care.demographics import gather_demographics
from app.care.person_cache import PersonCache, Reader
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
        people: PersonCache | None = None,
        reader: Reader | None = None,
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now
        self._venue_name = venue_name
        # `is None`, not `or`: an empty cache is falsy (len 0) and must still be shared
        self._people = PersonCache(desk) if people is None else people
        self._reader = reader

    def warm(self) -> None:
        """Decrypt what the care list and the dashboard need now (the benchmark's figure)."""
        self._desk.current()
        self._people.warm(self._reader or self._uow)

    def warm_in_background(self) -> None:
        """Right after sign-in, for those who use care or analysis: the first dashboard and
        the day's list then find the customers' attributes already decrypted."""
        desk = self._desk
        if self._reader is not None and (
            desk.can(Permission.VIEW_ANALYSIS) or desk.can(Permission.CARE_TASKS)
        ):
            self._people.warm_in_background(self._reader)

    def month(self, month: str, *, fresh: bool = False) -> MonthAnalysis:
        """The month's figures; the customers' sealed attributes come from the person cache
        (decrypted once per unlock, then only what changed); `fresh` starts it again."""
        self._desk.require(Permission.VIEW_ANALYSIS)
        month_bounds(month)
        today = local_today(self._now())
        if fresh:
            self._people.wipe()
        with self._uow() as s:
            people = self._people.people(s).values()
            demographics = gather_demographics(people, today)
            settings = read_care_settings(s)
            return gather_analysis(s, month, settings.dormant_days, demographics)

    def render(self, month: str) -> bytes:
        """The monthly analysis report as PDF bytes (audited as a printed form)."""
        analysis = self.month(month, fresh=True)
        actor = self._desk.require(Permission.VIEW_ANALYSIS)
        with self._uow() as s:
            self._audit.record(
                s, actor, AuditAction.FORM_PRINTED, entity="analysis_report", entity_id=month
            )
        return render_analysis_report(analysis, self._venue_name, self._now().astimezone())
