"""The small steps of an order: dispatch (a technician of the right specialty), the supervisor's
check (pass / fail with a note) and the follow-up call's result. Each calls one service method;
a refusal shows next to its field and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.repairs.schemas import (
    CheckInput,
    DispatchInput,
    FollowUpInput,
    RepairRecord,
    RescheduleInput,
    TechnicianRecord,
)
from app.services import Services
from ui.customers.file_tabs import text_area
from ui.repairs.appointment_fields import AppointmentFields
from ui.repairs.repair_messages import (
    category_texts,
    repair_error_text,
    specialty_texts,
    text_of,
)
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


class StepDialog(QDialog):
    """A form, its error labels, a message for refusals of no field; finish() adds OK / Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: RepairRecord | None = None
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.message = message_label("repair_step_message")
        self.setMinimumWidth(460)

    def finish(self, ok_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, ok_text, self.tr("Cancel")))

    def run(self, step: Callable[[], RepairRecord]) -> bool:
        """Call the service; on a refusal show it and keep the dialog open."""
        self.errors.clear()
        self.message.hide()
        try:
            self.record = step()
        except ValidationError as exc:
            if not self.errors.show(exc.field, repair_error_text(exc)):
                self.show_message(repair_error_text(exc))
            return False
        except DomainError as exc:
            self.show_message(repair_error_text(exc))
            return False
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def technician_text(tech: TechnicianRecord) -> str:
    specialties = "、".join(text_of(specialty_texts(), s) for s in tech.specialties)
    return f"{tech.name}  ({specialties})"


class DispatchDialog(StepDialog):
    """派工: the technicians whose specialty suits the order's category come first."""

    def __init__(self, services: Services, order: RepairRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispatch {number}").format(number=order.number))
        self._services, self._order = services, order
        self.technician = QComboBox()
        self.technician.setObjectName("dispatch_technician")
        self.show_all = QCheckBox(self.tr("Show technicians of &every specialty"))
        self.show_all.toggled.connect(self.fill)
        self.note = QLineEdit()
        self.note.setObjectName("dispatch_note")
        category = text_of(category_texts(), order.category)
        self.form.addRow(self.tr("Order:"), QLabel(f"{order.number}  {category}  {order.location}"))
        self.errors.add_row(self.form, self.tr("&Technician"), self.technician, "technician_id")
        self.form.addRow("", self.show_all)
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        self.finish(self.tr("&Dispatch"))
        self.fill()

    def fill(self) -> None:
        self.technician.clear()
        try:
            if self.show_all.isChecked():
                found = self._services.technicians.list()
            else:
                found = self._services.technicians.for_specialty(self._order.category)
        except DomainError as exc:
            self.show_message(repair_error_text(exc))
            return
        for tech in found:
            self.technician.addItem(technician_text(tech), tech.id)
        if self._order.technician_id is not None:
            index = self.technician.findData(self._order.technician_id)
            self.technician.setCurrentIndex(max(index, 0))
        if not found:
            self.show_message(
                self.tr("No technician of this specialty: show every specialty, or add one.")
            )

    def accept(self) -> None:
        tech_id = self.technician.currentData()
        if tech_id is None:
            required = ValidationError("technician_id", "required")
            self.errors.show("technician_id", repair_error_text(required))
            return
        data = DispatchInput(int(tech_id), self.note.text().strip())
        if self.run(lambda: self._services.repairs.dispatch(self._order.id, data)):
            super().accept()


class PassFailDialog(StepDialog):
    """Two choices and a note: the supervisor's check, or the customer's answer on the call."""

    def __init__(self, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(yes)
        self.yes.setObjectName("choice_yes")
        self.no = QRadioButton(no)
        self.no.setObjectName("choice_no")
        self.note = text_area(90)
        self.note.setObjectName("step_note")

    def add_rows(self, order: RepairRecord, question: str, note_label: str) -> None:
        self.form.addRow(self.tr("Order:"), QLabel(f"{order.number}  {order.location}"))
        self.form.addRow(QLabel(question))
        self.form.addRow("", self.yes)
        self.errors.add_row(self.form, "", self.no, "choice")
        self.errors.add_row(self.form, note_label, self.note, "note")

    def chosen(self) -> bool | None:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def choice_missing(self) -> bool:
        if self.chosen() is None:
            self.errors.show("choice", self.tr("Choose one of the two answers."))
            return True
        return False


class CheckDialog(PassFailDialog):
    """验收: pass closes the way to closing; fail sends the order back to the technician."""

    def __init__(self, services: Services, order: RepairRecord, parent: QWidget | None = None):
        super().__init__(self.tr("&Pass"), self.tr("&Fail: back to the technician"), parent)
        self.setWindowTitle(self.tr("Check the work of {number}").format(number=order.number))
        self._services, self._order = services, order
        self.add_rows(order, order.work_done or self.tr("(no work described)"), self.tr("N&ote"))
        self.finish(self.tr("&Record check"))

    def accept(self) -> None:
        passed = self.chosen()
        if self.choice_missing() or passed is None:
            return
        data = CheckInput(passed, self.note.toPlainText().strip())
        if self.run(lambda: self._services.repairs.check(self._order.id, data)):
            super().accept()


class FollowUpDialog(PassFailDialog):
    """抽查回访: whether the customer was satisfied, and what they said."""

    def __init__(self, services: Services, order: RepairRecord, parent: QWidget | None = None):
        super().__init__(self.tr("&Satisfied"), self.tr("&Not satisfied"), parent)
        self.setWindowTitle(self.tr("Follow-up call on {number}").format(number=order.number))
        self._services, self._order = services, order
        who = f"{order.customer_name}  {order.customer_phone}".strip()
        self.form.addRow(self.tr("Call:"), QLabel(who or self.tr("(no customer on file)")))
        self.add_rows(
            order, self.tr("Was the customer satisfied with the repair?"), self.tr("N&ote")
        )
        self.finish(self.tr("&Record result"))

    def accept(self) -> None:
        satisfied = self.chosen()
        if self.choice_missing() or satisfied is None:
            return
        data = FollowUpInput(satisfied, self.note.toPlainText().strip())
        if self.run(lambda: self._services.repairs.record_followup(self._order.id, data)):
            super().accept()


class RescheduleDialog(StepDialog):
    """改约 before arrival: the new window agreed with the customer and the reason they gave."""

    def __init__(self, services: Services, order: RepairRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New time for {number}").format(number=order.number))
        self._services, self._order = services, order
        self.window_fields = AppointmentFields(order.appointment_start + timedelta(days=1))
        self.reason = QLineEdit()
        self.reason.setObjectName("reschedule_reason")
        self.form.addRow(self.tr("Order:"), QLabel(f"{order.number}  {order.location}"))
        self.errors.add_row(
            self.form, self.tr("New &window"), self.window_fields, "appointment_start"
        )
        self.form.addRow(self.errors.error_label("appointment_end"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reschedule_reason")
        self.finish(self.tr("&Save new time"))

    def accept(self) -> None:
        start, end = self.window_fields.values()
        data = RescheduleInput(start, end, self.reason.text().strip())
        if self.run(lambda: self._services.repairs.reschedule(self._order.id, data)):
            super().accept()
