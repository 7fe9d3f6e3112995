"""An appointment window typed as a day and two times (local), handed to the services as UTC."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QTimeEdit, QWidget


def next_free_hour(now: datetime, taken: Iterable[datetime] = ()) -> datetime:
    """The next full local hour from `now` that no open order already starts at."""
    booked = {t.astimezone().replace(second=0, microsecond=0) for t in taken}
    start = now.astimezone().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    while start in booked:
        start += timedelta(hours=1)
    return start


def to_utc(day: QDate, time: QTime) -> datetime:
    """A local day and time as an aware UTC datetime."""
    local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return local.astimezone().astimezone(UTC)


def local_datetime_edit(moment: datetime) -> QDateTimeEdit:
    """A date-and-time picker showing `moment` in local time, to the minute."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    set_local(edit, moment)
    return edit


def set_local(edit: QDateTimeEdit, moment: datetime) -> None:
    local = moment.astimezone()
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def edit_value(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    return to_utc(value.date(), value.time())


class AppointmentFields(QWidget):
    """Day, from, to; the end time moves along when the start passes it."""

    def __init__(self, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QDateEdit()
        self.day.setObjectName("appointment_day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.start = QTimeEdit()
        self.start.setObjectName("appointment_from")
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setObjectName("appointment_to")
        self.end.setDisplayFormat("HH:mm")
        self.set_values(start, start + timedelta(hours=1))
        self.start.timeChanged.connect(self._keep_order)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 2)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.start, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end, 1)
        self.setFocusProxy(self.day)

    def _keep_order(self, start: QTime) -> None:
        if self.end.time() <= start:
            self.end.setTime(start.addSecs(3600) if start.hour() < 23 else QTime(23, 59))

    def set_values(self, start: datetime, end: datetime) -> None:
        local_start, local_end = start.astimezone(), end.astimezone()
        self.day.setDate(QDate(local_start.year, local_start.month, local_start.day))
        self.start.setTime(QTime(local_start.hour, local_start.minute))
        if local_end.date() != local_start.date():
            self.end.setTime(QTime(23, 59))
        else:
            self.end.setTime(QTime(local_end.hour, local_end.minute))

    def values(self) -> tuple[datetime, datetime]:
        """(start, end) as aware UTC datetimes."""
        day = self.day.date()
        return to_utc(day, self.start.time()), to_utc(day, self.end.time())
