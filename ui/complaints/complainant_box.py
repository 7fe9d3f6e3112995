"""Who complains: a customer file found with the customers room's search, a new contact (name
and phone, no file made), or anonymous."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.directory import CustomerDirectory
from ui.customers.customer_finder import CustomerFinder

CUSTOMER, CONTACT, ANONYMOUS = 0, 1, 2
FINDER_HEIGHT = 150


@dataclass(frozen=True)
class Complainant:
    customer_id: str | None
    contact_name: str
    contact_phone: str
    anonymous: bool


class ComplainantBox(QWidget):
    def __init__(self, directory: CustomerDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complainant_box")
        self.customer_id: str | None = None
        self.modes = QButtonGroup(self)
        self.pages: list[QWidget] = []
        radios = QHBoxLayout()
        texts = (self.tr("Customer &file"), self.tr("New con&tact"), self.tr("Anon&ymous"))
        for mode, text in enumerate(texts):
            radio = QRadioButton(text)
            radio.setObjectName(f"complainant_mode_{mode}")
            self.modes.addButton(radio, mode)
            radios.addWidget(radio)
        radios.addStretch(1)
        self.finder = CustomerFinder(directory, self.tr("Find:"))
        self.finder.setMaximumHeight(FINDER_HEIGHT)
        self.finder.chosen.connect(self.choose_customer)
        self.chosen_label = QLabel(self.tr("No customer chosen yet: type and press Enter."))
        self.chosen_label.setObjectName("complainant_chosen")
        customer_page = QWidget()
        column = QVBoxLayout(customer_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.finder)
        column.addWidget(self.chosen_label)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contact_name")
        self.contact_name.setMaxLength(64)
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contact_phone")
        self.contact_phone.setPlaceholderText("+86 138 0013 8000")
        contact_page = QWidget()
        form = QFormLayout(contact_page)
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("Na&me:"))
        name_label.setBuddy(self.contact_name)
        phone_label = QLabel(self.tr("P&hone:"))
        phone_label.setBuddy(self.contact_phone)
        form.addRow(name_label, self.contact_name)
        form.addRow(phone_label, self.contact_phone)
        anonymous_page = QLabel(self.tr("The complainant stays anonymous; no reply is possible."))
        anonymous_page.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(radios)
        for page in (customer_page, contact_page, anonymous_page):
            layout.addWidget(page)  # only the chosen one shows, so the row is only as tall
            self.pages.append(page)
        self.modes.idToggled.connect(self._mode_toggled)
        self.set_mode(CUSTOMER)

    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        button = self.modes.button(mode)
        if button is not None:
            button.setChecked(True)
        self._show_page(mode)

    def _mode_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self._show_page(mode)

    def _show_page(self, mode: int) -> None:
        for index, page in enumerate(self.pages):
            page.setVisible(index == mode)

    def choose_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        hit = self.finder.selected()
        name = hit.name if hit is not None else ""
        self.chosen_label.setText(self.tr("Chosen: {name}").format(name=name))
        self.chosen_label.setStyleSheet("font-weight: bold;")

    def value(self) -> Complainant:
        mode = self.mode()
        if mode == CUSTOMER:
            return Complainant(self.customer_id, "", "", False)
        if mode == CONTACT:
            name, phone = self.contact_name.text().strip(), self.contact_phone.text().strip()
            return Complainant(None, name, phone, False)
        return Complainant(None, "", "", True)

    def focus_field(self, field: str) -> None:
        """Bring the page of a refused field forward (the phone belongs to the contact)."""
        if field in ("contact_name", "contact_phone", "phone"):
            self.set_mode(CONTACT)
            (self.contact_name if field == "contact_name" else self.contact_phone).setFocus()
        elif field == "customer_id":
            self.set_mode(CUSTOMER)
            self.finder.search.setFocus()
