"""The orders of the repairs room: the list with its filters on the left, the chosen order with the
buttons for its next steps on the right, printing and the monthly report below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.repairs.schemas import RepairRecord, RepairRow
from app.security.permissions import Permission
from app.services import Services
from ui.members.members_room import NOTE_STYLE
from ui.models.row_model import ROW_ROLE
from ui.repairs.order_view import OrderView
from ui.repairs.repair_actions import RepairActions, next_steps, step_texts
from ui.repairs.repair_messages import repair_error_text, state_texts
from ui.repairs.repair_model import RepairFilterProxy, RepairTableModel
from ui.repairs.repair_order_dialog import RepairOrderDialog
from ui.repairs.repair_printing import RepairPrinting
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table


class OrdersPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.order: RepairRecord | None = None
        self.new_order = QPushButton(self.tr("&New repair order..."))
        self.new_order.setObjectName("repair_new")
        self.new_order.clicked.connect(self.record_order)
        self.new_order.setVisible(services.desk.can(Permission.RECORD_REPAIR))
        self.state = QComboBox()
        self.state.setObjectName("repair_filter_state")
        self.state.addItem(self.tr("All states"), "")
        for code, text in state_texts().items():
            self.state.addItem(text, code)
        self.month = QComboBox()
        self.month.setObjectName("repair_filter_month")
        self.technician = QComboBox()
        self.technician.setObjectName("repair_filter_technician")
        filters = QHBoxLayout()
        filters.addWidget(self.new_order)
        filters.addStretch(1)
        for caption, box in (
            (self.tr("S&tate:"), self.state),
            (self.tr("&Month:"), self.month),
            (self.tr("Tec&hnician:"), self.technician),
        ):
            label = QLabel(caption)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            box.currentIndexChanged.connect(self.apply_filters)
        self.model = RepairTableModel(self)
        self.filter = RepairFilterProxy(self)
        self.filter.setSourceModel(self.model)
        self.view, self.proxy = make_table(self.filter, self)  # type: ignore[arg-type]
        self.view.setObjectName("repair_table")
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.order_view = OrderView()
        self.steps = RepairActions(services, self)
        self.buttons: dict[str, QPushButton] = {}
        self.grid = QGridLayout()
        for key, text in step_texts().items():
            button = QPushButton(text)
            button.setObjectName(f"repair_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.run_step(k))
            self.buttons[key] = button
        self.note = QLabel()
        self.note.setObjectName("repair_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = message_label("repair_message")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.order_view, 1)
        column.addLayout(self.grid)
        column.addWidget(self.note)
        column.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(right)
        split.setSizes([600, 600])
        self.printing = RepairPrinting(services, self.show_error)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.printing)
        self._update_buttons()

    # ------------------------------------------------------------ list

    def reload(self) -> None:
        """All orders once; the filters work on what is loaded."""
        try:
            rows = self._services.repairs.list_rows()
        except DomainError as exc:
            self.show_error(repair_error_text(exc))
            return
        self.model.set_rows(rows)
        self._fill_filter(self.month, sorted({self._month(r) for r in rows}, reverse=True))
        self._fill_filter(self.technician, sorted({r.technician_name for r in rows} - {""}))
        self.apply_filters()  # a month or technician no longer listed falls back to "All"
        self.view.resizeColumnsToContents()
        if self.order is not None:
            self.select(self.order.id)

    @staticmethod
    def _month(row: RepairRow) -> str:
        return f"{row.reported_at.astimezone():%Y-%m}"

    def _fill_filter(self, box: QComboBox, values: list[str]) -> None:
        chosen = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All"), "")
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def apply_filters(self) -> None:
        self.filter.set_filters(
            str(self.state.currentData() or ""),
            str(self.month.currentData() or ""),
            str(self.technician.currentData() or ""),
        )

    def select(self, order_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(found, RepairRow) and found.id == order_id:
                self.view.selectRow(row)
                return

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, RepairRow) and (self.order is None or self.order.id != row.id):
            self.open_order(row.id)

    def open_order(self, order_id: str) -> None:
        self.clear_messages()
        try:
            order = self._services.repairs.open(order_id)
        except DomainError as exc:
            self.show_error(repair_error_text(exc))
            return
        self.show_order(order)

    def show_order(self, order: RepairRecord) -> None:
        repairs = self._services.repairs
        self.order = order
        try:
            signature = repairs.signature(order.id) if order.has_signature else None
        except DomainError:
            signature = None

        def photo(photo_id: str) -> bytes | None:
            try:
                return repairs.photo(photo_id)
            except DomainError:
                return None

        self.order_view.show_order(order, signature, photo)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Only the steps this order offers to this role, packed three to a row."""
        enabled = next_steps(self.order, self._services.desk.can)
        shown = 0
        for key, button in self.buttons.items():
            self.grid.removeWidget(button)
            if key in enabled:  # placed first: a button shown before it has a parent is a window
                self.grid.addWidget(button, shown // 3, shown % 3)
                shown += 1
            button.setVisible(key in enabled)
            button.setEnabled(key in enabled)

    # ------------------------------------------------------------ actions

    def record_order(self) -> None:
        self.clear_messages()
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        taken = [r.appointment_start for r in rows if r.state in ("new", "scheduled")]
        dialog = RepairOrderDialog(self._services, self, taken)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.order = dialog.record
            self.note.setText(
                self.tr("Repair order {number} recorded.").format(number=dialog.record.number)
            )
            if dialog.photo_refusals:
                self.show_error("\n".join(dialog.photo_refusals))
            self.reload()
            self.show_order(dialog.record)
        dialog.deleteLater()

    def run_step(self, key: str) -> None:
        if self.order is None:
            return
        self.clear_messages()
        if key == "print":
            self.printing.print_order(self.order.number)
            return
        try:
            changed = self.steps.run(key, self.order)
        except DomainError as exc:
            self.show_error(repair_error_text(exc))
            return
        if self.steps.note:
            self.note.setText(self.steps.note)
        if changed is not None:
            self.show_order(changed)
            self.reload()

    def clear_messages(self) -> None:
        self.message.hide()
        self.note.clear()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.order = None
        self.model.clear()
        self.order_view.clear_order()
        self.clear_messages()
        self._update_buttons()
