"""As-you-type search without a query per keystroke: the slot runs once typing pauses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

SEARCH_DELAY_MS = 150


def debounced(field: QLineEdit, slot: Callable[[], None], ms: int = SEARCH_DELAY_MS) -> QTimer:
    """A single-shot timer restarted by every edit of `field`; stop() it to drop a pending run."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    field.textChanged.connect(lambda _text: timer.start())
    return timer
