"""One list of a care page: a bold title with its count, the table (RowTableModel behind a
proxy) and the buttons that act on the chosen row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.models.row_model import Column, RowTableModel
from ui.widgets.table_view import make_table

RowT = TypeVar("RowT")


class Section(QWidget, Generic[RowT]):
    def __init__(
        self, title: str, columns: Sequence[Column[RowT]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.model: RowTableModel[RowT] = RowTableModel(columns, self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName(f"{name}_table")
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_title(self, title: str) -> None:
        self._title = title
        self.heading.setText(f"{title} ({self.model.rowCount()})")

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(f"{self._title} ({len(rows)})")
        self.view.resizeColumnsToContents()

    def selected(self) -> RowT | None:
        """The chosen row, or the first when nothing is chosen and the list has one row."""
        index = self.view.currentIndex()
        if not index.isValid():
            if self.model.rowCount() != 1:
                return None
            index = self.proxy.index(0, 0)
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_row_where(self, test: Callable[[RowT], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if test(self.model.row_at(source)):
                self.view.selectRow(row)
                return True
        return False
