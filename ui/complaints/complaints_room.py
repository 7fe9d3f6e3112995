"""投诉 room: the list of complaint record cards (complaints, suggestions, praise) with filters,
the card on show with every section and its history, the steps its state allows the signed-in
role, printing, the monthly report, and the settings for managers."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.complaints.schemas import ComplaintRecord
from app.errors import DomainError
from app.security.permissions import Permission
from app.services import Services
from ui.complaints.complaint_actions import ComplaintActions, action_texts, role_actions
from ui.complaints.complaint_card_dialog import ComplaintCardDialog
from ui.complaints.complaint_fields import service_now
from ui.complaints.complaint_filters import ComplaintFilterBar
from ui.complaints.complaint_messages import complaint_error_text
from ui.complaints.complaint_report_dialog import ComplaintReportDialog
from ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog
from ui.complaints.complaint_table_model import (
    ComplaintFilterProxy,
    ComplaintTableModel,
    month_of,
)
from ui.complaints.complaint_view import ComplaintView
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

NOTE_STYLE = "color: #1e6b34;"
BUTTON_COLUMNS = 4


class ComplaintsRoom(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaints_room")
        self._services = services
        self.actions = ComplaintActions(services, self)
        title = QLabel(self.tr("Complaints, suggestions and praise"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New card..."))
        self.new_button.setObjectName("complaints_new")
        self.new_button.clicked.connect(self.new_card)
        self.report_button = QPushButton(self.tr("Monthly &report..."))
        self.report_button.setObjectName("complaints_report")
        self.report_button.clicked.connect(self.monthly_report)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.report_button)
        self.report_button.setVisible(services.desk.can(Permission.HANDLE_COMPLAINT))
        self.settings_button: QPushButton | None = None
        if services.desk.can(Permission.MANAGE_ROOM_SETTINGS):
            self.settings_button = QPushButton(self.tr("Se&ttings..."))
            self.settings_button.setObjectName("complaints_settings")
            self.settings_button.clicked.connect(self.edit_settings)
            top.addWidget(self.settings_button)
        self.model = ComplaintTableModel(self)
        self.view, _plain = make_table(self.model, self)  # type: ignore[arg-type]
        self.proxy = ComplaintFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.setObjectName("complaints_table")
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.card = ComplaintView()
        self.filters = ComplaintFilterBar()
        self.filters.changed.connect(self.proxy.set_filter)
        self.proxy.set_filter(self.filters.value())
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filters)
        column.addWidget(self.view, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.card, 1)
        side.addLayout(self._button_grid())
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 520])
        self.note = QLabel()
        self.note.setObjectName("complaints_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.message = message_label("complaints_message")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self._update_buttons()

    def _button_grid(self) -> QGridLayout:
        desk = self._services.desk
        keys = role_actions(
            desk.can(Permission.HANDLE_COMPLAINT), desk.can(Permission.APPROVE_COMPENSATION)
        )
        texts = action_texts()
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for n, key in enumerate(keys):
            button = QPushButton(texts[key])
            button.setObjectName(f"complaint_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.run_action(k))
            grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.buttons[key] = button
        return grid

    # ------------------------------------------------------------ list

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        shown = self.card.record.id if self.card.record else ""
        try:
            rows = self._services.complaints.list_rows()
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        self.model.set_rows(rows)
        self.filters.fill_months(rows)
        self.view.resizeColumnsToContents()
        if shown:
            self.open_card(shown)

    def visible_numbers(self) -> list[str]:
        rows = (self.proxy.row_at(i) for i in range(self.proxy.rowCount()))
        return [r.number for r in rows if r is not None]

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.proxy.row_at(indexes[0].row())
        if row is not None and (self.card.record is None or self.card.record.id != row.id):
            self._load(row.id)

    def open_card(self, complaint_id: str) -> None:
        """Show a card and select its row (the due list and reminders open cards this way)."""
        for proxy_row in range(self.proxy.rowCount()):
            row = self.proxy.row_at(proxy_row)
            if row is not None and row.id == complaint_id:
                self.view.selectRow(proxy_row)
                break
        if self.card.record is None or self.card.record.id != complaint_id:
            self._load(complaint_id)

    def open_item(self, source_id: str) -> None:
        self.reload()
        self.open_card(source_id)

    def _load(self, complaint_id: str) -> None:
        try:
            record = self._services.complaints.open(complaint_id)
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        self.show_record(record)

    def show_record(self, record: ComplaintRecord) -> None:
        self.card.show_record(record)
        self._update_buttons()

    def _update_buttons(self) -> None:
        allowed = set(self.actions.allowed(self.card.record))
        for key, button in self.buttons.items():
            button.setVisible(key in allowed)

    # ------------------------------------------------------------ actions

    def new_card(self) -> None:
        self._clear_messages()
        dialog = ComplaintCardDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.card_recorded(dialog.record)
        dialog.deleteLater()

    def card_recorded(self, record: ComplaintRecord) -> None:
        text = self.tr("Card {no} recorded.").format(no=record.number)
        if record.is_major:
            text += " " + self.tr("Major complaint: the duty manager has been alerted.")
        self.note.setText(text)
        self.show_record(record)
        self.reload()

    def run_action(self, key: str) -> None:
        record = self.card.record
        if record is None:
            return
        self._clear_messages()
        if key == "print":
            self.print_card()
            return
        try:
            changed = self.actions.run(key, record)
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        if changed is not None:
            self.show_record(changed)
            self.reload()

    def card_preview(self) -> QDialog | None:
        record = self.card.record
        if record is None:
            return None
        try:
            data = self._services.complaint_forms.card_pdf(record.number)
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return None
        title = self.tr("Complaint record card {no}").format(no=record.number)
        return PdfPreviewDialog(data, title, f"{record.number}.pdf", parent=self)

    def print_card(self) -> None:
        dialog = self.card_preview()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def report_months(self) -> list[str]:
        """This month first, then every month that has cards, newest first."""
        now = month_of(service_now(self._services.complaints))
        rows = (self.model.row_at(r) for r in range(self.model.rowCount()))
        return sorted({now} | {month_of(r.received_at) for r in rows}, reverse=True)

    def monthly_report(self) -> None:
        dialog = ComplaintReportDialog(self._services, self.report_months(), self)
        dialog.exec()
        dialog.deleteLater()

    def edit_settings(self) -> None:
        dialog = ComplaintSettingsDialog(self._services.complaints, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.note.setText(self.tr("Complaint settings saved."))
        dialog.deleteLater()

    def _clear_messages(self) -> None:
        self.message.hide()
        self.note.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.model.clear()
        self.card.clear()
        self._clear_messages()
        self._update_buttons()
