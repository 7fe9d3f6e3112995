"""Staff accounts: list, add, edit (administration room, admins only)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.staff.service import StaffService, StaffSummary
from ui.dialogs.staff_dialog import StaffDialog
from ui.messages import error_text
from ui.models.row_model import ROW_ROLE
from ui.models.staff_model import StaffTableModel
from ui.widgets.table_view import make_table


class StaffPage(QWidget):
    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.model = StaffTableModel(self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("staff_table")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        add = QPushButton(self.tr("&Add staff member..."))
        add.setShortcut(QKeySequence("Ctrl+N"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit..."))
        edit.clicked.connect(self.edit_selected)
        self.message = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        try:
            self.model.set_rows(self._staff.list())
        except DomainError as exc:
            self.model.clear()
            self.message.setText(error_text(exc))
            return
        self.view.resizeColumnsToContents()

    def _selected(self) -> StaffSummary | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, StaffSummary) else None

    def add(self) -> None:
        dialog = StaffDialog(self._staff, None, self)
        if dialog.exec():
            self.reload()

    def edit_selected(self) -> None:
        existing = self._selected()
        if existing is None:
            self.message.setText(self.tr("Select a staff member first."))
            return
        dialog = StaffDialog(self._staff, existing, self)
        if dialog.exec():
            self.reload()
