"""Search hits and the first page of files in one table; confidential rows stand out in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.customers.directory import SearchResult
from app.customers.schemas import CustomerRecord
from app.customers.validation import display_phone
from ui.labels import confidentiality_text, tier_text
from ui.models.row_model import Column, RowTableModel, _Index

CONFIDENTIAL_COLOUR = QColor("#b3261e")
CONFIDENTIAL_BACKGROUND = QColor("#fdecea")
LEVEL_COLUMN = 4


def phone_text(e164: str) -> str:
    """The grouped national form staff read aloud; a stored value phonenumbers rejects stays."""
    if not e164:
        return ""
    try:
        return display_phone(e164)
    except Exception:  # phonenumbers raises its own NumberParseException
        return e164


def result_of(record: CustomerRecord) -> SearchResult:
    """A file of the first page shown like a search hit (one row type for the table)."""
    return SearchResult(
        record.id,
        record.number,
        record.name,
        record.phone,
        record.value_tier,
        record.confidentiality,
        "",
    )


def _level(row: SearchResult) -> str:
    return "" if row.confidentiality == "normal" else confidentiality_text(row.confidentiality)


def _columns() -> list[Column[SearchResult]]:
    return [
        Column(
            lambda: QCoreApplication.translate("CustomerSearchModel", "Customer number"),
            lambda r: r.number,
        ),
        Column(lambda: QCoreApplication.translate("CustomerSearchModel", "Name"), lambda r: r.name),
        Column(
            lambda: QCoreApplication.translate("CustomerSearchModel", "Mobile"),
            lambda r: phone_text(r.phone),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerSearchModel", "Value tier"),
            lambda r: tier_text(r.value_tier),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerSearchModel", "Confidentiality"), _level
        ),
    ]


class CustomerSearchModel(RowTableModel[SearchResult]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            secret = self.row_at(index.row()).confidentiality != "normal"
            if secret and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(CONFIDENTIAL_COLOUR)
            if secret and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(CONFIDENTIAL_BACKGROUND)
            if secret and role == Qt.ItemDataRole.FontRole and index.column() == LEVEL_COLUMN:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
