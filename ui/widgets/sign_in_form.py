"""Username + password with the refusal shown under them; used by the sign-in dialog and the
lock screen (after "sign out", another person signs in there)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import DomainError
from app.security.audit import Actor
from app.staff.service import StaffService
from ui.messages import error_text
from ui.widgets.field_errors import message_label


class SignInForm(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        staff: StaffService,
        username: str = "",
        parent: QWidget | None = None,
        *,
        submit_on_enter: bool = True,
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = message_label("sign_in_message")
        form = QFormLayout(self)
        user_label = QLabel(self.tr("&Username:"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Password:"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)
        form.addRow(self.message)
        if submit_on_enter:  # in a dialog, Enter presses the default button instead
            self.password.returnPressed.connect(self.attempt)

    def focus_first_empty(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def attempt(self) -> Actor | None:
        """Try to sign in with what was typed; the username stays, the password is cleared."""
        try:
            actor = self._staff.sign_in(self.username.text(), self.password.text())
        except DomainError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return None
        self.message.hide()
        self.password.clear()
        self.signed_in.emit(actor)
        return actor
