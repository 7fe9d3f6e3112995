"""Working-time arithmetic for complaint deadlines: calendar and business hours, weekends,
holidays, pauses over nights and weekends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.complaints.deadlines import (
    Pause,
    WorkingClock,
    add_working,
    due_time,
    measure,
    paused_within,
    used_seconds,
    working_seconds,
)
from app.complaints.schemas import ClockMode, ComplaintSettings, DeadlineState

SH = ZoneInfo("Asia/Shanghai")
HOUR = 3600
# 2026-11-20 is a Friday; 2026-11-23 a Monday.
BUSINESS = WorkingClock(mode=ClockMode.BUSINESS, tz=SH)
CALENDAR = WorkingClock(tz=SH)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SH)


def test_calendar_mode_counts_every_hour_across_the_weekend() -> None:
    assert add_working(at(20, 17), 24 * HOUR, CALENDAR) == at(21, 17)
    assert working_seconds(at(20, 17), at(23, 17), CALENDAR) == 72 * HOUR
    assert working_seconds(at(23, 17), at(20, 17), CALENDAR) == 0


def test_business_hours_skip_the_night_and_the_weekend() -> None:
    # Friday 17:00 + 2 h: one hour on Friday, one on Monday from 09:00.
    assert add_working(at(20, 17), 2 * HOUR, BUSINESS) == at(23, 10)
    assert working_seconds(at(20, 17), at(23, 10), BUSINESS) == 2 * HOUR
    # Saturday night intake starts counting on Monday morning.
    assert add_working(at(21, 22), HOUR, BUSINESS) == at(23, 10)
    # Exactly a full day ends at closing time, not at the next opening.
    assert add_working(at(23, 9), 9 * HOUR, BUSINESS) == at(23, 18)


def test_business_24_hours_is_24_working_hours_not_a_calendar_day() -> None:
    # Monday 09:00 + 24 h of 9-hour days: Mon 9 + Tue 9 + Wed 6 -> Wednesday 15:00.
    assert add_working(at(23, 9), 24 * HOUR, BUSINESS) == at(25, 15)
    assert BUSINESS.day_seconds() == 9 * HOUR
    assert CALENDAR.day_seconds() == 24 * HOUR


def test_holidays_and_custom_working_days() -> None:
    holiday = WorkingClock(mode=ClockMode.BUSINESS, holidays=frozenset({date(2026, 11, 23)}), tz=SH)
    assert add_working(at(20, 17), 2 * HOUR, holiday) == at(24, 10)
    assert working_seconds(at(20, 9), at(24, 18), holiday) == 18 * HOUR
    weekend_open = WorkingClock(mode=ClockMode.BUSINESS, working_days=frozenset(range(7)), tz=SH)
    assert add_working(at(20, 17), 2 * HOUR, weekend_open) == at(21, 10)


def test_no_working_day_is_refused_instead_of_looping() -> None:
    never = WorkingClock(mode=ClockMode.BUSINESS, working_days=frozenset(), tz=SH)
    with pytest.raises(ValueError):
        add_working(at(20, 9), HOUR, never)


def test_from_settings_reads_hours_days_and_holidays() -> None:
    settings = ComplaintSettings(
        clock_mode=ClockMode.BUSINESS,
        business_start="08:30",
        business_end="17:30",
        working_days=(0, 1, 2, 3, 4, 5),
        holidays=("2026-10-01",),
    )
    clock = WorkingClock.from_settings(settings, SH)
    assert clock.day_start == time(8, 30) and clock.day_end == time(17, 30)
    assert date(2026, 10, 1) in clock.holidays and 5 in clock.working_days
    assert add_working(at(21, 17), 1 * HOUR, clock) == at(23, 9)


def test_a_pause_moves_the_due_time_by_its_working_length() -> None:
    pause = Pause(at(23, 10), at(23, 12))
    assert due_time(at(23, 9), 4 * HOUR, [pause], CALENDAR) == at(23, 15)
    assert used_seconds(at(23, 9), at(23, 15), [pause], CALENDAR) == 4 * HOUR
    assert paused_within(at(23, 9), at(23, 11), [pause], CALENDAR) == HOUR
    # a pause after the deadline was reached does not move it
    late = Pause(at(23, 14), at(23, 16))
    assert due_time(at(23, 9), 4 * HOUR, [late], CALENDAR) == at(23, 13)


def test_a_pause_over_the_weekend_costs_only_its_business_hours() -> None:
    # Friday 16:00 to Monday 11:00: 2 h on Friday + 2 h on Monday of working time.
    pause = Pause(at(20, 16), at(23, 11))
    assert paused_within(at(20, 9), at(24, 9), [pause], BUSINESS) == 4 * HOUR
    # Friday 09:00 + 9 working hours would be Friday 18:00; 7 h used before the pause,
    # the remaining 2 h after it: Monday 13:00.
    assert due_time(at(20, 9), 9 * HOUR, [pause], BUSINESS) == at(23, 13)


def test_measure_states_and_percent() -> None:
    start = at(23, 9)
    running = measure(start, 10 * HOUR, None, (), at(23, 14), CALENDAR)
    assert running.state == DeadlineState.OPEN and running.used_percent == 50
    assert running.due_at == at(23, 19)
    overdue = measure(start, 10 * HOUR, None, (), at(23, 20), CALENDAR)
    assert overdue.state == DeadlineState.OVERDUE and overdue.used_percent == 110
    met = measure(start, 10 * HOUR, at(23, 18), (), at(24, 9), CALENDAR)
    assert met.state == DeadlineState.MET and met.used_percent == 90
    late = measure(start, 10 * HOUR, at(23, 20), (), at(24, 9), CALENDAR)
    assert late.state == DeadlineState.LATE


def test_measure_while_paused_stops_the_clock() -> None:
    start, now = at(23, 9), at(23, 22)
    pause = Pause(at(23, 12), now)
    paused = measure(start, 10 * HOUR, None, (pause,), now, CALENDAR, paused_now=True)
    assert paused.state == DeadlineState.PAUSED
    assert paused.used_percent == 30 and paused.paused_seconds == 10 * HOUR
    assert paused.due_at == now + timedelta(hours=7)
