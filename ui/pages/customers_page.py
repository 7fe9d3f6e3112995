"""客户档案 (read-only for now): the first page of customer files, with a quick filter."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.customers.service import CustomerService
from app.errors import DomainError
from ui.messages import error_text
from ui.models.customer_model import CustomerTableModel
from ui.widgets.table_view import make_table

PAGE_SIZE = 200


class CustomersPage(QWidget):
    def __init__(self, customers: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self.loaded = False
        self.model = CustomerTableModel(self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("customer_table")
        self.filter = QLineEdit()
        self.filter.setObjectName("customer_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, number or phone"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("customer_status")
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(refresh)
        title = QLabel(self.tr("Customer files"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def reload(self) -> None:
        try:
            rows = self._customers.list_page(0, PAGE_SIZE)
        except DomainError as exc:
            self.model.clear()
            self.status.setText(error_text(exc))
            return
        self.loaded = True
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.status.setText(self.tr("{n} customer file(s) shown.").format(n=len(rows)))

    def ensure_loaded(self) -> None:
        """Each load is an audited view of the list: load once per opening, not per click."""
        if not self.loaded:
            self.reload()

    def wipe(self) -> None:
        """Forget every decrypted value (desk locked or signed out)."""
        self.loaded = False
        self.model.clear()
        self.filter.clear()
        self.status.clear()
