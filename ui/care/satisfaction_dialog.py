"""Record a satisfaction answer at the desk: CSAT 1-5 and/or NPS 0-10, for a customer found with
the shared search or anonymous, with where it was asked and a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.care.schemas import SatisfactionInput
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.care_words import survey_sources
from ui.customers.customer_finder import CustomerFinder
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


def score(text: str, field: str) -> int | None:
    """Empty = not asked; anything but a whole number is refused next to the field."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(field, "invalid")
    return int(text)


class SatisfactionDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfaction_dialog")
        self.setWindowTitle(self.tr("Record satisfaction"))
        self._services = services
        self.customer_id = ""
        self.saved_id = ""
        self.errors = FieldErrors()
        self.finder = CustomerFinder(services.directory, self.tr("Find &customer:"))
        self.finder.chosen.connect(self._chosen)
        self.chosen = QLabel(self.tr("No customer chosen (Enter on a hit)."))
        self.chosen.setObjectName("satisfaction_customer")
        self.anonymous = QCheckBox(self.tr("A&nonymous"))
        self.anonymous.toggled.connect(self.finder.setDisabled)
        self.source = QComboBox()
        for code, text in survey_sources():
            self.source.addItem(text, code)
        self.csat = QLineEdit()
        self.csat.setObjectName("satisfaction_csat")
        self.csat.setPlaceholderText(self.tr("1 (very unhappy) to 5 (very happy)"))
        self.nps = QLineEdit()
        self.nps.setObjectName("satisfaction_nps")
        self.nps.setPlaceholderText(self.tr("0 (never) to 10 (certainly)"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Customer:"), self.chosen, "customer_id")
        form.addRow("", self.anonymous)
        self.errors.add_row(form, self.tr("&Asked:"), self.source, "source")
        self.errors.add_row(form, self.tr("&Satisfaction (CSAT):"), self.csat, "csat")
        self.errors.add_row(form, self.tr("&Would recommend us (NPS):"), self.nps, "nps")
        self.errors.add_row(form, self.tr("C&omment:"), self.comment, "comment")
        self.message = message_label("satisfaction_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        self.resize(560, 620)

    def _chosen(self, customer_id: str) -> None:
        self.customer_id = customer_id
        hit = self.finder.selected()
        self.chosen.setText(f"{hit.number}  {hit.name}" if hit is not None else customer_id)
        self.csat.setFocus()

    def input(self) -> SatisfactionInput:
        anonymous = self.anonymous.isChecked()
        if not anonymous and not self.customer_id:
            raise ValidationError("customer_id", "required")
        return SatisfactionInput(
            source=str(self.source.currentData()),
            customer_id=None if anonymous else self.customer_id,
            csat=score(self.csat.text(), "csat"),
            nps=score(self.nps.text(), "nps"),
            comment=self.comment.toPlainText().strip(),
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.saved_id = self._services.care.record_satisfaction(self.input())
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
