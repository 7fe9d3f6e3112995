"""Bringing paper files into the archive: one file catalogued (customer file found with the
customers room's search, contents, copies, shelf, confidentiality, date received), or a line of
the handover sign-in book (签收簿) with the files a department hands in."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.customers.directory import SearchResult
from app.errors import ValidationError
from app.lending.schemas import ArchiveItemInput, HandoverInput
from app.services import Services
from ui.customers.customer_finder import CustomerFinder
from ui.customers.file_tabs import text_area
from ui.labels import confidentiality_text
from ui.lending.apply_dialog import date_edit, day_of
from ui.lending.lending_messages import content_texts, contents_text, lending_error_text
from ui.lending.lending_widgets import LendingDialog

LEVELS = ("normal", "confidential", "top_secret")


class ItemDialog(LendingDialog):
    """Catalogue one paper file; with collect=True it only gathers the input for a handover."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, collect: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalogue a paper file"))
        self.setObjectName("item_dialog")
        self._services, self._collect = services, collect
        self.customer: SearchResult | None = None
        self.input: ArchiveItemInput | None = None
        self.finder = CustomerFinder(services.directory, self.tr("Customer &file:"), self)
        self.finder.setMinimumHeight(180)
        self.finder.chosen.connect(self._chosen)
        self.chosen_label = QLabel(self.tr("No customer file chosen yet."))
        self.chosen_label.setObjectName("item_customer")
        self.contents: dict[str, QCheckBox] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, text) in enumerate(content_texts().items()):
            box = QCheckBox(text)
            box.setObjectName(f"content_{code}")
            self.contents[code] = box
            grid.addWidget(box, index // 3, index % 3)
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.shelf = QLineEdit()
        self.shelf.setObjectName("item_shelf")
        self.shelf.setPlaceholderText(self.tr("e.g. A-3-12"))
        self.level = QComboBox()
        self.level.setObjectName("item_level")
        self.level.addItem(self.tr("As the customer file"), "")
        for level in LEVELS:
            self.level.addItem(confidentiality_text(level), level)
        self.received_on = date_edit(date.today(), "item_received_on")
        self.description = text_area(60)
        self.errors.add_row(self.form, self.tr("Chosen:"), self.chosen_label, "customer")
        self.errors.add_row(self.form, self.tr("Con&tents"), grid_box, "contents")
        self.errors.add_row(self.form, self.tr("C&opies"), self.copies, "copies")
        self.errors.add_row(self.form, self.tr("S&helf location"), self.shelf, "shelf")
        self.errors.add_row(self.form, self.tr("Confidentia&lity"), self.level, "confidentiality")
        self.errors.add_row(self.form, self.tr("&Received on"), self.received_on, "received_on")
        self.errors.add_row(self.form, self.tr("&Description"), self.description, "description")
        self.finish(self.tr("&Add to handover") if collect else self.tr("&Catalogue"), self.finder)
        self.resize(720, 720)

    def _chosen(self, customer_id: str) -> None:
        hit = self.finder.selected()
        if hit is not None and hit.customer_id == customer_id:
            self.customer = hit
            level = (
                "" if hit.confidentiality == "normal" else confidentiality_text(hit.confidentiality)
            )
            self.chosen_label.setText(f"{hit.number} {hit.name} {level}".strip())

    def data(self) -> ArchiveItemInput:
        return ArchiveItemInput(
            customer_id=self.customer.customer_id if self.customer else "",
            contents=tuple(code for code, box in self.contents.items() if box.isChecked()),
            copies=self.copies.value(),
            shelf=self.shelf.text(),
            received_on=day_of(self.received_on),
            confidentiality=str(self.level.currentData()),
            description=self.description.toPlainText(),
        )

    def summary(self) -> str:
        data = self.data()
        number = self.customer.number if self.customer else ""
        return f"{number}  {contents_text(data.contents)}  ×{data.copies}  {data.shelf}"

    def accept(self) -> None:
        if self.customer is None:
            self.finder.choose_selected()
        if self._collect:
            self.errors.clear()
            if self.customer is None:
                self.errors.show(
                    "customer", lending_error_text(ValidationError("customer", "not_found"))
                )
                return
            self.input = self.data()
            super().accept()
        elif self.run(lambda: self._services.archive.add_item(self.data())):
            super().accept()


class HandoverDialog(LendingDialog):
    """签收簿: who handed the files in, from which department, complete or what is missing."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive files handed over"))
        self.setObjectName("handover_dialog")
        self._services = services
        self.items: list[ArchiveItemInput] = []
        self.department = QLineEdit()
        self.handed_by = QLineEdit()
        self.complete = QCheckBox(self.tr("Complete as listed"))
        self.complete.setChecked(True)
        self.missing = QLineEdit()
        self.missing.setPlaceholderText(self.tr("What is missing, when not complete"))
        self.item_list = QListWidget()
        self.item_list.setObjectName("handover_items")
        add = QPushButton(self.tr("Add &file..."))
        add.clicked.connect(lambda _checked=False: self.add_item())
        self.errors.add_row(self.form, self.tr("&Department"), self.department, "department")
        self.errors.add_row(self.form, self.tr("&Handed in by"), self.handed_by, "handed_by")
        self.form.addRow("", self.complete)
        self.errors.add_row(self.form, self.tr("&Missing"), self.missing, "missing")
        self.errors.add_row(self.form, self.tr("Files"), self.item_list, "items")
        self.form.addRow("", add)
        self.finish(self.tr("&Sign for receipt"))

    def item_dialog(self) -> ItemDialog:
        return ItemDialog(self._services, self, collect=True)

    def add_item(self, dialog: ItemDialog | None = None) -> None:
        dialog = dialog or self.item_dialog()
        if dialog.input is None:
            dialog.exec()  # a dialog already accepted (as in tests) holds its input
        if dialog.input is not None:
            self.items.append(dialog.input)
            self.item_list.addItem(dialog.summary())

    def accept(self) -> None:
        data = HandoverInput(
            department=self.department.text(),
            handed_by=self.handed_by.text(),
            complete=self.complete.isChecked(),
            missing=self.missing.text(),
        )
        if self.run(lambda: self._services.archive.receive_handover(data, self.items)):
            super().accept()
