"""Small questions the customer screens ask: a reason, what to do about a duplicate, and the
strong confirmation an erasure needs."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.schemas import DuplicateMatch
from ui.messages import field_error_text
from ui.widgets.field_errors import message_label, ok_cancel


class ReasonDialog(QDialog):
    """One line of reason; OK stays refused while a required reason is empty."""

    def __init__(
        self, title: str, prompt: str, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._required = required
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        self.message = message_label("reason_message")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&OK"), self.tr("Cancel")))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self._required and not self.reason.text().strip():
            self.message.setText(field_error_text("reason", "required"))
            self.message.show()
            return
        super().accept()


def ask_reason(
    parent: QWidget | None, title: str, prompt: str, required: bool = True
) -> str | None:
    """The reason typed, or None when cancelled."""
    dialog = ReasonDialog(title, prompt, required, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason.text().strip()


class DuplicateChoice(Enum):
    OPEN_EXISTING = "open_existing"
    CREATE_ANYWAY = "create_anyway"
    BACK = "back"


def matched_on_text(matched_on: str) -> str:
    if matched_on == "id_number":
        return QCoreApplication.translate("DuplicatePrompt", "same ID number")
    return QCoreApplication.translate("DuplicatePrompt", "same phone")


class DuplicatePrompt(QDialog):
    """Shown when a new file shares a phone or ID number with existing ones."""

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_prompt")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.choice = DuplicateChoice.BACK
        intro = QLabel(self.tr("A customer file with the same phone or ID number already exists:"))
        intro.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("duplicate_matches")
        for match in matches:
            text = f"{match.number}  {match.name}  ({matched_on_text(match.matched_on)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, match.customer_id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.matches.itemActivated.connect(
            lambda _item: self._choose(DuplicateChoice.OPEN_EXISTING)
        )
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open the existing file"))
        self.open_button.setDefault(True)
        self.create_button = QPushButton(self.tr("&Create a new file anyway"))
        back = QPushButton(self.tr("&Back to editing"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(lambda: self._choose(DuplicateChoice.OPEN_EXISTING))
        self.create_button.clicked.connect(lambda: self._choose(DuplicateChoice.CREATE_ANYWAY))
        back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.matches, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def selected_id(self) -> str:
        item = self.matches.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _choose(self, choice: DuplicateChoice) -> None:
        self.choice = choice
        self.accept()


class EraseConfirmDialog(QDialog):
    """PIPL erasure cannot be undone: the manager types the customer number and a reason."""

    def __init__(self, number: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erase_confirm")
        self.setWindowTitle(self.tr("Erase personal information"))
        self._number = number
        warning = QLabel(
            self.tr(
                "This erases the name, phones, ID, notes and all attachments of customer file "
                "{number} ({name}). Business records stay, anonymised. It cannot be undone."
            ).format(number=number, name=name)
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.typed_number = QLineEdit()
        self.typed_number.setObjectName("erase_number")
        self.reason = QLineEdit()
        self.reason.setObjectName("erase_reason")
        form = QFormLayout()
        number_label = QLabel(self.tr("Type the customer &number to confirm:"))
        number_label.setBuddy(self.typed_number)
        reason_label = QLabel(self.tr("&Reason (the customer's request):"))
        reason_label.setBuddy(self.reason)
        form.addRow(number_label, self.typed_number)
        form.addRow(reason_label, self.reason)
        self.message = message_label("erase_message")
        self.buttons = ok_cancel(self, self.tr("&Erase"), self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if self.typed_number.text().strip() != self._number:
            self.message.setText(
                self.tr("The number typed is not {number}.").format(number=self._number)
            )
            self.message.show()
            return
        if not self.reason.text().strip():
            self.message.setText(field_error_text("reason", "required"))
            self.message.show()
            return
        super().accept()
