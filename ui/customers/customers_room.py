"""客户档案 room: one search box, as-you-type over the in-memory directory, Enter opens the file.
Nothing decrypted stays on screen once the desk locks (the main window calls wipe())."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.directory import SearchResult
from app.errors import DomainError
from app.security.permissions import Permission
from app.services import Services
from ui.customers.access_request_dialog import AccessRequestOffer
from ui.customers.export_dialog import ExportDialog
from ui.customers.file_dialog import OPEN_EXISTING, CustomerFileDialog
from ui.customers.import_dialog import ImportDialog
from ui.customers.manager_actions import MergeDialog
from ui.customers.search_model import CustomerSearchModel, result_of
from ui.messages import error_text
from ui.widgets.debounce import debounced
from ui.widgets.field_errors import message_label
from ui.widgets.search_box import SearchBox
from ui.widgets.table_view import make_table

PAGE_SIZE = 200
SEARCH_LIMIT = 100
MIN_COLUMN_WIDTH = 110


class CustomersRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self._first_page: list[SearchResult] | None = None
        self.model = CustomerSearchModel(self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("customer_table")
        self.view.setSortingEnabled(False)  # keep the directory's ranking (exact hits first)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._open_index)
        self.search = SearchBox(self.view)
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(
            self.tr("Name, pinyin (zs / zhangsan), phone digits, card or ID tail, tag")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.open_selected)
        self._timer = debounced(self.search, self.run_search)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.reason = QLineEdit()
        self.reason.setObjectName("open_reason")
        self.reason.setPlaceholderText(self.tr("Optional; kept in the access record"))
        self.reason.returnPressed.connect(self.open_selected)
        reason_label = QLabel(self.tr("Reason for &viewing:"))
        reason_label.setBuddy(self.reason)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 3)
        top.addWidget(reason_label)
        top.addWidget(self.reason, 2)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        self._button(actions, "new", self.tr("&New customer (Ctrl+N)"), self.new_file)
        self._button(actions, "open", self.tr("&Open (Enter)"), self.open_selected)
        desk = services.desk
        if desk.can(Permission.IMPORT_CUSTOMERS):
            self._button(actions, "import", self.tr("&Import..."), self.import_files)
        if desk.can(Permission.EXPORT_DATA):
            self._button(actions, "export", self.tr("E&xport..."), self.export_files)
        if desk.can(Permission.MERGE_CUSTOMERS):
            self._button(actions, "merge", self.tr("&Merge..."), self.merge_selected)
        actions.addStretch(1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_file)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self.status = QLabel()
        self.status.setObjectName("customer_status")
        self.message = message_label("customer_room_message")
        self.access_offer = AccessRequestOffer(services, self.message)  # 申请查阅
        title = QLabel(self.tr("Customer files"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.access_offer)
        layout.addWidget(self.status)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.reason)

    def _button(self, row: QHBoxLayout, key: str, text: str, slot: object) -> None:
        button = QPushButton(text)
        button.setObjectName(f"customer_{key}")
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons[key] = button

    # ------------------------------------------------------------ search

    def run_search(self) -> None:
        self._timer.stop()
        self.message.hide()
        query = self.search.text().strip()
        try:
            rows = self._search(query) if query else self._page()
        except DomainError as exc:
            self.model.clear()
            self._show(error_text(exc))
            return
        self.loaded = True
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        if query:
            self.status.setText(self.tr("{n} file(s) found.").format(n=len(rows)))
        else:
            self.status.setText(self.tr("{n} customer file(s) shown.").format(n=len(rows)))

    def _search(self, query: str) -> list[SearchResult]:
        return self._services.directory.search(query, SEARCH_LIMIT)

    def _page(self) -> list[SearchResult]:
        """Each load of the list is an audited read: once per opening of the room."""
        if self._first_page is None:
            records = self._services.customers.list_page(0, PAGE_SIZE)
            self._first_page = [result_of(r) for r in records if not r.erased]
        return self._first_page

    def reload(self) -> None:
        self._first_page = None
        self.run_search()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.run_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def wipe(self) -> None:
        """Forget every decrypted value (desk locked or signed out)."""
        self._timer.stop()
        self.loaded = False
        self._first_page = None
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reason.clear()
        self.status.clear()
        self.message.hide()

    # ------------------------------------------------------------ files

    def selected(self) -> SearchResult | None:
        index = self.view.currentIndex()
        if not index.isValid():
            if self.model.rowCount() == 0:
                return None
            index = self.proxy.index(0, 0)
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _open_index(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.open_selected()

    def open_selected(self) -> None:
        if self._timer.isActive():  # Enter typed before the debounce ran: search first
            self.run_search()
        hit = self.selected()
        if hit is not None:
            self.open_file(hit.customer_id)

    def open_file(self, customer_id: str) -> bool:
        """Open (audited, with the reason if one was typed) and show the file dialog; False when
        refused (e.g. a confidential file for reception), the refusal shown instead."""
        self.message.hide()
        try:
            record = self._services.customers.open(customer_id, self.reason.text().strip())
        except DomainError as exc:
            self._show(error_text(exc))
            self.access_offer.offer(customer_id, exc)
            return False
        self._run(CustomerFileDialog(self._services, record, self))
        return True

    def new_file(self) -> None:
        self.message.hide()
        self._run(CustomerFileDialog(self._services, None, self))

    def _run(self, dialog: CustomerFileDialog) -> None:
        result = dialog.exec()
        existing, changed = dialog.open_existing_id, dialog.changed
        dialog.deleteLater()  # its fields hold decrypted values: gone once it is closed
        if result == OPEN_EXISTING and existing:
            self.open_file(existing)
        elif result == QDialog.DialogCode.Accepted or changed:
            self.reload()

    def merge_selected(self) -> None:
        hit = self.selected()
        if hit is None:
            self._show(self.tr("Select the file to keep first."))
            return
        dialog = MergeDialog(self._services, hit.customer_id, f"{hit.number} {hit.name}", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def import_files(self) -> None:
        ImportDialog(self._services, self).exec()
        self.reload()

    def export_files(self) -> None:
        ExportDialog(self._services, self).exec()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
