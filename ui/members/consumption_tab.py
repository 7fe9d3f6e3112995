"""The customer file's 消费 tab: the customer's purchases, newest first; a duty manager can
reverse one (with a reason): earned points come back out, points paid go back in, and the
record stays, marked reversed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.members.schemas import yuan
from app.points.records import ConsumptionRecord
from app.security.permissions import Permission
from app.services import Services
from ui.customers.prompts import ReasonDialog
from ui.labels import yes_no
from ui.member_messages import payment_texts
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel, _Index
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

translate = QCoreApplication.translate  # a plain name lupdate finds

REVERSED_COLOUR = QColor("#8a8a8a")
NOTE_STYLE = "color: #1e6b34;"


def consumption_columns() -> list[Column[ConsumptionRecord]]:
    return [
        Column(
            lambda: translate("MemberTabs", "Date"),
            lambda r: r.day.isoformat(),
            lambda r: r.receipt_no,
        ),
        Column(lambda: translate("MemberTabs", "Receipt"), lambda r: r.receipt_no),
        Column(lambda: translate("MemberTabs", "Department"), lambda r: r.department),
        Column(lambda: translate("MemberTabs", "Items"), lambda r: r.items),
        Column(
            lambda: translate("MemberTabs", "Amount"),
            lambda r: yuan(r.amount_fen),
            lambda r: r.amount_fen,
        ),
        Column(
            lambda: translate("MemberTabs", "Discount"),
            lambda r: yuan(r.discount_fen),
            lambda r: r.discount_fen,
        ),
        Column(
            lambda: translate("MemberTabs", "Paid"),
            lambda r: yuan(r.paid_fen),
            lambda r: r.paid_fen,
        ),
        Column(
            lambda: translate("MemberTabs", "Payment"),
            lambda r: payment_texts().get(r.payment_method, ""),
        ),
        Column(
            lambda: translate("MemberTabs", "Points"),
            lambda r: str(r.points_earned - r.points_paid),
        ),
        Column(lambda: translate("MemberTabs", "Reversed"), lambda r: yes_no(r.reversed)),
    ]


class ConsumptionModel(RowTableModel[ConsumptionRecord]):
    """Reversed purchases are greyed: they stay on record but count for nothing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(consumption_columns(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        greyed = role == Qt.ItemDataRole.ForegroundRole and index.isValid()
        if greyed and index.row() < self.rowCount() and self.row_at(index.row()).reversed:
            return QBrush(REVERSED_COLOUR)
        return super().data(index, role)


class ConsumptionTab(QWidget):
    def __init__(self, services: Services, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        self.loaded = False
        self.model = ConsumptionModel(self)
        self.view, self.proxy = make_table(self.model, self, Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        self.view.setObjectName("consumption_tab")
        self.note = QLabel()
        self.note.setObjectName("consumption_tab_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.message = message_label("consumption_tab_message")
        self.reverse_button: QPushButton | None = None
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        if services.desk.can(Permission.REVERSE_CONSUMPTION):
            self.reverse_button = QPushButton(translate("MemberTabs", "Re&verse consumption..."))
            self.reverse_button.setObjectName("consumption_reverse")
            self.reverse_button.setAutoDefault(False)
            self.reverse_button.clicked.connect(self.reverse_selected)
            row.addWidget(self.reverse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def reload(self) -> None:
        try:
            self.model.set_rows(self._services.consumption.consumptions_of(self._customer_id))
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.loaded = True
        self.view.resizeColumnsToContents()

    def selected(self) -> ConsumptionRecord | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def reason_dialog(self, record: ConsumptionRecord) -> ReasonDialog:
        prompt = translate(
            "MemberTabs",
            "Why is receipt {no} ({paid} yuan, {items}) reversed? Its points are taken back.",
        ).format(no=record.receipt_no, paid=yuan(record.paid_fen), items=record.items)
        return ReasonDialog(translate("MemberTabs", "Reverse consumption"), prompt, parent=self)

    def reverse_selected(self) -> None:
        self.message.hide()
        self.note.clear()
        record = self.selected()
        if record is None:
            self._show(translate("MemberTabs", "Select a consumption in the list first."))
            return
        if record.reversed:
            self._show(error_text(DomainError("reversed", code="already_reversed")))
            return
        dialog = self.reason_dialog(record)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            done = self._services.consumption.reverse(record.receipt_no, dialog.reason.text())
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.reload()
        text = translate("MemberTabs", "Receipt {no} reversed.").format(no=done.receipt_no)
        if done.card_no:
            text += " " + translate("MemberTabs", "Card {card} now holds {points} points.").format(
                card=done.card_no, points=done.balance_after
            )
        self.note.setText(text)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
