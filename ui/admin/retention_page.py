"""Files past their retention (default 10 years after the last activity): a manager approves the
erasure of each one's personal data; the deletion record is kept for good by the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.customers.lifecycle import CustomerLifecycle
from app.customers.oversight import CustomerOversight, RetentionDue
from app.errors import DomainError
from ui.customers.prompts import ask_reason
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.table_view import make_table


def _columns() -> list[Column[RetentionDue]]:
    return [
        Column(
            lambda: QCoreApplication.translate("RetentionModel", "Customer no."), lambda r: r.number
        ),
        Column(
            lambda: QCoreApplication.translate("RetentionModel", "Kept until"),
            lambda r: r.retention_until,
        ),
        Column(
            lambda: QCoreApplication.translate("RetentionModel", "State"),
            lambda r: (
                QCoreApplication.translate("RetentionModel", "Erased")
                if r.erased
                else QCoreApplication.translate("RetentionModel", "Awaiting approval")
            ),
        ),
    ]


class RetentionModel(RowTableModel[RetentionDue]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)


class RetentionPage(QWidget):
    def __init__(
        self,
        oversight: CustomerOversight,
        lifecycle: CustomerLifecycle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._oversight, self._lifecycle = oversight, lifecycle
        self.model = RetentionModel(self)
        self.view, self.proxy = make_table(self.model, self, Qt.SortOrder.AscendingOrder)  # type: ignore[arg-type]
        self.view.setObjectName("retention_table")
        intro = QLabel(
            self.tr(
                "Customer files whose retention period has ended. Approving erases the personal "
                "information of the selected file and keeps a deletion record."
            )
        )
        intro.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Approve erasure..."))
        self.erase_button.setObjectName("retention_erase")
        self.erase_button.clicked.connect(self.approve)
        self.message = QLabel()
        self.message.setObjectName("retention_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def reload(self, today: date | None = None) -> None:
        try:
            self.model.set_rows(self._oversight.past_retention(today or date.today()))
        except DomainError as exc:
            self.model.clear()
            self.message.setText(error_text(exc))
            return
        self.view.resizeColumnsToContents()

    def _selected(self) -> RetentionDue | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def approve(self) -> None:
        due = self._selected()
        if due is None or due.erased:
            self.message.setText(self.tr("Select a file that is awaiting approval."))
            return
        reason = ask_reason(
            self,
            self.tr("Approve erasure"),
            self.tr("Erase the personal information of {number}? Reason:").format(
                number=due.number
            ),
        )
        if reason is None:
            return
        try:
            record_no = self._lifecycle.erase(due.customer_id, reason)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(
            self.tr("{number} erased; deletion record no. {record}.").format(
                number=due.number, record=record_no
            )
        )
        self.reload()
