"""Complaint settings for managers: the category and department lists, the deadlines, the clock
(calendar, or business hours with the venue's holidays), the compensation limit and follow-up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints.schemas import ClockMode, ComplaintSettings
from app.complaints.service import ComplaintService
from app.errors import DomainError, ValidationError
from app.members.schemas import yuan
from ui.complaints.complaint_fields import CheckChoices, fill_combo, select_code
from ui.complaints.complaint_messages import complaint_error_text, complaint_field_text
from ui.complaints.complaint_words import category_texts, department_texts, text_of
from ui.members.consumption_dialog import parse_yuan
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

DAYS = ("0", "1", "2", "3", "4", "5", "6")


def lines_to_codes(text: str, texts: dict[str, str]) -> tuple[str, ...]:
    """One entry per line; a built-in entry typed in its words goes back to its code."""
    codes = {words: code for code, words in texts.items()}
    lines = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(codes.get(line, line) for line in lines if line))


def codes_to_lines(codes: tuple[str, ...], texts: dict[str, str]) -> str:
    return "\n".join(text_of(texts, code) for code in codes)


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _time(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


class ComplaintSettingsDialog(QDialog):
    def __init__(self, service: ComplaintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_settings_dialog")
        self.setWindowTitle(self.tr("Complaint settings"))
        self._service = service
        self.saved: ComplaintSettings | None = None
        self.errors = FieldErrors()
        self.message = message_label("complaint_settings_message")
        try:
            self.current = service.settings()
        except DomainError as exc:
            self.current = ComplaintSettings()
            self._show(complaint_error_text(exc))
        c = self.current
        self.categories = QPlainTextEdit(codes_to_lines(c.categories, category_texts()))
        self.departments = QPlainTextEdit(codes_to_lines(c.departments, department_texts()))
        self.first_response_hours = _spin(1, 720, self.tr(" h"))
        self.close_days = _spin(1, 365, self.tr(" days"))
        self.plan_hours = _spin(1, 720, self.tr(" h"))
        self.clock_mode = QComboBox()
        fill_combo(
            self.clock_mode,
            tuple(ClockMode),
            {
                "calendar": self.tr("Calendar time (every hour counts)"),
                "business": self.tr("Business hours on working days, holidays excluded"),
            },
        )
        self.business_start, self.business_end = _time(c.business_start), _time(c.business_end)
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.business_start)
        row.addWidget(self.business_end)
        row.addStretch(1)
        day_names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.working_days = CheckChoices(DAYS, dict(zip(DAYS, day_names, strict=True)), 7, "day")
        self.holidays = QPlainTextEdit("\n".join(c.holidays))
        self.holidays.setPlaceholderText("2026-10-01")
        self.compensation_limit = QLineEdit(yuan(c.compensation_limit_fen))
        self.followup_after_days = _spin(0, 90, self.tr(" days"))
        self.satisfied_min = _spin(1, 5, "")
        for edit in (self.categories, self.departments, self.holidays):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
        left, right = QFormLayout(), QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # lists get the width
        for form, rows in (
            (
                left,
                [
                    ("categories", self.tr("&Categories (one per line)"), self.categories),
                    ("departments", self.tr("&Departments (one per line)"), self.departments),
                    ("holidays", self.tr("&Holidays (YYYY-MM-DD)"), self.holidays),
                ],
            ),
            (
                right,
                [
                    (
                        "first_response_hours",
                        self.tr("&First response within"),
                        self.first_response_hours,
                    ),
                    ("close_days", self.tr("C&lose within"), self.close_days),
                    ("plan_hours", self.tr("Major: &plan within"), self.plan_hours),
                    ("clock_mode", self.tr("Deadline c&lock"), self.clock_mode),
                    ("business_end", self.tr("&Business hours"), hours),
                    ("working_days", self.tr("&Working days"), self.working_days),
                    (
                        "compensation_limit_fen",
                        self.tr("Compensation &limit (yuan)"),
                        self.compensation_limit,
                    ),
                    ("followup_after_days", self.tr("F&ollow-up after"), self.followup_after_days),
                    ("satisfied_min", self.tr("&Satisfied from score"), self.satisfied_min),
                ],
            ),
        ):
            for field, label, widget in rows:
                self.errors.add_row(form, label, widget, field)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save settings"), self.tr("Cancel")))
        self._load(c)
        self.resize(900, 520)

    def _load(self, c: ComplaintSettings) -> None:
        self.first_response_hours.setValue(c.first_response_hours)
        self.close_days.setValue(c.close_days)
        self.plan_hours.setValue(c.plan_hours)
        select_code(self.clock_mode, c.clock_mode)
        self.working_days.set_selected(str(d) for d in c.working_days)
        self.followup_after_days.setValue(c.followup_after_days)
        self.satisfied_min.setValue(c.satisfied_min)

    def value(self) -> ComplaintSettings | None:
        fen = parse_yuan(self.compensation_limit.text())
        if fen is None:
            text = complaint_field_text("compensation_fen", "invalid")
            self.errors.show("compensation_limit_fen", text)
            return None
        holidays = (line.strip() for line in self.holidays.toPlainText().splitlines())
        return replace(
            self.current,
            categories=lines_to_codes(self.categories.toPlainText(), category_texts()),
            departments=lines_to_codes(self.departments.toPlainText(), department_texts()),
            first_response_hours=self.first_response_hours.value(),
            close_days=self.close_days.value(),
            plan_hours=self.plan_hours.value(),
            clock_mode=str(self.clock_mode.currentData()),
            business_start=self.business_start.time().toString("HH:mm"),
            business_end=self.business_end.time().toString("HH:mm"),
            working_days=tuple(int(d) for d in self.working_days.selected()),
            holidays=tuple(day for day in holidays if day),
            compensation_limit_fen=fen,
            followup_after_days=self.followup_after_days.value(),
            satisfied_min=self.satisfied_min.value(),
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        value = self.value()
        if value is None:
            return
        try:
            self.saved = self._service.update_settings(value)
        except ValidationError as exc:
            if not self.errors.show(exc.field, complaint_error_text(exc)):
                self._show(complaint_error_text(exc))
            return
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
