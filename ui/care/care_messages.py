"""The care room's refusals worded for the desk; anything unknown here falls back to
ui/messages.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError
from ui.messages import error_text, field_error_text

translate = QCoreApplication.translate  # a plain name lupdate finds


def _field_texts() -> dict[tuple[str, str], str]:
    return {
        ("result", "required"): translate("CareMessages", "Please write the result of the call."),
        ("next_due_on", "not_in_future"): translate(
            "CareMessages", "The next call must be on a later day."
        ),
        ("task", "not_open"): translate(
            "CareMessages", "This call was already recorded; the list is refreshed."
        ),
        ("birthday", "already_given"): translate(
            "CareMessages", "The birthday benefit was already given this year."
        ),
        ("csat", "required"): translate(
            "CareMessages", "Give a satisfaction score or a recommendation score."
        ),
        ("csat", "out_of_range"): translate("CareMessages", "Satisfaction lies between 1 and 5."),
        ("csat", "invalid"): translate("CareMessages", "Type a whole number from 1 to 5."),
        ("nps", "out_of_range"): translate(
            "CareMessages", "The recommendation score lies between 0 and 10."
        ),
        ("nps", "invalid"): translate("CareMessages", "Type a whole number from 0 to 10."),
        ("comment", "too_long"): translate("CareMessages", "At most 1000 characters."),
        ("customer_id", "not_found"): translate(
            "CareMessages", "This customer file no longer exists."
        ),
        ("customer_id", "required"): translate(
            "CareMessages", "Choose a customer, or tick Anonymous."
        ),
        ("reason", "required"): translate("CareMessages", "Please give the reason."),
        ("value_tier", "invalid"): translate("CareMessages", "Choose a value tier from the list."),
        ("activity", "invalid"): translate("CareMessages", "Choose an activity from the list."),
        ("name", "required"): translate("CareMessages", "Please name the greeting day."),
        ("day", "out_of_range"): translate(
            "CareMessages", "This day does not exist in the chosen month."
        ),
        ("greeting", "too_long"): translate("CareMessages", "At most 200 characters."),
        ("diamond_spend_fen", "below_vip"): translate(
            "CareMessages", "The diamond spend cannot be below the VIP spend."
        ),
        ("birthday_days_ahead", "out_of_range"): translate(
            "CareMessages", "Choose between 0 and 31 days."
        ),
        ("win_back_days", "below_dormant"): translate(
            "CareMessages", "Win back after at least as many days as a customer turns dormant."
        ),
    }


def care_field_text(field: str, code: str) -> str:
    if code == "not_positive":
        return translate("CareMessages", "Must be more than 0.")
    if code == "negative":
        return translate("CareMessages", "The number of days cannot be negative.")
    return _field_texts().get((field, code)) or field_error_text(field, code)


def care_error_text(error: Exception) -> str:
    """The room's own wording first, then the shared one."""
    if isinstance(error, ValidationError):
        return care_field_text(error.field, error.code)
    return error_text(error)
