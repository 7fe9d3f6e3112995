"""A manager fixes a customer's value tier and/or activity, with a required reason; "automatic"
for both removes the override so the daily classification decides again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.care.schemas import ClassOverrideInput
from app.customers.schemas import Activity, ValueTier
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.customers.customer_finder import CustomerFinder
from ui.labels import activity_text, tier_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


def _combo(values: list[str], text: object, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("ClassOverrideDialog", "Automatic"), "")
    for value in values:
        combo.addItem(text(value), value)  # type: ignore[operator]
    return combo


class ClassOverrideDialog(QDialog):
    def __init__(
        self,
        services: Services,
        customer_id: str = "",
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("class_override_dialog")
        self.setWindowTitle(self.tr("Override customer class"))
        self._services = services
        self.customer_id = customer_id
        self.errors = FieldErrors()
        self.who = QLabel(name)
        self.who.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.finder: CustomerFinder | None = None
        self.value_tier = _combo([t.value for t in ValueTier], tier_text, "override_tier")
        self.activity = _combo([a.value for a in Activity], activity_text, "override_activity")
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr("Why the computed class does not fit"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Value tier:"), self.value_tier, "value_tier")
        self.errors.add_row(form, self.tr("&Activity:"), self.activity, "activity")
        self.errors.add_row(form, self.tr("&Reason:"), self.reason, "reason")
        self.message = message_label("override_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        if not customer_id:
            self.finder = CustomerFinder(services.directory, self.tr("&Customer:"))
            self.finder.chosen.connect(self._chosen)
            layout.addWidget(self.finder, 1)
            self.who.setText(self.tr("Choose a customer (Enter on a hit)."))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        self.resize(520, 480 if self.finder else 260)

    def _chosen(self, customer_id: str) -> None:
        self.customer_id = customer_id
        hit = self.finder.selected() if self.finder else None
        self.who.setText(hit.name if hit is not None else customer_id)
        self.reason.setFocus()

    def input(self) -> ClassOverrideInput:
        return ClassOverrideInput(
            customer_id=self.customer_id,
            value_tier=str(self.value_tier.currentData()),
            activity=str(self.activity.currentData()),
            reason=self.reason.text(),
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        if not self.customer_id:
            self._show(self.tr("Choose a customer first."))
            return
        try:
            self._services.care.override_class(self.input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, care_error_text(exc)):
                self._show(care_error_text(exc))
            return
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
