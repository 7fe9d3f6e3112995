"""First start: venue name, admin account, venue passphrase, backup folder, recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.errors import DomainError, ValidationError
from app.setup import VenueSetupInput, VenueSetupResult, validate_setup
from app.staff.service import StaffInput
from ui.busy import busy_cursor
from ui.dialogs.recovery_key_page import RecoveryKeyPage
from ui.dialogs.setup_pages import (
    ADMIN_PAGE,
    BACKUP_PAGE,
    PASSPHRASE_PAGE,
    RECOVERY_PAGE,
    VENUE_PAGE,
    AdminPage,
    BackupPage,
    InputPage,
    PassphrasePage,
    VenuePage,
)
from ui.messages import error_text, field_error_text

CreateVenue = Callable[[VenueSetupInput], VenueSetupResult]

FIELD_PAGES = {
    "venue_name": VENUE_PAGE,
    "username": ADMIN_PAGE,
    "display_name": ADMIN_PAGE,
    "role": ADMIN_PAGE,
    "password": ADMIN_PAGE,
    "password_again": ADMIN_PAGE,
    "passphrase": PASSPHRASE_PAGE,
    "passphrase_again": PASSPHRASE_PAGE,
    "backup_dir": BACKUP_PAGE,
}


class SetupWizard(QWizard):
    """`create` is app.setup.create_venue bound to the data dir (and, in tests, a fast KDF)."""

    def __init__(self, data_dir: Path, create: CreateVenue, parent: QWidget | None = None):
        super().__init__(parent)
        self._create = create
        self.result_: VenueSetupResult | None = None
        self.setWindowTitle(self.tr("FrontDesk - Set up the venue"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create venue"))
        self.venue_page = VenuePage()
        self.admin_page = AdminPage()
        self.passphrase_page = PassphrasePage()
        self.backup_page = BackupPage(str(data_dir / "backups"))
        self.recovery_page = RecoveryKeyPage()
        self.input_pages: dict[int, InputPage] = {
            VENUE_PAGE: self.venue_page,
            ADMIN_PAGE: self.admin_page,
            PASSPHRASE_PAGE: self.passphrase_page,
            BACKUP_PAGE: self.backup_page,
        }
        for page_id, page in self.input_pages.items():
            self.setPage(page_id, page)
        self.setPage(RECOVERY_PAGE, self.recovery_page)
        self.setMinimumSize(760, 560)

    def read_input(self) -> VenueSetupInput:
        admin = self.admin_page
        return VenueSetupInput(
            venue_name=self.venue_page.venue_name.text(),
            admin=StaffInput(
                admin.username.text(), admin.display_name.text(), "admin", admin.password.text()
            ),
            passphrase=self.passphrase_page.passphrase.text(),
            passphrase_again=self.passphrase_page.passphrase_again.text(),
            backup_dir=self.backup_page.backup_dir.text().strip(),
        )

    def typed_passphrase(self) -> str:
        return self.passphrase_page.passphrase.text()

    def _show_error(self, field: str, text: str) -> None:
        """Put the message next to its field; go back to that field's page if it is earlier."""
        target = FIELD_PAGES.get(field, self.currentId())
        page = self.input_pages.get(target, self.backup_page)
        while self.currentId() > target:
            self.back()
        if not page.errors.show(field, text):
            page.errors.show("create", text)

    def _first_error(self, upto: int) -> tuple[str, str] | None:
        """The first problem on this page or an earlier one; later pages are not typed yet."""
        data = self.read_input()
        if upto >= ADMIN_PAGE and data.admin.password != self.admin_page.password_again.text():
            return "password_again", field_error_text("password_again", "mismatch")
        try:
            validate_setup(data)
        except ValidationError as exc:
            if FIELD_PAGES.get(exc.field, BACKUP_PAGE) <= upto:
                return exc.field, error_text(exc)
        return None

    def validateCurrentPage(self) -> bool:
        current = self.currentId()
        if current not in self.input_pages:
            return super().validateCurrentPage()
        for page in self.input_pages.values():
            page.errors.clear()
        problem = self._first_error(current)
        if problem is not None:
            self._show_error(*problem)
            return False
        if current == BACKUP_PAGE:
            return self._create_venue()
        return super().validateCurrentPage()

    def _create_venue(self) -> bool:
        try:
            with busy_cursor():
                self.result_ = self._create(self.read_input())
        except ValidationError as exc:
            self._show_error(exc.field, error_text(exc))
            return False
        except (DomainError, OSError) as exc:
            self._show_error("create", error_text(exc))
            return False
        self.recovery_page.show_result(self.result_)
        return True

    def reject(self) -> None:
        """Once the venue exists, the wizard only closes after the recovery key is confirmed."""
        if self.result_ is not None and not self.recovery_page.confirm.isChecked():
            QMessageBox.information(
                self,
                self.tr("Recovery key"),
                self.tr("Please keep the recovery key safe and tick the box before closing."),
            )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result_ is not None and not self.recovery_page.confirm.isChecked():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
