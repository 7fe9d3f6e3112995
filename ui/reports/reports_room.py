"""报表: every monthly report of the venue in one place, each shown only to those who may read
it; previewed and printed as PDF or saved as CSV for Excel. The bytes come from
app.reports.catalogue, the same path as `frontdesk report NAME`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.files import atomic_write_bytes
from app.reports.catalogue import MONTHLY_REPORTS, MonthlyReport, monthly_report
from app.services import Services
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.messages import error_text

translate = QCoreApplication.translate  # a plain name lupdate finds


def report_texts() -> dict[str, tuple[str, str]]:
    """Title and one line on what the report holds, per catalogue key."""
    return {
        "members": (
            translate("ReportsRoom", "Members report"),
            translate(
                "ReportsRoom",
                "Members by tier, new, renewed and lapsed cards, points issued, "
                "redeemed, expired and still owed.",
            ),
        ),
        "complaints": (
            translate("ReportsRoom", "Complaints report"),
            translate(
                "ReportsRoom",
                "Cards by kind, category, channel and department, on-time rates, "
                "time to close, reopen rate, satisfaction and major complaints.",
            ),
        ),
        "repairs": (
            translate("ReportsRoom", "Repairs register"),
            translate(
                "ReportsRoom",
                "Paid-service register with totals, on-time and pass rates, time "
                "to complete by technician and category, follow-up spot checks.",
            ),
        ),
        "lending": (
            translate("ReportsRoom", "Archive lending register"),
            translate(
                "ReportsRoom",
                "The month's loans, loans still out, overdue loans and days out.",
            ),
        ),
        "file-views": (
            translate("ReportsRoom", "Confidential file views"),
            translate(
                "ReportsRoom",
                "Who opened which confidential file and on which approval; "
                "views without one are marked.",
            ),
        ),
        "analysis": (
            translate("ReportsRoom", "Customer analysis"),
            translate(
                "ReportsRoom",
                "Visits, members, spending, new and lost customers, complaints, "
                "NPS and the customer base in charts.",
            ),
        ),
    }


class ReportsRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.reports = QListWidget()
        self.reports.setObjectName("report_list")
        self.reports.setMaximumWidth(280)
        self.reports.setSpacing(3)  # a list of a few reports: rows easy to aim at
        self.reports.setStyleSheet("QListWidget { font-size: 11pt; }")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("font-size: 11pt;")
        self.month = QDateEdit(QDate.currentDate().addMonths(-1))
        self.month.setObjectName("report_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.preview_button = QPushButton(self.tr("&Preview and print..."))
        self.csv_button = QPushButton(self.tr("Save as &CSV..."))
        self.error = QLabel()
        self.error.setObjectName("report_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.preview_button.clicked.connect(self.preview)
        self.csv_button.clicked.connect(self.save_csv)
        self.reports.currentRowChanged.connect(self._chosen)

        side = QVBoxLayout()
        month_row = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        month_row.addWidget(month_label)
        month_row.addWidget(self.month)
        month_row.addStretch(1)
        side.addWidget(self.about)
        side.addLayout(month_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.error)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.reports)
        body.addSpacing(12)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        self.activate()

    def activate(self) -> None:
        """The reports the signed-in person may read (rebuilt on sign-in and when shown)."""
        texts = report_texts()
        current = self.current_key()
        self.reports.clear()
        for report in MONTHLY_REPORTS:
            if self._services.desk.can(report.permission):
                item = QListWidgetItem(texts[report.key][0])
                item.setData(Qt.ItemDataRole.UserRole, report.key)
                self.reports.addItem(item)
                if report.key == current:
                    self.reports.setCurrentItem(item)
        if self.reports.currentRow() < 0 and self.reports.count():
            self.reports.setCurrentRow(0)
        self._chosen()

    def current_key(self) -> str:
        item = self.reports.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def _chosen(self, _row: int = -1) -> None:
        key = self.current_key()
        self.about.setText(report_texts()[key][1] if key else self.tr("No report for your role."))
        for button in (self.preview_button, self.csv_button):
            button.setEnabled(bool(key))
        self.error.clear()

    def render(self, *, as_csv: bool) -> bytes | None:
        """The chosen report's bytes, or None with the reason shown under the buttons."""
        self.error.clear()
        report: MonthlyReport = monthly_report(self.current_key())
        try:
            return report.render(self._services, self.month_text(), as_csv=as_csv)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return None

    def preview_dialog(self) -> PdfPreviewDialog | None:
        data = self.render(as_csv=False)
        if data is None:
            return None
        key, month = self.current_key(), self.month_text()
        title = f"{report_texts()[key][0]} {month}"
        printer = self._services.settings.get().printer_name
        return PdfPreviewDialog(data, title, f"{key}-{month}.pdf", printer, parent=self)

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def save_csv(self) -> None:
        key, month = self.current_key(), self.month_text()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as CSV"), str(Path.home() / f"{key}-{month}.csv"),
            "CSV (*.csv)",
        )  # fmt: skip
        if name:
            self.write_csv(Path(name))

    def write_csv(self, path: Path) -> bool:
        data = self.render(as_csv=True)
        if data is None:
            return False
        atomic_write_bytes(path, data)
        return True
