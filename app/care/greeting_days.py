"""The venue's greeting days, lunar ones (春节, 元宵节, 端午节, 中秋节, 重阳节) computed per year
with lunardate instead of typed in every year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lunardate import LunarDate

from app.errors import ValidationError

SOLAR = "solar"
LUNAR = "lunar"

# name, calendar, month, day, greeting
DEFAULT_GREETING_DAYS: tuple[tuple[str, str, int, int, str], ...] = (
    ("元旦", SOLAR, 1, 1, "新年快乐！感谢您一直以来的支持，祝您新的一年万事如意。"),
    ("春节", LUNAR, 1, 1, "新春快乐！祝您和家人阖家幸福、身体安康。"),
    ("元宵节", LUNAR, 1, 15, "元宵节快乐！祝您团团圆圆、事事顺心。"),
    ("劳动节", SOLAR, 5, 1, "劳动节快乐！辛苦了，欢迎来会所放松休闲。"),
    ("端午节", LUNAR, 5, 5, "端午安康！祝您和家人平安健康。"),
    ("中秋节", LUNAR, 8, 15, "中秋快乐！月圆人团圆，祝您阖家幸福。"),
    ("国庆节", SOLAR, 10, 1, "国庆快乐！祝您假期愉快。"),
    ("重阳节", LUNAR, 9, 9, "重阳节快乐！祝您和家中长辈福寿安康。"),
)


@dataclass(frozen=True)
class GreetingDayRecord:
    id: int
    name: str
    calendar: str
    month: int
    day: int
    greeting: str
    active: bool = True


def date_in_year(day: GreetingDayRecord, year: int) -> date | None:
    """The solar date of this greeting day in `year`; None when it does not occur (a lunar
    day 30 in a short month)."""
    try:
        if day.calendar == LUNAR:
            solar: date = LunarDate(year, day.month, day.day).to_solar_date()
            return solar
        return date(year, day.month, day.day)
    except ValueError:
        return None


def occurrences(
    days: list[GreetingDayRecord], start: date, end: date
) -> list[tuple[GreetingDayRecord, date]]:
    """Active greeting days falling between start and end (inclusive), in date order."""
    found = []
    for year in range(start.year, end.year + 1):
        for day in days:
            when = date_in_year(day, year) if day.active else None
            if when is not None and start <= when <= end:
                found.append((day, when))
    return sorted(found, key=lambda pair: (pair[1], pair[0].name))


def validate_greeting_day(day: GreetingDayRecord) -> None:
    if not day.name.strip():
        raise ValidationError("name", "required")
    if day.calendar not in (SOLAR, LUNAR):
        raise ValidationError("calendar", "invalid")
    if not 1 <= day.month <= 12:
        raise ValidationError("month", "out_of_range", "1 to 12")
    if not 1 <= day.day <= (30 if day.calendar == LUNAR else 31):
        raise ValidationError("day", "out_of_range")
    if day.calendar == SOLAR and date_in_year(day, 2024) is None:  # 2024: Feb 29 exists
        raise ValidationError("day", "out_of_range")
    if len(day.greeting) > 200:
        raise ValidationError("greeting", "too_long", "200 characters at most")
