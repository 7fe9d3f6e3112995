"""外借登记册 tab (archive keeper): approved applications ready to lend, loans out (overdue in
red), returns written off, the two-part lending slip, incidents opened by missing pages, and the
month's register as a PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.files import atomic_write_bytes
from app.lending.schemas import IncidentRecord, LoanRecord
from app.services import Services
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.lending.lending_columns import loan_columns
from ui.lending.lending_messages import condition_texts, text_of
from ui.lending.lending_widgets import (
    LendingPage,
    NoteDialog,
    RowTable,
    button,
    local_minute,
    table_with_buttons,
)
from ui.lending.register_dialogs import LendDialog, ReturnDialog
from ui.models.row_model import Column


def incident_columns() -> list[Column[IncidentRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("RegisterPage", "Incident"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("RegisterPage", "Opened"),
            lambda r: local_minute(r.opened_at),
        ),
        Column(lambda: QCoreApplication.translate("RegisterPage", "Loan"), lambda r: r.loan_no),
        Column(lambda: QCoreApplication.translate("RegisterPage", "File"), lambda r: r.item_no),
        Column(
            lambda: QCoreApplication.translate("RegisterPage", "Kind"),
            lambda r: text_of(condition_texts(), r.kind),
        ),
        Column(lambda: QCoreApplication.translate("RegisterPage", "Note"), lambda r: r.note),
        Column(
            lambda: QCoreApplication.translate("RegisterPage", "Closed"),
            lambda r: local_minute(r.closed_at),
        ),
        Column(
            lambda: QCoreApplication.translate("RegisterPage", "Resolution"),
            lambda r: r.resolution,
        ),
    ]


class RegisterPage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.show_state = QComboBox()
        self.show_state.setObjectName("register_state")
        for text, code in (
            (self.tr("Ready to lend"), "approved"),
            (self.tr("Out on loan"), "lent"),
            (self.tr("Returned"), "returned"),
            (self.tr("All"), ""),
        ):
            self.show_state.addItem(text, code)
        self.show_state.setCurrentIndex(1)
        self.show_state.currentIndexChanged.connect(lambda _i: self.reload())
        self.loans: RowTable[LoanRecord] = RowTable(
            loan_columns(), self, "register_loans", lambda r: r.overdue
        )
        self.incidents: RowTable[IncidentRecord] = RowTable(
            incident_columns(), self, "register_incidents", lambda r: r.closed_at is None
        )
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        loans_box = table_with_buttons(
            self.loans.view,
            button(self.tr("&Lend..."), "lend_loan", self.lend),
            button(self.tr("&Write off return..."), "write_off_loan", self.write_off),
            button(self.tr("Print lending &slip..."), "print_slip", self.print_slip),
        )
        incidents_box = table_with_buttons(
            self.incidents.view,
            button(self.tr("&Close incident..."), "close_incident", self.close_incident),
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Show:")))
        top.itemAt(0).widget().setBuddy(self.show_state)  # type: ignore[union-attr]
        top.addWidget(self.show_state)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Month's register:")))
        top.addWidget(self.month)
        top.addWidget(button(self.tr("&Preview PDF..."), "month_pdf", self.preview_month))
        top.addWidget(button(self.tr("Save C&SV..."), "month_csv", self.save_month_csv))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(loans_box)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Incidents (missing pages):")))
        lower_layout.addWidget(incidents_box)
        splitter.addWidget(lower)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        state = str(self.show_state.currentData())
        rows: list[LoanRecord] = []
        incidents: list[IncidentRecord] = []
        if self.call(lambda: rows.extend(self._services.loans.loans(state))):
            self.loans.set_rows(rows)
        if self.call(lambda: incidents.extend(self._services.lending.incidents())):
            self.incidents.set_rows(incidents)

    def show_loans(self, state: str) -> None:
        self.show_state.setCurrentIndex(self.show_state.findData(state))
        self.reload()

    def _selected(self) -> LoanRecord | None:
        loan = self.loans.selected()
        if loan is None:
            self.message.setText(self.tr("Select a loan first."))
            self.message.show()
        return loan

    def lend_dialog(self) -> LendDialog | None:
        loan = self._selected()
        return None if loan is None else LendDialog(self._services, loan, self)

    def lend(self) -> None:
        dialog = self.lend_dialog()
        if dialog is not None and self.run_dialog(dialog):
            self.show_loans("lent")
            self.loans.select_where(lambda r: r.number == dialog_number(dialog))
            self.print_slip()

    def return_dialog(self) -> ReturnDialog | None:
        loan = self._selected()
        return None if loan is None else ReturnDialog(self._services, loan, self)

    def write_off(self) -> None:
        dialog = self.return_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def slip_preview(self) -> PdfPreviewDialog | None:
        loan = self._selected()
        if loan is None:
            return None
        title = self.tr("Lending slip {number} (two parts)").format(number=loan.number)
        return self.preview(
            lambda: self._services.lending.render_slip(loan.number),
            title,
            f"lending-slip-{loan.number}.pdf",
        )

    def print_slip(self) -> None:
        dialog = self.slip_preview()
        if dialog is not None:
            dialog.exec()

    def close_dialog(self) -> NoteDialog | None:
        incident = self.incidents.selected()
        if incident is None:
            self.message.setText(self.tr("Select an incident first."))
            self.message.show()
            return None
        return NoteDialog(
            self.tr("Close incident {number}").format(number=incident.number),
            f"{incident.loan_no} {incident.item_no}: {incident.note}",
            self.tr("&Resolution"),
            "resolution",
            self.tr("&Close incident"),
            lambda text: self._services.lending.close_incident(incident.number, text),
            self,
        )

    def close_incident(self) -> None:
        dialog = self.close_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def preview_month(self) -> None:
        month = self.month_text()
        self.show_preview(
            lambda: self._services.lending.render_month_report(month),
            self.tr("Lending register {month}").format(month=month),
            f"lending-{month}.pdf",
        )

    def write_month_csv(self, path: Path) -> bool:
        self.message.hide()
        try:
            data = self._services.lending.render_month_report(self.month_text(), as_csv=True)
            atomic_write_bytes(path, data)
        except (DomainError, OSError) as exc:
            self.show_error(exc)
            return False
        return True

    def save_month_csv(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the register as CSV"),
            str(Path.home() / f"lending-{month}.csv"),
            "CSV (*.csv)",
        )
        if name:
            self.write_month_csv(Path(name))

    def open_item(self, loan_id: str) -> bool:
        self.show_loans("lent")
        return self.loans.select_where(lambda r: r.id == loan_id)

    def wipe(self) -> None:
        self.loans.model.clear()
        self.incidents.model.clear()


def dialog_number(dialog: LendDialog) -> str:
    value = dialog.result_value
    return value.number if isinstance(value, LoanRecord) else ""
