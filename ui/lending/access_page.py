"""查阅申请 tab (managers): requests to open 机密 / 绝密 customer files, approved for the hours
asked or refused with a reason; and the view report of a period: who opened which file on what
basis, views without a request in red (there must be none)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.lending.schemas import AccessReport, AccessRequestRecord, FileViewLine
from app.services import Services
from ui.lending.apply_dialog import date_edit, day_of
from ui.lending.lending_messages import level_text, request_state_texts, text_of
from ui.lending.lending_widgets import (
    NOTICE_STYLE,
    LendingPage,
    NoteDialog,
    RowTable,
    button,
    local_minute,
    table_with_buttons,
)
from ui.models.row_model import Column


def request_columns() -> list[Column[AccessRequestRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("AccessPage", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Asked"),
            lambda r: local_minute(r.requested_at),
            lambda r: r.requested_at,
        ),
        Column(lambda: QCoreApplication.translate("AccessPage", "By"), lambda r: r.requested_by),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Customer file"),
            lambda r: r.customer_number,
        ),
        Column(lambda: QCoreApplication.translate("AccessPage", "Reason"), lambda r: r.reason),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Hours"),
            lambda r: str(r.hours),
            lambda r: r.hours,
        ),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "State"),
            lambda r: text_of(request_state_texts(), r.state),
        ),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Valid until"),
            lambda r: local_minute(r.valid_until),
        ),
    ]


def _basis(line: FileViewLine) -> str:
    if line.basis == "request":
        return QCoreApplication.translate("AccessPage", "Request {number}").format(
            number=line.request_no
        )
    return QCoreApplication.translate("AccessPage", "NO REQUEST")


def view_columns() -> list[Column[FileViewLine]]:
    return [
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Opened"),
            lambda r: local_minute(r.at),
            lambda r: r.at,
        ),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "By"),
            lambda r: r.display_name or r.username,
        ),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Customer file"),
            lambda r: r.customer_number,
        ),
        Column(
            lambda: QCoreApplication.translate("AccessPage", "Confidentiality"),
            lambda r: level_text(r.confidentiality),
        ),
        Column(lambda: QCoreApplication.translate("AccessPage", "Basis"), _basis),
    ]


class AccessPage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.requests: RowTable[AccessRequestRecord] = RowTable(
            request_columns(), self, "access_requests"
        )
        self.views: RowTable[FileViewLine] = RowTable(
            view_columns(), self, "access_views", lambda r: r.basis != "request"
        )
        today = date.today()
        self.first = date_edit(today - timedelta(days=30), "report_first")
        self.last = date_edit(today, "report_last")
        self.summary = QLabel()
        self.summary.setObjectName("access_summary")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("Requests waiting for a decision:")))
        upper_layout.addWidget(
            table_with_buttons(
                self.requests.view,
                button(self.tr("A&pprove..."), "approve_access", lambda: self.decide(True)),
                button(self.tr("Re&fuse..."), "refuse_access", lambda: self.decide(False)),
            )
        )
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Views of confidential files from")))
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last)
        period.addWidget(button(self.tr("S&how"), "show_views", self.show_report))
        period.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(period)
        lower_layout.addWidget(self.views.view, 1)
        lower_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        rows: list[AccessRequestRecord] = []
        if self.call(lambda: rows.extend(self._services.file_access.requests("pending"))):
            self.requests.set_rows(rows)

    def show_report(self) -> AccessReport | None:
        """On request only: each look at the report is itself audited."""
        found: list[AccessReport] = []
        first, last = day_of(self.first), day_of(self.last)
        if not self.call(lambda: found.append(self._services.file_access.view_report(first, last))):
            return None
        report = found[0]
        self.views.set_rows(report.views)
        missing = len(report.without_request)
        self.summary.setText(
            self.tr("{views} views; {missing} without a request.").format(
                views=len(report.views), missing=missing
            )
        )
        self.summary.setStyleSheet(NOTICE_STYLE if missing else "")
        return report

    def decision(self, approve: bool) -> NoteDialog | None:
        request = self.requests.selected()
        if request is None:
            self.message.setText(self.tr("Select a request first."))
            self.message.show()
            return None
        summary = self.tr("{number} {by}: file {file} for {hours} hours\n{reason}").format(
            number=request.number,
            by=request.requested_by,
            file=request.customer_number,
            hours=request.hours,
            reason=request.reason,
        )
        access = self._services.file_access
        if approve:
            return NoteDialog(
                self.tr("Approve {number}").format(number=request.number),
                summary,
                self.tr("&Note (optional)"),
                "note",
                self.tr("&Approve"),
                lambda note: access.approve(request.number, note),
                self,
            )
        return NoteDialog(
            self.tr("Refuse {number}").format(number=request.number),
            summary,
            self.tr("&Reason for refusing"),
            "note",
            self.tr("&Refuse"),
            lambda note: access.refuse(request.number, note),
            self,
        )

    def decide(self, approve: bool) -> None:
        dialog = self.decision(approve)
        if dialog is not None:
            self.run_dialog(dialog)

    def wipe(self) -> None:
        self.requests.model.clear()
        self.views.model.clear()
        self.summary.clear()
