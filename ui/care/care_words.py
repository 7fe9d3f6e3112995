"""Words for the care room's codes (why a call is due, survey sources, calendars), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.care.schemas import CareTaskRecord

translate = QCoreApplication.translate  # a plain name lupdate finds


def call_reason(task: CareTaskRecord) -> str:
    """Why a follow-up call is due: its rule, or planned by hand (an earlier call's next step)."""
    return {
        "consumption": translate("CareWords", "After a purchase"),
        "complaint": translate("CareWords", "After a complaint"),
        "repair": translate("CareWords", "After a repair"),
        "tier": translate("CareWords", "Tier schedule"),
    }.get(task.source, translate("CareWords", "Planned"))


def survey_sources() -> list[tuple[str, str]]:
    return [
        ("desk", translate("CareWords", "At the desk")),
        ("complaint", translate("CareWords", "After a complaint")),
        ("repair", translate("CareWords", "After a repair")),
    ]


def calendar_text(calendar: str) -> str:
    return {
        "solar": translate("CareWords", "Solar"),
        "lunar": translate("CareWords", "Lunar"),
    }.get(calendar, calendar)


def settings_field_texts() -> dict[str, str]:
    """CareSettings field -> its label in the settings dialog."""
    return {
        "dormant_days": translate("CareWords", "Dormant after (days without a visit)"),
        "window_days": translate("CareWords", "Count visits and spend over (days)"),
        "vip_spend_fen": translate("CareWords", "VIP: spend in the window (yuan)"),
        "vip_visits": translate("CareWords", "VIP: or visits and purchases"),
        "diamond_spend_fen": translate("CareWords", "Diamond: spend in the window (yuan)"),
        "diamond_visits": translate("CareWords", "Diamond: and at least visits"),
        "birthday_days_ahead": translate("CareWords", "Birthdays and greeting days ahead (days)"),
        "win_back_days": translate("CareWords", "Win back after (days dormant)"),
    }


def follow_up_texts() -> dict[str, str]:
    return {
        "consumption": translate("CareWords", "Call after a purchase (days, 0 = none)"),
        "complaint": translate("CareWords", "Call after a complaint is closed (days)"),
        "repair": translate("CareWords", "Call after a repair is closed (days)"),
    }
