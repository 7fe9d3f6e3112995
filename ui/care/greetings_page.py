"""节日关怀: the venue's greeting days (managers add and edit them) and, for a chosen day, the
customers who agreed to marketing messages: exported as CSV for the SMS tool, printed as a call
sheet, and one click to record an opt-out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.care.greeting_days import GreetingDayRecord, date_in_year
from app.care.schemas import GreetingTarget
from app.errors import DomainError
from app.files import atomic_write_bytes
from app.forms.greeting_list import greeting_csv, render_call_sheet, sms_phone
from app.forms.mailing_labels import render_mailing_labels
from app.security.permissions import Permission
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.care_words import calendar_text
from ui.care.greeting_day_dialog import GreetingDayDialog
from ui.care.section import Section
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.labels import yes_no
from ui.models.row_model import Column
from ui.widgets.field_errors import message_label

translate = QCoreApplication.translate  # a plain name lupdate finds


def _this_year(day: GreetingDayRecord) -> str:
    when = date_in_year(day, date.today().year)
    return when.isoformat() if when else ""


def day_columns() -> list[Column[GreetingDayRecord]]:
    return [
        Column(lambda: translate("GreetingsPage", "This year"), _this_year),
        Column(lambda: translate("GreetingsPage", "Greeting day"), lambda d: d.name),
        Column(lambda: translate("GreetingsPage", "Calendar"), lambda d: calendar_text(d.calendar)),
        Column(
            lambda: translate("GreetingsPage", "Month-day"),
            lambda d: f"{d.month:02d}-{d.day:02d}",
        ),
        Column(lambda: translate("GreetingsPage", "In use"), lambda d: yes_no(d.active)),
        Column(lambda: translate("GreetingsPage", "Greeting"), lambda d: d.greeting),
    ]


def target_columns() -> list[Column[GreetingTarget]]:
    return [
        Column(lambda: translate("GreetingsPage", "Number"), lambda t: t.number),
        Column(lambda: translate("GreetingsPage", "Name"), lambda t: t.name),
        Column(lambda: translate("GreetingsPage", "Phone for SMS"), lambda t: sms_phone(t.phone)),
        Column(lambda: translate("GreetingsPage", "Greeting"), lambda t: t.greeting),
    ]


class GreetingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_greetings_page")
        self._services = services
        self.list_day: GreetingDayRecord | None = None  # whose customers the list shows
        self.days: Section[GreetingDayRecord] = Section(
            self.tr("Greeting days"), day_columns(), "greeting_days"
        )
        self.days.add_button(
            self.tr("&Show customers to greet"), self.show_targets, "greetings_show"
        )
        if services.desk.can(Permission.MANAGE_ROOM_SETTINGS):
            self.days.add_button(self.tr("&Add day..."), self.add_day, "greetings_add_day")
            self.days.add_button(self.tr("&Edit day..."), self.edit_day, "greetings_edit_day")
        self.days.view.doubleClicked.connect(lambda _i: self.show_targets())
        self.targets: Section[GreetingTarget] = Section(
            self.tr("Customers to greet (marketing consent only)"),
            target_columns(),
            "greeting_targets",
        )
        self.targets.add_button(self.tr("Export &CSV..."), self.export_csv, "greetings_csv")
        self.targets.add_button(
            self.tr("&Print call sheet..."), self.print_call_sheet, "greetings_call_sheet"
        )
        self.targets.add_button(
            self.tr("Print mailing &labels..."), self.print_labels, "greetings_labels"
        )
        self.targets.add_button(self.tr("&Opt out..."), self.opt_out, "greetings_opt_out")
        self.message = message_label("greetings_message")
        self.note = QLabel()
        self.note.setStyleSheet("color: #1e6b34;")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.days)
        split.addWidget(self.targets)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self._clear_notes()
        try:
            self.days.set_rows(self._services.care.greeting_days())
        except DomainError as exc:
            self._show(care_error_text(exc))

    def wipe(self) -> None:
        self.days.model.clear()
        self.targets.model.clear()
        self.list_day = None
        self._clear_notes()

    def show_day(self, greeting_day_id: int) -> None:
        """From the today page: choose that day and list its customers."""
        self.refresh()
        if self.days.select_row_where(lambda d: d.id == greeting_day_id):
            self.show_targets()

    def show_targets(self) -> None:
        self._clear_notes()
        day = self.days.selected()
        if day is None:
            self._show(self.tr("Choose a greeting day first."))
            return
        try:
            targets = self._services.care.greeting_list(day.id)
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.list_day = day
        self.targets.set_rows(targets)
        self.targets.set_title(self.tr("Customers to greet on {day}").format(day=day.name))

    def _rows(self) -> list[GreetingTarget]:
        model = self.targets.model
        return [model.row_at(i) for i in range(model.rowCount())]

    # ------------------------------------------------------------------ days
    def add_day(self) -> None:
        self._edit(None)

    def edit_day(self) -> None:
        day = self.days.selected()
        if day is None:
            self._show(self.tr("Choose a greeting day first."))
            return
        self._edit(day)

    def _edit(self, day: GreetingDayRecord | None) -> None:
        dialog = GreetingDayDialog(self._services, day, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self.refresh()
            self.days.select_row_where(lambda d: d.id == saved.id)
        dialog.deleteLater()

    # ------------------------------------------------------------------ the list
    def export_csv(self) -> None:
        if self._nothing_listed():
            return
        assert self.list_day is not None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export greeting list"),
            str(Path.home() / f"{self.list_day.name}.csv"),
            "CSV (*.csv)",
        )
        if name:
            self.write_csv(Path(name) if name.lower().endswith(".csv") else Path(name + ".csv"))

    def write_csv(self, path: Path) -> bool:
        try:
            atomic_write_bytes(path, greeting_csv(self._rows()))
        except OSError as exc:
            self._show(str(exc))
            return False
        self.note.setText(self.tr("Saved: {path}").format(path=str(path)))
        return True

    def call_sheet_pdf(self) -> bytes:
        name = self.list_day.name if self.list_day else ""
        return render_call_sheet(name, self._rows(), self._services.venue.venue_name)

    def print_call_sheet(self) -> None:
        if self._nothing_listed():
            return
        assert self.list_day is not None
        preview = PdfPreviewDialog(
            self.call_sheet_pdf(),
            self.tr("Greeting call sheet"),
            f"{self.list_day.name}.pdf",
            parent=self,
        )
        preview.exec()
        preview.deleteLater()

    def labels_pdf(self) -> bytes:
        """Labels for the listed day; the note says how many customers have no address."""
        assert self.list_day is not None
        labels = self._services.care_labels.greeting_labels(self.list_day.id)
        missing = self.targets.model.rowCount() - len(labels)
        self.note.setText(
            self.tr("{n} labels; {missing} customer(s) have no address on file.").format(
                n=len(labels), missing=max(0, missing)
            )
        )
        return render_mailing_labels(labels)

    def print_labels(self) -> None:
        if self._nothing_listed():
            return
        assert self.list_day is not None
        try:
            pdf = self.labels_pdf()
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        preview = PdfPreviewDialog(
            pdf, self.tr("Mailing labels"), f"{self.list_day.name}-标签.pdf", parent=self
        )
        preview.exec()
        preview.deleteLater()

    def opt_out(self) -> None:
        self._clear_notes()
        target = self.targets.selected()
        if target is None:
            self._show(self.tr("Choose a customer in the list first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Opt out"),
            self.tr(
                "{name} no longer wants greetings or other marketing messages: record the opt-out?"
            ).format(name=target.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.care.opt_out(target.customer_id, "节日关怀名单中退订")
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.targets.set_rows([t for t in self._rows() if t.customer_id != target.customer_id])
        self.note.setText(
            self.tr("{name} will receive no more greetings.").format(name=target.name)
        )

    def _nothing_listed(self) -> bool:
        if self.list_day is None or not self.targets.model.rowCount():
            self._show(self.tr("Show the customers to greet on a day first."))
            return True
        return False

    def _clear_notes(self) -> None:
        self.message.hide()
        self.note.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
