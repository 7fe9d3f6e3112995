"""Helpers for the customer screens' tests: demo files, and answering a modal dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.customers.schemas import CustomerInput, CustomerRecord
from app.services import Services
from app.staff.service import StaffInput
from tests.ui.conftest import RECEPTION_PASSWORD


def seed(services: Services) -> dict[str, CustomerRecord]:
    people = [
        CustomerInput("张三", "13800138000", "male", value_tier="vip"),
        CustomerInput("李四", "13912345678", "female"),
        CustomerInput("王五", "15000001111", confidentiality="confidential"),
    ]
    return {p.name: services.customers.create(p) for p in people}


def as_reception(services: Services) -> Services:
    """Sign the same venue in as a receptionist (after the admin seeded it)."""
    services.staff.create(StaffInput("xiaoli", "前台 李小丽", "reception", RECEPTION_PASSWORD))
    services.staff.sign_out()
    services.staff.sign_in("xiaoli", RECEPTION_PASSWORD)
    return services


def answer_modal(handle: Callable[[QWidget], None], seen: list[QWidget] | None = None) -> None:
    """Run `handle` on the next modal dialog once it is shown (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, poll)
            return
        if seen is not None:
            seen.append(widget)
        handle(widget)

    QTimer.singleShot(0, poll)
