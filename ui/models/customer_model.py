"""Customer files as a read-only table; cleared whenever the desk locks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.customers.schemas import CustomerRecord
from ui.labels import activity_text, gender_text, tier_text
from ui.models.row_model import Column, RowTableModel


def _columns() -> list[Column[CustomerRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Customer number"),
            lambda r: r.number,
        ),
        Column(lambda: QCoreApplication.translate("CustomerTableModel", "Name"), lambda r: r.name),
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Phone"), lambda r: r.phone
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Gender"),
            lambda r: gender_text(r.gender),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Birthday"),
            lambda r: r.birthday.isoformat() if r.birthday else "",
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Value tier"),
            lambda r: tier_text(r.value_tier),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerTableModel", "Activity"),
            lambda r: activity_text(r.activity),
        ),
    ]


class CustomerTableModel(RowTableModel[CustomerRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
