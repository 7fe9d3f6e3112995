"""Refusals of the membership settings, tier and gift services, worded for the manager; anything
else falls back to ui/messages.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError
from ui.messages import error_text, field_error_text

translate = QCoreApplication.translate  # a plain name lupdate finds


def _texts() -> dict[tuple[str, str], str]:
    return {
        ("card_prefix", "invalid"): translate(
            "MembershipMessages", "A card prefix is 1 to 8 digits, e.g. 8866."
        ),
        ("discount_percent", "out_of_range"): translate(
            "MembershipMessages", "A discount lies between 0 and 100 %."
        ),
        ("points_multiplier_pct", "out_of_range"): translate(
            "MembershipMessages", "The points multiplier lies between 0 and 1000 %."
        ),
        ("validity_months", "out_of_range"): translate(
            "MembershipMessages", "A card is valid for 1 to 120 months."
        ),
        ("threshold", "negative"): translate(
            "MembershipMessages", "The entry threshold cannot be below zero."
        ),
        ("threshold", "invalid"): translate(
            "MembershipMessages", "Enter the threshold as a number, e.g. 5000.00."
        ),
        ("name", "required"): translate("MembershipMessages", "Please fill in the name."),
        ("name", "too_long"): translate(
            "MembershipMessages", "The name is too long (at most 64 characters)."
        ),
        ("departments", "required"): translate(
            "MembershipMessages", "List at least one department, one per line."
        ),
        ("departments", "invalid"): translate(
            "MembershipMessages", "A department name cannot be blank."
        ),
        ("departments", "too_long"): translate(
            "MembershipMessages", "A department name has at most 32 characters."
        ),
        ("departments", "duplicate"): translate(
            "MembershipMessages", "A department is listed twice."
        ),
        ("walk_in_required", "invalid"): translate(
            "MembershipMessages", "The walk-in's name is always required."
        ),
        ("unit_fen", "not_positive"): translate(
            "MembershipMessages", "Enter an amount of yuan above zero."
        ),
        ("points_cost", "not_positive"): translate(
            "MembershipMessages", "A gift costs at least 1 point."
        ),
        ("stock", "negative"): translate("MembershipMessages", "The stock cannot be below zero."),
    }


def membership_field_text(field: str, code: str) -> str:
    return _texts().get((field, code)) or field_error_text(field, code)


def membership_error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return membership_field_text(error.field, error.code)
    return error_text(error)
