"""A room that later issues build: says so plainly instead of showing an empty screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, room_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(room_name)
        title.setObjectName("room_title")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr("Coming soon: the {room} room is not built yet.").format(room=room_name)
        )
        note.setObjectName("coming_soon")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addStretch(2)
