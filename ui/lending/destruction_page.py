"""销毁 tab: files past their retention, proposals approved by the archive keeper and by a manager
(two different people: the service refuses otherwise and its message shows here), the record of
the destruction carried out, and the printed 销毁记录."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.customers.oversight import RetentionDue
from app.lending.schemas import DestructionRecordView
from app.services import Services
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.lending.destruction_dialogs import DestroyedDialog, ProposeDialog
from ui.lending.lending_messages import method_texts, request_state_texts, text_of
from ui.lending.lending_widgets import LendingPage, NoteDialog, RowTable, button, table_with_buttons
from ui.models.row_model import Column


def candidate_columns() -> list[Column[RetentionDue]]:
    return [
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Customer file"),
            lambda r: r.number,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Retention ended"),
            lambda r: r.retention_until,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Electronic file"),
            lambda r: (
                QCoreApplication.translate("DestructionPage", "Erased")
                if r.erased
                else QCoreApplication.translate("DestructionPage", "Kept")
            ),
        ),
    ]


def record_columns() -> list[Column[DestructionRecordView]]:
    return [
        Column(lambda: QCoreApplication.translate("DestructionPage", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Customer file"),
            lambda r: r.customer_number,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Paper files"),
            lambda r: ", ".join(r.item_numbers),
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Copies"),
            lambda r: str(r.copies),
            lambda r: r.copies,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "How"),
            lambda r: text_of(method_texts(), r.method),
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "State"),
            lambda r: text_of(request_state_texts(), r.state),
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Archive keeper"),
            lambda r: r.keeper_approved_by,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Manager"),
            lambda r: r.manager_approved_by,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Destroyed by"),
            lambda r: r.destroyed_by,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Witness"),
            lambda r: r.witnessed_by,
        ),
        Column(
            lambda: QCoreApplication.translate("DestructionPage", "Date"),
            lambda r: r.destroyed_on.isoformat() if r.destroyed_on else "",
        ),
    ]


class DestructionPage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.candidates: RowTable[RetentionDue] = RowTable(
            candidate_columns(), self, "destruction_candidates"
        )
        self.records: RowTable[DestructionRecordView] = RowTable(
            record_columns(), self, "destruction_records"
        )
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("Files whose retention has ended:")))
        upper_layout.addWidget(
            table_with_buttons(
                self.candidates.view,
                button(self.tr("&Propose destruction..."), "propose_destruction", self.propose),
            )
        )
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Destructions (kept for good):")))
        lower_layout.addWidget(
            table_with_buttons(
                self.records.view,
                button(self.tr("&Approve"), "approve_destruction", self.approve),
                button(self.tr("Re&fuse..."), "refuse_destruction", self.refuse),
                button(
                    self.tr("&Record as destroyed..."), "record_destroyed", self.record_destroyed
                ),
                button(self.tr("Print the &record..."), "print_destruction", self.print_record),
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        due: list[RetentionDue] = []
        records: list[DestructionRecordView] = []
        if self.call(lambda: due.extend(self._services.destruction.candidates())):
            self.candidates.set_rows([d for d in due if not d.erased])
        if self.call(lambda: records.extend(self._services.destruction.records())):
            self.records.set_rows(records)

    def _record(self) -> DestructionRecordView | None:
        record = self.records.selected()
        if record is None:
            self.message.setText(self.tr("Select a destruction first."))
            self.message.show()
        return record

    def propose_dialog(self) -> ProposeDialog | None:
        due = self.candidates.selected()
        if due is None:
            self.message.setText(self.tr("Select a file first."))
            self.message.show()
            return None
        return ProposeDialog(self._services, due, self)

    def propose(self) -> None:
        dialog = self.propose_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def approve(self) -> bool:
        """The approval goes by the approver's role (archive keeper or manager)."""
        record = self._record()
        if record is None:
            return False
        if self.call(lambda: self._services.destruction.approve(record.number)):
            self.reload()
            self.records.select_where(lambda r: r.number == record.number)
            return True
        return False

    def refuse_dialog(self) -> NoteDialog | None:
        record = self._record()
        if record is None:
            return None
        return NoteDialog(
            self.tr("Refuse destruction {number}").format(number=record.number),
            f"{record.customer_number}: {', '.join(record.item_numbers)}",
            self.tr("&Reason"),
            "reason",
            self.tr("&Refuse"),
            lambda reason: self._services.destruction.refuse(record.number, reason),
            self,
        )

    def refuse(self) -> None:
        dialog = self.refuse_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def destroyed_dialog(self) -> DestroyedDialog | None:
        record = self._record()
        return None if record is None else DestroyedDialog(self._services, record, self)

    def record_destroyed(self) -> None:
        dialog = self.destroyed_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def record_preview(self) -> PdfPreviewDialog | None:
        record = self._record()
        if record is None:
            return None
        return self.preview(
            lambda: self._services.destruction.render_record(record.number),
            self.tr("Destruction record {number}").format(number=record.number),
            f"destruction-{record.number}.pdf",
        )

    def print_record(self) -> None:
        dialog = self.record_preview()
        if dialog is not None:
            dialog.exec()

    def wipe(self) -> None:
        self.candidates.model.clear()
        self.records.model.clear()
