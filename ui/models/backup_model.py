"""The venue's verified backups in the backup folder, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.backup import BackupInfo
from ui.models.row_model import Column, RowTableModel


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


def _columns() -> list[Column[BackupInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BackupTableModel", "Written at"),
            lambda r: r.created_at.strftime("%Y-%m-%d %H:%M:%S"),
            lambda r: r.created_at.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("BackupTableModel", "Size"),
            lambda r: _size(r.size),
            lambda r: r.size,
        ),
        Column(
            lambda: QCoreApplication.translate("BackupTableModel", "File"),
            lambda r: str(r.path),
        ),
    ]


class BackupTableModel(RowTableModel[BackupInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
