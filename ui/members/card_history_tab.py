"""The customer file's 会员卡与积分 tab: the customer's cards, and for the card chosen (the live
one first) its points ledger, whose entries add up to the balance, and its card history: issue,
renewals, freezes, loss, tier changes, each with reason and staff."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.errors import DomainError
from app.members.schemas import CardEventRecord, CardRecord
from app.points.service import PointsEntryRecord
from app.services import Services
from ui.labels import local_time
from ui.member_messages import card_state_text
from ui.members.card_panel import LIVE, points_columns
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

translate = QCoreApplication.translate  # a plain name lupdate finds

BOLD = "font-weight: bold;"


def card_columns() -> list[Column[CardRecord]]:
    return [
        Column(lambda: translate("MemberTabs", "Card number"), lambda r: r.card_no),
        Column(lambda: translate("MemberTabs", "Tier"), lambda r: r.tier_name),
        Column(lambda: translate("MemberTabs", "Card state"), lambda r: card_state_text(r.state)),
        Column(lambda: translate("MemberTabs", "Issued on"), lambda r: r.issued_on.isoformat()),
        Column(lambda: translate("MemberTabs", "Valid until"), lambda r: r.valid_until.isoformat()),
        Column(
            lambda: translate("MemberTabs", "Points"),
            lambda r: str(r.points_balance),
            lambda r: r.points_balance,
        ),
        Column(lambda: translate("MemberTabs", "Replaced by"), lambda r: r.replaced_by),
    ]


def event_kind_text(kind: str) -> str:
    return {
        "issued": translate("MemberTabs", "Issued"),
        "renewed": translate("MemberTabs", "Renewed"),
        "frozen": translate("MemberTabs", "Frozen"),
        "unfrozen": translate("MemberTabs", "Unfrozen"),
        "lost": translate("MemberTabs", "Reported lost"),
        "replaced": translate("MemberTabs", "Replaced"),
        "cancelled": translate("MemberTabs", "Cancelled"),
        "upgraded": translate("MemberTabs", "Tier raised"),
        "downgraded": translate("MemberTabs", "Tier lowered"),
    }.get(kind, kind)


def _change(before: str, after: str) -> str:
    return after if not before or before == after else f"{before} → {after}"


def event_columns(tier_names: dict[str, str]) -> list[Column[CardEventRecord]]:
    def tier(code: str) -> str:
        return tier_names.get(code, code)

    return [
        Column(lambda: translate("MemberTabs", "When"), lambda r: local_time(r.at), lambda r: r.at),
        Column(lambda: translate("MemberTabs", "Event"), lambda r: event_kind_text(r.kind)),
        Column(
            lambda: translate("MemberTabs", "Card state"),
            lambda r: _change(
                card_state_text(r.from_state) if r.from_state else "", card_state_text(r.to_state)
            ),
        ),
        Column(
            lambda: translate("MemberTabs", "Tier"),
            lambda r: _change(tier(r.from_tier), tier(r.to_tier)),
        ),
        Column(lambda: translate("MemberTabs", "Reason"), lambda r: r.reason),
        Column(lambda: translate("MemberTabs", "Staff"), lambda r: r.staff),
    ]


class CardHistoryTab(QWidget):
    """Loaded (audited reads) when first shown, like the other record tabs."""

    def __init__(self, services: Services, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        self.loaded = False
        self.tier_names: dict[str, str] = {}
        self.model: RowTableModel[CardRecord] = RowTableModel(card_columns(), self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("cards_tab")
        self.view.setMaximumHeight(150)  # a customer holds few cards: room for the ledger
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.ledger: RowTableModel[PointsEntryRecord] = RowTableModel(points_columns(), self)
        self.ledger_view, _p = make_table(self.ledger, self, Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        self.ledger_view.setObjectName("card_ledger")
        self.events: RowTableModel[CardEventRecord] = RowTableModel(
            event_columns(self.tier_names), self
        )
        self.events_view, _e = make_table(self.events, self, Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        self.events_view.setObjectName("card_events")
        self.ledger_title = QLabel()
        self.ledger_title.setObjectName("card_ledger_title")
        self.ledger_title.setStyleSheet(BOLD)
        self.events_title = QLabel(translate("MemberTabs", "Card history"))
        self.events_title.setStyleSheet(BOLD)
        self.message = message_label("cards_tab_message")
        lower = QSplitter()
        pairs = ((self.ledger_title, self.ledger_view), (self.events_title, self.events_view))
        for title, view in pairs:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(view, 1)
            lower.addWidget(box)
        lower.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(lower, 3)
        layout.addWidget(self.message)

    def reload(self) -> None:
        self.message.hide()
        try:
            cards = self._services.member_history.cards_of(self._customer_id)
            self.tier_names.update({t.code: t.name for t in self._services.membership.tiers()})
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.loaded = True
        self.model.set_rows(cards)
        self.view.resizeColumnsToContents()
        live = [c for c in cards if c.state in LIVE and not c.replaced_by]
        chosen = (live or cards)[-1] if cards else None
        if chosen is None:
            self.ledger_title.setText(translate("MemberTabs", "No member card yet."))
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).id == chosen.id:
                self.view.setCurrentIndex(index)

    def _show_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        card = self.model.row_at(self.proxy.mapToSource(index).row())
        try:
            entries = self._services.points.history(card.card_no)
            events = self._services.member_history.events(card.card_no)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.ledger.set_rows(entries)
        self.events.set_rows(events)
        total = sum(e.points for e in entries)
        self.ledger_title.setText(
            translate(
                "MemberTabs", "Points of card {no}: balance {total} = the sum of {n} entries"
            ).format(no=card.card_no, total=total, n=len(entries))
        )
        self.ledger_view.resizeColumnsToContents()
        self.events_view.resizeColumnsToContents()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
