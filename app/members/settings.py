"""Membership settings the venue chooses (points rule, threshold basis, card prefix, alert
rules), kept in venue_settings under a "members." prefix, and the default tiers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.card_numbers import DEFAULT_PREFIX, check_prefix
from app.settings_store import read_json_settings, write_json_settings
from db.models import MemberTier

PREFIX = "members."


class ThresholdBasis(StrEnum):
    SPEND = "spend"  # fen spent in the validity period
    POINTS = "points"  # points earned in the validity period


class Rounding(StrEnum):
    DOWN = "down"
    NEAREST = "nearest"
    UP = "up"


class Rule(StrEnum):
    """What the check-in screen does when an alert applies."""

    ALLOW = "allow"
    WARN = "warn"
    DENY = "deny"


DEFAULT_ALERT_RULES: dict[str, str] = {
    "card_expired": Rule.DENY,
    "card_frozen": Rule.DENY,
    "card_lost": Rule.DENY,
    "card_cancelled": Rule.DENY,
    "birthday_today": Rule.WARN,
    "birthday_week": Rule.WARN,
    "open_complaint": Rule.WARN,
    "overdue_item": Rule.WARN,
    "recent_visit": Rule.WARN,
    "missing_photo": Rule.WARN,
}


DEFAULT_DEPARTMENTS: tuple[str, ...] = ("茶室", "餐饮", "康体", "客房", "美容美发", "商品部")
MAX_DEPARTMENT = 32
_TUPLE_FIELDS = ("walk_in_required", "departments")


@dataclass(frozen=True)
class MemberSettings:
    card_prefix: str = DEFAULT_PREFIX
    threshold_basis: str = ThresholdBasis.SPEND
    points_per_unit: int = 10  # 10 points ...
    unit_fen: int = 10_000  # ... per 100 yuan
    rounding: str = Rounding.DOWN
    expiry_days: int = 0  # 0 = points never expire
    points_per_yuan: int = 10  # redemption as payment: 10 points pay 1 yuan
    recent_visit_hours: int = 6
    repeat_scan_seconds: int = 60
    walk_in_required: tuple[str, ...] = ("name", "phone", "party_size")
    alert_rules: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ALERT_RULES))
    departments: tuple[str, ...] = DEFAULT_DEPARTMENTS  # where a consumption can be booked
    checkout_enabled: bool = True  # the desk records when visitors leave

    def rule(self, code: str) -> str:
        return self.alert_rules.get(code, DEFAULT_ALERT_RULES.get(code, Rule.WARN))


WALK_IN_FIELDS = ("name", "phone", "purpose", "party_size", "service_area", "host_staff_id")

# code, name, rank, threshold (fen of spend), discount %, points multiplier %, birthday benefit
DEFAULT_TIERS: tuple[tuple[str, str, int, int, int, int, str], ...] = (
    ("standard", "普通会员", 0, 0, 0, 100, "生日当天赠送果盘一份"),
    ("silver", "银卡", 1, 500_000, 5, 120, "生日当月消费九五折，赠送果盘"),
    ("gold", "金卡", 2, 2_000_000, 10, 150, "生日当月消费九折，赠送蛋糕一份"),
    ("platinum", "白金卡", 3, 5_000_000, 15, 200, "生日当月消费八五折，赠送蛋糕与包间一次"),
)


def validate_member_settings(value: MemberSettings) -> None:
    check_prefix(value.card_prefix)
    if value.threshold_basis not in set(ThresholdBasis):
        raise ValidationError("threshold_basis", "invalid")
    if value.rounding not in set(Rounding):
        raise ValidationError("rounding", "invalid")
    for name in ("points_per_unit", "unit_fen", "points_per_yuan", "repeat_scan_seconds"):
        if getattr(value, name) <= 0:
            raise ValidationError(name, "not_positive")
    if value.expiry_days < 0 or value.recent_visit_hours < 0:
        raise ValidationError(
            "expiry_days" if value.expiry_days < 0 else "recent_visit_hours", "negative"
        )
    if (
        any(f not in WALK_IN_FIELDS for f in value.walk_in_required)
        or "name" not in value.walk_in_required
    ):
        raise ValidationError("walk_in_required", "invalid")
    for code, rule in value.alert_rules.items():
        if code not in DEFAULT_ALERT_RULES or rule not in set(Rule):
            raise ValidationError("alert_rules", "invalid", code)
    _check_departments(value.departments)


def _check_departments(departments: tuple[str, ...]) -> None:
    if not departments:
        raise ValidationError("departments", "required")
    for name in departments:
        if not name.strip() or name != name.strip():
            raise ValidationError("departments", "invalid", repr(name))
        if len(name) > MAX_DEPARTMENT:
            raise ValidationError("departments", "too_long", name)
    if len(set(departments)) != len(departments):
        raise ValidationError("departments", "duplicate")


def read_member_settings(session: Session) -> MemberSettings:
    return read_json_settings(session, PREFIX, MemberSettings)


def write_member_settings(session: Session, value: MemberSettings) -> list[str]:
    return write_json_settings(session, PREFIX, value)


def ensure_tiers(session: Session) -> list[MemberTier]:
    """The tiers by rank; the four defaults are written the first time they are needed."""
    tiers = list(session.scalars(select(MemberTier).order_by(MemberTier.rank)))
    if tiers:
        return tiers
    for code, name, rank, threshold, discount, mult, benefit in DEFAULT_TIERS:
        session.add(
            MemberTier(
                code=code,
                name=name,
                rank=rank,
                threshold=threshold,
                discount_percent=discount,
                points_multiplier_pct=mult,
                birthday_benefit=benefit,
                validity_months=12,
            )
        )
    session.flush()
    return list(session.scalars(select(MemberTier).order_by(MemberTier.rank)))
