"""会员卡 room: find a member by card number or search, see the card, and act on it: issue, renew,
freeze, unfreeze, report lost, replace, cancel (managers), print, record a consumption with its
receipt, redeem a gift, adjust points (managers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.members.schemas import CardRecord, yuan
from app.points.service import PointsEntryRecord
from app.security.permissions import Permission
from app.services import Services
from ui.customers.customer_finder import CustomerFinder
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.members.card_actions import CardActions
from ui.members.card_panel import LIVE, CardPanel, enabled_actions, points_columns
from ui.members.consumption_dialog import ConsumptionDialog
from ui.messages import error_text
from ui.models.row_model import RowTableModel
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

NOTE_STYLE = "color: #1e6b34;"


class MembersRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("members_room")
        self._services = services
        self.card: CardRecord | None = None
        self.customer_id = ""
        self.last_receipt = ""
        title = QLabel(self.tr("Member cards"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.card_no = QLineEdit()
        self.card_no.setObjectName("members_card_no")
        self.card_no.setPlaceholderText(self.tr("Scan or type a card number + Enter"))
        self.card_no.returnPressed.connect(self.find_card)
        card_label = QLabel(self.tr("&Card number:"))
        card_label.setBuddy(self.card_no)
        top = QHBoxLayout()
        top.addWidget(card_label)
        top.addWidget(self.card_no, 1)
        self.panel = CardPanel()
        self.finder = CustomerFinder(services.directory, self.tr("&Find member:"))
        self.finder.chosen.connect(self.show_customer)
        self.tier = QComboBox()
        self.tier.setObjectName("issue_tier")
        self.card_actions = CardActions(services, self)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for n, (key, text, slot) in enumerate(self._button_specs()):
            button = QPushButton(text)
            button.setObjectName(f"members_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 4, n % 4)
            self.buttons[key] = button
        issue_row = QHBoxLayout()
        tier_label = QLabel(self.tr("Tier for a new card:"))
        tier_label.setBuddy(self.tier)
        issue_row.addWidget(tier_label)
        issue_row.addWidget(self.tier, 1)
        self.note = QLabel()
        self.note.setObjectName("members_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = message_label("members_message")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.panel)
        column.addLayout(issue_row)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addWidget(self.message)
        column.addStretch(1)
        middle = QSplitter()
        middle.addWidget(left)
        middle.addWidget(self.finder)
        middle.setSizes([640, 400])
        self.points_model: RowTableModel[PointsEntryRecord] = RowTableModel(points_columns(), self)
        self.points_view, _proxy = make_table(self.points_model, self)  # type: ignore[arg-type]
        self.points_view.setObjectName("points_table")
        points_title = QLabel(self.tr("Points history"))
        points_title.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(middle, 3)
        layout.addWidget(points_title)
        layout.addWidget(self.points_view, 2)
        self._update_buttons()

    def _button_specs(self) -> list[tuple[str, str, Callable[[], None]]]:
        a = self.card_actions
        specs = [
            ("issue", self.tr("&Issue card"), self.issue_card),
            ("renew", self.tr("Re&new"), lambda: self._card_action(a.renew)),
            ("freeze", self.tr("Free&ze..."), lambda: self._card_action(a.freeze)),
            ("unfreeze", self.tr("&Unfreeze"), lambda: self._card_action(a.unfreeze)),
            ("lost", self.tr("Report &lost..."), lambda: self._card_action(a.report_lost)),
            ("replace", self.tr("Re&place card..."), lambda: self._card_action(a.replace)),
            ("print_card", self.tr("Print member car&d"), self.print_card),
            ("print_sheet", self.tr("Print card s&heet (A4)"), self.print_sheet),
            ("consume", self.tr("&Record consumption..."), self.record_consumption),
            ("receipt", self.tr("Print rece&ipt"), self.print_receipt),
            ("redeem", self.tr("Redeem &gift..."), lambda: self._card_action(a.redeem)),
        ]
        if self._services.desk.can(Permission.ADJUST_POINTS):
            specs.append(
                ("adjust", self.tr("&Adjust points..."), lambda: self._card_action(a.adjust))
            )
        if self._services.desk.can(Permission.CANCEL_CARD):
            specs.append(
                ("cancel", self.tr("Cance&l card..."), lambda: self._card_action(a.cancel))
            )
        return specs

    @property
    def services(self) -> Services:
        return self._services

    def activate(self) -> None:
        if not self.tier.count():
            try:
                for tier in self._services.membership.tiers():
                    self.tier.addItem(tier.name, tier.code)
            except DomainError as exc:
                self._show(error_text(exc))
        self.card_no.setFocus()
        self.card_no.selectAll()

    # ------------------------------------------------------------ finding

    def find_card(self) -> None:
        text = self.card_no.text().strip()
        if text:
            self._load(lambda: self._services.cards.get(text))

    def show_customer(self, customer_id: str) -> None:
        """A customer picked in the search: the live card, else the newest, else none yet."""
        self._clear_messages()
        try:
            cards = self._services.member_history.cards_of(customer_id)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.customer_id = customer_id
        live = [c for c in cards if c.state in LIVE and not c.replaced_by]
        chosen = (live or cards)[-1] if cards else None
        if chosen is None:
            self.card = None
            hit = self.finder.selected()
            self.panel.show_no_card(hit.name if hit is not None else "")
            self.points_model.clear()
            self._update_buttons()
            return
        self.show_card(chosen)

    def _load(self, fetch: Callable[[], CardRecord]) -> None:
        self._clear_messages()
        try:
            card = fetch()
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.show_card(card)

    def show_card(self, card: CardRecord) -> None:
        self.card, self.customer_id = card, card.customer_id
        self.panel.show_card(card)
        try:
            self.points_model.set_rows(self._services.points.history(card.card_no))
        except DomainError as exc:
            self._show(error_text(exc))
        self.points_view.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        enabled = enabled_actions(self.card, self.customer_id, self.last_receipt)
        for key, button in self.buttons.items():
            button.setEnabled(enabled.get(key, False))

    # ------------------------------------------------------------ actions

    def issue_card(self) -> None:
        tier = str(self.tier.currentData() or "")
        customer = self.customer_id
        self._load(lambda: self._services.cards.issue(customer, tier))
        if self.card is not None and self.card.customer_id == customer:
            self.note.setText(self.tr("Card {no} issued.").format(no=self.card.card_no))

    def _card_action(self, action: Callable[[CardRecord], CardRecord | None]) -> None:
        if self.card is None:
            return
        card = self.card
        self._clear_messages()
        try:
            changed = action(card)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        if changed is not None:
            self.show_card(changed)

    def record_consumption(self) -> None:
        self._clear_messages()
        percent = self.card_actions.discount_of(self.card) if self.card else 0
        card = self.card if self.card and self.card.state == "active" else None
        dialog = ConsumptionDialog(self._services, card, percent, self, self.customer_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.consumption_recorded(dialog.record.receipt_no)
            record = dialog.record
            self.note.setText(
                self.tr("Receipt {no}: paid {paid} yuan, {points} points earned.").format(
                    no=record.receipt_no, paid=yuan(record.paid_fen), points=record.points_earned
                )
            )
        dialog.deleteLater()

    def consumption_recorded(self, receipt_no: str) -> None:
        self.last_receipt = receipt_no
        if self.card is not None:
            card_no = self.card.card_no
            self._load(lambda: self._services.cards.get(card_no))
        self._update_buttons()

    def print_receipt(self) -> None:
        no = self.last_receipt
        self._preview(lambda: self._services.consumption.render_receipt(no), no, self.tr("Receipt"))

    def card_preview(self) -> QDialog | None:
        """The CR80 card of the member on show, previewed for printing."""
        if self.card is None:
            return None
        no = self.card.card_no
        render = lambda: self._services.card_print.render_card(no)  # noqa: E731
        return self.preview_dialog(render, f"card-{no}", self.tr("Member card"))

    def print_card(self) -> None:
        dialog = self.card_preview()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def print_sheet(self) -> None:
        if self.card is not None:
            no = self.card.card_no
            render = lambda: self._services.card_print.render_sheet([no])  # noqa: E731
            self._preview(render, f"cards-{no}", self.tr("Card sheet (A4, 10 cards)"))

    def preview_dialog(self, render: Callable[[], bytes], name: str, title: str) -> QDialog | None:
        try:
            data = render()
        except DomainError as exc:
            self._show(error_text(exc))
            return None
        return PdfPreviewDialog(data, title, f"{name}.pdf", parent=self)

    def _preview(self, render: Callable[[], bytes], name: str, title: str) -> None:
        dialog = self.preview_dialog(render, name, title)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def _clear_messages(self) -> None:
        self.message.hide()
        self.note.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.card, self.customer_id, self.last_receipt = None, "", ""
        self.panel.clear()
        self.finder.wipe()
        self.points_model.clear()
        self.card_no.clear()
        self._clear_messages()
        self._update_buttons()
