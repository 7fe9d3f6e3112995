"""投诉月报: choose a month, see its main figures, preview the PDF (with charts) or save the
CSV for Excel. The figures come from the cards alone, as the service counts them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.files import atomic_write_bytes
from app.forms.complaints_report import ComplaintsReportData, OnTime
from app.services import Services
from ui.complaints.complaint_messages import complaint_error_text
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.widgets.field_errors import message_label


def percent_text(on_time: OnTime) -> str:
    if on_time.percent is None:
        return "—"
    return f"{on_time.percent:.1f}%  ({on_time.on_time}/{on_time.decided})"


class ComplaintReportDialog(QDialog):
    def __init__(self, services: Services, months: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaint_report_dialog")
        self.setWindowTitle(self.tr("Monthly complaints report"))
        self._forms = services.complaint_forms
        self.data: ComplaintsReportData | None = None
        self.saved_to: Path | None = None
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        self.month.setEditable(True)  # any YYYY-MM may be typed
        self.month.addItems(months)
        self.month.currentTextChanged.connect(self.load)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        form.addRow(month_label, self.month)
        for key, caption in (
            ("total", self.tr("Cards received")),
            ("complaints", self.tr("of which complaints")),
            ("first_response", self.tr("First response on time")),
            ("closing", self.tr("Closed on time")),
            ("average_close", self.tr("Average time to close")),
            ("reopened", self.tr("Complaints reopened")),
            ("satisfaction", self.tr("Average satisfaction")),
            ("majors", self.tr("Major complaints")),
        ):
            value = QLabel()
            value.setObjectName(f"report_{key}")
            form.addRow(caption + self.tr(":"), value)
            self.values[key] = value
        self.message = message_label("report_message")
        self.preview_button = QPushButton(self.tr("&Preview PDF..."))
        self.preview_button.clicked.connect(self.preview)
        self.csv_button = QPushButton(self.tr("Save &CSV..."))
        self.csv_button.clicked.connect(self.save_csv)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.csv_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.load()

    def chosen_month(self) -> str:
        return self.month.currentText().strip()

    def load(self) -> None:
        self.message.hide()
        try:
            self.data = self._forms.month_report(self.chosen_month())
        except DomainError as exc:
            self.data = None
            for label in self.values.values():
                label.clear()
            self._show(complaint_error_text(exc))
            return
        d = self.data
        hours = d.average_close_hours
        texts = {
            "total": str(d.total),
            "complaints": str(d.complaints),
            "first_response": percent_text(d.first_response),
            "closing": percent_text(d.closing),
            "average_close": "—" if hours is None else self.tr("{h} h").format(h=f"{hours:.1f}"),
            "reopened": str(d.reopened),
            "satisfaction": "—"
            if d.satisfaction_average is None
            else f"{d.satisfaction_average:.2f}  ({d.satisfaction_count})",
            "majors": str(len(d.majors)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def preview_dialog(self) -> QDialog | None:
        month = self.chosen_month()
        try:
            data = self._forms.report_pdf(month)
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return None
        title = self.tr("Monthly complaints report {month}").format(month=month)
        return PdfPreviewDialog(data, title, f"complaints-{month}.pdf", parent=self)

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def save_csv(self) -> None:
        month = self.chosen_month()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save CSV"), str(Path.home() / f"complaints-{month}.csv"), "CSV (*.csv)"
        )
        if name:
            self.write_csv(Path(name))

    def write_csv(self, path: Path) -> bool:
        try:
            atomic_write_bytes(path, self._forms.report_csv(self.chosen_month()))
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return False
        except OSError as exc:
            self._show(str(exc))
            return False
        self.saved_to = path
        return True

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
