"""Printing from the repairs room: the three-part order (客户联 / 工程存档联 / 财务联) in the chosen
layout, and the month's register and rates as a PDF preview or a CSV file for Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.errors import DomainError
from app.files import atomic_write_bytes
from app.security.permissions import Permission
from app.services import Services
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.repairs.repair_messages import layout_texts, repair_error_text


def month_edit() -> QDateEdit:
    """A month picker (YYYY-MM) starting at this month."""
    edit = QDateEdit(QDate.currentDate())
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    return edit


def month_of(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM")


class RepairPrinting(QWidget):
    """The print row under the order: layout choice and the order button; the monthly report."""

    def __init__(
        self,
        services: Services,
        show_error: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._show_error = show_error
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("repair_print_layout")
        for code, text in layout_texts().items():
            self.layout_choice.addItem(text, code)
        self.month = month_edit()
        self.month.setObjectName("repair_report_month")
        self.report_pdf = QPushButton(self.tr("Monthly &register and rates..."))
        self.report_pdf.setObjectName("repair_report_pdf")
        self.report_pdf.setAutoDefault(False)
        self.report_pdf.clicked.connect(self.preview_report)
        self.report_csv = QPushButton(self.tr("Save as &CSV..."))
        self.report_csv.setObjectName("repair_report_csv")
        self.report_csv.setAutoDefault(False)
        self.report_csv.clicked.connect(self.save_report_csv)
        layout_label = QLabel(self.tr("Print la&yout:"))
        layout_label.setBuddy(self.layout_choice)
        month_label = QLabel(self.tr("Report &month:"))
        month_label.setBuddy(self.month)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(layout_label)
        row.addWidget(self.layout_choice)
        row.addStretch(1)
        reports = services.desk.can(Permission.VIEW_REPAIR_REPORTS)
        for widget in (month_label, self.month, self.report_pdf, self.report_csv):
            row.addWidget(widget)
            widget.setVisible(reports)

    def load_settings(self) -> None:
        """The venue's chosen layout is where the choice starts."""
        try:
            layout = self._services.repairs.settings().print_layout
        except DomainError:
            return
        index = self.layout_choice.findData(layout)
        if index >= 0:
            self.layout_choice.setCurrentIndex(index)

    def order_preview(self, number: str) -> PdfPreviewDialog | None:
        layout = str(self.layout_choice.currentData())
        try:
            data = self._services.repairs.render_order(number, layout)
        except DomainError as exc:
            self._show_error(repair_error_text(exc))
            return None
        title = self.tr("Repair order {number} (three parts)").format(number=number)
        return PdfPreviewDialog(data, title, f"repair-{number}.pdf", parent=self)

    def report_preview(self) -> PdfPreviewDialog | None:
        month = month_of(self.month)
        try:
            data = self._services.repair_reports.render_pdf(month)
        except DomainError as exc:
            self._show_error(repair_error_text(exc))
            return None
        title = self.tr("Repairs {month}: paid-service register and rates").format(month=month)
        return PdfPreviewDialog(data, title, f"repairs-{month}.pdf", parent=self)

    def print_order(self, number: str) -> None:
        self._exec(self.order_preview(number))

    def preview_report(self) -> None:
        self._exec(self.report_preview())

    def _exec(self, dialog: PdfPreviewDialog | None) -> None:
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def save_report_csv(self) -> None:
        month = month_of(self.month)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the register as CSV"),
            str(Path.home() / f"repairs-{month}.csv"),
            "CSV (*.csv)",
        )
        if name:
            self.write_report_csv(Path(name))

    def write_report_csv(self, path: Path) -> bool:
        try:
            atomic_write_bytes(path, self._services.repair_reports.render_csv(month_of(self.month)))
        except DomainError as exc:
            self._show_error(repair_error_text(exc))
            return False
        except OSError as exc:
            self._show_error(str(exc))
            return False
        return True
