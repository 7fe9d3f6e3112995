"""The pages of the first-start wizard that collect input; the wizard validates and creates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.security.vault import MIN_PASSPHRASE_LENGTH
from ui.widgets.field_errors import FieldErrors

VENUE_PAGE, ADMIN_PAGE, PASSPHRASE_PAGE, BACKUP_PAGE, RECOVERY_PAGE = range(5)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class InputPage(QWizardPage):
    """A page whose fields report errors by the service's field names."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        label = QLabel(intro)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.error_label("create"))
        layout.addStretch(1)


class VenuePage(InputPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to FrontDesk"),
            self.tr(
                "FrontDesk keeps the venue's customer files encrypted on this PC. "
                "First, the name of the venue as it should appear on screens and printed forms."
            ),
        )
        self.venue_name = QLineEdit()
        self.venue_name.setObjectName("venue_name")
        self.errors.add_row(self.form, self.tr("Venue &name:"), self.venue_name, "venue_name")


class AdminPage(InputPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Administrator account"),
            self.tr(
                "The administrator manages staff accounts and settings. "
                "Each person at the desk later signs in with an own account."
            ),
        )
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = _password_edit()
        self.password.setObjectName("password")
        self.password_again = _password_edit()
        self.password_again.setObjectName("password_again")
        self.errors.add_row(self.form, self.tr("&Username:"), self.username, "username")
        self.errors.add_row(self.form, self.tr("&Display name:"), self.display_name, "display_name")
        self.errors.add_row(self.form, self.tr("&Password:"), self.password, "password")
        self.errors.add_row(
            self.form, self.tr("Password a&gain:"), self.password_again, "password_again"
        )


def passphrase_strength(text: str) -> int:
    """0 too short, 1 acceptable, 2 good, 3 strong: length counts most, then variety."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isascii() for c in text),
            any(c.isascii() and not c.isalnum() for c in text),
        )
    )
    score = 1 + (len(text) >= 14) + (len(text) >= 20 or kinds >= 3)
    return min(score, 3)


class PassphrasePage(InputPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Venue passphrase"),
            self.tr(
                "The venue passphrase protects all customer data. Normally the system keychain "
                "remembers it; it is asked when the keychain is missing or the data moves to "
                "another PC. Choose a long sentence that the owner can remember."
            ),
        )
        self.passphrase = _password_edit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase_again = _password_edit()
        self.passphrase_again.setObjectName("passphrase_again")
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.errors.add_row(self.form, self.tr("Venue &passphrase:"), self.passphrase, "passphrase")
        self.form.addRow("", self.strength)
        self.errors.add_row(
            self.form, self.tr("Passphrase a&gain:"), self.passphrase_again, "passphrase_again"
        )
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength("")

    def _show_strength(self, text: str) -> None:
        words = [
            self.tr("Strength: too short (at least {n} characters)").format(
                n=MIN_PASSPHRASE_LENGTH
            ),
            self.tr("Strength: acceptable - longer is better"),
            self.tr("Strength: good"),
            self.tr("Strength: strong"),
        ]
        self.strength.setText(words[passphrase_strength(text)])


class BackupPage(InputPage):
    def __init__(self, default_dir: str) -> None:
        super().__init__(
            self.tr("Backup folder"),
            self.tr(
                "FrontDesk writes a verified backup every day and when it closes. "
                "A folder on a second disk or a USB drive kept in the office is best. "
                "Clicking Create venue sets up the encrypted store; this takes a few seconds."
            ),
        )
        self.setCommitPage(True)
        self.backup_dir = QLineEdit(default_dir)
        self.backup_dir.setObjectName("backup_dir")
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self._browse)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_dir, 1)
        row.addWidget(browse)
        self.errors.add_row(self.form, self.tr("Backup &folder:"), row_widget, "backup_dir")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_dir.text()
        )
        if chosen:
            self.backup_dir.setText(chosen)
