"""Pieces every tab of the archive room uses: a table model that marks rows red (overdue loans,
views without a request), a dialog base that shows refusals next to their field, a note dialog
for approve / refuse / close, and a page base with its message line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from ui.customers.file_tabs import text_area
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.lending.lending_messages import lending_error_text
from ui.models.row_model import Column, RowT, RowTableModel
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel
from ui.widgets.table_view import make_table

ALARM = QColor("#b3261e")
ALARM_BACKGROUND = QColor("#fdecea")
NOTICE_STYLE = "color: #b3261e; font-weight: bold;"


def local_minute(moment: datetime | None) -> str:
    """Stored UTC, read in the PC's local time, to the minute."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


class FlaggedRowModel(RowTableModel[RowT], Generic[RowT]):
    """Rows for which `flagged(row)` holds are drawn in red on a pale red ground."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        flagged: Callable[[RowT], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._flagged = flagged

    def is_flagged(self, row: int) -> bool:
        return self._flagged(self.row_at(row))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            if role == Qt.ItemDataRole.ForegroundRole and self.is_flagged(index.row()):
                return QBrush(ALARM)
            if role == Qt.ItemDataRole.BackgroundRole and self.is_flagged(index.row()):
                return QBrush(ALARM_BACKGROUND)
        return super().data(index, role)


class RowTable(Generic[RowT]):
    """A model, its sorting proxy and view; `selected()` is the row under the cursor."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        parent: QWidget,
        name: str,
        flagged: Callable[[RowT], bool] | None = None,
        order: Qt.SortOrder = Qt.SortOrder.DescendingOrder,
    ) -> None:
        self.model: FlaggedRowModel[RowT] = FlaggedRowModel(
            columns, flagged or (lambda _row: False), parent
        )
        self.view, self.proxy = make_table(self.model, parent, order)  # type: ignore[arg-type]
        self.view.setObjectName(name)

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """No row is selected for the user: a red (overdue) row must show as red."""
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def selected(self) -> RowT | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_where(self, match: Callable[[RowT], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if match(self.model.row_at(source)):
                self.view.selectRow(row)
                return True
        return False

    def rows(self) -> list[RowT]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


class LendingDialog(QDialog):
    """A form, its error labels and a line for refusals of no field; run() calls the service."""

    def __init__(self, parent: QWidget | None = None, days: int = 3) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.message = message_label("lending_dialog_message")
        self.days = days  # the loan limit, for the wording of a late return date
        self.result_value: object = None
        self.setMinimumWidth(480)

    def finish(self, ok_text: str, above: QWidget | None = None) -> None:
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addWidget(above, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(
            ok_cancel(self, ok_text, QCoreApplication.translate("LendingDialog", "Cancel"))
        )

    def run(self, step: Callable[[], object]) -> bool:
        """Call the service; on a refusal show it and keep what was typed."""
        self.errors.clear()
        self.message.hide()
        try:
            self.result_value = step()
        except ValidationError as exc:
            text = lending_error_text(exc, self.days)
            if not self.errors.show(exc.field, text):
                self.show_message(text)
            return False
        except DomainError as exc:
            self.show_message(lending_error_text(exc, self.days))
            return False
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class NoteDialog(LendingDialog):
    """One text for one decision: approve (note optional), refuse (reason required), close."""

    def __init__(
        self,
        title: str,
        summary: str,
        label: str,
        field: str,
        ok_text: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("note_dialog")
        self._action = action
        self.note = text_area(90)
        self.note.setObjectName("note_text")
        summary_label = QLabel(summary)
        summary_label.setWordWrap(True)
        self.form.addRow(summary_label)
        self.errors.add_row(self.form, label, self.note, field)
        self.finish(ok_text)

    def accept(self) -> None:
        if self.run(lambda: self._action(self.note.toPlainText())):
            super().accept()


class LendingPage(QWidget):
    """A tab: a red line for refusals and a way to show a PDF the service rendered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message_label("lending_page_message")
        self.last_preview: PdfPreviewDialog | None = None

    def show_error(self, error: Exception) -> None:
        self.message.setText(lending_error_text(error))
        self.message.show()

    def call(self, step: Callable[[], object]) -> bool:
        self.message.hide()
        try:
            step()
        except DomainError as exc:
            self.show_error(exc)
            return False
        return True

    def preview(
        self, render: Callable[[], bytes], title: str, name: str
    ) -> PdfPreviewDialog | None:
        """Render (the service audits the printing) and open the preview; None when refused."""
        self.message.hide()
        try:
            data = render()
        except DomainError as exc:
            self.show_error(exc)
            return None
        self.last_preview = PdfPreviewDialog(data, title, name, parent=self)
        return self.last_preview

    def show_preview(self, render: Callable[[], bytes], title: str, name: str) -> None:
        dialog = self.preview(render, title, name)
        if dialog is not None:
            dialog.exec()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal; afterwards the tab reloads (a decision may have moved rows elsewhere)."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        reload = getattr(self, "reload", None)
        if accepted and callable(reload):
            reload()
        return accepted


def table_with_buttons(view: QTableView, *buttons: QWidget) -> QWidget:
    """A list with its actions in a row underneath."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(view, 1)
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    column.addLayout(row)
    return box
