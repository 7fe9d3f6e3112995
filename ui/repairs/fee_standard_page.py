"""维修项目收费标准 for managers: every published version (old ones stay, so old orders keep their
prices), and a new version edited from the one shown, published with its effective date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.schemas import yuan
from app.repairs.schemas import FeeItemInput, FeeStandardRecord
from app.services import Services
from ui.members.consumption_dialog import parse_yuan
from ui.members.members_room import NOTE_STYLE
from ui.repairs.repair_messages import category_texts, repair_error_text, repair_field_text
from ui.widgets.field_errors import FieldErrors, message_label

CODE, NAME, UNIT, PRICE, CATEGORY = range(5)


class FeeStandardPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fee_standard_page")
        self._services = services
        self.standards: list[FeeStandardRecord] = []
        self.errors = FieldErrors()
        self.version = QComboBox()
        self.version.setObjectName("fee_version")
        self.version.currentIndexChanged.connect(self._show_version)
        self.items = QStandardItemModel(0, 5, self)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Item"),
                self.tr("Unit"),
                self.tr("Price (yuan)"),
                self.tr("Category"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("fee_items_table")
        self.table.setModel(self.items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("&Add item"))
        add.clicked.connect(lambda: self.add_item("", "", "", 0, ""))
        remove = QPushButton(self.tr("&Remove item"))
        remove.clicked.connect(self.remove_item)
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setObjectName("fee_effective_from")
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setObjectName("fee_note")
        self.publish_button = QPushButton(self.tr("&Publish as a new version"))
        self.publish_button.setObjectName("fee_publish")
        self.publish_button.clicked.connect(self.publish)
        self.result = QLabel()
        self.result.setStyleSheet(NOTE_STYLE)
        self.message = message_label("fee_standard_message")
        top = QHBoxLayout()
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version)
        top.addWidget(version_label)
        top.addWidget(self.version, 1)
        top.addWidget(add)
        top.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.errors.error_label("items"))
        self.errors.add_row(form, self.tr("&Effective from"), self.effective, "effective_from")
        self.errors.add_row(form, self.tr("&Note"), self.note, "note")
        intro = QLabel(
            self.tr(
                "Edit the items below and publish them as a new version; orders keep the prices "
                "of the version they were agreed under."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.publish_button)
        layout.addWidget(self.result)
        layout.addWidget(self.message)

    def reload(self) -> None:
        self.message.hide()
        try:
            self.standards = self._services.fee_standard.versions()
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.version.blockSignals(True)
        self.version.clear()
        for standard in self.standards:
            text = f"{standard.effective_from}  {standard.note}".strip()
            self.version.addItem(text, standard.id)
        self.version.blockSignals(False)
        self._show_version()

    def _show_version(self) -> None:
        index = self.version.currentIndex()
        self.items.removeRows(0, self.items.rowCount())
        if not 0 <= index < len(self.standards):
            return
        for item in self.standards[index].items:
            self.add_item(item.code, item.name, item.unit, item.price_fen, item.category)

    def add_item(self, code: str, name: str, unit: str, price_fen: int, category: str) -> None:
        category_cell = QStandardItem(category_texts().get(category, ""))
        category_cell.setData(category)
        category_cell.setEditable(False)
        price = yuan(price_fen).replace(",", "") if code else ""
        self.items.appendRow(
            [
                QStandardItem(code),
                QStandardItem(name),
                QStandardItem(unit),
                QStandardItem(price),
                category_cell,
            ]
        )

    def remove_item(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.items.removeRow(index.row())

    def item_inputs(self) -> tuple[FeeItemInput, ...] | None:
        found = []
        for row in range(self.items.rowCount()):
            cells = [self.items.item(row, c) for c in range(5)]
            texts = [c.text().strip() if c is not None else "" for c in cells]
            if not any(texts[:4]):
                continue  # an empty row left by "Add item"
            price = parse_yuan(texts[PRICE])
            if price is None:
                text = repair_field_text("price_fen", "invalid")
                self.errors.show("items", f"{texts[CODE]} {texts[NAME]}: {text}")
                return None
            category = cells[CATEGORY].data() if cells[CATEGORY] is not None else ""
            found.append(
                FeeItemInput(texts[CODE], texts[NAME], texts[UNIT], price, str(category or ""))
            )
        return tuple(found)

    def publish(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.result.clear()
        items = self.item_inputs()
        if items is None:
            return
        qday = self.effective.date()
        day = date(qday.year(), qday.month(), qday.day())
        try:
            standard = self._services.fee_standard.publish(items, day, self.note.text().strip())
        except ValidationError as exc:
            field = exc.field if self.errors.has(exc.field) else "items"
            self.errors.show(field, repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.result.setText(
            self.tr("Version of {day} published with {n} items.").format(
                day=standard.effective_from, n=len(standard.items)
            )
        )
        self.reload()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.standards = []
        self.version.clear()
        self.items.removeRows(0, self.items.rowCount())
