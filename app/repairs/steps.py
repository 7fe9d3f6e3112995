"""The frame every repair step runs in: permission, the order, its event and audit row in one
transaction, and the checks the steps share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.members.store import Clock
from app.repairs.schemas import EventKind, RepairRecord
from app.repairs.settings import read_repair_settings
from app.repairs.store import add_event, order_by_id, repair_record
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import RepairOrder
from db.session import UnitOfWork
from db.types import utc_now

PAST_TOLERANCE = timedelta(minutes=5)  # a window starting "now", typed a moment ago, is fine
MAX_TEXT = 2000

Change = Callable[[Session, RepairOrder, Actor, datetime], dict[str, object]]


def text_field(field: str, value: str, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > MAX_TEXT:
        raise ValidationError(field, "too_long")
    return text


def aware(field: str, at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValidationError(field, "invalid", "a time with its zone")
    return at


def check_window(start: datetime, end: datetime, now: datetime) -> None:
    aware("appointment_start", start)
    aware("appointment_end", end)
    if start < now - PAST_TOLERANCE:
        raise ValidationError("appointment_start", "in_past")
    if end <= start:
        raise ValidationError("appointment_end", "before_start")


def require_state(row: RepairOrder, *states: str) -> None:
    if row.state not in states:
        raise DomainError(f"{row.number} is {row.state}", code="repair_wrong_state")


class RepairBase:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        venue_name: str = "",
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now
        self._venue_name = venue_name

    def _viewer(self) -> Actor:
        for permission in (
            Permission.RECORD_REPAIR,
            Permission.DISPATCH_REPAIR,
            Permission.VIEW_REPAIR_REPORTS,
        ):
            if self._desk.can(permission):
                return self._desk.current()
        return self._desk.require(Permission.RECORD_REPAIR)

    def _change(self, permission: Permission, order_id: str, change: Change) -> RepairRecord:
        """One step on one order: permission, the change, its audit row, in one transaction."""
        actor = self._desk.require(permission)
        now = self._now()
        with self._uow() as s:
            row = order_by_id(s, order_id)
            detail = change(s, row, actor, now)
            self._audit.record(
                s,
                actor,
                AuditAction.REPAIR_CHANGED,
                entity="repair",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"state": row.state, **detail},
            )
            s.flush()
            return repair_record(s, self._desk.keys, row, read_repair_settings(s))

    def _move(
        self, s: Session, row: RepairOrder, actor: Actor, now: datetime, to: str, note: str = ""
    ) -> None:
        keys = self._desk.keys
        add_event(s, keys, row, EventKind.STATE, actor.staff_id, now, to_state=to, note=note)
