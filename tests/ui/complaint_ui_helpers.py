"""Helpers for the complaints room's UI tests: the venue's complaint service on a movable clock,
and an intake dialog filled in the way a receptionist types it."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.complaints.service import ComplaintService
from app.services import Services
from tests.app.member_helpers import Clock
from ui.complaints.complainant_box import CONTACT
from ui.complaints.complaint_card_dialog import ComplaintCardDialog

SUMMARY = '客人说前台"态度冷淡",等了20分钟,\n还被催着结账 😠'


def on_clock(services: Services, clock: Clock | None = None) -> Clock:
    """Swap the venue's complaint service for one on a test clock (same database and desk)."""
    clock = clock or Clock()
    services.complaints = ComplaintService(
        services.venue.uow, services.desk, services.audit, services.reminders, now=clock
    )
    return clock


def type_contact(dialog: ComplaintCardDialog, name: str = "王𠮷", summary: str = SUMMARY) -> None:
    box = dialog.complainant
    box.set_mode(CONTACT)
    box.contact_name.setText(name)
    box.contact_phone.setText("+86 138 0013 8000")
    dialog.summary.setPlainText(summary)


def ime_type(widget: QWidget, text: str) -> None:
    """Type Chinese as a receptionist does, through the input method (QTest only sends Latin-1)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
