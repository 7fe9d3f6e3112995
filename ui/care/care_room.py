"""客户关怀 room: today's care list first, then greeting days, satisfaction and, for managers,
the analysis dashboard; what the signed-in role may do decides which pages exist."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.security.permissions import Permission
from app.services import Services
from ui.care.analysis_page import AnalysisPage
from ui.care.care_settings_dialog import CareSettingsDialog
from ui.care.greetings_page import GreetingsPage
from ui.care.satisfaction_page import SatisfactionPage
from ui.care.today_page import TodayPage


class CareRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_room")
        self._services = services
        services.care_analysis.warm_in_background()  # built at sign-in: decrypt off the UI thread
        can = services.desk.can
        self.today: TodayPage | None = None
        self.greetings: GreetingsPage | None = None
        self.satisfaction: SatisfactionPage | None = None
        self.analysis: AnalysisPage | None = None
        self.tabs = QTabWidget()
        if can(Permission.CARE_TASKS):
            self.today = TodayPage(services)
            self.greetings = GreetingsPage(services)
            self.today.greeting_list_requested.connect(self.show_greeting_list)
            self.tabs.addTab(self.today, self.tr("Today"))
            self.tabs.addTab(self.greetings, self.tr("Greetings"))
        if can(Permission.CARE_TASKS) or can(Permission.VIEW_ANALYSIS):
            self.satisfaction = SatisfactionPage(services)
            self.tabs.addTab(self.satisfaction, self.tr("Satisfaction"))
        if can(Permission.VIEW_ANALYSIS):
            self.analysis = AnalysisPage(services)
            self.tabs.addTab(self.analysis, self.tr("Customer analysis"))
        self.tabs.currentChanged.connect(lambda _i: self.activate())
        title = QLabel(self.tr("Customer care"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        if can(Permission.MANAGE_ROOM_SETTINGS):
            settings = QPushButton(self.tr("Care &settings..."))
            settings.setObjectName("care_settings")
            settings.setAutoDefault(False)
            settings.clicked.connect(self.open_settings)
            top.addWidget(settings)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def activate(self) -> None:
        """Refresh the page in front; the dashboard only once per month shown (it is the
        slow one), or when asked."""
        page = self.tabs.currentWidget()
        if page is self.analysis and self.analysis is not None:
            if self.analysis.analysis is None:
                self.analysis.refresh()
        elif isinstance(page, TodayPage | GreetingsPage | SatisfactionPage):
            page.refresh()

    def show_greeting_list(self, greeting_day_id: int) -> None:
        if self.greetings is None:
            return
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.greetings)
        self.tabs.blockSignals(False)
        self.greetings.show_day(greeting_day_id)

    def open_settings(self) -> None:
        dialog = CareSettingsDialog(self._services, self)
        if dialog.exec():
            self.activate()
        dialog.deleteLater()

    def wipe(self) -> None:
        for page in (self.today, self.greetings, self.satisfaction, self.analysis):
            if page is not None:
                page.wipe()
