"""待我审批 tab: applications and renewals whose next level the signed-in person may decide;
approve (a note is optional) or refuse (a reason is required). The service refuses a decision
on one's own application; its message shows in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.lending.schemas import LoanRecord
from app.services import Services
from ui.lending.lending_columns import approval_columns, files_of, trail_of
from ui.lending.lending_messages import stage_texts, text_of
from ui.lending.lending_widgets import (
    LendingPage,
    NoteDialog,
    RowTable,
    button,
    table_with_buttons,
)


def decision_dialog(
    services: Services, loan: LoanRecord, approve: bool, parent: QWidget | None = None
) -> NoteDialog:
    """The dialog of one level's decision on `loan` (used for any loan, even one's own)."""
    level = text_of(stage_texts(), loan.next_stage)
    summary = QCoreApplication.translate(
        "ApprovalsPage", "{number} {borrower} ({department}): {files}\nLevel: {level}"
    ).format(
        number=loan.number,
        borrower=loan.borrower,
        department=loan.department,
        files=files_of(loan),
        level=level,
    )
    if approve:
        return NoteDialog(
            QCoreApplication.translate("ApprovalsPage", "Approve {number}").format(
                number=loan.number
            ),
            summary,
            QCoreApplication.translate("ApprovalsPage", "&Note (optional)"),
            "note",
            QCoreApplication.translate("ApprovalsPage", "&Approve"),
            lambda note: services.loans.approve(loan.number, note),
            parent,
        )
    return NoteDialog(
        QCoreApplication.translate("ApprovalsPage", "Refuse {number}").format(number=loan.number),
        summary,
        QCoreApplication.translate("ApprovalsPage", "&Reason for refusing"),
        "note",
        QCoreApplication.translate("ApprovalsPage", "&Refuse"),
        lambda note: services.loans.refuse(loan.number, note),
        parent,
    )


class ApprovalsPage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.table: RowTable[LoanRecord] = RowTable(approval_columns(), self, "waiting_for_me")
        self.table.view.selectionModel().currentRowChanged.connect(self._show_trail)
        self.trail = QLabel()
        self.trail.setWordWrap(True)
        self.approve_button = button(self.tr("A&pprove..."), "approve_loan", self.approve)
        self.refuse_button = button(self.tr("Re&fuse..."), "refuse_loan", self.refuse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Applications and renewals waiting for my decision:")))
        layout.addWidget(
            table_with_buttons(self.table.view, self.approve_button, self.refuse_button)
        )
        layout.addWidget(self.trail)
        layout.addWidget(self.message)

    def reload(self) -> None:
        rows: list[LoanRecord] = []
        if self.call(lambda: rows.extend(self._services.loans.waiting_for_me())):
            self.table.set_rows(rows)
        self._show_trail()

    def _show_trail(self) -> None:
        loan = self.table.selected()
        self.trail.setText(trail_of(loan) if loan is not None else "")

    def decision(self, approve: bool) -> NoteDialog | None:
        loan = self.table.selected()
        if loan is None:
            self.message.setText(self.tr("Select an application first."))
            self.message.show()
            return None
        return decision_dialog(self._services, loan, approve, self)

    def approve(self) -> None:
        dialog = self.decision(True)
        if dialog is not None:
            self.run_dialog(dialog)

    def refuse(self) -> None:
        dialog = self.decision(False)
        if dialog is not None:
            self.run_dialog(dialog)

    def wipe(self) -> None:
        self.table.model.clear()
        self.trail.clear()
