"""今日关怀: what the receptionist works through at the start of the day: birthdays (with the
tier's benefit to give), follow-up calls due, dormant customers to win back, greeting days
coming up, and what is overdue in the complaints, repairs and lending rooms."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.care.schemas import BirthdayItem, CareTaskRecord, GreetingOccasion, WinBackItem
from app.errors import DomainError
from app.reminders.board import DueItem
from app.security.permissions import Permission
from app.services import Services
from ui.care.call_dialog import CallDialog
from ui.care.care_messages import care_error_text
from ui.care.customer_actions import open_customer_file, override_class
from ui.care.section import Section
from ui.care.today_columns import (
    birthday_columns,
    call_columns,
    greeting_columns,
    win_back_columns,
)
from ui.customers.search_model import phone_text
from ui.widgets.due_list import due_columns
from ui.widgets.field_errors import message_label

Person = BirthdayItem | CareTaskRecord | WinBackItem


class TodayPage(QWidget):
    greeting_list_requested = Signal(int)  # greeting day id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_today_page")
        self._services = services
        self.day: date | None = None
        today = self._today
        self.birthdays: Section[BirthdayItem] = Section(
            self.tr("Birthdays today and this week"), birthday_columns(today), "birthdays"
        )
        self.benefit_button = self.birthdays.add_button(
            self.tr("&Benefit given"), self.give_benefit, "care_benefit_given"
        )
        self.birthdays.view.selectionModel().currentRowChanged.connect(self._update_benefit)
        self.calls: Section[CareTaskRecord] = Section(
            self.tr("Follow-up calls due"), call_columns(), "calls"
        )
        self.calls.add_button(self.tr("&Record call..."), self.record_call, "care_record_call")
        self.win_back: Section[WinBackItem] = Section(
            self.tr("Dormant customers to win back"), win_back_columns(), "win_back"
        )
        self.win_back.add_button(self.tr("&Call..."), self.call_win_back, "care_win_back_call")
        self.greetings: Section[GreetingOccasion] = Section(
            self.tr("Greeting days coming up"), greeting_columns(today), "greeting_days_soon"
        )
        self.greetings.add_button(
            self.tr("&Greeting list..."), self.open_greeting_list, "care_open_greeting_list"
        )
        self.overdue: Section[DueItem] = Section(
            self.tr("Overdue complaints, repairs and loans"), due_columns(), "care_overdue"
        )
        self._customer_menu(self.birthdays)
        self._customer_menu(self.calls)
        self._customer_menu(self.win_back)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        refresh = QPushButton(self.tr("Re&fresh"))
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.refresh)
        self.message = message_label("care_today_message")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        upper = QSplitter()
        upper.addWidget(self.birthdays)
        upper.addWidget(self.calls)
        lower = QSplitter()
        lower.addWidget(self.win_back)
        lower.addWidget(self.greetings)
        lower.addWidget(self.overdue)
        both = QSplitter(Qt.Orientation.Vertical)
        both.addWidget(upper)
        both.addWidget(lower)
        upper.setSizes([640, 420])  # the birthday list has the most columns
        both.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(both, 1)

    def _today(self) -> date:
        return self.day or date.today()

    def refresh(self) -> None:
        self.message.hide()
        try:
            listing = self._services.care.today()
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.day = listing.day
        self.heading.setText(self.tr("Care list for {day}").format(day=listing.day.isoformat()))
        self.birthdays.set_rows([*listing.birthdays_today, *listing.birthdays_week])
        self.calls.set_rows(listing.follow_ups)
        self.win_back.set_rows(listing.win_back)
        self.greetings.set_rows(listing.greetings)
        self.overdue.set_rows(listing.overdue)
        self._update_benefit()

    def wipe(self) -> None:
        for section in (self.birthdays, self.calls, self.win_back, self.greetings, self.overdue):
            section.model.clear()
        self.message.hide()

    # ------------------------------------------------------------------ actions
    def _update_benefit(self, *_args: object) -> None:
        chosen = self.birthdays.selected()
        self.benefit_button.setEnabled(chosen is not None and not chosen.benefit_given)

    def give_benefit(self) -> None:
        chosen = self.birthdays.selected()
        if chosen is None:
            self._show(self.tr("Choose a customer in the birthday list first."))
            return
        try:
            self._services.care.give_birthday_benefit(chosen.customer_id)
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.refresh()
        self.birthdays.select_row_where(lambda b: b.customer_id == chosen.customer_id)
        self._update_benefit()

    def record_call(self) -> None:
        task = self.calls.selected()
        if task is None:
            self._show(self.tr("Choose a call in the list first."))
            return
        care = self._services.care
        dialog = CallDialog(
            f"{task.name}  {phone_text(task.phone)}",
            lambda o: care.finish_task(task.id, o),
            parent=self,
        )
        self._run(dialog)

    def call_win_back(self) -> None:
        item = self.win_back.selected()
        if item is None:
            self._show(self.tr("Choose a customer in the win-back list first."))
            return
        care = self._services.care
        dialog = CallDialog(
            f"{item.name}  {phone_text(item.phone)}",
            lambda o: care.call_win_back(item.customer_id, o),
            may_plan_next=False,
            may_skip=False,
            parent=self,
        )
        self._run(dialog)

    def _run(self, dialog: CallDialog) -> None:
        if dialog.exec():
            self.refresh()
        dialog.deleteLater()

    def open_greeting_list(self) -> None:
        chosen = self.greetings.selected()
        if chosen is None:
            self._show(self.tr("Choose a greeting day first."))
            return
        self.greeting_list_requested.emit(chosen.greeting_day_id)

    def _customer_menu(self, section: Section[Any]) -> None:
        view = section.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda at: self._menu(section, at))
        view.doubleClicked.connect(lambda index: self._open_file(section, index))

    def _person(self, section: Section[Any], index: QModelIndex) -> Person | None:
        if not index.isValid():
            return None
        row: Person = section.model.row_at(section.proxy.mapToSource(index).row())
        return row

    def _open_file(self, section: Section[Any], index: QModelIndex) -> None:
        person = self._person(section, index)
        if person is not None:
            open_customer_file(self._services, person.customer_id, self)

    def _menu(self, section: Section[Any], at: QPoint) -> None:
        person = self._person(section, section.view.indexAt(at))
        if person is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open customer &file"),
            lambda: open_customer_file(self._services, person.customer_id, self),
        )
        if self._services.desk.can(Permission.OVERRIDE_CLASS):
            menu.addAction(
                self.tr("Override &class..."),
                lambda: override_class(self._services, person.customer_id, person.name, self),
            )
        menu.exec(section.view.viewport().mapToGlobal(at))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
