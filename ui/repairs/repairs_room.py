"""维修 room: the orders from intake to closed, the month's follow-up spot check, and for those
allowed the fee standard (managers) and the technicians list (engineering supervisor)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.security.permissions import Permission
from app.services import Services
from ui.repairs.fee_standard_page import FeeStandardPage
from ui.repairs.followup_page import FollowUpPage
from ui.repairs.orders_page import OrdersPage
from ui.repairs.repair_settings_page import RepairSettingsPage
from ui.repairs.technicians_page import TechniciansPage


class RepairsRoom(QTabWidget):
    """Tabs switch with Ctrl+Tab; each page loads when it is shown."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repairs_room")
        desk = services.desk
        self.orders = OrdersPage(services, self)
        self.addTab(self.orders, self.tr("Repair orders"))
        self.followups = FollowUpPage(services, self)
        self.addTab(self.followups, self.tr("Follow-up spot check"))
        self.fee_standard: FeeStandardPage | None = None
        if desk.can(Permission.MANAGE_FEE_STANDARD):
            self.fee_standard = FeeStandardPage(services, self)
            self.addTab(self.fee_standard, self.tr("Fee standard"))
        self.technicians: TechniciansPage | None = None
        if desk.can(Permission.DISPATCH_REPAIR):
            self.technicians = TechniciansPage(services, self)
            self.addTab(self.technicians, self.tr("Technicians"))
        self.settings: RepairSettingsPage | None = None
        if desk.can(Permission.MANAGE_ROOM_SETTINGS):
            self.settings = RepairSettingsPage(services, self)
            self.addTab(self.settings, self.tr("Repair settings"))
        self.currentChanged.connect(lambda _index: self.activate())

    def activate(self) -> None:
        page = self.currentWidget()
        if page is self.orders:
            self.orders.printing.load_settings()
        reload = getattr(page, "reload", None)
        if callable(reload):
            reload()

    def open_item(self, order_id: str) -> None:
        """A repair chosen in the overdue / due-soon list: show it in the orders tab."""
        self.setCurrentWidget(self.orders)
        self.orders.reload()
        self.orders.open_order(order_id)
        self.orders.select(order_id)

    def wipe(self) -> None:
        self.orders.wipe()
        self.followups.wipe()
        for page in (self.fee_standard, self.technicians):
            if page is not None:
                page.wipe()
