"""The repairs list: one row per order, and the proxy that filters by state, month and technician
(the rows are loaded once; changing a filter does not ask the service again)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtCore import QSortFilterProxyModel as _Proxy

from app.members.schemas import yuan
from app.repairs.schemas import RepairRow
from ui.models.row_model import ROW_ROLE, Column, RowTableModel
from ui.repairs.repair_messages import category_texts, late_text, state_texts, text_of


def local_minute(moment: datetime | None) -> str:
    """Stored UTC, read in the PC's local time, to the minute."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def appointment_text(row: RepairRow) -> str:
    start = row.appointment_start.astimezone()
    end = row.appointment_end.astimezone()
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def repair_columns() -> list[Column[RepairRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Number"), lambda r: r.number
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Reported"),
            lambda r: local_minute(r.reported_at),
            lambda r: r.reported_at,
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Category"),
            lambda r: text_of(category_texts(), r.category),
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Place and item"),
            lambda r: r.location,
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "State"),
            lambda r: text_of(state_texts(), r.state),
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Technician"),
            lambda r: r.technician_name,
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Appointment"),
            appointment_text,
            lambda r: r.appointment_start,
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Late"),
            lambda r: late_text(r.late),
        ),
        Column(
            lambda: QCoreApplication.translate("RepairTableModel", "Amount (yuan)"),
            lambda r: yuan(r.total_fen),
            lambda r: r.total_fen,
        ),
    ]


class RepairTableModel(RowTableModel[RepairRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(repair_columns(), parent)


class RepairFilterProxy(_Proxy):
    """Empty filter values let every row through; month is the local YYYY-MM it was reported."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.month = ""
        self.technician = ""

    def set_filters(self, state: str, month: str, technician: str) -> None:
        self.beginFilterChange()
        self.state, self.month, self.technician = state, month, technician
        self.endFilterChange(_Proxy.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(row, RepairRow):
            return False
        if self.state and row.state != self.state:
            return False
        if self.month and f"{row.reported_at.astimezone():%Y-%m}" != self.month:
            return False
        return not self.technician or row.technician_name == self.technician
