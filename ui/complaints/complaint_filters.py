"""The filter bar over the complaints list: state (open cards by default), month, kind and
overdue only; every change is applied by the proxy, no query."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.complaints.schemas import ComplaintRow
from ui.complaints.complaint_table_model import OPEN, ComplaintFilter, month_of
from ui.complaints.complaint_words import kind_texts, state_texts


class ComplaintFilterBar(QWidget):
    changed = Signal(object)  # ComplaintFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QComboBox()
        self.state.setObjectName("filter_state")
        self.state.addItem(self.tr("Open cards"), OPEN)
        self.state.addItem(self.tr("All states"), "")
        for code, text in state_texts().items():
            self.state.addItem(text, code)
        self.month = QComboBox()
        self.month.setObjectName("filter_month")
        self.month.addItem(self.tr("All months"), "")
        self.kind = QComboBox()
        self.kind.setObjectName("filter_kind")
        self.kind.addItem(self.tr("All kinds"), "")
        for code, text in kind_texts().items():
            self.kind.addItem(text, code)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("filter_overdue")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, combo in (
            (self.tr("&State:"), self.state),
            (self.tr("&Month:"), self.month),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        row.addWidget(self.overdue)
        row.addStretch(1)
        self.overdue.toggled.connect(self._emit)

    def value(self) -> ComplaintFilter:
        return ComplaintFilter(
            state=str(self.state.currentData() or ""),
            month=str(self.month.currentData() or ""),
            overdue_only=self.overdue.isChecked(),
            kind=str(self.kind.currentData() or ""),
        )

    def _emit(self) -> None:
        self.changed.emit(self.value())

    def fill_months(self, rows: Sequence[ComplaintRow]) -> None:
        """The months that have cards, newest first; the chosen month stays chosen."""
        chosen = str(self.month.currentData() or "")
        months = sorted({month_of(r.received_at) for r in rows} | ({chosen} - {""}), reverse=True)
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("All months"), "")
        for month in months:
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)

    def choose(self, state: str | None = None, month: str | None = None) -> None:
        """Set the state and/or month filter by code (tests, and the due list's "show all")."""
        if state is not None:
            self.state.setCurrentIndex(max(0, self.state.findData(state)))
        if month is not None:
            self.month.setCurrentIndex(max(0, self.month.findData(month)))
