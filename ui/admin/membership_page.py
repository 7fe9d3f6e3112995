"""会员设置 (managers): the tiers and the membership settings on one page, each saved with its
own button; a refused value is marked next to its field and what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.settings import MemberSettings
from app.security.permissions import Permission
from app.services import Services
from ui.admin.gifts_page import GiftsPage
from ui.admin.member_settings_form import MemberSettingsForm
from ui.admin.membership_messages import membership_error_text
from ui.admin.tier_editor import TierEditor
from ui.widgets.field_errors import ERROR_STYLE


class MembershipPage(QScrollArea):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membership_page")
        self.setWidgetResizable(True)
        self._services = services
        self.current = MemberSettings()
        self.tiers = TierEditor(services)
        self.form = MemberSettingsForm()
        tiers_box = QGroupBox(self.tr("Member tiers"))
        QVBoxLayout(tiers_box).addWidget(self.tiers)
        settings_box = QGroupBox(self.tr("Membership settings"))
        settings_column = QVBoxLayout(settings_box)
        settings_column.addWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save membership settings"))
        self.save_button.setObjectName("save_membership_settings")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("membership_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        settings_column.addLayout(row)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(tiers_box)
        layout.addWidget(settings_box)
        layout.addStretch(1)
        self.setWidget(inner)

    def reload(self) -> None:
        try:
            self.current = self._services.membership.settings()
            tiers = self._services.membership.tiers()
        except DomainError as exc:
            self._say(membership_error_text(exc), error=True)
            return
        self.form.show_settings(self.current)
        self.tiers.load(tiers, self.current.threshold_basis)
        self.message.clear()

    def save(self) -> None:
        self.form.errors.clear()
        self.message.clear()
        value = self.form.read_input(self.current)
        if value is None:
            self._say(self.tr("Not saved: please correct the marked field."), error=True)
            return
        try:
            saved = self._services.membership.update_settings(value)
        except ValidationError as exc:
            if self.form.show_error(exc.field, exc.code):
                self._say(self.tr("Not saved: please correct the marked field."), error=True)
            else:
                self._say(membership_error_text(exc), error=True)
            return
        except DomainError as exc:
            self._say(membership_error_text(exc), error=True)
            return
        self.current = saved
        self.tiers.load(self.tiers.tiers, saved.threshold_basis)
        self._say(self.tr("Membership settings saved."), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


def add_membership_pages(room: QTabWidget, services: Services) -> None:
    """The 会员设置 and 积分礼品 tabs of the admin room, for those who manage membership."""
    if services.desk.can(Permission.MANAGE_MEMBERSHIP):
        membership = QCoreApplication.translate("MembershipPage", "Membership")
        gifts = QCoreApplication.translate("MembershipPage", "Gift catalogue")
        room.addTab(MembershipPage(services, room), membership)
        room.addTab(GiftsPage(services.points, room), gifts)
