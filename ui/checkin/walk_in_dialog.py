"""散客登记: a visitor without a file gives the venue's required fields; the service makes a
potential customer file and checks the visitor in. A phone already on file offers that customer
instead; a refusal is shown next to its field and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.checkin.schemas import CheckInResult, WalkInInput
from app.customers.service import DuplicateCustomer
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.checkin.visit_fields import VisitFields
from ui.customers.prompts import DuplicateChoice, DuplicatePrompt
from ui.messages import error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

REQUIRED_MARK = " *"


class WalkInDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk_in_dialog")
        self.setWindowTitle(self.tr("Walk-in visitor"))
        self._services = services
        self.result_: CheckInResult | None = None
        self.errors = FieldErrors()
        try:
            required = set(services.membership.settings().walk_in_required)
        except DomainError:
            required = {"name"}
        self.name = QLineEdit()
        self.name.setObjectName("walk_in_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("walk_in_phone")
        self.visit = VisitFields(services, self)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name"), self.name),
            ("phone", self.tr("&Mobile"), self.phone),
            ("purpose", self.tr("P&urpose"), self.visit.purpose),
            ("party_size", self.tr("&Party size"), self.visit.party_size),
            ("service_area", self.tr("Service &area"), self.visit.service_area),
            ("host_staff_id", self.tr("&Host"), self.visit.host),
        ]
        for field, label, widget in rows:
            mark = REQUIRED_MARK if field in required else ""
            self.errors.add_row(form, label + mark, widget, field)
        self.message = message_label("walk_in_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Check in"), self.tr("Cancel")))
        self.setMinimumWidth(460)
        self.name.setFocus()

    def input(self) -> WalkInInput:
        visit = self.visit.visit_input()
        return WalkInInput(
            self.name.text().strip(),
            self.phone.text().strip(),
            visit.purpose,
            visit.party_size,
            visit.service_area,
            visit.host_staff_id,
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.input()
        try:
            self.result_ = self._services.checkin.walk_in(data)
        except DuplicateCustomer as exc:
            choice, existing = self.ask_duplicate(exc)
            try:
                if choice is DuplicateChoice.OPEN_EXISTING:
                    visit = self.visit.visit_input()
                    self.result_ = self._services.checkin.check_in_customer(existing, visit)
                elif choice is DuplicateChoice.CREATE_ANYWAY:
                    self.result_ = self._services.checkin.walk_in(data, allow_duplicate=True)
                else:
                    return
            except DomainError as err:
                self._refused(err)
                return
        except DomainError as exc:
            self._refused(exc)
            return
        super().accept()

    def ask_duplicate(self, error: DuplicateCustomer) -> tuple[DuplicateChoice, str]:
        """Check in the existing customer, register this visitor anyway (family sharing a phone),
        or go back to editing."""
        prompt = DuplicatePrompt(error.matches, self)
        prompt.open_button.setText(self.tr("&Check in the existing customer"))
        prompt.exec()
        existing = prompt.selected_id() if prompt.choice is DuplicateChoice.OPEN_EXISTING else ""
        return prompt.choice, existing

    def _refused(self, error: DomainError) -> None:
        if isinstance(error, ValidationError) and self.errors.show(error.field, error_text(error)):
            return
        self.message.setText(error_text(error))
        self.message.show()
