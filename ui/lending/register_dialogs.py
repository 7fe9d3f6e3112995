"""At the archive counter: hand out an approved loan with the borrower's signature (drawn on
screen or given on the paper slip), and write it off on return with each file's condition."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.lending.schemas import LoanRecord, ReturnInput
from app.services import Services
from ui.customers.file_tabs import text_area
from ui.lending.lending_columns import files_of
from ui.lending.lending_messages import condition_texts, contents_text
from ui.lending.lending_widgets import LendingDialog
from ui.repairs.signature_pad import SignatureField


def loan_summary(loan: LoanRecord) -> str:
    return f"{loan.number}  {loan.borrower} ({loan.department})\n{files_of(loan)}"


class LendDialog(LendingDialog):
    """外借登记: the register entry is made when the borrower has signed."""

    def __init__(self, services: Services, loan: LoanRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lend {number}").format(number=loan.number))
        self.setObjectName("lend_dialog")
        self._services, self._loan = services, loan
        self.form.addRow(self.tr("Loan:"), QLabel(loan_summary(loan)))
        self.form.addRow(self.tr("Due back:"), QLabel(loan.due_on.isoformat()))
        self.form.addRow(self.tr("Purpose:"), QLabel(loan.purpose))
        self.signature = SignatureField(
            self.tr("The borrower signs here with the mouse, a pen or a finger:")
        )
        self.form.addRow(QLabel(self.tr("The borrower signs for the files:")))
        self.form.addRow(self.signature)
        self.form.addRow(self.errors.error_label("signature"))
        self.finish(self.tr("&Lend"))

    def accept(self) -> None:
        png = self.signature.signature_png()
        if self.run(
            lambda: self._services.lending.lend(
                self._loan.number,
                signature_png=png or None,
                signed_on_paper=self.signature.signed_on_paper(),
            )
        ):
            super().accept()


class ReturnDialog(LendingDialog):
    """归还注销: each file complete, damaged or with missing pages (which opens an incident)."""

    def __init__(self, services: Services, loan: LoanRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write off the return of {number}").format(number=loan.number))
        self.setObjectName("return_dialog")
        self._services, self._loan = services, loan
        self.form.addRow(self.tr("Loan:"), QLabel(loan_summary(loan)))
        self.conditions: dict[str, QComboBox] = {}
        for line in loan.lines:
            combo = QComboBox()
            combo.setObjectName(f"condition_{line.item_no}")
            for code, text in condition_texts().items():
                combo.addItem(text, code)
            self.conditions[line.item_no] = combo
            label = f"{line.item_no} {contents_text(line.contents)} ×{line.copies}"
            self.form.addRow(label, combo)
        self.form.addRow(self.errors.error_label("condition"))
        self.note = text_area(80)
        self.note.setObjectName("return_note")
        self.errors.add_row(
            self.form, self.tr("&Note (what is damaged or missing)"), self.note, "note"
        )
        self.finish(self.tr("&Write off"))

    def set_condition(self, item_no: str, code: str) -> None:
        combo = self.conditions[item_no]
        combo.setCurrentIndex(combo.findData(code))

    def data(self) -> ReturnInput:
        return ReturnInput(
            conditions=tuple((no, str(c.currentData())) for no, c in self.conditions.items()),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        if self.run(lambda: self._services.lending.write_off(self._loan.number, self.data())):
            super().accept()
