"""F1: every keyboard shortcut of the desk in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.rooms import ROOMS


def shortcuts_help() -> str:
    lines = [
        QCoreApplication.translate("Help", "Ctrl+L  Lock the desk"),
        QCoreApplication.translate("Help", "Ctrl+Shift+L  Sign out"),
        QCoreApplication.translate("Help", "Ctrl+Q  Quit"),
        QCoreApplication.translate("Help", "F1  This help"),
        QCoreApplication.translate("Help", "F2  Front-desk check-in: scan a member card"),
        QCoreApplication.translate("Help", "F3  Register a walk-in visitor (check-in room)"),
        QCoreApplication.translate("Help", "Alt + underlined letter  Press that button or field"),
        QCoreApplication.translate("Help", "Tab / Shift+Tab  Next / previous field"),
        QCoreApplication.translate("Help", "Ctrl+F  Find a customer (customer files)"),
        QCoreApplication.translate("Help", "Ctrl+N  New customer file"),
        QCoreApplication.translate("Help", "Enter  Open the customer file found"),
        QCoreApplication.translate("Help", "Ctrl+Tab  Next tab of a customer file"),
    ]
    rooms = [f"Ctrl+{n}  {room.title}" for n, room in enumerate(ROOMS, start=1)]
    return "\n".join([*lines, "", *rooms])
