"""The audit log viewer (managers, admins): who did what to which customer, and when."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.security.audit import AuditAction
from app.security.audit_log import AuditFilter, AuditLogService
from ui.labels import action_text
from ui.messages import error_text
from ui.models.audit_model import AuditTableModel
from ui.widgets.table_view import make_table


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setEnabled(False)
    return edit


class AuditPage(QWidget):
    def __init__(self, audit_log: AuditLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit_log = audit_log
        self.model = AuditTableModel(self)
        self.view, self.proxy = make_table(
            self.model,  # type: ignore[arg-type]
            self,
            Qt.SortOrder.DescendingOrder,
        )
        self.view.setObjectName("audit_table")
        self.username = QLineEdit()
        self.username.setObjectName("audit_username")
        self.customer_id = QLineEdit()
        self.customer_id.setObjectName("audit_customer")
        self.action = QComboBox()
        self.action.addItem(self.tr("(all actions)"), "")
        for action in AuditAction:
            self.action.addItem(action_text(action.value), action.value)
        self.use_from = QCheckBox(self.tr("&From:"))
        self.use_to = QCheckBox(self.tr("&To:"))
        self.date_from = _date_edit()
        self.date_to = _date_edit()
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        search = QPushButton(self.tr("&Search"))
        search.setObjectName("audit_search")
        search.setDefault(True)
        search.clicked.connect(self.reload)
        self.username.returnPressed.connect(self.reload)
        self.customer_id.returnPressed.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("audit_status")
        grid = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("Staff &username:"), self.username),
                (self.tr("&Customer ID:"), self.customer_id),
                (self.tr("&Action:"), self.action),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        grid.addWidget(self.use_from, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.use_to, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        grid.addWidget(search, 1, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def read_filter(self) -> AuditFilter:
        return AuditFilter(
            username=self.username.text().strip(),
            customer_id=self.customer_id.text().strip(),
            action=str(self.action.currentData() or ""),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,  # type: ignore[arg-type]
        )

    def reload(self) -> None:
        try:
            rows = self._audit_log.search(self.read_filter())
        except DomainError as exc:
            self.model.clear()
            self.status.setText(error_text(exc))
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.status.setText(self.tr("{n} row(s), newest first.").format(n=len(rows)))

    def wipe(self) -> None:
        self.model.clear()
