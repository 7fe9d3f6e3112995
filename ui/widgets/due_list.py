"""The "overdue and due soon" strip of the main window, fed by every room through the reminder
board, with the reminders waiting for the signed-in person."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.reminders.board import DueItem, ReminderBoard, ReminderRecord
from ui.models.row_model import ROW_ROLE, Column, RowTableModel, _Index
from ui.rooms import ROOMS
from ui.widgets.due_words import deadline_text, short_time, source_text, step_text, title_text
from ui.widgets.table_view import make_table

REFRESH_MS = 60_000
LIST_HEIGHT = 150
UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX
OVERDUE_COLOUR = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fdecea")
# The room (ui/rooms.py key) that opens an item of each source.
DUE_ROOMS = {"complaint": "complaints", "repair": "repairs", "loan": "lending"}


def due_columns() -> list[Column[DueItem]]:
    return [
        Column(lambda: QCoreApplication.translate("DueList", "Due"), _due_text, _due_sort),
        Column(
            lambda: QCoreApplication.translate("DueList", "Room"), lambda i: source_text(i.source)
        ),
        Column(lambda: QCoreApplication.translate("DueList", "Number"), lambda i: i.number),
        Column(
            lambda: QCoreApplication.translate("DueList", "Deadline"),
            lambda i: deadline_text(i.deadline),
        ),
        Column(lambda: QCoreApplication.translate("DueList", "Subject"), title_text),
        Column(lambda: QCoreApplication.translate("DueList", "Owner"), lambda i: i.owner),
    ]


def _due_text(item: DueItem) -> str:
    when = short_time(item.due_at)
    if item.overdue:
        return QCoreApplication.translate("DueList", "Overdue since {when}").format(when=when)
    return when


def _due_sort(item: DueItem) -> str:
    """Overdue first, then by time (UTC ISO text; Qt cannot compare Python datetimes)."""
    return ("0" if item.overdue else "1") + item.due_at.astimezone(UTC).isoformat()


class DueItemModel(RowTableModel[DueItem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(due_columns(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount() and self.row_at(index.row()).overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
        return super().data(index, role)


class DueListPanel(QWidget):
    """refresh() on sign-in and room change; start() runs the sweep + refresh every minute."""

    item_opened = Signal(str, str)  # source, source_id

    def __init__(self, board: ReminderBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_list")
        self._board = board
        self.reminders: list[ReminderRecord] = []
        self.title = QLabel(self.tr("Overdue and due soon"))
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("due_reminders")
        self.mine_button.setAutoDefault(False)
        self.mine_button.clicked.connect(self.show_reminders_menu)
        self.model = DueItemModel(self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("due_table")
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)  # one click opens, as on a to-do list
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        top.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self._show_counts()

    def under(self, rooms: QWidget) -> QSplitter:
        """The rooms above, this list below; staff drag the border to give it more room."""
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(rooms)
        split.addWidget(self)
        split.setStretchFactor(0, 1)
        split.setSizes([600, LIST_HEIGHT])
        return split

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """Store the reminder steps that fell due since the last minute, then show the list."""
        with contextlib.suppress(DomainError):
            self._board.sweep()
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        try:
            items = self._board.due_list(now)
            self.reminders = self._board.mine()
        except DomainError:  # signed out or locked: nothing to show
            self._clear()
            return
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        self._show_counts()

    def _show_counts(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        overdue = sum(1 for item in rows if item.overdue)
        self.summary.setText(
            self.tr("{overdue} overdue, {soon} due within 24 hours").format(
                overdue=overdue, soon=len(rows) - overdue
            )
        )
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;" if overdue else "")
        self.mine_button.setText(self.tr("Reminders for me: {n}").format(n=len(self.reminders)))
        self.mine_button.setEnabled(bool(self.reminders))
        self.view.setVisible(bool(rows))  # nothing due: one line, the room keeps the space
        self.setMaximumHeight(UNLIMITED if rows else self.mine_button.sizeHint().height())
        split = self.parentWidget()
        if rows and isinstance(split, QSplitter) and self.height() < LIST_HEIGHT:
            split.setSizes([max(split.height() - LIST_HEIGHT, 0), LIST_HEIGHT])

    def _activated(self, index: QModelIndex) -> None:
        item = self.proxy.data(index, ROW_ROLE)
        if isinstance(item, DueItem):
            self.item_opened.emit(item.source, item.source_id)

    def reminder_text(self, reminder: ReminderRecord) -> str:
        numbers = {
            (i.source, i.source_id): i.number
            for i in (self.model.row_at(r) for r in range(self.model.rowCount()))
        }
        number = numbers.get((reminder.source, reminder.source_id), source_text(reminder.source))
        return self.tr("{number}: {deadline}, {step} (due {when})").format(
            number=number,
            deadline=deadline_text(reminder.deadline),
            step=step_text(reminder.step),
            when=short_time(reminder.due_at),
        )

    def reminders_menu(self) -> QMenu:
        menu = QMenu(self)
        for reminder in self.reminders:
            action = menu.addAction(self.reminder_text(reminder))
            action.triggered.connect(lambda _=False, r=reminder: self.open_reminder(r))
        if self.reminders:
            menu.addSeparator()
            menu.addAction(self.tr("Mark all as seen"), self.mark_all_seen)
        return menu

    def show_reminders_menu(self) -> None:
        menu = self.reminders_menu()
        menu.exec(self.mine_button.mapToGlobal(self.mine_button.rect().bottomLeft()))
        menu.deleteLater()

    def open_reminder(self, reminder: ReminderRecord) -> None:
        """Opening a reminder marks it seen and opens its item."""
        with contextlib.suppress(DomainError):
            self._board.mark_seen(reminder.id)
        self.refresh()
        self.item_opened.emit(reminder.source, reminder.source_id)

    def mark_all_seen(self) -> None:
        for reminder in self.reminders:
            try:
                self._board.mark_seen(reminder.id)
            except DomainError:
                continue
        self.refresh()

    def wipe(self) -> None:
        """Locked or signed out: nothing shown, nothing swept until start()."""
        self.timer.stop()
        self._clear()

    def _clear(self) -> None:
        self.model.clear()
        self.reminders = []
        self._show_counts()


def open_in_room(nav: QListWidget, rooms: QStackedWidget, source: str, source_id: str) -> None:
    """Go to the room of a due item and let it open the item (rooms offer open_item(id))."""
    keys = [room.key for room in ROOMS]
    key = DUE_ROOMS.get(source, "")
    if key not in keys:
        return
    index = keys.index(key)
    nav.setCurrentRow(index)
    opener = getattr(rooms.widget(index), "open_item", None)
    if callable(opener):
        opener(source_id)
