"""Care settings the venue chooses (classification thresholds, dormancy, follow-up plans), kept
in venue_settings under a "care." prefix like the membership settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.settings_store import read_json_settings, write_json_settings

PREFIX = "care."

DEFAULT_FOLLOW_UP_DAYS: dict[str, int] = {
    "consumption": 3,  # a call three days after a purchase (0 = none)
    "complaint": 7,  # after a complaint is closed
    "repair": 3,  # after a repair is closed
}

# tier code -> days between scheduled calls (0 = none): VIPs of the member tiers monthly
DEFAULT_TIER_CALL_DAYS: dict[str, int] = {"gold": 30, "platinum": 30}


@dataclass(frozen=True)
class CareSettings:
    dormant_days: int = 90
    window_days: int = 365  # frequency and spend are counted over this window
    vip_spend_fen: int = 1_000_000  # 10,000 yuan in the window ...
    vip_visits: int = 24  # ... or this many visits and purchases
    diamond_spend_fen: int = 5_000_000  # 50,000 yuan ...
    diamond_visits: int = 12  # ... and at least this many
    birthday_days_ahead: int = 7
    win_back_days: int = 180  # dormant this long: on the win-back list
    follow_up_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_FOLLOW_UP_DAYS))
    tier_call_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_TIER_CALL_DAYS))


_POSITIVE = ("dormant_days", "window_days", "vip_spend_fen", "vip_visits")


def validate_care_settings(value: CareSettings) -> None:
    for name in (*_POSITIVE, "diamond_spend_fen", "diamond_visits"):
        if getattr(value, name) <= 0:
            raise ValidationError(name, "not_positive")
    if value.diamond_spend_fen < value.vip_spend_fen:
        raise ValidationError("diamond_spend_fen", "below_vip")
    if not 0 <= value.birthday_days_ahead <= 31:
        raise ValidationError("birthday_days_ahead", "out_of_range", "0 to 31 days")
    if value.win_back_days < value.dormant_days:
        raise ValidationError("win_back_days", "below_dormant")
    for name in ("follow_up_days", "tier_call_days"):
        if any(days < 0 for days in getattr(value, name).values()):
            raise ValidationError(name, "negative")


def read_care_settings(session: Session) -> CareSettings:
    return read_json_settings(session, PREFIX, CareSettings)


def write_care_settings(session: Session, value: CareSettings) -> list[str]:
    return write_json_settings(session, PREFIX, value)
