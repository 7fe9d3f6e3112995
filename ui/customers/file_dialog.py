"""客户档案: create or edit one customer file. On save the tabs are read into a CustomerInput
for the service; a refusal is shown next to its field, on its tab, and nothing typed is lost."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.customers.schemas import CustomerInput, CustomerRecord
from app.customers.service import DuplicateCustomer, validate_customer
from app.errors import DomainError, ValidationError
from app.security.permissions import Permission
from app.services import Services
from app.staff.service import StaffSummary
from ui.customers import manager_actions
from ui.customers.attachments_tab import AttachmentsTab
from ui.customers.consent_tab import IdConsentTab
from ui.customers.file_tabs import BasicTab, ClassificationTab, NotesTab, select_data
from ui.customers.member_tabs import add_member_tabs
from ui.customers.prompts import DuplicateChoice, DuplicatePrompt, ask_reason
from ui.customers.record_tabs import (
    RecordListTab,
    history_tab,
    viewers_tab,
)
from ui.customers.room_tabs import add_room_tabs
from ui.labels import confidentiality_text
from ui.messages import error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

OPEN_EXISTING = 2  # dialog result: the user chose to open an existing (duplicate) file instead


def input_of_record(record: CustomerRecord) -> CustomerInput:
    names = {f.name for f in dataclasses.fields(CustomerInput)} - {"consents"}
    return CustomerInput(**{name: getattr(record, name) for name in names})


class CustomerFileDialog(QDialog):
    def __init__(
        self,
        services: Services,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_file_dialog")
        self._services = services
        self.record = record
        self.saved: CustomerRecord | None = None
        self.open_existing_id = ""
        self.changed = False  # merged, erased or attachments changed: the room refreshes
        self.errors = FieldErrors()
        desk = services.desk
        customer_id = record.id if record else ""
        self.basic = BasicTab(self.errors, desk.actor, self._staff())
        self.ids = IdConsentTab(self.errors, services.consents, customer_id)
        self.ids.id_read.connect(self._fill_from_id)
        self.classification = ClassificationTab(self.errors)
        self.notes = NotesTab(self.errors)
        self.attachments = AttachmentsTab(services.attachments, customer_id)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.basic, self.tr("Basic information"))
        self.tabs.addTab(self.ids, self.tr("ID and consent"))
        self.tabs.addTab(self.classification, self.tr("Classification"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.history: RecordListTab | None = None
        self.viewers: RecordListTab | None = None
        if record is not None:
            self.history = history_tab(lambda: services.customers.history(record.id))
            self.tabs.addTab(self.history, self.tr("Change history"))
            if desk.can(Permission.VIEW_FILE_VIEWERS):
                self.viewers = viewers_tab(lambda: services.oversight.viewers(record.id))
                self.tabs.addTab(self.viewers, self.tr("Access record"))
        self.member_tabs = add_member_tabs(self.tabs, services, record.id) if record else []
        self.room_tabs = add_room_tabs(self.tabs, services, record.id) if record else []
        self.header = QLabel()
        self.header.setObjectName("customer_header")
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.message = message_label("customer_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        if record is not None:
            self._manager_buttons(bottom)
        bottom.addStretch(1)
        bottom.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Close")))
        layout.addLayout(bottom)
        self.resize(1080, 660)
        if record is not None:
            self._fill(record)
        else:
            self.setWindowTitle(self.tr("New customer file"))
            self.header.setText(self.tr("New customer file"))
        self.basic.name.setFocus()

    def _staff(self) -> list[StaffSummary]:
        """Everyone who may own a relationship."""
        try:
            return self._services.staff.colleagues()
        except DomainError:
            return []

    def _manager_buttons(self, row: QHBoxLayout) -> None:
        desk = self._services.desk
        actions = [
            (Permission.MERGE_CUSTOMERS, self.tr("Merge another fi&le into this..."), self.merge),
            (Permission.ERASE_CUSTOMER, self.tr("Erase personal in&formation..."), self.erase),
            (Permission.EXPORT_DATA, self.tr("E&xport a personal copy..."), self.export_copy),
        ]
        for permission, text, slot in actions:
            if desk.can(permission):
                button = QPushButton(text)
                button.setAutoDefault(False)
                button.clicked.connect(slot)
                row.addWidget(button)

    def _fill(self, record: CustomerRecord) -> None:
        self.record = record
        title = f"{record.number}  {record.name}"
        if record.confidentiality != "normal":
            title += f"  [{confidentiality_text(record.confidentiality)}]"
        self.setWindowTitle(self.tr("Customer file {number}").format(number=record.number))
        self.header.setText(title)
        self.basic.fill(record)
        self.ids.fill(record)
        self.classification.fill(record)
        self.notes.fill(record)
        self.attachments.reload()
        for tab in (self.history, self.viewers):
            if tab is not None:
                tab.reload()

    def _fill_from_id(self, birthday: date | None, gender: str) -> None:
        """A mainland ID number carries the birthday and gender: fill them when still empty."""
        if birthday is not None and self.basic.birthday.is_empty():
            self.basic.birthday.set_value(birthday)
        if gender and not self.basic.gender.currentData():
            select_data(self.basic.gender, gender)

    def input(self) -> CustomerInput:
        values: dict[str, object] = {
            **self.basic.values(),
            **self.ids.values(),
            **self.classification.values(),
            **self.notes.values(),
        }
        if self.record is None:
            values["consents"] = tuple(self.ids.pending)
        else:
            values["referrer_id"] = self.record.referrer_id
        return CustomerInput(**values)  # type: ignore[arg-type]

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.input()
        try:
            cleaned = validate_customer(data)
            if self.record is None:
                self.saved = self._create(data)
            elif self._unchanged(cleaned, self.record):
                self.saved = self.record  # nothing changed: no correction to record
            else:
                reason = ask_reason(
                    self,
                    self.tr("Reason for the correction"),
                    self.tr("Why is this file changed? (kept in the change history)"),
                )
                if reason is None:
                    return
                self.saved = self._services.customers.update(self.record.id, data, reason)
        except ValidationError as exc:
            self.show_error(exc)
            return
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        if self.saved is None:
            return
        super().accept()

    @staticmethod
    def _unchanged(cleaned: CustomerInput, record: CustomerRecord) -> bool:
        try:
            return cleaned == validate_customer(input_of_record(record))
        except ValidationError:  # stored before today's rules: any save is a correction
            return False

    def _create(self, data: CustomerInput) -> CustomerRecord | None:
        try:
            return self._services.customers.create(data)
        except DuplicateCustomer as exc:
            choice, chosen = self.ask_duplicate(exc)
        if choice is DuplicateChoice.OPEN_EXISTING and chosen:
            self.open_existing_id = chosen
            self.done(OPEN_EXISTING)
        elif choice is DuplicateChoice.CREATE_ANYWAY:
            return self._services.customers.create(data, allow_duplicate=True)
        return None

    def ask_duplicate(self, error: DuplicateCustomer) -> tuple[DuplicateChoice, str]:
        prompt = DuplicatePrompt(error.matches, self)
        prompt.exec()
        return prompt.choice, prompt.selected_id()

    def show_error(self, error: ValidationError) -> None:
        """Bring the tab holding the field forward, then show the text under the field."""
        widget = self.errors.widget(error.field)
        if widget is None:
            if error.field in ("consents", "guardian_name"):
                self.tabs.setCurrentWidget(self.ids)
            self._show_message(error_text(error))
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        self.errors.show(error.field, error_text(error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def merge(self) -> None:
        if self.record is not None and manager_actions.merge_into(
            self, self._services, self.record
        ):
            self.changed = True
            self._reopen()

    def erase(self) -> None:
        if self.record is not None and manager_actions.erase(self, self._services, self.record):
            self.changed = True
            self.reject()

    def export_copy(self) -> None:
        if self.record is not None:
            manager_actions.export_copy(self, self._services, self.record)

    def _reopen(self) -> None:
        if self.record is None:
            return
        try:
            self._fill(self._services.customers.open(self.record.id))
        except DomainError as exc:
            self._show_message(error_text(exc))

    def done(self, result: int) -> None:
        self.attachments.wipe_viewer()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.attachments.wipe_viewer()
        super().closeEvent(event)
