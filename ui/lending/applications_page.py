"""借阅申请 tab: my applications and where each stands (department head -> archive keeper ->
general manager for 机密 / 绝密), the reason of any refusal, a new application and the one
renewal of a loan that is out."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.lending.schemas import LoanRecord
from app.services import Services
from ui.lending.apply_dialog import ApplyDialog, date_edit, day_of
from ui.lending.lending_columns import loan_columns, trail_of
from ui.lending.lending_widgets import (
    LendingDialog,
    LendingPage,
    RowTable,
    button,
    table_with_buttons,
)


class RenewalDialog(LendingDialog):
    """Once per loan, before it is overdue; it goes through the same levels again."""

    def __init__(
        self, services: Services, loan: LoanRecord, days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, days)
        self.setWindowTitle(self.tr("Ask to renew {number}").format(number=loan.number))
        self._services, self._loan = services, loan
        self.due_on = date_edit(loan.due_on + timedelta(days=1), "renewal_due_on")
        self.form.addRow(self.tr("Due back now:"), QLabel(loan.due_on.isoformat()))
        self.errors.add_row(self.form, self.tr("&New return date"), self.due_on, "due_on")
        self.finish(self.tr("&Ask for renewal"))

    def new_day(self) -> date:
        return day_of(self.due_on)

    def accept(self) -> None:
        if self.run(
            lambda: self._services.loans.request_renewal(self._loan.number, self.new_day())
        ):
            super().accept()


class ApplicationsPage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.table: RowTable[LoanRecord] = RowTable(
            loan_columns(with_borrower=False), self, "my_applications", lambda r: r.overdue
        )
        self.table.view.selectionModel().currentRowChanged.connect(self._show_trail)
        self.trail = QLabel()
        self.trail.setObjectName("application_trail")
        self.trail.setWordWrap(True)
        self.new_button = button(self.tr("&New application..."), "new_application", self.apply)
        self.renew_button = button(self.tr("Ask for &renewal..."), "ask_renewal", self.ask_renewal)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("My applications to borrow paper files:")))
        layout.addWidget(table_with_buttons(self.table.view, self.new_button, self.renew_button))
        layout.addWidget(self.trail)
        layout.addWidget(self.message)

    def reload(self) -> None:
        actor = self._services.desk.actor
        me = actor.staff_id if actor is not None else None
        rows: list[LoanRecord] = []
        if self.call(lambda: rows.extend(self._services.loans.loans())):
            self.table.set_rows([r for r in rows if r.borrower_id == me])
        self._show_trail()

    def _show_trail(self) -> None:
        loan = self.table.selected()
        self.trail.setText(trail_of(loan) if loan is not None else "")

    def apply_dialog(self) -> ApplyDialog:
        return ApplyDialog(self._services, self)

    def apply(self) -> None:
        self.run_dialog(self.apply_dialog())

    def renewal_dialog(self) -> RenewalDialog | None:
        loan = self.table.selected()
        if loan is None:
            self.message.setText(self.tr("Select a loan first."))
            self.message.show()
            return None
        return RenewalDialog(self._services, loan, self._services.lending.loan_limit(), self)

    def ask_renewal(self) -> None:
        dialog = self.renewal_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def open_item(self, loan_id: str) -> bool:
        return self.table.select_where(lambda r: r.id == loan_id)

    def wipe(self) -> None:
        self.table.model.clear()
        self.trail.clear()
