"""Every monthly report of the venue with who may read it and how it is written (PDF and CSV),
so the Reports room and `frontdesk report NAME` produce the same bytes by one path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from app.errors import ValidationError
from app.forms.analysis_report import analysis_csv
from app.forms.members_report import members_report_csv, members_report_data, render_members_report
from app.members.report import month_bounds
from app.security.permissions import Permission
from app.services import Services

Writer = Callable[[Services, str, bool], bytes]  # (services, month, as_csv) -> file content


@dataclass(frozen=True)
class MonthlyReport:
    key: str  # the command line's name: frontdesk report KEY
    permission: Permission
    write: Writer

    def render(self, services: Services, month: str, *, as_csv: bool = False) -> bytes:
        month_bounds(month)
        services.desk.require(self.permission)
        return self.write(services, month, as_csv)


def _members(services: Services, month: str, as_csv: bool) -> bytes:
    data = members_report_data(services.membership.month_report(month), services.venue.venue_name)
    return members_report_csv(data) if as_csv else render_members_report(data)


def _complaints(services: Services, month: str, as_csv: bool) -> bytes:
    forms = services.complaint_forms
    return forms.report_csv(month) if as_csv else forms.report_pdf(month)


def _repairs(services: Services, month: str, as_csv: bool) -> bytes:
    reports = services.repair_reports
    return reports.render_csv(month) if as_csv else reports.render_pdf(month)


def _lending(services: Services, month: str, as_csv: bool) -> bytes:
    return services.lending.render_month_report(month, as_csv=as_csv)


def _file_views(services: Services, month: str, as_csv: bool) -> bytes:
    first, after = month_bounds(month)
    return services.file_access.render_view_report(first, after - timedelta(days=1), as_csv=as_csv)


def _analysis(services: Services, month: str, as_csv: bool) -> bytes:
    if as_csv:
        return analysis_csv(services.care_analysis.month(month, fresh=True))
    return services.care_analysis.render(month)


MONTHLY_REPORTS: tuple[MonthlyReport, ...] = (
    MonthlyReport("members", Permission.MANAGE_MEMBERSHIP, _members),
    MonthlyReport("complaints", Permission.HANDLE_COMPLAINT, _complaints),
    MonthlyReport("repairs", Permission.VIEW_REPAIR_REPORTS, _repairs),
    MonthlyReport("lending", Permission.VIEW_LENDING_REPORTS, _lending),
    MonthlyReport("file-views", Permission.VIEW_FILE_VIEWERS, _file_views),
    MonthlyReport("analysis", Permission.VIEW_ANALYSIS, _analysis),
)


def monthly_report(key: str) -> MonthlyReport:
    for report in MONTHLY_REPORTS:
        if report.key == key:
            return report
    raise ValidationError("report", "not_found", key)
