"""Sign in at the desk: username and password; wrong password and lock-out worded apart."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.security.audit import Actor
from app.staff.service import StaffService
from ui.widgets.field_errors import ok_cancel
from ui.widgets.sign_in_form import SignInForm


class SignInDialog(QDialog):
    def __init__(
        self,
        staff: StaffService,
        venue_name: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FrontDesk - Sign in"))
        self.actor: Actor | None = None
        self.form = SignInForm(staff, username, self, submit_on_enter=False)
        heading = QLabel(venue_name)
        heading.setObjectName("venue_heading")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        buttons = ok_cancel(self, self.tr("&Sign in"), self.tr("&Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.form.focus_first_empty()

    def accept(self) -> None:
        actor = self.form.attempt()
        if actor is not None:
            self.actor = actor
            super().accept()
