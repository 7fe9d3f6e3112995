"""Staff accounts as a table (administration room)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.staff.service import StaffSummary
from ui.labels import local_time, role_text, yes_no
from ui.models.row_model import Column, RowTableModel


def _columns() -> list[Column[StaffSummary]]:
    return [
        Column(
            lambda: QCoreApplication.translate("StaffTableModel", "Username"), lambda r: r.username
        ),
        Column(
            lambda: QCoreApplication.translate("StaffTableModel", "Display name"),
            lambda r: r.display_name,
        ),
        Column(
            lambda: QCoreApplication.translate("StaffTableModel", "Role"),
            lambda r: role_text(r.role),
        ),
        Column(
            lambda: QCoreApplication.translate("StaffTableModel", "Enabled"),
            lambda r: yes_no(r.active),
        ),
        Column(
            lambda: QCoreApplication.translate("StaffTableModel", "Locked until"),
            lambda r: local_time(r.locked_until),
        ),
    ]


class StaffTableModel(RowTableModel[StaffSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
