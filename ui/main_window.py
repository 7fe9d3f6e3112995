"""The desk: rooms on the left, the open room on the right, a lock screen over both when idle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.errors import DomainError
from app.security.audit import Actor
from app.services import Services
from app.venue_settings import VenueSettings
from ui.admin.admin_room import AdminRoom
from ui.backup_runner import BackupRunner
from ui.care.care_room import CareRoom
from ui.checkin.checkin_room import CheckInRoom
from ui.complaints.complaints_room import ComplaintsRoom
from ui.customers.customers_room import CustomersRoom
from ui.help_text import shortcuts_help
from ui.idle import IdleWatcher
from ui.labels import role_text
from ui.lending.lending_room import LendingRoom
from ui.members.members_room import MembersRoom
from ui.repairs.repairs_room import RepairsRoom
from ui.reports.reports_room import ReportsRoom
from ui.rooms import ROOMS, ActivatedRoom
from ui.settings import UiSettings
from ui.widgets.due_list import DueListPanel, open_in_room
from ui.widgets.lock_screen import LockScreen


class MainWindow(QMainWindow):
    def __init__(self, services: Services, ui_settings: UiSettings | None = None) -> None:
        super().__init__()
        self._services = services
        self._ui_settings = ui_settings
        self.venue_name = services.venue.venue_name
        self.setWindowTitle(self.tr("FrontDesk"))
        self.backups = BackupRunner(services, self)
        self.nav = QListWidget()
        self.nav.setObjectName("room_nav")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }"
        )
        self.rooms = QStackedWidget()
        self.nav.currentRowChanged.connect(self.show_room)
        desk = QWidget()
        row = QHBoxLayout(desk)
        row.addWidget(self.nav)
        self.due_list = DueListPanel(services.reminders)  # overdue and due soon, every room
        self.due_list.item_opened.connect(lambda s, i: open_in_room(self.nav, self.rooms, s, i))
        row.addWidget(self.due_list.under(self.rooms), 1)
        self.desk_view = desk
        self.lock_screen = LockScreen(services.staff, self)
        self.lock_screen.unlocked.connect(self._reopen)
        self.lock_screen.signed_in.connect(self._reopen)
        self.lock_screen.signing_out.connect(self._signed_out)
        self.screens = QStackedWidget()
        self.screens.addWidget(desk)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self.who = QLabel()
        self.who.setObjectName("status_who")
        self.venue_label = QLabel()
        self.venue_label.setObjectName("status_venue")
        self.statusBar().addWidget(self.who)
        self.statusBar().addWidget(self.venue_label)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("F2: check-in   Ctrl+L: lock   F1: help"))
        )
        self._first_room = ui_settings.last_room if ui_settings is not None else 0
        self.customers_page: CustomersRoom | None = None
        self.admin_room: AdminRoom | None = None
        self.checkin_room: CheckInRoom | None = None
        self.members_room: MembersRoom | None = None
        self.repairs_room: RepairsRoom | None = None
        self.lending_room: LendingRoom | None = None
        self.complaints_room: ComplaintsRoom | None = None
        self.care_room: CareRoom | None = None
        self.idle = IdleWatcher(5, self)
        self.idle.idle_elapsed.connect(self.lock_desk)
        self._build_menus()
        self.resize(1200, 760)
        if ui_settings is not None and ui_settings.window_geometry is not None:
            self.restoreGeometry(ui_settings.window_geometry)
        if services.desk.actor is None:
            self._build_rooms()
        else:
            self._reopen(services.desk.actor)

    def _build_menus(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.lock_action = self._action(self.tr("&Lock desk"), "Ctrl+L", self.lock_desk)
        desk_menu.addAction(self.lock_action)
        desk_menu.addAction(self._action(self.tr("Sign &out"), "Ctrl+Shift+L", self.sign_out))
        desk_menu.addSeparator()
        desk_menu.addAction(self._action(self.tr("&Quit"), "Ctrl+Q", self.close))
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addAction(self._action(self.tr("&Check in (scan)"), "F2", self.open_checkin))
        for number, room in enumerate(ROOMS, start=1):
            go_menu.addAction(
                self._action(
                    room.title, f"Ctrl+{number}", lambda i=number - 1: self.nav.setCurrentRow(i)
                )
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_help))

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_rooms(self) -> None:
        """Rooms depend on the role of whoever is signed in, so they are rebuilt on sign-in."""
        current = self.nav.currentRow()
        if current < 0:  # first build: the room used last time
            current = self._first_room if 0 <= self._first_room < len(ROOMS) else 0
        while self.rooms.count():
            widget = self.rooms.widget(0)
            if widget is None:
                break
            self.rooms.removeWidget(widget)
            widget.deleteLater()
        self.nav.blockSignals(True)
        self.nav.clear()
        for number, room in enumerate(ROOMS, start=1):
            self.nav.addItem(f"{number}  {room.title}")
            if room.key == "customers":
                self.customers_page = CustomersRoom(self._services)
                self.rooms.addWidget(self.customers_page)
            elif room.key == "checkin":
                self.checkin_room = CheckInRoom(self._services)
                self.rooms.addWidget(self.checkin_room)
            elif room.key == "members":
                self.members_room = MembersRoom(self._services)
                self.rooms.addWidget(self.members_room)
            elif room.key == "complaints":
                self.complaints_room = ComplaintsRoom(self._services)
                self.rooms.addWidget(self.complaints_room)
            elif room.key == "care":
                self.care_room = CareRoom(self._services)
                self.rooms.addWidget(self.care_room)
            elif room.key == "repairs":
                self.repairs_room = RepairsRoom(self._services)
                self.rooms.addWidget(self.repairs_room)
            elif room.key == "lending":
                self.lending_room = LendingRoom(self._services)
                self.rooms.addWidget(self.lending_room)
            elif room.key == "reports":
                self.rooms.addWidget(ReportsRoom(self._services))
            elif room.key == "admin":
                self.admin_room = AdminRoom(self._services, self.backups)
                self.admin_room.setObjectName("admin_room")
                if self.admin_room.settings_page is not None:
                    self.admin_room.settings_page.settings_saved.connect(self._settings_saved)
                self.rooms.addWidget(self.admin_room)
        self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)
        self.show_room(current)

    def show_room(self, index: int) -> None:
        if index < 0:
            return
        self.rooms.setCurrentIndex(index)
        widget = self.rooms.currentWidget()
        desk = self._services.desk
        if desk.actor is None or desk.locked:
            return
        self.due_list.refresh()
        if widget is self.customers_page and self.customers_page is not None:
            self.customers_page.ensure_loaded()
            self.customers_page.focus_search()
        elif widget is self.admin_room and self.admin_room is not None:
            self.admin_room.reload_current()
        elif isinstance(widget, ActivatedRoom):
            widget.activate()

    def open_checkin(self) -> None:
        """F2 from anywhere on the desk: the check-in room, focus in the scan field."""
        if self.is_locked() or self._services.desk.actor is None or self.checkin_room is None:
            return
        index = self.rooms.indexOf(self.checkin_room)
        if self.nav.currentRow() == index:
            self.checkin_room.activate()
        else:
            self.nav.setCurrentRow(index)

    def _settings_saved(self, settings: VenueSettings) -> None:
        self.idle.set_minutes(settings.auto_lock_minutes)
        self.venue_name = settings.venue_name
        self._refresh_status()

    def _refresh_status(self) -> None:
        actor = self._services.desk.actor
        if actor is not None:
            self.who.setText(
                self.tr("Signed in: {user} ({role})").format(
                    user=actor.display_name or actor.username, role=role_text(actor.role)
                )
            )
        self.venue_label.setText(self.venue_name)
        self.setWindowTitle(self.tr("FrontDesk - {venue}").format(venue=self.venue_name))

    def _reopen(self, actor: Actor | None) -> None:
        """After sign-in or unlock: show the desk for this person and restart the idle clock."""
        if actor is None:
            return
        try:
            settings = self._services.settings.get()
            self.venue_name = settings.venue_name or self.venue_name
            self.idle.set_minutes(settings.auto_lock_minutes)
        except DomainError:
            pass
        self._build_rooms()
        self._refresh_status()
        self.screens.setCurrentWidget(self.desk_view)
        self.lock_action.setEnabled(True)
        self.idle.start()
        self.due_list.start()
        if self.rooms.currentWidget() is self.customers_page and self.customers_page is not None:
            self.customers_page.focus_search()  # the search box is where the desk starts
        else:
            self.nav.setFocus()

    def _wipe(self) -> None:
        if self.customers_page is not None:
            self.customers_page.wipe()
        if self.admin_room is not None:
            self.admin_room.wipe()
        rooms = (self.checkin_room, self.members_room, self.complaints_room, self.due_list)
        for room in (*rooms, self.repairs_room, self.care_room, self.lending_room):
            if room is not None:
                room.wipe()

    def _signed_out(self) -> None:
        self._wipe()
        self.who.setText(self.tr("Not signed in"))

    def lock_desk(self) -> None:
        """Hide every room, forget decrypted rows, and lock the desk session."""
        actor = self._services.desk.actor
        if actor is None or self._services.desk.locked:
            return
        self.idle.stop()
        self._close_dialogs()
        self._wipe()
        try:
            self._services.staff.lock()
        except DomainError:
            self._services.desk.lock()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_locked(actor)
        self.lock_action.setEnabled(False)

    def _close_dialogs(self) -> None:
        """A dialog left open over the desk could show customer data while it is locked."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def sign_out(self) -> None:
        self.lock_desk()
        self.lock_screen.sign_out()

    def is_locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_help())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ui_settings is not None:
            self._ui_settings.window_geometry = self.saveGeometry()
            self._ui_settings.last_room = self.nav.currentRow()
        self.idle.stop()
        self.backups.stop()
        super().closeEvent(event)
