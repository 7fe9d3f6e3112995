"""What a care list offers on a customer's row: open the file (audited like the customers room
does) and, for managers, override the customer's class."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.class_override_dialog import ClassOverrideDialog
from ui.customers.file_dialog import CustomerFileDialog


def open_customer_file(services: Services, customer_id: str, parent: QWidget) -> None:
    try:
        record = services.customers.open(customer_id, "客户关怀")
    except DomainError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("CareRoom", "Customer file"), care_error_text(exc)
        )
        return
    dialog = CustomerFileDialog(services, record, parent)
    dialog.exec()
    dialog.deleteLater()  # its fields hold decrypted values: gone once it is closed


def override_class(services: Services, customer_id: str, name: str, parent: QWidget) -> bool:
    dialog = ClassOverrideDialog(services, customer_id, name, parent)
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    return accepted
