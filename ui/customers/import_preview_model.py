"""The import preview as a table: line, what will happen, the file's own columns, and the reasons a
row is refused (refused rows in red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.customers.import_service import PreviewRow
from ui.models.row_model import Column, RowTableModel, _Index

REJECT_COLOUR = QColor("#b3261e")


def action_text(action: str) -> str:
    return {
        "new": QCoreApplication.translate("ImportPreviewModel", "New file"),
        "update": QCoreApplication.translate("ImportPreviewModel", "Correct existing"),
        "unchanged": QCoreApplication.translate("ImportPreviewModel", "Unchanged"),
        "reject": QCoreApplication.translate("ImportPreviewModel", "Refused"),
    }.get(action, action)


def field_texts() -> dict[str, str]:
    """The import's fields, in the template's order."""
    return {
        "name": QCoreApplication.translate("ImportPreviewModel", "Name"),
        "gender": QCoreApplication.translate("ImportPreviewModel", "Gender"),
        "phone": QCoreApplication.translate("ImportPreviewModel", "Mobile"),
        "birthday": QCoreApplication.translate("ImportPreviewModel", "Birthday"),
        "id_number": QCoreApplication.translate("ImportPreviewModel", "ID number"),
        "address": QCoreApplication.translate("ImportPreviewModel", "Address"),
        "tier": QCoreApplication.translate("ImportPreviewModel", "Member tier"),
        "note": QCoreApplication.translate("ImportPreviewModel", "Notes"),
        "id_consent": QCoreApplication.translate("ImportPreviewModel", "Separate ID consent"),
        "email": QCoreApplication.translate("ImportPreviewModel", "Email"),
    }


def _cell(column: int) -> Any:
    return lambda r: r.values[column] if column < len(r.values) else ""


def _header(text: str) -> Any:
    return lambda: text


def preview_columns(headers: tuple[str, ...]) -> list[Column[PreviewRow]]:
    columns: list[Column[PreviewRow]] = [
        Column(
            lambda: QCoreApplication.translate("ImportPreviewModel", "Line"),
            lambda r: str(r.line_no),
            lambda r: r.line_no,
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewModel", "Action"),
            lambda r: action_text(r.action),
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewModel", "Reason refused"),
            lambda r: "；".join(p.message for p in r.problems),
        ),
    ]
    columns += [Column(_header(h), _cell(i)) for i, h in enumerate(headers)]
    return columns


class ImportPreviewModel(RowTableModel[PreviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(preview_columns(()), parent)

    def set_preview(self, headers: tuple[str, ...], rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self._columns = preview_columns(headers)
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.row() < self.rowCount()
            and self.row_at(index.row()).action == "reject"
        ):
            return QBrush(REJECT_COLOUR)
        return super().data(index, role)
