"""Audit log rows as a table; the newest first as the service returns them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.security.audit_log import AuditRow
from ui.labels import action_text, entity_text, local_time
from ui.models.row_model import Column, RowTableModel


def _columns() -> list[Column[AuditRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "No."),
            lambda r: str(r.id),
            lambda r: r.id,
        ),
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "Time"),
            lambda r: local_time(r.at),
            lambda r: r.at.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "Staff"), lambda r: r.username
        ),
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "Action"),
            lambda r: action_text(r.action),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "Record"),
            lambda r: f"{entity_text(r.entity)} {r.entity_id}".strip(),
        ),
        Column(
            lambda: QCoreApplication.translate("AuditTableModel", "Customer"),
            lambda r: r.customer_id,
        ),
        Column(lambda: QCoreApplication.translate("AuditTableModel", "Reason"), lambda r: r.reason),
        Column(lambda: QCoreApplication.translate("AuditTableModel", "Detail"), lambda r: r.detail),
    ]


class AuditTableModel(RowTableModel[AuditRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
