"""抽查回访: a share of the month's closed orders drawn for a follow-up call, and the results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.repairs.schemas import RepairRecord
from app.security.permissions import Permission
from app.services import Services
from ui.members.members_room import NOTE_STYLE
from ui.models.row_model import ROW_ROLE, Column, RowTableModel
from ui.repairs.repair_messages import repair_error_text
from ui.repairs.repair_model import local_minute
from ui.repairs.repair_printing import month_edit, month_of
from ui.repairs.step_dialogs import FollowUpDialog
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table


def result_text(order: RepairRecord) -> str:
    if order.followup_satisfied is None:
        return QCoreApplication.translate("FollowUpPage", "Not called yet")
    if order.followup_satisfied:
        return QCoreApplication.translate("FollowUpPage", "Satisfied")
    return QCoreApplication.translate("FollowUpPage", "Not satisfied")


def followup_columns() -> list[Column[RepairRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("FollowUpPage", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Customer"),
            lambda r: r.customer_name,
        ),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Phone"), lambda r: r.customer_phone
        ),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Place and item"),
            lambda r: r.location,
        ),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Technician"),
            lambda r: r.technician_name,
        ),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Closed"),
            lambda r: local_minute(r.closed_at),
        ),
        Column(lambda: QCoreApplication.translate("FollowUpPage", "Result"), result_text),
        Column(
            lambda: QCoreApplication.translate("FollowUpPage", "Note"), lambda r: r.followup_note
        ),
    ]


class FollowUpPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repair_followup_page")
        self._services = services
        self.month = month_edit()
        self.month.setObjectName("followup_month")
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.draw = QPushButton(self.tr("&Draw this month's sample"))
        self.draw.setObjectName("followup_draw")
        self.draw.clicked.connect(self.draw_sample)
        self.draw.setVisible(services.desk.can(Permission.DISPATCH_REPAIR))
        self.record = QPushButton(self.tr("&Record call result..."))
        self.record.setObjectName("followup_record")
        self.record.clicked.connect(self.record_result)
        self.model: RowTableModel[RepairRecord] = RowTableModel(followup_columns(), self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("followup_table")
        self.view.doubleClicked.connect(lambda _i: self.record_result())
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.message = message_label("followup_message")
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        row = QHBoxLayout()
        row.addWidget(month_label)
        row.addWidget(self.month)
        row.addWidget(self.draw)
        row.addStretch(1)
        row.addWidget(self.record)
        intro = QLabel(
            self.tr(
                "Each month a share of the closed orders (set in the repair settings, 20 % by "
                "default) is drawn for a follow-up call; record what the customer said."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def reload(self) -> None:
        self.message.hide()
        repairs = self._services.repairs
        try:
            rows = repairs.followups(month_of(self.month))
            self.model.set_rows([repairs.open(r.id) for r in rows])
        except DomainError as exc:
            self.model.clear()
            self._show(repair_error_text(exc))
            return
        self.view.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        orders = [self.model.row_at(i) for i in range(self.model.rowCount())]
        called = sum(1 for o in orders if o.followup_satisfied is not None)
        self.note.setText(
            self.tr("{drawn} drawn, {called} called.").format(drawn=len(orders), called=called)
        )

    def draw_sample(self) -> None:
        self.message.hide()
        try:
            self._services.repairs.draw_followups(month_of(self.month))
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.reload()

    def selected(self) -> RepairRecord | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, RepairRecord) else None

    def record_result(self) -> None:
        order = self.selected()
        if order is None:
            self._show(self.tr("Choose an order in the list first."))
            return
        dialog = FollowUpDialog(self._services, order, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.model.clear()
        self.note.clear()
        self.message.hide()
