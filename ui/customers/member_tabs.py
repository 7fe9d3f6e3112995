"""The customer file's 来访 / 会员卡与积分 / 消费 tabs: read-only lists from the member services,
each loaded (an audited read) only when its tab is first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget

from app.members.schemas import CardRecord, yuan
from app.points.records import ConsumptionRecord
from app.services import Services
from ui.checkin.visitors_panel import visit_columns
from ui.customers.record_tabs import RecordListTab
from ui.labels import yes_no
from ui.member_messages import card_state_text, payment_texts
from ui.models.row_model import Column


def _card_columns() -> list[Column[CardRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Card number"), lambda r: r.card_no
        ),
        Column(lambda: QCoreApplication.translate("MemberTabs", "Tier"), lambda r: r.tier_name),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Card state"),
            lambda r: card_state_text(r.state),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Issued on"),
            lambda r: r.issued_on.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Valid until"),
            lambda r: r.valid_until.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Points"),
            lambda r: str(r.points_balance),
            lambda r: r.points_balance,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Replaced by"), lambda r: r.replaced_by
        ),
    ]


def _consumption_columns() -> list[Column[ConsumptionRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Date"), lambda r: r.day.isoformat()
        ),
        Column(lambda: QCoreApplication.translate("MemberTabs", "Receipt"), lambda r: r.receipt_no),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Department"), lambda r: r.department
        ),
        Column(lambda: QCoreApplication.translate("MemberTabs", "Items"), lambda r: r.items),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Amount"),
            lambda r: yuan(r.amount_fen),
            lambda r: r.amount_fen,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Discount"),
            lambda r: yuan(r.discount_fen),
            lambda r: r.discount_fen,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Paid"),
            lambda r: yuan(r.paid_fen),
            lambda r: r.paid_fen,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Payment"),
            lambda r: payment_texts().get(r.payment_method, ""),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Points"),
            lambda r: str(r.points_earned - r.points_paid),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTabs", "Reversed"),
            lambda r: yes_no(r.reversed),
        ),
    ]


def add_member_tabs(tabs: QTabWidget, services: Services, customer_id: str) -> list[RecordListTab]:
    """Add the three tabs; each loads the first time it is brought forward."""
    desc = Qt.SortOrder.DescendingOrder
    added = [
        (
            QCoreApplication.translate("MemberTabs", "Visits"),
            RecordListTab(
                visit_columns(on_file=True),
                lambda: services.member_history.visits_of(customer_id),
                "visits_tab",
                desc,
            ),
        ),
        (
            QCoreApplication.translate("MemberTabs", "Member card and points"),
            RecordListTab(
                _card_columns(), lambda: services.member_history.cards_of(customer_id), "cards_tab"
            ),
        ),
        (
            QCoreApplication.translate("MemberTabs", "Consumption"),
            RecordListTab(
                _consumption_columns(),
                lambda: services.consumption.consumptions_of(customer_id),
                "consumption_tab",
                desc,
            ),
        ),
    ]
    for title, tab in added:
        tabs.addTab(tab, title)

    def load_shown(index: int) -> None:
        for _title, tab in added:
            if tabs.widget(index) is tab and not tab.loaded:
                tab.reload()

    tabs.currentChanged.connect(load_shown)
    return [tab for _title, tab in added]
