"""Repair settings the venue chooses (print layout, follow-up share, lateness grace), kept in
venue_settings under a "repairs." prefix."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.repairs.schemas import PrintLayout, RepairSettings
from app.settings_store import read_json_settings, write_json_settings

PREFIX = "repairs."


def validate_repair_settings(value: RepairSettings) -> None:
    if value.print_layout not in set(PrintLayout):
        raise ValidationError("print_layout", "invalid")
    if not 1 <= value.followup_share_pct <= 100:
        raise ValidationError("followup_share_pct", "out_of_range", "1 to 100 %")
    if not 0 <= value.late_grace_minutes <= 240:
        raise ValidationError("late_grace_minutes", "out_of_range", "0 to 240 minutes")
    if not 0 <= value.remind_before_minutes <= 24 * 60:
        raise ValidationError("remind_before_minutes", "out_of_range")
    prefix = value.number_prefix
    if not (1 <= len(prefix) <= 6 and prefix.isascii() and prefix.isalnum()):
        raise ValidationError("number_prefix", "invalid", "1 to 6 letters or digits")


def read_repair_settings(session: Session) -> RepairSettings:
    return read_json_settings(session, PREFIX, RepairSettings)


def write_repair_settings(session: Session, value: RepairSettings) -> list[str]:
    """Store every field; returns the names that changed."""
    return write_json_settings(session, PREFIX, value)
