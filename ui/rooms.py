"""The rooms of the venue in navigation order, with their translated titles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication


@runtime_checkable
class ActivatedRoom(Protocol):
    """A room that refreshes what it shows each time staff open it."""

    def activate(self) -> None: ...


@dataclass(frozen=True)
class Room:
    key: str

    @property
    def title(self) -> str:
        return room_titles()[self.key]


ROOMS: tuple[Room, ...] = (
    Room("customers"),
    Room("checkin"),
    Room("members"),
    Room("complaints"),
    Room("repairs"),
    Room("lending"),
    Room("care"),
    Room("reports"),
    Room("admin"),
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
