"""The fee lines shown to the customer on site: items picked from the order's fee standard with a
quantity, or an "other" item (own name, unit and price) that needs a manager's approval; the
running total follows every change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.members.schemas import yuan
from app.repairs.schemas import FeeItemRecord, FeeLineInput, FeeLineRecord
from ui.members.consumption_dialog import parse_yuan

MAX_QUANTITY = 9999.0


def item_text(item: FeeItemRecord) -> str:
    return f"{item.code}  {item.name}  {yuan(item.price_fen)}/{item.unit}"


class FeeLineRow(QWidget):
    """One line: a standard item (combo) or an "other" item (three fields), quantity, amount."""

    changed = Signal()
    removed = Signal(object)

    def __init__(
        self,
        items: tuple[FeeItemRecord, ...],
        other: bool,
        approver: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.other = other
        self._items = {i.id: i for i in items}
        self.item = QComboBox()
        for entry in items:
            self.item.addItem(item_text(entry), entry.id)
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(self.tr("Other item"))
        self.other_unit = QLineEdit()
        self.other_unit.setPlaceholderText(self.tr("Unit"))
        self.other_unit.setMaximumWidth(60)
        self.other_price = QLineEdit()
        self.other_price.setPlaceholderText(self.tr("Price (yuan)"))
        self.other_price.setMaximumWidth(100)
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(3)
        self.quantity.setRange(0.001, MAX_QUANTITY)
        self.quantity.setValue(1)
        self.amount = QLabel()
        self.amount.setMinimumWidth(90)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if other:
            row.addWidget(self.other_name, 3)
            row.addWidget(self.other_unit)
            row.addWidget(self.other_price)
            note = QLabel(
                self.tr("approved by you") if approver else self.tr("needs a manager's approval")
            )
            note.setStyleSheet("color: #8a5a00;")
            row.addWidget(note)
        else:
            row.addWidget(self.item, 4)
        row.addWidget(QLabel("×"))
        row.addWidget(self.quantity)
        row.addWidget(self.amount)
        row.addWidget(remove)
        for signal in (
            self.item.currentIndexChanged,
            self.quantity.valueChanged,
            self.other_price.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def quantity_milli(self) -> int:
        return round(self.quantity.value() * 1000)

    def unit_price_fen(self) -> int:
        if self.other:
            return parse_yuan(self.other_price.text()) or 0
        item = self._items.get(self.item.currentData())
        return item.price_fen if item is not None else 0

    def amount_fen(self) -> int:
        """The same rounding as the service: to the nearest fen."""
        return (self.unit_price_fen() * self.quantity_milli() + 500) // 1000

    def _update(self) -> None:
        self.amount.setText(yuan(self.amount_fen()))
        self.changed.emit()

    def line_input(self) -> FeeLineInput:
        if self.other:
            return FeeLineInput(
                None,
                self.quantity_milli(),
                other_name=self.other_name.text().strip(),
                other_unit=self.other_unit.text().strip(),
                other_price_fen=parse_yuan(self.other_price.text()) or 0,
            )
        return FeeLineInput(int(self.item.currentData()), self.quantity_milli())


class FeeLinesEditor(QWidget):
    total_changed = Signal(int)

    def __init__(
        self,
        items: tuple[FeeItemRecord, ...],
        approver: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fee_lines_editor")
        self._items = items
        self._approver = approver  # "other" items are approved as they are saved
        self.rows: list[FeeLineRow] = []
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No fee items yet (free repair)."))
        add = QPushButton(self.tr("Add &item from the standard"))
        add.setObjectName("fee_add_item")
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_line())
        add_other = QPushButton(self.tr('Add "&other" item...'))
        add_other.setObjectName("fee_add_other")
        add_other.setAutoDefault(False)
        add_other.clicked.connect(lambda: self.add_other())
        self.total = QLabel()
        self.total.setObjectName("fee_total")
        self.total.setStyleSheet("font-weight: bold;")
        buttons = QGridLayout()
        buttons.addWidget(add, 0, 0)
        buttons.addWidget(add_other, 0, 1)
        buttons.addWidget(self.total, 0, 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._lines)
        layout.addLayout(buttons)
        self._update()

    def _append(self, row: FeeLineRow) -> FeeLineRow:
        row.changed.connect(self._update)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self._lines.addWidget(row)
        self._update()
        return row

    def add_line(self, item_id: int | None = None, quantity: float = 1.0) -> FeeLineRow:
        row = FeeLineRow(self._items, other=False)
        if item_id is not None:
            row.item.setCurrentIndex(max(row.item.findData(item_id), 0))
        row.quantity.setValue(quantity)
        return self._append(row)

    def add_other(
        self, name: str = "", unit: str = "", price: str = "", quantity: float = 1.0
    ) -> FeeLineRow:
        row = FeeLineRow(self._items, other=True, approver=self._approver)
        row.other_name.setText(name)
        row.other_unit.setText(unit)
        row.other_price.setText(price)
        row.quantity.setValue(quantity)
        return self._append(row)

    def show_lines(self, lines: tuple[FeeLineRecord, ...]) -> None:
        """The lines already on the order, so a second round starts from the first."""
        for line in lines:
            quantity = line.quantity_milli / 1000
            if line.other:
                self.add_other(line.name, line.unit, yuan(line.unit_price_fen), quantity)
            else:
                self.add_line(line.fee_item_id, quantity)

    def _remove(self, row: FeeLineRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update()

    def total_fen(self) -> int:
        return sum(row.amount_fen() for row in self.rows)

    def _update(self) -> None:
        self.empty.setVisible(not self.rows)
        total = self.total_fen()
        self.total.setText(self.tr("Total: {amount} yuan").format(amount=yuan(total)))
        self.total_changed.emit(total)

    def lines(self) -> tuple[FeeLineInput, ...]:
        return tuple(row.line_input() for row in self.rows)
