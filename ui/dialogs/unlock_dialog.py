"""Unlock the venue's data with the venue passphrase, or with the printed recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, VaultDamaged
from app.security.keys import VaultKeys
from app.venue import Venue
from ui.busy import busy_cursor
from ui.english_leaks import TECHNICAL_TOOLTIP
from ui.messages import error_text
from ui.widgets.field_errors import message_label, ok_cancel


class UnlockDialog(QDialog):
    """On success `keys` holds the unlocked vault; nothing is loaded before that."""

    def __init__(self, venue: Venue, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._venue = venue
        self.keys: VaultKeys | None = None
        self.recovery_mode = False
        self.setWindowTitle(self.tr("FrontDesk - Unlock venue data"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setToolTip(detail)  # the technical reason, for support
        self.intro.setProperty(TECHNICAL_TOOLTIP, True)
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        self.message = message_label("unlock_message")
        self.switch = QPushButton()
        self.switch.setObjectName("switch_mode")
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.toggle_mode)
        buttons = ok_cancel(self, self.tr("&Unlock"), self.tr("&Quit"))
        buttons.addButton(self.switch, QDialogButtonBox.ButtonRole.ResetRole)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        layout = QVBoxLayout(self)
        heading = QLabel(venue.venue_name)
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._show_mode()

    def _show_mode(self) -> None:
        if self.recovery_mode:
            self.intro.setText(
                self.tr(
                    "Type the recovery key from the sealed recovery sheet "
                    "(groups of four letters and digits)."
                )
            )
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.switch.setText(self.tr("Use the venue &passphrase"))
        else:
            self.intro.setText(
                self.tr(
                    "The system keychain holds no key for this venue. "
                    "Type the venue passphrase to open the customer data."
                )
            )
            self.secret_label.setText(self.tr("Venue &passphrase:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.switch.setText(self.tr("Use the &recovery key"))
        self.secret.clear()
        self.message.hide()
        self.secret.setFocus()

    def toggle_mode(self) -> None:
        self.recovery_mode = not self.recovery_mode
        self._show_mode()

    def accept(self) -> None:
        secret = self.secret.text()
        try:
            with busy_cursor():
                if self.recovery_mode:
                    self.keys = self._venue.unlock_with_recovery_key(secret)
                else:
                    self.keys = self._venue.unlock_with_passphrase(secret)
        except DomainError as exc:
            # A damaged file and a wrong secret read differently: retyping cannot fix damage.
            self.message.setText(error_text(exc))
            self.message.setProperty(
                "kind", "damaged" if isinstance(exc, VaultDamaged) else exc.code
            )
            self.message.show()
            self.secret.selectAll()
            self.secret.setFocus()
            return
        super().accept()
