"""Add a staff account, or change one's role, active flag or password (admin only)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.security.permissions import Role
from app.staff.service import StaffInput, StaffService, StaffSummary
from ui.labels import role_text
from ui.messages import error_text, field_error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


@dataclass(frozen=True)
class StaffEdit:
    role: str
    active: bool
    password: str | None


class StaffDialog(QDialog):
    def __init__(
        self,
        staff: StaffService,
        existing: StaffSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._existing = existing
        self.saved: StaffSummary | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(
            self.tr("Add staff member") if existing is None else self.tr("Edit staff member")
        )
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setReadOnly(existing is not None)
        self.display_name = QLineEdit(existing.display_name if existing else "")
        self.display_name.setReadOnly(existing is not None)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role.value), role.value)
        self.role.setCurrentIndex(
            max(0, self.role.findData(existing.role if existing else "reception"))
        )
        self.active = QCheckBox(self.tr("Account &active"))
        self.active.setChecked(existing.active if existing else True)
        self.active.setVisible(existing is not None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        if existing is not None:
            self.password.setPlaceholderText(self.tr("Leave empty to keep the password"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Username:"), self.username, "username")
        self.errors.add_row(form, self.tr("&Display name:"), self.display_name, "display_name")
        self.errors.add_row(form, self.tr("&Role:"), self.role, "role")
        form.addRow("", self.active)
        self.errors.add_row(form, self.tr("&Password:"), self.password, "password")
        self.errors.add_row(
            form, self.tr("Password a&gain:"), self.password_again, "password_again"
        )
        self.message = message_label("staff_message")
        buttons = ok_cancel(self, self.tr("&Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        if self.password.text() != self.password_again.text():
            self.errors.show("password_again", field_error_text("password_again", "mismatch"))
            return
        try:
            self.saved = self._save()
        except ValidationError as exc:
            if not self.errors.show(exc.field, error_text(exc)):
                self._show_message(error_text(exc))
            return
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        super().accept()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _save(self) -> StaffSummary:
        role = str(self.role.currentData())
        if self._existing is None:
            data = StaffInput(
                self.username.text(), self.display_name.text(), role, self.password.text()
            )
            return self._staff.create(data)
        edit = StaffEdit(role, self.active.isChecked(), self.password.text() or None)
        return self._staff.update(
            self._existing.id, role=edit.role, active=edit.active, password=edit.password
        )
