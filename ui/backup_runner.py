"""Automatic backups from the desktop: at start, every day while open, and on exit.

The backup service decides whether one is due; failures are shown, never raised into Qt.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import Services
from ui.busy import busy_cursor
from ui.messages import error_text

CHECK_INTERVAL_MS = 60 * 60 * 1000


def describe_backup(result: Any) -> str:
    """Where a backup went, whatever small result the backup service returns."""
    where = getattr(result, "path", None) or result
    return str(where) if where is not None else ""


class BackupRunner(QObject):
    finished = Signal(str)  # where the backup went
    failed = Signal(str)  # translated reason

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.run_if_due)

    @property
    def _backups(self) -> Any:
        return getattr(self._services, "backups", None)

    @property
    def available(self) -> bool:
        return self._backups is not None

    def start(self) -> None:
        self.run_if_due()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def run_if_due(self) -> None:
        """The daily backup runs as the system, so a locked desk still gets it."""
        if not self.available:
            return
        try:
            result = self._backups.backup_if_due(datetime.now())  # local day, as backup names use
        except Exception as exc:  # a failed backup must never take the desk down
            self._report(exc)
            return
        if result:
            self.finished.emit(describe_backup(result))

    def run_now(self, *, quiet: bool = False, automatic: bool = False) -> bool:
        """Back up now: by the staff member at the desk, or `automatic` (on exit) as the system."""
        if not self.available:
            self._report_text(self.tr("Backups are not available in this version."), quiet)
            return False
        try:
            with busy_cursor():
                result = self._backups.backup_now(automatic=automatic)
        except Exception as exc:
            self._report(exc, quiet)
            return False
        self.finished.emit(describe_backup(result))
        return True

    def _report(self, exc: Exception, quiet: bool = False) -> None:
        self._report_text(
            self.tr("The backup failed: {reason}").format(reason=error_text(exc)), quiet
        )

    def _report_text(self, text: str, quiet: bool) -> None:
        self.failed.emit(text)
        if quiet:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup"), text, parent=self._window)
        box.open()
