"""A search line that hands Down to its result table, so Enter and the arrows work without the
mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget


class SearchBox(QLineEdit):
    def __init__(self, results: QAbstractItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self._results.model()
        if event.key() == Qt.Key.Key_Down and model is not None and model.rowCount():
            self._results.setFocus()
            if not self._results.currentIndex().isValid():
                self._results.setCurrentIndex(model.index(0, 0))
            return
        super().keyPressEvent(event)
