"""消费记录: department, items, the amount in yuan (two decimals, turned into fen), payment
method; the member's tier discount is shown before saving. The receipt prints afterwards."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.schemas import CardRecord, yuan
from app.members.settings import DEFAULT_DEPARTMENTS
from app.points.records import PAYMENT_METHODS, ConsumptionInput, ConsumptionRecord
from app.services import Services
from ui.member_messages import payment_texts
from ui.messages import error_text, field_error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

AMOUNT_PATTERN = r"\d{1,9}(\.\d{0,2})?"


def parse_yuan(text: str) -> int | None:
    """ "123.45" -> 12345 fen (exact, no float); None when it is not an amount."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not re.fullmatch(AMOUNT_PATTERN, cleaned):
        return None
    return int(Decimal(cleaned) * 100)


def _departments(services: Services) -> tuple[str, ...]:
    """The venue's departments from the membership settings (the defaults if unreadable)."""
    try:
        return services.membership.settings().departments
    except DomainError:
        return DEFAULT_DEPARTMENTS


class ConsumptionDialog(QDialog):
    def __init__(
        self,
        services: Services,
        card: CardRecord | None,
        discount_percent: int = 0,
        parent: QWidget | None = None,
        customer_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consumption_dialog")
        self.setWindowTitle(self.tr("Record a consumption"))
        self._services = services
        self._card = card
        self._percent = discount_percent
        self._customer_id = customer_id or None  # a customer without a card, else a walk-in
        self.record: ConsumptionRecord | None = None
        self.errors = FieldErrors()
        self.department = QComboBox()
        self.department.setObjectName("consumption_department")
        self.department.addItems(list(_departments(services)))
        self.items = QLineEdit()
        self.items.setObjectName("consumption_items")
        self.amount = QLineEdit()
        self.amount.setObjectName("consumption_amount")
        self.amount.setPlaceholderText("0.00")
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN)))
        self.amount.textChanged.connect(self._update_discount)
        self.payment = QComboBox()
        for code in PAYMENT_METHODS:
            if code != "points" or card is not None:
                self.payment.addItem(payment_texts()[code], code)
        self.discount = QLabel()
        self.discount.setObjectName("consumption_discount")
        who = self.tr("Customer without an active card (no points)") if customer_id else ""
        member = QLabel(
            f"{card.member_name}  {card.card_no}  {card.tier_name}"
            if card
            else who or self.tr("Walk-in")
        )
        form = QFormLayout()
        form.addRow(self.tr("Member:"), member)
        self.errors.add_row(form, self.tr("&Department"), self.department, "department")
        self.errors.add_row(form, self.tr("&Items or service"), self.items, "items")
        self.errors.add_row(form, self.tr("&Amount (yuan)"), self.amount, "amount_fen")
        self.errors.add_row(form, self.tr("&Payment method"), self.payment, "payment_method")
        form.addRow(self.tr("Discount:"), self.discount)
        self.message = message_label("consumption_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Record"), self.tr("Cancel")))
        self.setMinimumWidth(480)
        self._update_discount()
        self.items.setFocus()

    def _update_discount(self) -> None:
        fen = parse_yuan(self.amount.text()) or 0
        off = fen * self._percent // 100
        self.discount.setText(
            self.tr("Tier discount {percent}%: {off} yuan off, to pay {paid} yuan").format(
                percent=self._percent, off=yuan(off), paid=yuan(fen - off)
            )
        )

    def input(self) -> ConsumptionInput | None:
        fen = parse_yuan(self.amount.text())
        if fen is None:
            self.errors.show("amount_fen", field_error_text("amount_fen", "invalid"))
            return None
        return ConsumptionInput(
            self.department.currentText().strip(),
            self.items.text().strip(),
            fen,
            str(self.payment.currentData()),
            card_no=self._card.card_no if self._card else "",
            customer_id=None if self._card else self._customer_id,
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.input()
        if data is None:
            return
        try:
            self.record = self._services.consumption.record(data)
        except ValidationError as exc:
            if not self.errors.show(exc.field, error_text(exc)):
                self._show(error_text(exc))
            return
        except DomainError as exc:
            self._show(error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
