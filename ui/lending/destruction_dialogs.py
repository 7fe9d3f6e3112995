"""Destruction steps that need input: the proposal (how the paper will be destroyed) and the
record of it carried out (who destroyed it, who witnessed it, on which day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.customers.oversight import RetentionDue
from app.errors import DomainError
from app.lending.schemas import DestructionDone, DestructionInput, DestructionRecordView
from app.services import Services
from ui.lending.apply_dialog import date_edit, day_of
from ui.lending.lending_messages import contents_text, lending_error_text, method_texts
from ui.lending.lending_widgets import LendingDialog


def method_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("destruction_method")
    for code, text in method_texts().items():
        combo.addItem(text, code)
    return combo


class ProposeDialog(LendingDialog):
    def __init__(self, services: Services, due: RetentionDue, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propose destroying {number}").format(number=due.number))
        self._services, self._due = services, due
        self.method = method_combo()
        self.form.addRow(self.tr("Customer file:"), QLabel(due.number))
        self.form.addRow(self.tr("Retention ended:"), QLabel(due.retention_until))
        self.errors.add_row(self.form, self.tr("&How"), self.method, "method")
        self.form.addRow(self.errors.error_label("customer"))
        self.finish(self.tr("&Propose"))

    def accept(self) -> None:
        data = DestructionInput(self._due.customer_id, str(self.method.currentData()))
        if self.run(lambda: self._services.destruction.propose(data)):
            super().accept()


class DestroyedDialog(LendingDialog):
    """销毁记录: completed once both approvals are in; the electronic file is erased with it."""

    def __init__(
        self, services: Services, record: DestructionRecordView, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record destruction {number}").format(number=record.number))
        self.setObjectName("destroyed_dialog")
        self._services, self._record = services, record
        self.destroyed_by = QComboBox()
        self.destroyed_by.setObjectName("destroyed_by")
        self.witnessed_by = QComboBox()
        self.witnessed_by.setObjectName("witnessed_by")
        try:
            staff = services.staff.colleagues()
        except DomainError as exc:
            staff = []
            self.show_message(lending_error_text(exc))
        for person in staff:
            self.destroyed_by.addItem(person.display_name or person.username, person.id)
            self.witnessed_by.addItem(person.display_name or person.username, person.id)
        self.destroyed_on = date_edit(date.today(), "destroyed_on")
        what = self.tr("{file}: {items}, {contents}, {copies} copies").format(
            file=record.customer_number,
            items=", ".join(record.item_numbers),
            contents=contents_text(record.contents),
            copies=record.copies,
        )
        label = QLabel(what)
        label.setWordWrap(True)
        self.form.addRow(self.tr("What:"), label)
        self.form.addRow(self.tr("How:"), QLabel(method_texts().get(record.method, record.method)))
        self.errors.add_row(self.form, self.tr("&Destroyed by"), self.destroyed_by, "destroyed_by")
        self.errors.add_row(self.form, self.tr("&Witnessed by"), self.witnessed_by, "witnessed_by")
        self.errors.add_row(self.form, self.tr("D&ate"), self.destroyed_on, "destroyed_on")
        self.finish(self.tr("&Record as destroyed"))

    def choose(self, destroyed_by: int, witnessed_by: int) -> None:
        self.destroyed_by.setCurrentIndex(self.destroyed_by.findData(destroyed_by))
        self.witnessed_by.setCurrentIndex(self.witnessed_by.findData(witnessed_by))

    def accept(self) -> None:
        done = DestructionDone(
            destroyed_by=int(self.destroyed_by.currentData() or 0),
            witnessed_by=int(self.witnessed_by.currentData() or 0),
            destroyed_on=day_of(self.destroyed_on),
        )
        if self.run(lambda: self._services.destruction.record_destroyed(self._record.number, done)):
            super().accept()
