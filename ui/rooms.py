"""The rooms of the venue in navigation order; later issues replace placeholders with real rooms."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Room:
    key: str
    built: bool

    @property
    def title(self) -> str:
        return room_titles()[self.key]


ROOMS: tuple[Room, ...] = (
    Room("customers", True),
    Room("checkin", True),
    Room("members", True),
    Room("complaints", True),
    Room("repairs", True),
    Room("lending", True),
    Room("care", True),
    Room("reports", False),
    Room("admin", True),
)


def room_titles() -> dict[str, str]:
    return {
        "customers": QCoreApplication.translate("Rooms", "Customer files"),
        "checkin": QCoreApplication.translate("Rooms", "Front-desk check-in"),
        "members": QCoreApplication.translate("Rooms", "Member cards"),
        "complaints": QCoreApplication.translate("Rooms", "Complaints"),
        "repairs": QCoreApplication.translate("Rooms", "Repairs"),
        "lending": QCoreApplication.translate("Rooms", "Archive lending"),
        "care": QCoreApplication.translate("Rooms", "Customer care"),
        "reports": QCoreApplication.translate("Rooms", "Reports"),
        "admin": QCoreApplication.translate("Rooms", "Administration"),
    }
