"""The venue's loan limit (files back within N days; 3 by the policy) for duty managers, in the
corner of the lending room: every application's return date is checked against it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from app.errors import DomainError
from app.lending.register import MAX_LOAN_DAYS
from app.services import Services
from ui.lending.lending_messages import lending_error_text


class LoanLimitBox(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loan_limit_box")
        self._services = services
        self.days = QSpinBox()
        self.days.setObjectName("loan_limit_days")
        self.days.setRange(1, MAX_LOAN_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(services.lending.loan_limit())
        label = QLabel(self.tr("Files back &within:"))
        label.setBuddy(self.days)
        self.save_button = QPushButton(self.tr("Save limit"))
        self.save_button.setObjectName("loan_limit_save")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("loan_limit_message")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        for widget in (label, self.days, self.save_button, self.message):
            row.addWidget(widget)

    def save(self) -> bool:
        try:
            self._services.lending.set_loan_limit(self.days.value())
        except DomainError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(lending_error_text(exc))
            return False
        self.message.setStyleSheet("color: #1e6b34;")
        self.message.setText(self.tr("Saved."))
        return True
