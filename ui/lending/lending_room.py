"""档案借阅 room: tabs by role. Everyone applies; approvers see what waits for them; the archive
keeper keeps the register and the catalogue; managers decide on confidential-file access; the
keeper and a manager approve destruction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from app.security.permissions import Permission
from app.services import Services
from ui.lending.access_page import AccessPage
from ui.lending.applications_page import ApplicationsPage
from ui.lending.approvals_page import ApprovalsPage
from ui.lending.catalogue_page import CataloguePage
from ui.lending.destruction_page import DestructionPage
from ui.lending.loan_limit_box import LoanLimitBox
from ui.lending.register_page import RegisterPage

APPROVER = (
    Permission.APPROVE_LOAN_DEPARTMENT,
    Permission.APPROVE_LOAN_ARCHIVE,
    Permission.APPROVE_LOAN_CONFIDENTIAL,
)


class LendingRoom(QTabWidget):
    """Tabs switch with Ctrl+Tab; each page loads when it is shown."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lending_room")
        desk = services.desk
        self.applications: ApplicationsPage | None = None
        self.approvals: ApprovalsPage | None = None
        self.register: RegisterPage | None = None
        self.catalogue: CataloguePage | None = None
        self.access: AccessPage | None = None
        self.destruction: DestructionPage | None = None
        if desk.can(Permission.APPLY_LOAN):
            self.applications = ApplicationsPage(services, self)
            self.addTab(self.applications, self.tr("Applications"))
        if any(desk.can(p) for p in APPROVER):
            self.approvals = ApprovalsPage(services, self)
            self.addTab(self.approvals, self.tr("Waiting for my approval"))
        if desk.can(Permission.MANAGE_ARCHIVE):
            self.register = RegisterPage(services, self)
            self.addTab(self.register, self.tr("Lending register"))
            self.catalogue = CataloguePage(services, self)
            self.addTab(self.catalogue, self.tr("Archive catalogue"))
        if desk.can(Permission.APPROVE_FILE_ACCESS):
            self.access = AccessPage(services, self)
            self.addTab(self.access, self.tr("Access requests"))
        if desk.can(Permission.APPROVE_DESTRUCTION):
            self.destruction = DestructionPage(services, self)
            self.addTab(self.destruction, self.tr("Destruction"))
        if desk.can(Permission.MANAGE_ROOM_SETTINGS):
            self.setCornerWidget(LoanLimitBox(services, self), Qt.Corner.TopRightCorner)
        first = self.register or self.approvals  # what the keeper / an approver works on
        if first is not None:
            self.setCurrentWidget(first)
        self.currentChanged.connect(lambda _index: self.activate())

    def pages(self) -> list[QWidget]:
        return [w for w in (self.widget(i) for i in range(self.count())) if w is not None]

    def activate(self) -> None:
        reload = getattr(self.currentWidget(), "reload", None)
        if callable(reload):
            reload()

    def open_item(self, loan_id: str) -> None:
        """A loan chosen in the overdue / due-soon list: the register for the keeper, else the
        borrower's own applications."""
        for page in (self.register, self.applications):
            if page is not None:
                self.setCurrentWidget(page)
                if page.open_item(loan_id):
                    return

    def wipe(self) -> None:
        for page in self.pages():
            wipe = getattr(page, "wipe", None)
            if callable(wipe):
                wipe()
