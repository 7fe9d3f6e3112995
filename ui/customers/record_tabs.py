"""Read-only tabs of the customer file: 修改记录 (corrections) and 查阅记录 (who viewed; managers);
RecordListTab also carries the other rooms' tabs (room_tabs.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.customers.oversight import FileView
from app.customers.service import ChangeRecord
from app.errors import DomainError
from ui.labels import customer_field_text, entity_text, local_time
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

RowT = TypeVar("RowT")


def _history_columns() -> list[Column[ChangeRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("HistoryTab", "When"),
            lambda r: local_time(r.changed_at),
        ),
        Column(
            lambda: QCoreApplication.translate("HistoryTab", "Field"),
            lambda r: customer_field_text(r.field),
        ),
        Column(lambda: QCoreApplication.translate("HistoryTab", "Before"), lambda r: r.old_value),
        Column(lambda: QCoreApplication.translate("HistoryTab", "After"), lambda r: r.new_value),
        Column(lambda: QCoreApplication.translate("HistoryTab", "Staff"), lambda r: r.staff),
        Column(lambda: QCoreApplication.translate("HistoryTab", "Reason"), lambda r: r.reason),
    ]


def _viewer_columns() -> list[Column[FileView]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ViewersTab", "When"), lambda r: local_time(r.at)
        ),
        Column(
            lambda: QCoreApplication.translate("ViewersTab", "Staff"),
            lambda r: r.display_name or r.username,
        ),
        Column(
            lambda: QCoreApplication.translate("ViewersTab", "What"),
            lambda r: entity_text(r.what),
        ),
        Column(lambda: QCoreApplication.translate("ViewersTab", "Reason"), lambda r: r.reason),
    ]


class RecordListTab(QWidget):
    """A table filled on demand by `load` (each load may be an audited read)."""

    def __init__(
        self,
        columns: list[Column[RowT]],
        load: Callable[[], Sequence[RowT]],
        object_name: str,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self.loaded = False
        self.model: RowTableModel[RowT] = RowTableModel(columns, self)
        self.view, _proxy = make_table(self.model, self, order)  # type: ignore[arg-type]
        self.view.setObjectName(object_name)
        self.message = message_label(f"{object_name}_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        try:
            self.model.set_rows(self._load())
        except DomainError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.loaded = True
        self.view.resizeColumnsToContents()


def history_tab(load: Callable[[], Sequence[ChangeRecord]]) -> RecordListTab:
    return RecordListTab(_history_columns(), load, "history_table")


def viewers_tab(load: Callable[[], Sequence[FileView]]) -> RecordListTab:
    return RecordListTab(_viewer_columns(), load, "viewers_table", Qt.SortOrder.DescendingOrder)
