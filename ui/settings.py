"""UI-only state (window geometry, last username) in QSettings; venue settings live in the DB."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "FrontDesk"
APPLICATION = "FrontDesk"


class UiSettings:
    """The one typed door to QSettings; nothing else in ui/ calls QSettings()."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def _text(self, key: str) -> str:
        value = self._store.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def last_username(self) -> str:
        return self._text("signin/last_username")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._store.setValue("signin/last_username", value)

    @property
    def language(self) -> str:
        """The venue's language as last seen, so the next start (before sign-in) uses it."""
        return self._text("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("main_window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("main_window/geometry", value)

    @property
    def last_room(self) -> int:
        value = self._store.value("main_window/room", 0)
        try:
            return int(str(value))
        except ValueError:
            return 0

    @last_room.setter
    def last_room(self, value: int) -> None:
        self._store.setValue("main_window/room", value)

    def sync(self) -> None:
        self._store.sync()
