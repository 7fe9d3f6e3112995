"""The customer file's 来访 / 会员卡与积分 / 消费 tabs from the member services, each loaded (an
audited read) only when its tab is first shown."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from app.services import Services
from ui.checkin.visitors_panel import visit_columns
from ui.customers.record_tabs import RecordListTab
from ui.members.card_history_tab import CardHistoryTab
from ui.members.consumption_tab import ConsumptionTab


class LazyTab(Protocol):
    loaded: bool

    def reload(self) -> None: ...


def add_member_tabs(tabs: QTabWidget, services: Services, customer_id: str) -> list[QWidget]:
    """Add the three tabs; each loads the first time it is brought forward."""
    visits = RecordListTab(
        visit_columns(on_file=True),
        lambda: services.member_history.visits_of(customer_id),
        "visits_tab",
        Qt.SortOrder.DescendingOrder,
    )
    added: list[tuple[str, QWidget]] = [
        (QCoreApplication.translate("MemberTabs", "Visits"), visits),
        (
            QCoreApplication.translate("MemberTabs", "Member card and points"),
            CardHistoryTab(services, customer_id),
        ),
        (
            QCoreApplication.translate("MemberTabs", "Consumption"),
            ConsumptionTab(services, customer_id),
        ),
    ]
    for title, tab in added:
        tabs.addTab(tab, title)

    def load_shown(index: int) -> None:
        for _title, tab in added:
            lazy: LazyTab = tab  # type: ignore[assignment]
            if tabs.widget(index) is tab and not lazy.loaded:
                lazy.reload()

    tabs.currentChanged.connect(load_shown)
    return [tab for _title, tab in added]
