"""The list of complaint cards: columns, overdue rows in red, and the room's filters (state,
month, overdue only, kind) applied by a proxy so changing a filter needs no query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from app.complaints.schemas import OPEN_STATES, ComplaintRow
from ui.complaints.complaint_words import (
    category_texts,
    deadline_texts,
    kind_texts,
    severity_texts,
    state_texts,
    text_of,
)
from ui.models.row_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel, _Index
from ui.widgets.due_list import OVERDUE_BACKGROUND, OVERDUE_COLOUR
from ui.widgets.due_words import short_time

translate = QCoreApplication.translate  # a plain name lupdate finds

OPEN = "open"  # the state filter's "every state before closed"


def month_of(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m")


def state_cell(row: ComplaintRow) -> str:
    text = text_of(state_texts(), row.state)
    if row.paused and row.state != "waiting_customer":
        text += translate("ComplaintTable", " (paused)")
    if row.reopen_count:
        text += translate("ComplaintTable", " (reopened {n}x)").format(n=row.reopen_count)
    return text


def due_cell(row: ComplaintRow) -> str:
    if row.next_due_at is None:
        return ""
    what = text_of(deadline_texts(), row.next_deadline)
    return f"{short_time(row.next_due_at)}  {what}"


def utc_text(moment: datetime) -> str:
    """A sort key: UTC ISO text sorts as time (Qt cannot compare Python datetimes)."""
    return moment.astimezone(UTC).isoformat()


def _due_sort(row: ComplaintRow) -> str:
    """Overdue first, then by due time; none last."""
    due = utc_text(row.next_due_at) if row.next_due_at else "9"
    return ("0" if row.overdue else "1") + due


def complaint_columns() -> list[Column[ComplaintRow]]:
    """What the desk scans first (number, state, due) leads; who and what follow."""
    return [
        Column(lambda: translate("ComplaintTable", "Number"), lambda r: r.number),
        Column(
            lambda: translate("ComplaintTable", "Received"),
            lambda r: short_time(r.received_at),
            lambda r: utc_text(r.received_at),
        ),
        Column(lambda: translate("ComplaintTable", "State"), state_cell),
        Column(lambda: translate("ComplaintTable", "Due"), due_cell, _due_sort),
        Column(
            lambda: translate("ComplaintTable", "Kind"), lambda r: text_of(kind_texts(), r.kind)
        ),
        Column(
            lambda: translate("ComplaintTable", "Category"),
            lambda r: text_of(category_texts(), r.category),
        ),
        Column(
            lambda: translate("ComplaintTable", "Severity"),
            lambda r: text_of(severity_texts(), r.severity),
        ),
        Column(lambda: translate("ComplaintTable", "Handler"), lambda r: r.handler_name),
        Column(
            lambda: translate("ComplaintTable", "Complainant"),
            lambda r: r.complainant or translate("ComplaintTable", "(anonymous)"),
        ),
    ]


class ComplaintTableModel(RowTableModel[ComplaintRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(complaint_columns(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            row = self.row_at(index.row())
            if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
        return super().data(index, role)


@dataclass(frozen=True)
class ComplaintFilter:
    state: str = ""  # "" all, "open", or a State code
    month: str = ""  # "" all, else YYYY-MM (local)
    overdue_only: bool = False
    kind: str = ""

    def accepts(self, row: ComplaintRow) -> bool:
        if self.state == OPEN and row.state not in OPEN_STATES:
            return False
        if self.state not in ("", OPEN) and row.state != self.state:
            return False
        if self.month and month_of(row.received_at) != self.month:
            return False
        if self.overdue_only and not row.overdue:
            return False
        return not self.kind or row.kind == self.kind


class ComplaintFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = ComplaintFilter()
        self.setSortRole(SORT_ROLE)

    def set_filter(self, value: ComplaintFilter) -> None:
        self.beginFilterChange()
        self.filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        row = source.data(source.index(source_row, 0, source_parent), ROW_ROLE)
        return isinstance(row, ComplaintRow) and self.filter.accepts(row)

    def row_at(self, proxy_row: int) -> ComplaintRow | None:
        row = self.data(self.index(proxy_row, 0), ROW_ROLE)
        return row if isinstance(row, ComplaintRow) else None
