"""Venue settings (admins): name, auto-lock, backups, printer, language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.venue_settings import SettingsService, VenueSettings
from ui.messages import error_text
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors


class SettingsPage(QWidget):
    settings_saved = Signal(object)  # VenueSettings

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.errors = FieldErrors()
        self.venue_name = QLineEdit()
        self.auto_lock_minutes = QSpinBox()
        self.auto_lock_minutes.setRange(0, 999)  # the service owns the rule (1-240) and says so
        self.auto_lock_minutes.setSuffix(self.tr(" min"))
        self.backup_dir = QLineEdit()
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.choose_backup_dir)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(0, 9999)
        self.printer_name = QComboBox()
        self.printer_name.setEditable(True)
        self.printer_name.addItem("")
        self.printer_name.addItems(QPrinterInfo.availablePrinterNames())
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Venue &name:"), self.venue_name, "venue_name")
        self.errors.add_row(
            form, self.tr("Auto-&lock after:"), self.auto_lock_minutes, "auto_lock_minutes"
        )
        folder = QWidget()
        folder_row = QHBoxLayout(folder)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.backup_dir, 1)
        folder_row.addWidget(browse)
        self.errors.add_row(form, self.tr("Backup &folder:"), folder, "backup_dir")
        self.errors.add_row(form, self.tr("&Keep backups:"), self.backup_keep, "backup_keep")
        self.errors.add_row(form, self.tr("&Printer:"), self.printer_name, "printer_name")
        self.errors.add_row(form, self.tr("&Interface language:"), self.language, "language")
        note = QLabel(self.tr("A language change applies the next time FrontDesk starts."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("&Save settings"))
        save.setObjectName("save_settings")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addStretch(1)

    def reload(self) -> None:
        try:
            current = self._settings.get()
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return
        self.venue_name.setText(current.venue_name)
        self.auto_lock_minutes.setValue(current.auto_lock_minutes)
        self.backup_dir.setText(current.backup_dir)
        self.backup_keep.setValue(current.backup_keep)
        self.printer_name.setCurrentText(current.printer_name)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.errors.clear()
        self.message.clear()

    def choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_dir.text()
        )
        if chosen:
            self.backup_dir.setText(chosen)

    def read_input(self) -> VenueSettings:
        return VenueSettings(
            venue_name=self.venue_name.text(),
            auto_lock_minutes=self.auto_lock_minutes.value(),
            backup_dir=self.backup_dir.text().strip(),
            backup_keep=self.backup_keep.value(),
            language=str(self.language.currentData()),
            printer_name=self.printer_name.currentText().strip(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            saved = self._settings.update(self.read_input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, error_text(exc)):
                self._say(error_text(exc), error=True)
            else:
                self._say(self.tr("Not saved: please correct the marked field."), error=True)
            return
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Settings saved."), error=False)
        self.settings_saved.emit(saved)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
