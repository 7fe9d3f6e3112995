"""今日来访: today's visitors with time in and out, check-out, an undo that needs a reason, and
the day's visit register as a PDF."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.checkin.schemas import VisitRecord
from app.errors import DomainError
from app.services import Services
from ui.customers.prompts import ReasonDialog
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.labels import yes_no
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel, _Index
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

UNDONE_COLOUR = QColor("#9e9e9e")


def _clock(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def _state(row: VisitRecord) -> str:
    if row.undone:
        return QCoreApplication.translate("VisitTableModel", "Undone: {reason}").format(
            reason=row.undo_reason
        )
    return (
        QCoreApplication.translate("VisitTableModel", "Checked out")
        if row.checked_out_at
        else QCoreApplication.translate("VisitTableModel", "In the venue")
    )


def visit_columns(on_file: bool = False) -> list[Column[VisitRecord]]:
    """Today's list names the visitor; the customer file's 来访 tab shows the date instead."""
    date_column: Column[VisitRecord] = Column(
        lambda: QCoreApplication.translate("VisitTableModel", "Date"),
        lambda r: r.day.isoformat(),
        lambda r: r.checked_in_at,
    )
    name_column: Column[VisitRecord] = Column(
        lambda: QCoreApplication.translate("VisitTableModel", "Name"), lambda r: r.name
    )
    return [
        *([date_column] if on_file else []),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Time in"),
            lambda r: _clock(r.checked_in_at),
            lambda r: r.checked_in_at,
        ),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Time out"),
            lambda r: _clock(r.checked_out_at),
        ),
        *([] if on_file else [name_column]),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Card number"),
            lambda r: r.card_no,
        ),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Party"),
            lambda r: str(r.party_size),
            lambda r: r.party_size,
        ),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Purpose"), lambda r: r.purpose
        ),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Service area"),
            lambda r: r.service_area,
        ),
        Column(lambda: QCoreApplication.translate("VisitTableModel", "Host"), lambda r: r.host),
        Column(
            lambda: QCoreApplication.translate("VisitTableModel", "Walk-in"),
            lambda r: yes_no(r.walk_in),
        ),
        Column(lambda: QCoreApplication.translate("VisitTableModel", "State"), _state),
    ]


class VisitTableModel(RowTableModel[VisitRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(visit_columns(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        foreground = role == Qt.ItemDataRole.ForegroundRole and index.isValid()
        if foreground and index.row() < self.rowCount() and self.row_at(index.row()).undone:
            return QBrush(UNDONE_COLOUR)
        return super().data(index, role)


class VisitorsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = VisitTableModel(self)
        self.view, self.proxy = make_table(self.model, self, Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        self.view.setObjectName("visits_table")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        for key, text, slot in (
            ("check_out", self.tr("Check &out"), self.check_out),
            ("undo", self.tr("&Undo check-in..."), self.undo),
            ("register", self.tr("&Print visit register"), self.print_register),
        ):
            button = QPushButton(text)
            button.setObjectName(f"visits_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.message = message_label("visits_message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        self.message.hide()
        try:
            rows = self._services.checkin.visits_on()
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.model.set_rows(rows)
        checkout = self._checkout_enabled()
        self.buttons["check_out"].setVisible(checkout)
        here = sum(1 for r in rows if not r.undone and r.checked_out_at is None)
        visitors = sum(1 for r in rows if not r.undone)
        self.title.setText(
            self.tr("Today's visitors: {n}, still in the venue: {here}").format(
                n=visitors, here=here
            )
            if checkout  # without check-out nobody is known to have left
            else self.tr("Today's visitors: {n}").format(n=visitors)
        )
        self.view.resizeColumnsToContents()

    def _checkout_enabled(self) -> bool:
        """The venue may not record departures: then there is no check-out button."""
        try:
            return self._services.membership.settings().checkout_enabled
        except DomainError:
            return True

    def selected(self) -> VisitRecord | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._show(self.tr("Select a visit in the list first."))
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def check_out(self) -> None:
        visit = self.selected()
        if visit is not None:
            self._change(lambda: self._services.checkin.check_out(visit.id))

    def undo_dialog(self, visit: VisitRecord) -> ReasonDialog:
        return ReasonDialog(
            self.tr("Undo check-in"),
            self.tr(
                "Why is the check-in of {name} at {time} undone? (kept in the audit log)"
            ).format(name=visit.name, time=_clock(visit.checked_in_at)),
            parent=self,
        )

    def undo(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        dialog = self.undo_dialog(visit)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.reason.text().strip()
            self._change(lambda: self._services.checkin.undo(visit.id, reason))

    def _change(self, action: Any) -> None:
        try:
            action()
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.reload()

    def print_register(self) -> None:
        today = self._services.cards.today()
        try:
            data = self._services.checkin.render_visit_register(today)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        PdfPreviewDialog(
            data, self.tr("Visit register"), f"visit-register-{today.isoformat()}.pdf", parent=self
        ).exec()

    def wipe(self) -> None:
        self.model.clear()
        self.title.clear()
        self.message.hide()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
