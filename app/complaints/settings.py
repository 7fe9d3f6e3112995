"""Complaint settings the venue chooses (deadlines, clock, lists, approval limit), kept in
venue_settings under a "complaints." prefix like the members settings."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from app.complaints.schemas import ClockMode, ComplaintSettings
from app.errors import ValidationError
from app.settings_store import read_json_settings, write_json_settings

PREFIX = "complaints."
MAX_LIST_ENTRY = 32  # the category / department columns are String(32)


def _check_list(name: str, values: tuple[str, ...]) -> None:
    if not values:
        raise ValidationError(name, "required")
    for value in values:
        if not value.strip() or len(value) > MAX_LIST_ENTRY:
            raise ValidationError(name, "invalid", value)
    if len(set(values)) != len(values):
        raise ValidationError(name, "duplicate")


def _check_time(name: str, text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, "invalid", text) from None


def validate_complaint_settings(value: ComplaintSettings) -> None:
    _check_list("categories", value.categories)
    _check_list("departments", value.departments)
    for name in ("first_response_hours", "close_days", "plan_hours"):
        if getattr(value, name) <= 0:
            raise ValidationError(name, "not_positive")
    if value.clock_mode not in set(ClockMode):
        raise ValidationError("clock_mode", "invalid")
    start = _check_time("business_start", value.business_start)
    if _check_time("business_end", value.business_end) <= start:
        raise ValidationError("business_end", "before_start")
    if not value.working_days or any(d not in range(7) for d in value.working_days):
        raise ValidationError("working_days", "invalid")
    for day in value.holidays:
        try:
            date.fromisoformat(day)
        except ValueError:
            raise ValidationError("holidays", "invalid", day) from None
    if value.compensation_limit_fen < 0:
        raise ValidationError("compensation_limit_fen", "negative")
    if value.followup_after_days < 0:
        raise ValidationError("followup_after_days", "negative")
    if not 1 <= value.satisfied_min <= 5:
        raise ValidationError("satisfied_min", "out_of_range")


def read_complaint_settings(session: Session) -> ComplaintSettings:
    return read_json_settings(session, PREFIX, ComplaintSettings)


def write_complaint_settings(session: Session, value: ComplaintSettings) -> list[str]:
    """Store every field; return the names that changed."""
    return write_json_settings(session, PREFIX, value)
