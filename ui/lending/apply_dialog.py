"""借阅申请: pick paper files from the catalogue (机密 / 绝密 marked in red), the copies, purpose,
reason, department and the return date (at most the loan limit away; the service refuses a later
one and the refusal shows under the date, with everything typed kept)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.lending.schemas import ArchiveItemRecord, LoanInput, LoanLineInput
from app.services import Services
from ui.customers.file_tabs import text_area
from ui.lending.lending_columns import item_columns
from ui.lending.lending_messages import lending_error_text
from ui.lending.lending_widgets import LendingDialog, RowTable


def date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setObjectName(name)
    return edit


def day_of(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class ApplyDialog(LendingDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._services = services
        try:
            days = services.lending.loan_limit()
        except DomainError:
            days = 3
        super().__init__(parent, days)
        self.setWindowTitle(self.tr("Apply to borrow paper files"))
        self.setObjectName("apply_dialog")
        self.catalogue: RowTable[ArchiveItemRecord] = RowTable(
            item_columns(), self, "apply_catalogue", lambda r: r.confidentiality != "normal"
        )
        self.catalogue.view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.filter = QLineEdit()
        self.filter.setObjectName("apply_filter")
        self.filter.setPlaceholderText(self.tr("Filter by file no., customer file or shelf"))
        self.filter.textChanged.connect(self.catalogue.proxy.setFilterFixedString)
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.copies.setObjectName("apply_copies")
        self.department = QLineEdit()
        self.department.setObjectName("apply_department")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("apply_purpose")
        self.reason = text_area(80)
        self.reason.setObjectName("apply_reason")
        today = date.today()
        self.due_on = date_edit(today + timedelta(days=days), "apply_due_on")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            QLabel(
                self.tr(
                    "Tick the files to borrow (click again to untick). Confidential and top "
                    "secret files are in red and need the general manager's approval too."
                )
            )
        )
        column.addWidget(self.filter)
        column.addWidget(self.catalogue.view, 1)
        for field in ("lines", "item"):
            column.addWidget(self.errors.error_label(field))
        self.errors.add_row(self.form, self.tr("C&opies of each file"), self.copies, "copies")
        self.errors.add_row(self.form, self.tr("&Department"), self.department, "department")
        self.errors.add_row(self.form, self.tr("&Purpose"), self.purpose, "purpose")
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.errors.add_row(
            self.form,
            self.tr("Re&turn by (at most {days} days)").format(days=days),
            self.due_on,
            "due_on",
        )
        self.finish(self.tr("&Apply"), top)
        self.resize(860, 680)
        self.load()

    def load(self) -> None:
        try:
            items = self._services.archive.items()
        except DomainError as exc:
            self.show_message(lending_error_text(exc))
            return
        self.catalogue.model.set_rows([i for i in items if i.state != "destroyed"])
        self.catalogue.view.resizeColumnsToContents()

    def choose(self, *item_numbers: str) -> None:
        """Tick these files (as a click on each row would)."""
        for number in item_numbers:
            for row in range(self.catalogue.proxy.rowCount()):
                index = self.catalogue.proxy.index(row, 0)
                if index.data() == number:
                    self.catalogue.view.selectionModel().select(
                        index,
                        self.catalogue.view.selectionModel().SelectionFlag.Select
                        | self.catalogue.view.selectionModel().SelectionFlag.Rows,
                    )

    def chosen(self) -> list[ArchiveItemRecord]:
        rows = self.catalogue.view.selectionModel().selectedRows()
        source = sorted(self.catalogue.proxy.mapToSource(i).row() for i in rows)
        return [self.catalogue.model.row_at(r) for r in source]

    def data(self) -> LoanInput:
        copies = self.copies.value()
        return LoanInput(
            department=self.department.text(),
            lines=tuple(LoanLineInput(i.number, copies) for i in self.chosen()),
            purpose=self.purpose.text(),
            reason=self.reason.toPlainText(),
            due_on=day_of(self.due_on),
        )

    def accept(self) -> None:
        if self.run(lambda: self._services.loans.apply(self.data())):
            super().accept()
