"""Helpers for the complaints tests: the service on a movable clock, staff of each role, and a
typical intake."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.complaints.schemas import ComplaintInput, ComplaintSettings
from app.complaints.service import ComplaintService
from app.services import Services
from tests.app.member_helpers import Clock
from tests.conftest import sign_in_as

# a reply time far enough ahead that it never falls due in a test unless one sets its own
PROMISED = datetime.now(UTC) + timedelta(days=60)


def complaints(services: Services, clock: Clock) -> ComplaintService:
    return ComplaintService(
        services.venue.uow, services.desk, services.audit, services.reminders, now=clock
    )


def staff_id(services: Services, username: str, role: str) -> int:
    """Create (once) and sign in `username`; returns the staff id."""
    sign_in_as(services, username, role)
    actor = services.desk.current()
    assert actor.staff_id is not None
    return actor.staff_id


def intake(**changes: object) -> ComplaintInput:
    base = ComplaintInput(
        kind="complaint",
        channel="phone",
        category="service_attitude",
        summary='客人说前台"态度冷淡",等了20分钟,\n还被催着结账 😠',
        contact_name="王𠮷",
        contact_phone="+86 138 0013 8000",
        requests=("apology", "explanation"),
        department="front_desk",
        promised_reply_at=PROMISED,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def set_settings(services: Services, clock: Clock, **changes: object) -> ComplaintSettings:
    """Change the complaint settings as admin (signs the admin in)."""
    sign_in_as(services, "admin2", "admin")
    service = complaints(services, clock)
    return service.update_settings(replace(service.settings(), **changes))  # type: ignore[arg-type]


def at(clock: Clock, **delta: float) -> datetime:
    clock.advance(**delta)
    return clock()
