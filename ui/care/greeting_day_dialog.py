"""Add or edit a greeting day (managers): solar or lunar month and day, the greeting text, and
whether it is in use; a lunar day shows its date this year as computed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.care.greeting_days import LUNAR, SOLAR, GreetingDayRecord, date_in_year
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.care_words import calendar_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


class GreetingDayDialog(QDialog):
    def __init__(
        self,
        services: Services,
        record: GreetingDayRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("greeting_day_dialog")
        self.setWindowTitle(self.tr("Edit greeting day") if record else self.tr("New greeting day"))
        self._services = services
        self._id = record.id if record else 0
        self.saved: GreetingDayRecord | None = None
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.calendar = QComboBox()
        for code in (SOLAR, LUNAR):
            self.calendar.addItem(calendar_text(code), code)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.this_year = QLabel()
        self.this_year.setObjectName("greeting_day_this_year")
        self.greeting = QPlainTextEdit()
        self.greeting.setTabChangesFocus(True)
        self.greeting.setFixedHeight(80)
        self.active = QCheckBox(self.tr("In &use"))
        self.active.setChecked(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name:"), self.name, "name")
        self.errors.add_row(form, self.tr("Ca&lendar:"), self.calendar, "calendar")
        self.errors.add_row(form, self.tr("&Month:"), self.month, "month")
        self.errors.add_row(form, self.tr("&Day:"), self.day, "day")
        form.addRow(self.tr("This year:"), self.this_year)
        self.errors.add_row(form, self.tr("&Greeting:"), self.greeting, "greeting")
        form.addRow("", self.active)
        self.message = message_label("greeting_day_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        if record is not None:
            self.name.setText(record.name)
            self.calendar.setCurrentIndex(self.calendar.findData(record.calendar))
            self.month.setValue(record.month)
            self.day.setValue(record.day)
            self.greeting.setPlainText(record.greeting)
            self.active.setChecked(record.active)
        for signal in (self.calendar.currentIndexChanged, self.month.valueChanged):
            signal.connect(self._show_this_year)
        self.day.valueChanged.connect(self._show_this_year)
        self._show_this_year()
        self.resize(460, 380)

    def input(self) -> GreetingDayRecord:
        return GreetingDayRecord(
            id=self._id,
            name=self.name.text().strip(),
            calendar=str(self.calendar.currentData()),
            month=self.month.value(),
            day=self.day.value(),
            greeting=self.greeting.toPlainText().strip(),
            active=self.active.isChecked(),
        )

    def _show_this_year(self, *_args: object) -> None:
        when = date_in_year(self.input(), date.today().year)
        self.this_year.setText(when.isoformat() if when else self.tr("Not this year"))

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.saved = self._services.care.save_greeting_day(self.input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, care_error_text(exc)):
                self._show(care_error_text(exc))
            return
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
