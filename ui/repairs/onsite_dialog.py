"""On site: the arrival time (a new time agreed with the customer, with the reason, moves the
window lateness counts from), the fee items of the order's fee standard with quantities and the
running total, the cost limit, and the customer's agreement; once agreed, the work starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.schemas import yuan
from app.repairs.schemas import (
    AgreementInput,
    ArrivalInput,
    FeeStandardRecord,
    RepairRecord,
    RepairState,
)
from app.security.permissions import Permission
from app.services import Services
from ui.members.consumption_dialog import parse_yuan
from ui.repairs.appointment_fields import AppointmentFields, edit_value, local_datetime_edit
from ui.repairs.fee_lines_editor import FeeLinesEditor
from ui.repairs.repair_messages import repair_error_text
from ui.repairs.repair_model import local_minute
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

FEE_FIELDS = frozenset(
    {"fee_item_id", "quantity_milli", "other_name", "other_unit", "other_price_fen", "fees"}
)
ARRIVAL_FIELDS = frozenset({"new_start", "new_end", "reschedule_reason"})


class OnSiteDialog(QDialog):
    def __init__(
        self,
        services: Services,
        order: RepairRecord,
        standard: FeeStandardRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onsite_dialog")
        self.setWindowTitle(self.tr("On site: {number}").format(number=order.number))
        self._services = services
        self.record = order
        self.errors = FieldErrors()
        self.arrived_at = local_datetime_edit(datetime.now(UTC))
        self.arrived_at.setObjectName("arrived_at")
        self.new_time = QCheckBox(self.tr("The customer agreed a &new time"))
        self.new_time.setObjectName("new_time")
        start = max(order.appointment_start, datetime.now(UTC)) + timedelta(hours=1)
        self.new_window = AppointmentFields(start.replace(minute=0, second=0, microsecond=0))
        self.new_window.setEnabled(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("reschedule_reason")
        self.reason.setEnabled(False)
        self.new_time.toggled.connect(self.new_window.setEnabled)
        self.new_time.toggled.connect(self.reason.setEnabled)
        self.arrival = QGroupBox(self.tr("Arrival"))
        arrival_form = QFormLayout(self.arrival)
        window = (
            f"{local_minute(order.appointment_start)}–{order.appointment_end.astimezone():%H:%M}"
        )
        arrival_form.addRow(self.tr("Appointment:"), QLabel(window))
        self.errors.add_row(arrival_form, self.tr("&Arrived at"), self.arrived_at, "arrived_at")
        arrival_form.addRow("", self.new_time)
        self.errors.add_row(arrival_form, self.tr("New &window"), self.new_window, "new_start")
        arrival_form.addRow(self.errors.error_label("new_end"))
        self.errors.add_row(arrival_form, self.tr("&Reason"), self.reason, "reschedule_reason")
        approver = services.desk.can(Permission.APPROVE_OTHER_FEE)
        self.fees = FeeLinesEditor(standard.items, approver)
        self.fees.show_lines(order.lines)
        self.limit = QLineEdit()
        self.limit.setObjectName("fee_limit")
        self.limit.setPlaceholderText(self.tr("0.00 = exactly the total shown"))
        self.agreed = QCheckBox(
            self.tr("The customer has seen these fees and &agrees to them and to the cost limit")
        )
        self.agreed.setObjectName("fees_agreed")
        fee_box = QGroupBox(
            self.tr("Fees by the fee standard of {day}").format(day=standard.effective_from)
        )
        fee_form = QFormLayout(fee_box)
        fee_form.addRow(self.fees)
        fee_form.addRow(self.errors.error_label("fees"))
        self.errors.add_row(fee_form, self.tr("Cost &limit (yuan)"), self.limit, "fee_limit_fen")
        fee_form.addRow(self.agreed)
        self.message = message_label("onsite_message")
        self.arrived_note = QLabel()
        self.arrived_note.setObjectName("arrived_note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.arrival)
        layout.addWidget(self.arrived_note)
        layout.addWidget(fee_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        self.setMinimumWidth(760)
        self._show_arrival()

    def _show_arrival(self) -> None:
        """Once the arrival is recorded it is only shown, as one line."""
        arrived = self.record.arrived_at
        self.arrival.setVisible(arrived is None)
        self.arrived_note.setVisible(arrived is not None)
        if arrived is not None:
            self.arrived_note.setText(
                self.tr("Arrived at {time}").format(time=local_minute(arrived))
            )

    def arrival_time(self) -> datetime:
        """The minute picked; the current minute means "now" (an order recorded seconds ago
        must not look as if the technician came before it)."""
        picked, now = edit_value(self.arrived_at), datetime.now(UTC)
        return now if timedelta(0) <= now - picked < timedelta(minutes=1) else picked

    def arrival_input(self) -> ArrivalInput:
        if not self.new_time.isChecked():
            return ArrivalInput(self.arrival_time())
        start, end = self.new_window.values()
        return ArrivalInput(self.arrival_time(), start, end, self.reason.text().strip())

    def agreement_input(self) -> AgreementInput | None:
        text = self.limit.text().strip()
        limit = parse_yuan(text) if text else 0
        if limit is None:
            self.errors.show("fee_limit_fen", self.tr("Enter the cost limit in yuan, e.g. 200.00."))
            return None
        return AgreementInput(self.fees.lines(), limit)

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        agreement = self.agreement_input()
        if agreement is None:
            return
        repairs, order_id = self._services.repairs, self.record.id
        try:
            if self.record.arrived_at is None:
                self.record = repairs.arrive(order_id, self.arrival_input())
                self._show_arrival()
            self.record = repairs.propose_fees(order_id, agreement)
            if self.agreed.isChecked():
                self.record = repairs.agree_fees(order_id)
                if self.record.state in (RepairState.SCHEDULED, RepairState.WAITING_PARTS):
                    self.record = repairs.start_work(order_id)
        except ValidationError as exc:
            field = "fees" if exc.field in FEE_FIELDS else exc.field
            if not self.errors.show(field, repair_error_text(exc)):
                self._show(repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def summary(self) -> str:
        """What the room says afterwards."""
        if self.record.fees_agreed_at is not None:
            return self.tr("Fees of {amount} yuan agreed; the work has started.").format(
                amount=yuan(self.record.lines_fen)
            )
        return self.tr("Fees shown; the customer's agreement is still needed.")
