"""Deadline arithmetic for complaint cards: adding and measuring working time in calendar or
business hours (working days, holidays), with the customer-waiting pauses left out.

Pure functions of times and a WorkingClock, so every edge (weekends, holidays, a pause over a
night) is tested without a database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from app.complaints.schemas import ClockMode, ComplaintSettings, DeadlineState

MAX_DAYS = 3660  # a clock with no working time would otherwise never reach a deadline


@dataclass(frozen=True)
class Pause:
    """The card waited on the customer from `start` to `end` (end = now while it still waits)."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class WorkingClock:
    mode: str = ClockMode.CALENDAR
    day_start: time = time(9)
    day_end: time = time(18)
    working_days: frozenset[int] = frozenset(range(5))  # Monday = 0
    holidays: frozenset[date] = frozenset()
    tz: tzinfo | None = None  # None: the reception PC's zone

    @classmethod
    def from_settings(cls, value: ComplaintSettings, tz: tzinfo | None = None) -> WorkingClock:
        return cls(
            mode=value.clock_mode,
            day_start=time.fromisoformat(value.business_start),
            day_end=time.fromisoformat(value.business_end),
            working_days=frozenset(value.working_days),
            holidays=frozenset(date.fromisoformat(d) for d in value.holidays),
            tz=tz,
        )

    @property
    def business(self) -> bool:
        return self.mode == ClockMode.BUSINESS

    def day_seconds(self) -> int:
        """What "one day" of allowance is: 24 h, or one business day's hours."""
        if not self.business:
            return 86_400
        start = datetime.combine(date(2000, 1, 3), self.day_start)
        return int((datetime.combine(date(2000, 1, 3), self.day_end) - start).total_seconds())

    def _local(self, at: datetime) -> datetime:
        return at.astimezone(self.tz)

    def _at(self, day: date, clock_time: time) -> datetime:
        if self.tz is None:
            return datetime.combine(day, clock_time).astimezone()
        return datetime.combine(day, clock_time, tzinfo=self.tz)

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() not in self.working_days or day in self.holidays:
            return None
        return self._at(day, self.day_start), self._at(day, self.day_end)


def add_working(start: datetime, seconds: int, clock: WorkingClock) -> datetime:
    """The moment `seconds` of working time after `start`."""
    if seconds <= 0:
        return start
    if not clock.business:
        return start + timedelta(seconds=seconds)
    remaining = timedelta(seconds=seconds)
    cursor = start
    day = clock._local(start).date()
    for _ in range(MAX_DAYS):
        window = clock._window(day)
        if window is not None:
            begin, end = max(window[0], cursor), window[1]
            if begin < end:
                if remaining <= end - begin:
                    return (begin + remaining).astimezone(start.tzinfo)
                remaining -= end - begin
        day += timedelta(days=1)
    raise ValueError("no working time in the clock")


def working_seconds(start: datetime, end: datetime, clock: WorkingClock) -> int:
    """Working seconds between two moments (0 when end is not after start)."""
    if end <= start:
        return 0
    if not clock.business:
        return int((end - start).total_seconds())
    total = timedelta()
    day, last = clock._local(start).date(), clock._local(end).date()
    while day <= last:
        window = clock._window(day)
        if window is not None:
            begin, stop = max(window[0], start), min(window[1], end)
            if begin < stop:
                total += stop - begin
        day += timedelta(days=1)
    return int(total.total_seconds())


def paused_within(
    start: datetime, end: datetime, pauses: Iterable[Pause], clock: WorkingClock
) -> int:
    """Working seconds of the pauses that fall between start and end."""
    return sum(
        working_seconds(max(p.start, start), min(p.end, end), clock)
        for p in pauses
        if p.end > start and p.start < end
    )


def used_seconds(
    start: datetime, end: datetime, pauses: Iterable[Pause], clock: WorkingClock
) -> int:
    """Working time used of an allowance between start and end, the pauses left out."""
    return working_seconds(start, end, clock) - paused_within(start, end, pauses, clock)


def due_time(
    start: datetime, allowance: int, pauses: Iterable[Pause], clock: WorkingClock
) -> datetime:
    """When `allowance` working seconds have been used, pausing while the card waits."""
    cursor, remaining = start, allowance
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end <= cursor:
            continue
        available = working_seconds(cursor, max(pause.start, cursor), clock)
        if available >= remaining:
            break
        remaining -= available
        cursor = pause.end
    return add_working(cursor, remaining, clock)


@dataclass(frozen=True)
class Measure:
    due_at: datetime
    state: str  # DeadlineState
    used_percent: int
    paused_seconds: int  # working seconds waited inside the deadline's window


def measure(
    start: datetime,
    allowance: int,
    met_at: datetime | None,
    pauses: tuple[Pause, ...],
    now: datetime,
    clock: WorkingClock,
    *,
    paused_now: bool = False,
) -> Measure:
    """Where one deadline stands at `now`: its due time, state and share of time used."""
    due = due_time(start, allowance, pauses, clock)
    end = met_at or now
    used = used_seconds(start, end, pauses, clock)
    percent = used * 100 // allowance if allowance > 0 else 100
    if met_at is not None:
        state = DeadlineState.MET if met_at <= due else DeadlineState.LATE
    elif paused_now:
        state = DeadlineState.PAUSED
    elif now > due:
        state = DeadlineState.OVERDUE
    else:
        state = DeadlineState.OPEN
    return Measure(due, state, percent, paused_within(start, end, pauses, clock))
