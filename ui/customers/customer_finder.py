"""The customers room's search (same model, same directory) as a small widget other rooms embed:
type a name, pinyin or phone, Enter on a hit says which customer was chosen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.customers.directory import CustomerDirectory, SearchResult
from app.errors import DomainError
from ui.customers.search_model import CustomerSearchModel
from ui.messages import error_text
from ui.widgets.debounce import debounced
from ui.widgets.field_errors import message_label
from ui.widgets.search_box import SearchBox
from ui.widgets.table_view import make_table

FINDER_LIMIT = 30


class CustomerFinder(QWidget):
    chosen = Signal(str)  # customer id

    def __init__(self, directory: CustomerDirectory, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._directory = directory
        self.model = CustomerSearchModel(self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setSortingEnabled(False)  # the directory's ranking: exact hits first
        self.view.activated.connect(self._activated)
        self.search = SearchBox(self.view)
        self.search.setPlaceholderText(self.tr("Name, pinyin (zs / zhangsan) or phone digits"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.choose_selected)
        self._timer = debounced(self.search, self.run_search)
        caption = QLabel(label)
        caption.setBuddy(self.search)
        self.message = message_label("finder_message")
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def run_search(self) -> None:
        self._timer.stop()
        self.message.hide()
        query = self.search.text().strip()
        if not query:
            self.model.clear()
            return
        try:
            rows = self._directory.search(query, FINDER_LIMIT)
        except DomainError as exc:
            self.model.clear()
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)

    def search_for(self, text: str) -> None:
        """Start a search with `text` (e.g. a name typed into the scan field) and focus it."""
        self.search.setText(text)
        self.run_search()
        self.search.setFocus()

    def selected(self) -> SearchResult | None:
        index = self.view.currentIndex()
        if not index.isValid():
            if not self.model.rowCount():
                return None
            index = self.proxy.index(0, 0)
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _activated(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.choose_selected()

    def choose_selected(self) -> None:
        if self._timer.isActive():  # Enter before the debounce ran: search first
            self.run_search()
        hit = self.selected()
        if hit is not None:
            self.chosen.emit(hit.customer_id)

    def wipe(self) -> None:
        self._timer.stop()
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.message.hide()
