"""Retention: each file is kept until N years (default 10) after the customer's last activity."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from db.models import VenueSetting

RETENTION_YEARS_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 10


def retention_years(session: Session) -> int:
    row = session.get(VenueSetting, RETENTION_YEARS_KEY)
    return int(row.value) if row is not None else DEFAULT_RETENTION_YEARS


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def retention_end(session: Session, last_activity: datetime) -> str:
    return add_years(last_activity.astimezone().date(), retention_years(session)).isoformat()
