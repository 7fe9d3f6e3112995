"""Staff accounts and signing in: lock-out after five failures, every attempt audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import AccountLocked, DomainError, NotSignedIn, SignInFailed, ValidationError
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.passwords import check_password_rules, hash_password, verify_password
from app.security.permissions import Permission, Role
from db.models import Staff
from db.session import UnitOfWork
from db.types import utc_now

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


@dataclass(frozen=True)
class StaffInput:
    username: str
    display_name: str
    role: str
    password: str


@dataclass(frozen=True)
class StaffSummary:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None


def _summary(row: Staff) -> StaffSummary:
    return StaffSummary(
        row.id, row.username, row.display_name, row.role, row.active, row.locked_until
    )


def validate_staff(data: StaffInput) -> None:
    username = data.username.strip()
    if not username:
        raise ValidationError("username", "required")
    if len(username) > 64 or any(ch.isspace() for ch in username):
        raise ValidationError("username", "invalid", "no spaces, at most 64 characters")
    if not data.display_name.strip():
        raise ValidationError("display_name", "required")
    if len(data.display_name) > 100:
        raise ValidationError("display_name", "too_long")
    if data.role not in {r.value for r in Role}:
        raise ValidationError("role", "invalid")
    check_password_rules(data.password)


def add_staff(session: Session, data: StaffInput) -> Staff:
    validate_staff(data)
    username = data.username.strip()
    exists = session.scalar(select(func.count()).where(Staff.username == username))
    if exists:
        raise ValidationError("username", "taken")
    row = Staff(
        username=username,
        display_name=data.display_name.strip(),
        role=data.role,
        password_hash=hash_password(data.password),
        failed_attempts=0,
        active=True,
    )
    session.add(row)
    session.flush()
    return row


def actor_of(row: Staff) -> Actor:
    return Actor(row.id, row.username, row.role, row.display_name)


class StaffService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def _check_password(
        self, s: Session, row: Staff | None, username: str, password: str
    ) -> DomainError | None:
        """None if the password opens the account; else the error, with the failure audited and
        counted towards the lock-out (in the caller's transaction)."""
        now = utc_now()
        if row is None or not row.active:
            self._audit.record(
                s,
                Actor(None, username[:64], ""),
                AuditAction.SIGN_IN_FAILED,
                detail={"why": "unknown_user"},
            )
            return SignInFailed("unknown user or wrong password")
        if row.locked_until is not None and row.locked_until > now:
            left = int((row.locked_until - now).total_seconds()) + 1
            self._audit.record(
                s, actor_of(row), AuditAction.SIGN_IN_FAILED, detail={"why": "locked"}
            )
            return AccountLocked(left)
        if verify_password(password, row.password_hash):
            row.failed_attempts, row.locked_until = 0, None
            return None
        row.failed_attempts += 1
        why = "wrong_password"
        if row.failed_attempts >= MAX_FAILURES:
            row.locked_until, row.failed_attempts, why = now + LOCKOUT, 0, "locked_now"
        self._audit.record(s, actor_of(row), AuditAction.SIGN_IN_FAILED, detail={"why": why})
        if why == "locked_now":
            return AccountLocked(int(LOCKOUT.total_seconds()))
        return SignInFailed("unknown user or wrong password")

    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password; on success the desk is signed in as this staff member."""
        with self._uow() as s:
            row = s.scalar(select(Staff).where(Staff.username == username.strip()))
            failure = self._check_password(s, row, username, password)
            if failure is None and row is not None:
                row.last_sign_in_at = utc_now()
                actor = actor_of(row)
                self._audit.record(s, actor, AuditAction.SIGN_IN)
        if failure is not None:
            raise failure
        self._desk.signed_in(actor)
        return actor

    def lock(self) -> None:
        actor = self._desk.current()
        with self._uow() as s:
            self._audit.record(s, actor, AuditAction.SESSION_LOCKED)
        self._desk.lock()

    def unlock(self, password: str) -> Actor:
        """The same staff member types the password again; a wrong one keeps the desk locked and
        counts towards the lock-out. Anyone else signs out and signs in anew."""
        actor = self._desk.actor
        if actor is None:
            raise NotSignedIn("nobody is signed in")
        with self._uow() as s:
            row = s.get(Staff, actor.staff_id)
            failure = self._check_password(s, row, actor.username, password)
            if failure is None:
                self._audit.record(s, actor, AuditAction.SESSION_UNLOCKED)
        if failure is not None:
            raise failure
        self._desk.signed_in(actor)
        return actor

    def sign_out(self) -> None:
        actor = self._desk.actor
        if actor is not None:
            with self._uow() as s:
                self._audit.record(s, actor, AuditAction.SIGN_OUT)
        self._desk.sign_out()

    def create(self, data: StaffInput) -> StaffSummary:
        actor = self._desk.require(Permission.MANAGE_STAFF)
        with self._uow() as s:
            row = add_staff(s, data)
            self._audit.record(
                s,
                actor,
                AuditAction.STAFF_CREATED,
                entity="staff",
                entity_id=str(row.id),
                detail={"username": row.username, "role": row.role},
            )
            return _summary(row)

    def colleagues(self) -> list[StaffSummary]:
        """Active staff by name, for pickers (who owns a customer, the staff a complaint is
        about, the technician's account): any signed-in colleague may see it (password hashes
        never leave the service)."""
        self._desk.current()
        with self._uow() as s:
            rows = s.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.username))
            return [_summary(r) for r in rows]

    def list(self) -> list[StaffSummary]:
        self._desk.require(Permission.MANAGE_STAFF)
        with self._uow() as s:
            return [_summary(r) for r in s.scalars(select(Staff).order_by(Staff.username))]

    def update(
        self,
        staff_id: int,
        *,
        role: str | None = None,
        active: bool | None = None,
        password: str | None = None,
    ) -> StaffSummary:
        actor = self._desk.require(Permission.MANAGE_STAFF)
        if role is not None and role not in {r.value for r in Role}:
            raise ValidationError("role", "invalid")
        if password is not None:
            check_password_rules(password)
        with self._uow() as s:
            row = s.get(Staff, staff_id)
            if row is None:
                raise ValidationError("staff", "not_found")
            changed: dict[str, object] = {}
            if role is not None and role != row.role:
                row.role, changed["role"] = role, role
            if active is not None and active != row.active:
                row.active, changed["active"] = active, active
            if password is not None:
                row.password_hash, row.locked_until, row.failed_attempts = (
                    hash_password(password),
                    None,
                    0,
                )
                changed["password"] = "reset"
            self._audit.record(
                s,
                actor,
                AuditAction.STAFF_UPDATED,
                entity="staff",
                entity_id=str(row.id),
                detail=changed,
            )
            return _summary(row)

    def change_own_password(self, old: str, new: str) -> None:
        actor = self._desk.current()
        check_password_rules(new, "new_password")
        with self._uow() as s:
            row = s.get(Staff, actor.staff_id)
            if row is None or not verify_password(old, row.password_hash):
                raise ValidationError("old_password", "wrong")
            row.password_hash = hash_password(new)
            self._audit.record(
                s,
                actor,
                AuditAction.STAFF_UPDATED,
                entity="staff",
                entity_id=str(row.id),
                detail={"password": "changed"},
            )
