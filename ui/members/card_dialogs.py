"""Small questions of the members room: freeze dates with a reason, a gift to redeem, a
manager's points adjustment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.points.service import GiftRecord
from ui.messages import field_error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

MAX_ADJUST = 1_000_000


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.message = message_label("card_dialog_message")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        ok, cancel = (
            QCoreApplication.translate("CardDialogs", "&OK"),
            QCoreApplication.translate("CardDialogs", "Cancel"),
        )
        layout.addWidget(ok_cancel(self, ok, cancel))
        self.setMinimumWidth(420)

    def show_error(self, field: str, code: str) -> None:
        if not self.errors.show(field, field_error_text(field, code)):
            self.message.setText(field_error_text(field, code))
            self.message.show()

    def _reason_required(self, reason: QLineEdit) -> bool:
        if reason.text().strip():
            return True
        self.show_error("reason", "required")
        return False


class FreezeDialog(_Form):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Freeze member card"), parent)
        self.start = _date_edit(today)
        self.end = _date_edit(today + timedelta(days=30))
        self.reason = QLineEdit()
        self.errors.add_row(self.form, self.tr("&From"), self.start, "frozen_from")
        self.errors.add_row(self.form, self.tr("&To (inclusive)"), self.end, "frozen_to")
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")

    def dates(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def accept(self) -> None:
        self.errors.clear()
        if self._reason_required(self.reason):
            super().accept()


class RedeemDialog(_Form):
    def __init__(self, gifts: list[GiftRecord], balance: int, parent: QWidget | None = None):
        super().__init__(self.tr("Redeem a gift"), parent)
        self.gift = QComboBox()
        for gift in gifts:
            if gift.active:
                text = self.tr("{name} ({points} points, {stock} in stock)").format(
                    name=gift.name, points=gift.points_cost, stock=gift.stock
                )
                self.gift.addItem(text, gift.id)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 99)
        self.errors.add_row(self.form, self.tr("&Gift"), self.gift, "gift")
        self.errors.add_row(self.form, self.tr("&Quantity"), self.quantity, "quantity")
        self.form.addRow(self.tr("Balance:"), _label(str(balance)))

    def gift_id(self) -> int | None:
        data = self.gift.currentData()
        return int(data) if data is not None else None


class AdjustDialog(_Form):
    def __init__(self, balance: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust points (manager)"), parent)
        self.points = QSpinBox()
        self.points.setRange(-MAX_ADJUST, MAX_ADJUST)
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Balance:"), _label(str(balance)))
        self.errors.add_row(self.form, self.tr("&Points (+ or -)"), self.points, "points")
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")

    def accept(self) -> None:
        self.errors.clear()
        if self.points.value() == 0:
            self.show_error("points", "zero")
            return
        if self._reason_required(self.reason):
            super().accept()


def _label(text: str) -> QWidget:
    return QLabel(text)
