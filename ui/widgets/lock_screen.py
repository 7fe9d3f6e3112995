"""What the desk shows while locked: no customer data, only who locked it and how to come back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.security.audit import Actor
from app.staff.service import StaffService
from ui.messages import error_text
from ui.widgets.field_errors import message_label
from ui.widgets.sign_in_form import SignInForm


class LockScreen(QWidget):
    """Page 0: the same staff member types the password. Page 1: after signing out, anyone."""

    unlocked = Signal(object)  # Actor, same person
    signed_in = Signal(object)  # Actor, possibly someone else
    signing_out = Signal()

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self._username = ""
        self.title = QLabel(self.tr("The desk is locked"))
        self.title.setObjectName("lock_title")
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setObjectName("lock_who")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.message = message_label("lock_message")
        unlock = QPushButton(self.tr("&Unlock"))
        unlock.setObjectName("unlock_button")
        unlock.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("Sign &out (another person signs in)"))
        switch.setObjectName("sign_out_button")
        switch.clicked.connect(self.sign_out)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._locked_page(unlock, switch))
        self.form = SignInForm(staff, "", self)
        self.form.signed_in.connect(self._signed_in)
        sign_in = QPushButton(self.tr("&Sign in"))
        sign_in.clicked.connect(self.form.attempt)
        self.pages.addWidget(
            self._column(QLabel(self.tr("Sign in to open the desk.")), self.form, sign_in)
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pages)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _column(self, *widgets: QWidget) -> QWidget:
        frame = QFrame()
        frame.setFixedWidth(420)
        column = QVBoxLayout(frame)
        for widget in widgets:
            column.addWidget(widget)
        return frame

    def _locked_page(self, unlock: QPushButton, switch: QPushButton) -> QWidget:
        return self._column(self.who, self.password, self.message, unlock, switch)

    def show_locked(self, actor: Actor) -> None:
        self._username = actor.username
        self.who.setText(
            self.tr("Locked by {name}. Type your password to go on.").format(
                name=actor.display_name or actor.username
            )
        )
        self.password.clear()
        self.message.hide()
        self.pages.setCurrentIndex(0)
        self.password.setFocus()

    def show_sign_in(self) -> None:
        self.pages.setCurrentIndex(1)
        self.form.username.clear()
        self.form.password.clear()
        self.form.focus_first_empty()

    def unlock(self) -> None:
        try:
            actor = self._staff.unlock(self.password.text())
        except DomainError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.unlocked.emit(actor)

    def sign_out(self) -> None:
        self.signing_out.emit()
        self._staff.sign_out()
        self.show_sign_in()

    def _signed_in(self, actor: Actor) -> None:
        self.signed_in.emit(actor)
