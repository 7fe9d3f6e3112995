"""Venue-wide settings kept in the database (UI-only state lives in ui/settings.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import VenueSetting
from db.session import UnitOfWork

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class VenueSettings:
    venue_name: str = ""
    auto_lock_minutes: int = 5
    backup_dir: str = ""
    backup_keep: int = 30
    language: str = "zh_CN"
    printer_name: str = ""


_INT_FIELDS = {"auto_lock_minutes", "backup_keep"}


def read_settings(session: Session) -> VenueSettings:
    values: dict[str, object] = {}
    for f in dataclasses.fields(VenueSettings):
        row = session.get(VenueSetting, f.name)
        if row is not None:
            values[f.name] = int(row.value) if f.name in _INT_FIELDS else row.value
    return VenueSettings(**values)  # type: ignore[arg-type]


def validate_settings(settings: VenueSettings) -> None:
    if not settings.venue_name.strip():
        raise ValidationError("venue_name", "required")
    if len(settings.venue_name) > 100:
        raise ValidationError("venue_name", "too_long")
    if not 1 <= settings.auto_lock_minutes <= 240:
        raise ValidationError("auto_lock_minutes", "out_of_range", "1 to 240 minutes")
    if not 1 <= settings.backup_keep <= 365:
        raise ValidationError("backup_keep", "out_of_range", "1 to 365 generations")
    if settings.language not in LANGUAGES:
        raise ValidationError("language", "invalid")
    if settings.backup_dir and not Path(settings.backup_dir).is_absolute():
        raise ValidationError("backup_dir", "not_absolute")


def write_settings(session: Session, settings: VenueSettings) -> list[str]:
    """Store every field; return the names that changed."""
    changed = []
    for f in dataclasses.fields(VenueSettings):
        value = str(getattr(settings, f.name))
        row = session.get(VenueSetting, f.name)
        if row is None:
            session.add(VenueSetting(key=f.name, value=value))
            changed.append(f.name)
        elif row.value != value:
            row.value = value
            changed.append(f.name)
    return changed


class SettingsService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def get(self) -> VenueSettings:
        self._desk.current()
        with self._uow() as s:
            return read_settings(s)

    def update(self, settings: VenueSettings) -> VenueSettings:
        actor = self._desk.require(Permission.MANAGE_SETTINGS)
        validate_settings(settings)
        with self._uow() as s:
            changed = write_settings(s, settings)
            if changed:
                self._audit.record(
                    s,
                    actor,
                    AuditAction.SETTINGS_CHANGED,
                    entity="settings",
                    detail={"changed": changed},
                )
        return settings
