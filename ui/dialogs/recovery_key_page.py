"""The last wizard page: the recovery key, shown this one time, to print and lock away."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.forms.recovery_sheet import RecoverySheet, render_recovery_sheet
from app.setup import VenueSetupResult
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog, save_pdf_as
from ui.english_leaks import TECHNICAL_TOOLTIP
from ui.widgets.field_errors import ERROR_STYLE

MONO_FAMILY = "WenQuanYi Micro Hei Mono"


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery key"))
        self._result: VenueSetupResult | None = None
        self._pdf: bytes | None = None
        intro = QLabel(
            self.tr(
                "The venue is ready. If the passphrase is ever forgotten, this recovery key is "
                "the only way to open the customer data. It is shown only this once: print the "
                "recovery sheet, seal it in an envelope and keep it in the safe."
            )
        )
        intro.setWordWrap(True)
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        font = QFont(MONO_FAMILY)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(17)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("padding: 12px; border: 2px solid #444; background: #fffbe6;")
        self.key_id = QLabel()
        self.key_id.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(ERROR_STYLE)
        self.keyring_note.hide()
        print_button = QPushButton(self.tr("&Print recovery sheet..."))
        print_button.setObjectName("print_recovery_sheet")
        print_button.clicked.connect(self.preview)
        save_button = QPushButton(self.tr("&Save as PDF..."))
        save_button.setObjectName("save_recovery_sheet")
        save_button.clicked.connect(self.save)
        self.confirm = QCheckBox(self.tr("I have &kept the recovery key safe"))
        self.confirm.setObjectName("confirm_saved")
        self.registerField("recovery_saved*", self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(self.key_id)
        layout.addLayout(buttons)
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def show_result(self, result: VenueSetupResult) -> None:
        self._result = result
        self._pdf = None
        self.key.setText(result.recovery_key)
        self.key_id.setText(self.tr("Key ID: {key_id}").format(key_id=result.key_id))
        if result.keyring_refusal:
            self.keyring_note.setText(
                self.tr(
                    "This PC has no usable system keychain, so FrontDesk will ask for "
                    "the venue passphrase at each start."
                )
            )
            self.keyring_note.setToolTip(result.keyring_refusal)  # for IT support, as written
            self.keyring_note.setProperty(TECHNICAL_TOOLTIP, True)
            self.keyring_note.show()
        else:
            self.keyring_note.hide()

    def sheet_pdf(self) -> bytes:
        if self._pdf is None:
            result = self._result
            if result is None:
                raise RuntimeError("no venue has been created yet")
            sheet = RecoverySheet(
                result.venue.venue_name,
                result.venue_id,
                result.key_id,
                result.recovery_key,
                date.today(),
            )
            self._pdf = render_recovery_sheet(sheet)
        return self._pdf

    def _file_name(self) -> str:
        return f"recovery-sheet-{self._result.key_id if self._result else 'venue'}.pdf"

    def preview(self) -> None:
        dialog = PdfPreviewDialog(
            self.sheet_pdf(), self.tr("Recovery sheet"), self._file_name(), parent=self
        )
        dialog.exec()

    def save(self) -> None:
        save_pdf_as(self, self.sheet_pdf(), self._file_name())
