"""报修 at the desk in a minute: who (the customer search), what and where, how urgent, the
appointment window agreed with the customer, how it was reported, photos from files. A refusal is
shown next to its field and everything typed stays."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

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

from app.errors import DomainError, ValidationError
from app.repairs.schemas import PhotoStage, RepairInput, RepairRecord
from app.services import Services
from ui.customers.customer_finder import CustomerFinder
from ui.customers.file_tabs import combo, text_area
from ui.repairs.appointment_fields import AppointmentFields, next_free_hour
from ui.repairs.photo_picker import PhotoPicker
from ui.repairs.repair_messages import (
    category_texts,
    repair_error_text,
    urgency_texts,
    via_texts,
)
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

REQUIRED = " *"


class RepairOrderDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        taken: Iterable[datetime] = (),
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repair_order_dialog")
        self.setWindowTitle(self.tr("New repair order"))
        self._services = services
        self.record: RepairRecord | None = None
        self.photo_refusals: list[str] = []
        self.customer_id: str | None = None
        self.errors = FieldErrors()
        self.finder = CustomerFinder(services.directory, self.tr("&Requester:"))
        self.finder.setMaximumHeight(150)
        self.finder.chosen.connect(self.choose_customer)
        self.customer = QLabel(self.tr("No customer chosen (a fault the venue found itself)"))
        self.customer.setObjectName("repair_customer")
        forget = QPushButton(self.tr("No c&ustomer"))
        forget.setAutoDefault(False)
        forget.clicked.connect(lambda: self.choose_customer(None))
        who = QHBoxLayout()
        who.addWidget(self.customer, 1)
        who.addWidget(forget)
        self.category = combo([(text, code) for code, text in category_texts().items()])
        self.category.setObjectName("repair_category")
        self.location = QLineEdit()
        self.location.setObjectName("repair_location")
        self.location.setPlaceholderText(self.tr("e.g. 3F men's changing room, locker A-12"))
        self.fault = text_area(80)
        self.fault.setObjectName("repair_fault")
        self.urgency = combo([(text, code) for code, text in urgency_texts().items()])
        self.urgency.setCurrentIndex(self.urgency.findData("normal"))
        start = next_free_hour(now or datetime.now(UTC), taken)
        self.appointment = AppointmentFields(start)
        self.via = combo([(text, code) for code, text in via_texts().items()])
        self.photos = PhotoPicker()
        form = QFormLayout()
        form.addRow(self.finder)
        form.addRow(self.tr("Customer:"), who)
        form.addRow(self.errors.error_label("customer_id"))
        rows: list[tuple[str, str, QWidget]] = [
            ("category", self.tr("&Category") + REQUIRED, self.category),
            ("location", self.tr("&Place and item") + REQUIRED, self.location),
            ("fault", self.tr("&What is wrong") + REQUIRED, self.fault),
            ("urgency", self.tr("U&rgency"), self.urgency),
            ("appointment_start", self.tr("&Appointment") + REQUIRED, self.appointment),
            ("reported_via", self.tr("Reported &via"), self.via),
            ("photo", self.tr("P&hotos"), self.photos),
        ]
        for field, label, widget in rows:
            self.errors.add_row(form, label, widget, field)
        form.addRow(self.errors.error_label("appointment_end"))
        self.message = message_label("repair_order_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Record order"), self.tr("Cancel")))
        self.setMinimumWidth(620)
        self.finder.search.setFocus()

    def choose_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        hit = self.finder.selected() if customer_id else None
        if hit is None:
            self.customer.setText(self.tr("No customer chosen (a fault the venue found itself)"))
        else:
            self.customer.setText(f"{hit.name}  {hit.number}")

    def input(self) -> RepairInput:
        start, end = self.appointment.values()
        return RepairInput(
            customer_id=self.customer_id,
            category=str(self.category.currentData()),
            location=self.location.text().strip(),
            fault=self.fault.toPlainText().strip(),
            appointment_start=start,
            appointment_end=end,
            urgency=str(self.urgency.currentData()),
            reported_via=str(self.via.currentData()),
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.record = self._services.repairs.record(self.input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, repair_error_text(exc)):
                self._show(repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.photo_refusals = self.photos.upload(
            self._services.repairs, self.record.id, PhotoStage.BEFORE
        )
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
