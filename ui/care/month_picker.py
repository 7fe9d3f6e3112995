"""A month picker (YYYY-MM) starting at this month, for the satisfaction and analysis pages."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def month_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    return edit


def month_of(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM")
