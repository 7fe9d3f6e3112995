"""A date field that may stay empty (birthday unknown, ID without expiry): QDateEdit's minimum
date stands for "not set" and is shown as a word, with a button to empty it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

EMPTY = QDate(1899, 12, 31)
START = QDate(2000, 1, 1)
SEPARATORS = "-/. "


class _DateEdit(QDateEdit):
    """Typing a digit into the empty field starts a real date at its year; Delete empties it."""

    _advanced = False  # the last digit filled a section and moved on: "1985-" types one "-"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(EMPTY)
            return
        if text in SEPARATORS and text and self._advanced:
            self._advanced = False
            return
        if self.date() == EMPTY and text.isdigit():
            self.setDate(START)
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != section


class OptionalDateEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY)
        self.edit.setMaximumDate(QDate(2199, 12, 31))
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(EMPTY)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        qdate = self.edit.date()
        if qdate == EMPTY or not qdate.isValid():
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.clear()
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.value() is None

    def clear(self) -> None:
        self.edit.setDate(EMPTY)
