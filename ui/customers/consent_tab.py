"""证件与同意: the ID document, and the PIPL consent records (kept until the file is saved when it
is new; recorded and withdrawn at once for an existing file, each audited by the service)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.consents import ConsentService
from app.customers.schemas import ConsentInput, ConsentMethod, ConsentPurpose, CustomerRecord
from app.customers.validation import IdDocType, id_birthday, id_gender, normalise_id_number
from app.errors import DomainError
from ui.customers.file_tabs import combo, select_data
from ui.customers.prompts import ask_reason
from ui.labels import id_type_texts, local_time, method_text, purpose_text
from ui.messages import error_text, field_error_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.table_view import make_table

_MAINLAND_SHAPE = re.compile(r"\d{17}[\dX]|\d{15}")
_SPACES = re.compile(r"[\s-]")


@dataclass(frozen=True)
class ConsentRow:
    consent_id: str  # "" while the file is not saved yet
    item: ConsentInput
    granted: str
    recorded_by: str
    withdrawn: str


def _columns() -> list[Column[ConsentRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "Purpose"),
            lambda r: purpose_text(r.item.purpose),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "How"),
            lambda r: method_text(r.item.method),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "Granted"),
            lambda r: r.granted or QCoreApplication.translate("ConsentTableModel", "On saving"),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "Recorded by"),
            lambda r: r.recorded_by,
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "Withdrawn"),
            lambda r: r.withdrawn,
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentTableModel", "Guardian / note"),
            lambda r: " ".join([r.item.guardian_name, r.item.note]).strip(),
        ),
    ]


class ConsentDialog(QDialog):
    """What the customer agreed to, and how; a guardian's consent names the guardian."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.purpose = combo([(purpose_text(p.value), p.value) for p in ConsentPurpose])
        self.method = combo([(method_text(m.value), m.value) for m in ConsentMethod])
        self.guardian = QLineEdit()
        self.note = QLineEdit()
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Purpose:"), self.purpose, "purpose")
        self.errors.add_row(form, self.tr("&How given:"), self.method, "method")
        self.errors.add_row(form, self.tr("&Guardian's name:"), self.guardian, "guardian_name")
        self.errors.add_row(form, self.tr("N&ote:"), self.note, "note")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("&Record"), self.tr("Cancel")))
        self.setMinimumWidth(460)

    def item(self) -> ConsentInput:
        return ConsentInput(
            str(self.purpose.currentData()),
            str(self.method.currentData()),
            self.guardian.text().strip(),
            self.note.text().strip(),
        )

    def accept(self) -> None:
        item = self.item()
        if item.purpose == ConsentPurpose.GUARDIAN and not item.guardian_name:
            self.errors.show("guardian_name", field_error_text("guardian_name", "required"))
            return
        super().accept()


class IdConsentTab(QWidget):
    id_read = Signal(object, str)  # birthday, gender found in a mainland ID number

    def __init__(
        self,
        errors: FieldErrors,
        consents: ConsentService,
        customer_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consents = consents
        self._customer_id = customer_id
        self.pending: list[ConsentInput] = []
        self.id_doc_type = combo(
            [(self.tr("None"), "")] + [(text, key) for key, text in id_type_texts().items()]
        )
        self.id_number = QLineEdit()
        self.id_number.setObjectName("id_number")
        self.id_number.textChanged.connect(self._read_id)
        self.id_expiry = OptionalDateEdit()
        form = QFormLayout()
        errors.add_row(form, self.tr("ID &type:"), self.id_doc_type, "id_doc_type")
        errors.add_row(form, self.tr("ID n&umber:"), self.id_number, "id_number")
        errors.add_row(form, self.tr("Ex&piry:"), self.id_expiry, "id_expiry")
        note = QLabel(
            self.tr(
                "An ID number or ID scan is sensitive personal information: record the "
                "customer's separate consent for it below."
            )
        )
        note.setWordWrap(True)
        self.model: RowTableModel[ConsentRow] = RowTableModel(_columns(), self)
        self.view, _proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("consent_table")
        self.add_button = QPushButton(self.tr("A&dd consent..."))
        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.message = message_label("consent_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Consent records:")))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def fill(self, record: CustomerRecord) -> None:
        select_data(self.id_doc_type, record.id_doc_type)
        self.id_number.setText(record.id_number)
        self.id_expiry.set_value(record.id_expiry)
        self.reload()

    def reload(self) -> None:
        rows = [ConsentRow("", item, "", "", "") for item in self.pending]
        if self._customer_id:
            try:
                records = self._consents.list(self._customer_id)
            except DomainError as exc:
                self._show(error_text(exc))
                records = []
            rows = [
                ConsentRow(
                    r.id,
                    ConsentInput(r.purpose, r.method, r.guardian_name, r.note),
                    local_time(r.granted_at),
                    r.recorded_by,
                    local_time(r.withdrawn_at),
                )
                for r in records
            ] + rows
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def values(self) -> dict[str, object]:
        return {
            "id_doc_type": str(self.id_doc_type.currentData() or ""),
            "id_number": self.id_number.text(),
            "id_expiry": self.id_expiry.value(),
        }

    def add(self, item: ConsentInput) -> None:
        """Kept for the new file, or recorded at once for a saved one."""
        self.message.hide()
        if not self._customer_id:
            self.pending.append(item)
        else:
            try:
                self._consents.record(self._customer_id, item)
            except DomainError as exc:
                self._show(error_text(exc))
                return
        self.reload()

    def add_consent(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(dialog.item())

    def withdraw_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.view.model().mapToSource(index).row())  # type: ignore[attr-defined]
        if not row.consent_id:
            self.pending.remove(row.item)
            self.reload()
            return
        if row.withdrawn:
            return
        reason = ask_reason(
            self, self.tr("Withdraw consent"), self.tr("Reason (optional):"), required=False
        )
        if reason is None:
            return
        try:
            self._consents.withdraw(row.consent_id, reason)
        except DomainError as exc:
            self._show(error_text(exc))
        self.reload()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _read_id(self, text: str) -> None:
        if self.id_doc_type.currentData() not in ("", IdDocType.MAINLAND_ID.value):
            return
        if not self.id_doc_type.currentData() and _MAINLAND_SHAPE.fullmatch(
            _SPACES.sub("", text).upper()
        ):  # so a wrong check digit is reported as such, not as a missing ID type
            select_data(self.id_doc_type, IdDocType.MAINLAND_ID.value)
        try:
            number = normalise_id_number(IdDocType.MAINLAND_ID, text, date.today())
        except DomainError:
            return
        self.id_read.emit(id_birthday(number), id_gender(number) or "")
