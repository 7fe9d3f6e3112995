"""Care settings (managers): dormancy, classification thresholds (spend in yuan), how far ahead
birthdays show, win-back, follow-up calls after a purchase, complaint or repair, and the call
schedule per member tier. Errors show next to the field; what was typed stays."""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.care.settings import CareSettings
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.care_words import follow_up_texts, settings_field_texts
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

YUAN_FIELDS = ("vip_spend_fen", "diamond_spend_fen")


def _spin(maximum: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(f"care_{name}")
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    return box


class CareSettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_settings_dialog")
        self.setWindowTitle(self.tr("Care settings"))
        self._services = services
        self.errors = FieldErrors()
        self.current = services.care.settings()
        self.fields: dict[str, QSpinBox] = {}
        classes = QFormLayout()
        for name, label in settings_field_texts().items():
            box = _spin(100_000_000 if name in YUAN_FIELDS else 36_500, name)
            self.fields[name] = box
            self.errors.add_row(classes, label, box, name)
        self.follow_up: dict[str, QSpinBox] = {}
        calls = QFormLayout()
        for code, label in follow_up_texts().items():
            self.follow_up[code] = _spin(3650, f"follow_up_{code}")
            calls.addRow(label, self.follow_up[code])
        calls.addRow(self.errors.error_label("follow_up_days"))
        self.tier_calls: dict[str, QSpinBox] = {}
        for code, name in self._tiers().items():
            self.tier_calls[code] = _spin(3650, f"tier_call_{code}")
            calls.addRow(
                QCoreApplication.translate(
                    "CareSettingsDialog", "{tier}: call every (days, 0 = never)"
                ).format(tier=name),
                self.tier_calls[code],
            )
        calls.addRow(self.errors.error_label("tier_call_days"))
        left, right = QGroupBox(self.tr("Classes and lists")), QGroupBox(self.tr("Calls"))
        left.setLayout(classes)
        right.setLayout(calls)
        columns = QHBoxLayout()
        columns.addWidget(left)
        columns.addWidget(right)
        self.message = message_label("care_settings_message")
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        self._fill(self.current)

    def _tiers(self) -> dict[str, str]:
        """Member tiers by code (the schedule is per tier); the saved codes at least."""
        tiers = {code: code for code in self.current.tier_call_days}
        with contextlib.suppress(DomainError):
            tiers.update({t.code: t.name for t in self._services.membership.tiers()})
        return tiers

    def _fill(self, s: CareSettings) -> None:
        for name, box in self.fields.items():
            value = getattr(s, name)
            box.setValue(value // 100 if name in YUAN_FIELDS else value)
        for code, box in self.follow_up.items():
            box.setValue(s.follow_up_days.get(code, 0))
        for code, box in self.tier_calls.items():
            box.setValue(s.tier_call_days.get(code, 0))

    def input(self) -> CareSettings:
        values: dict[str, object] = {
            name: box.value() * 100 if name in YUAN_FIELDS else box.value()
            for name, box in self.fields.items()
        }
        values["follow_up_days"] = {c: b.value() for c, b in self.follow_up.items()}
        values["tier_call_days"] = {c: b.value() for c, b in self.tier_calls.items()}
        return dataclasses.replace(self.current, **values)  # type: ignore[arg-type]

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.current = self._services.care.update_settings(self.input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, care_error_text(exc)):
                self._show(care_error_text(exc))
            return
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
