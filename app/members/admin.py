"""The venue's membership set-up: tiers (thresholds and benefits) and the membership settings.
Managers change them; every change is audited."""

from __future__ import annotations

import dataclasses

from app.errors import ValidationError
from app.members.report import MembersMonth, members_month, month_bounds
from app.members.schemas import TierRecord
from app.members.settings import (
    MemberSettings,
    ensure_tiers,
    read_member_settings,
    validate_member_settings,
    write_member_settings,
)
from app.members.store import Clock, local_today
from app.members.tiers import tier_record
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.session import UnitOfWork
from db.types import utc_now


def validate_tier(tier: TierRecord) -> None:
    if not tier.name.strip():
        raise ValidationError("name", "required")
    if tier.threshold < 0:
        raise ValidationError("threshold", "negative")
    if not 0 <= tier.discount_percent <= 100:
        raise ValidationError("discount_percent", "out_of_range", "0 to 100 %")
    if not 0 <= tier.points_multiplier_pct <= 1000:
        raise ValidationError("points_multiplier_pct", "out_of_range")
    if not 1 <= tier.validity_months <= 120:
        raise ValidationError("validity_months", "out_of_range")


class MembershipAdmin:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def tiers(self) -> list[TierRecord]:
        self._desk.current()
        with self._uow() as s:
            return [tier_record(t) for t in ensure_tiers(s)]

    def update_tier(self, tier: TierRecord) -> TierRecord:
        """Change a tier's name, threshold or benefits (its code and rank stay)."""
        actor = self._desk.require(Permission.MANAGE_MEMBERSHIP)
        validate_tier(tier)
        with self._uow() as s:
            rows = {t.code: t for t in ensure_tiers(s)}
            row = rows.get(tier.code)
            if row is None:
                raise ValidationError("code", "invalid")
            before = tier_record(row)
            for f in ("name", "threshold", "discount_percent", "points_multiplier_pct"):
                setattr(row, f, getattr(tier, f))
            row.birthday_benefit, row.validity_months = tier.birthday_benefit, tier.validity_months
            changed = [
                f.name
                for f in dataclasses.fields(TierRecord)
                if getattr(before, f.name) != getattr(tier_record(row), f.name)
            ]
            self._audit.record(
                s,
                actor,
                AuditAction.SETTINGS_CHANGED,
                entity="member_tier",
                entity_id=tier.code,
                detail={"changed": changed},
            )
            return tier_record(row)

    def settings(self) -> MemberSettings:
        self._desk.current()
        with self._uow() as s:
            return read_member_settings(s)

    def update_settings(self, value: MemberSettings) -> MemberSettings:
        actor = self._desk.require(Permission.MANAGE_MEMBERSHIP)
        validate_member_settings(value)
        with self._uow() as s:
            changed = write_member_settings(s, value)
            if changed:
                self._audit.record(
                    s,
                    actor,
                    AuditAction.SETTINGS_CHANGED,
                    entity="member_settings",
                    detail={"changed": changed},
                )
        return value

    def month_report(self, month: str) -> MembersMonth:
        """The figures of `frontdesk report members --month YYYY-MM` (aggregates only)."""
        actor = self._desk.require(Permission.MANAGE_MEMBERSHIP)
        if month_bounds(month)[0] > local_today(self._now()):
            raise ValidationError("month", "in_future")
        with self._uow() as s:
            report = members_month(s, month)
            self._audit.record(
                s, actor, AuditAction.DATA_EXPORTED, entity="members_report", entity_id=month
            )
            return report
