"""系统管理: staff, settings, audit log and backups, each tab shown only to roles allowed it
(the services refuse the others anyway)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.backup import BackupService
from app.errors import DomainError
from app.security.permissions import Permission
from app.services import Services
from ui.admin.audit_page import AuditPage
from ui.admin.membership_page import add_membership_pages
from ui.admin.retention_page import RetentionPage
from ui.admin.settings_page import SettingsPage
from ui.admin.staff_page import StaffPage
from ui.backup_runner import BackupRunner
from ui.messages import error_text
from ui.models.backup_model import BackupTableModel
from ui.widgets.table_view import make_table


class BackupPage(QWidget):
    def __init__(
        self, runner: BackupRunner, backups: BackupService | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._backups = backups
        intro = QLabel(
            self.tr(
                "FrontDesk backs up the venue automatically every day and when it closes. "
                "Every backup is verified before it counts."
            )
        )
        intro.setWordWrap(True)
        self.button = QPushButton(self.tr("&Back up now"))
        self.button.setObjectName("backup_now")
        self.button.clicked.connect(self.back_up)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.view, _proxy = make_table(
            self.model,  # type: ignore[arg-type]
            self,
            Qt.SortOrder.DescendingOrder,
        )
        self.view.setObjectName("backup_table")
        runner.finished.connect(self._done)
        runner.failed.connect(self.result.setText)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Backups in the backup folder:")))
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        if self._backups is None:
            return
        try:
            self.model.set_rows(self._backups.list_backups())
        except DomainError as exc:
            self.model.clear()
            self.result.setText(error_text(exc))
            return
        self.view.resizeColumnsToContents()

    def back_up(self) -> None:
        self.result.clear()
        self._runner.run_now()

    def _done(self, where: str) -> None:
        self.result.setText(self.tr("Backup written and verified: {where}").format(where=where))
        self.reload()


class AdminRoom(QTabWidget):
    """Tabs switch with Ctrl+Tab / Ctrl+PgDn; no mnemonics, so the pages keep their Alt keys."""

    def __init__(self, services: Services, runner: BackupRunner, parent: QWidget | None = None):
        super().__init__(parent)
        desk = services.desk
        self.staff_page: StaffPage | None = None
        self.settings_page: SettingsPage | None = None
        self.audit_page: AuditPage | None = None
        if desk.can(Permission.MANAGE_STAFF):
            self.staff_page = StaffPage(services.staff, self)
            self.addTab(self.staff_page, self.tr("Staff"))
        if desk.can(Permission.MANAGE_SETTINGS):
            self.settings_page = SettingsPage(services.settings, self)
            self.addTab(self.settings_page, self.tr("Settings"))
        if desk.can(Permission.VIEW_AUDIT):
            self.audit_page = AuditPage(services.audit_log, self)
            self.addTab(self.audit_page, self.tr("Audit log"))
        self.retention_page: RetentionPage | None = None
        if desk.can(Permission.ERASE_CUSTOMER):
            self.retention_page = RetentionPage(services.oversight, services.lifecycle, self)
            self.addTab(self.retention_page, self.tr("Retention"))
        add_membership_pages(self, services)
        self.backup_page = BackupPage(runner, getattr(services, "backups", None), self)
        self.addTab(self.backup_page, self.tr("Backup"))
        self.currentChanged.connect(lambda _index: self.reload_current())

    def reload_current(self) -> None:
        page = self.currentWidget()
        reload = getattr(page, "reload", None)
        if callable(reload):
            reload()

    def wipe(self) -> None:
        if self.audit_page is not None:
            self.audit_page.wipe()
        if self.staff_page is not None:
            self.staff_page.model.clear()
        if self.retention_page is not None:
            self.retention_page.model.clear()
