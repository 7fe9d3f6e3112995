"""The venue's repair settings: how the three-part order prints (one sheet or three pages), the
share of closed orders drawn for follow-up calls, the lateness grace, and the order numbers."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.repairs.schemas import RepairSettings
from app.services import Services
from ui.customers.file_tabs import combo, select_data
from ui.members.members_room import NOTE_STYLE
from ui.repairs.repair_messages import layout_texts, repair_error_text
from ui.widgets.field_errors import FieldErrors, message_label


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class RepairSettingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repair_settings_page")
        self._services = services
        self.current = RepairSettings()
        self.errors = FieldErrors()
        self.print_layout = combo([(text, code) for code, text in layout_texts().items()])
        self.print_layout.setObjectName("settings_print_layout")
        self.followup_share = _spin(1, 100, " %")
        self.followup_share.setObjectName("settings_followup_share")
        self.late_grace = _spin(0, 240, self.tr(" min"))
        self.remind_before = _spin(0, 24 * 60, self.tr(" min"))
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(6)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("print_layout", self.tr("&Print layout of the order"), self.print_layout),
            (
                "followup_share_pct",
                self.tr("&Follow-up share of closed orders"),
                self.followup_share,
            ),
            ("late_grace_minutes", self.tr("&Late after the window by"), self.late_grace),
            (
                "remind_before_minutes",
                self.tr("&Remind before the appointment"),
                self.remind_before,
            ),
            ("number_prefix", self.tr("Order number &prefix"), self.prefix),
        ]
        for field, label, widget in rows:
            self.errors.add_row(form, label, widget, field)
        save = QPushButton(self.tr("&Save settings"))
        save.setObjectName("repair_settings_save")
        save.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = message_label("repair_settings_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def reload(self) -> None:
        self.message.hide()
        try:
            self.current = self._services.repairs.settings()
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        select_data(self.print_layout, self.current.print_layout)
        self.followup_share.setValue(self.current.followup_share_pct)
        self.late_grace.setValue(self.current.late_grace_minutes)
        self.remind_before.setValue(self.current.remind_before_minutes)
        self.prefix.setText(self.current.number_prefix)

    def settings_input(self) -> RepairSettings:
        return dataclasses.replace(
            self.current,
            print_layout=str(self.print_layout.currentData()),
            followup_share_pct=self.followup_share.value(),
            late_grace_minutes=self.late_grace.value(),
            remind_before_minutes=self.remind_before.value(),
            number_prefix=self.prefix.text().strip(),
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.note.clear()
        try:
            self.current = self._services.repairs.save_settings(self.settings_input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, repair_error_text(exc)):
                self._show(repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.note.setText(self.tr("Repair settings saved."))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
