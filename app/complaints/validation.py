"""Checking what staff typed on a complaint card before anything is stored; each refusal names
the field and a code, so the dialog shows it next to the field and keeps the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.complaints.schemas import (
    Channel,
    ComplaintInput,
    ComplaintSettings,
    FollowUpInput,
    FollowUpMethod,
    InvestigationInput,
    Kind,
    MajorReason,
    ReplyInput,
    ReplyMethod,
    Request,
    Severity,
)
from app.customers.validation import bounded, normalise_phone
from app.errors import ValidationError
from app.security.permissions import Permission, allows
from db.models import Customer, Staff

MAX_TEXT = 4000
MAX_NAME = 100
CLOCK_SLACK = timedelta(minutes=5)  # a PC clock a little behind the wall clock


@dataclass(frozen=True)
class CleanIntake:
    data: ComplaintInput  # trimmed, phone in E.164, codes checked
    received_at: datetime
    staff_concerned_name: str


def required_text(text: str, field: str, max_len: int = MAX_TEXT) -> str:
    value = bounded(text, field, max_len)
    if not value:
        raise ValidationError(field, "required")
    return value


def check_code(value: str, allowed: Iterable[str], field: str) -> str:
    if not value:
        raise ValidationError(field, "required")
    if value not in set(allowed):
        raise ValidationError(field, "invalid", value)
    return value


def check_codes(values: tuple[str, ...], allowed: set[str], field: str) -> tuple[str, ...]:
    for value in values:
        if value not in allowed:
            raise ValidationError(field, "invalid", value)
    return tuple(dict.fromkeys(values))


def check_time(at: datetime | None, field: str, received_at: datetime, now: datetime) -> datetime:
    """A time on the card: not before the intake, not in the future (None = now)."""
    when = at or now
    if when.tzinfo is None:
        raise ValidationError(field, "invalid", "time without a zone")
    if when < received_at:
        raise ValidationError(field, "before_received")
    if when > now + CLOCK_SLACK:
        raise ValidationError(field, "in_future")
    return when


def check_satisfaction(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= 5:
        raise ValidationError("satisfaction", "out_of_range", str(value))
    return value


def check_handler(session: Session, handler_id: int, staff_concerned_id: int | None) -> Staff:
    """A handler may handle complaints and is never the staff member complained about."""
    if staff_concerned_id is not None and handler_id == staff_concerned_id:
        raise ValidationError("handler_id", "staff_concerned")
    staff = session.get(Staff, handler_id)
    if staff is None or not staff.active:
        raise ValidationError("handler_id", "not_found")
    if not allows(staff.role, Permission.HANDLE_COMPLAINT):
        raise ValidationError("handler_id", "not_a_handler")
    return staff


def _complainant(session: Session, data: ComplaintInput) -> dict[str, object]:
    name = bounded(data.contact_name, "contact_name", MAX_NAME)
    phone = data.contact_phone.strip()
    given = [bool(data.customer_id), bool(name or phone), data.anonymous]
    if sum(given) == 0:
        raise ValidationError("complainant", "required")
    if sum(given) > 1:
        raise ValidationError("complainant", "conflict")
    if data.customer_id:
        customer = session.get(Customer, data.customer_id)
        if customer is None or customer.erased_at is not None:
            raise ValidationError("customer_id", "not_found")
    if (name or phone) and not name:
        raise ValidationError("contact_name", "required")
    if phone:
        phone = normalise_phone(phone, field="contact_phone")
    return {"contact_name": name, "contact_phone": phone}


def clean_intake(
    session: Session, data: ComplaintInput, settings: ComplaintSettings, now: datetime
) -> CleanIntake:
    kind = check_code(data.kind, Kind, "kind")
    channel = check_code(data.channel, Channel, "channel")
    category = check_code(data.category, settings.categories, "category")
    summary = required_text(data.summary, "summary")
    received_at = data.received_at or now
    if received_at.tzinfo is None:
        raise ValidationError("received_at", "invalid", "time without a zone")
    if received_at > now + CLOCK_SLACK:
        raise ValidationError("received_at", "in_future")
    people = _complainant(session, data)
    requests = check_codes(data.requests, set(Request), "requests")
    department = (
        check_code(data.department, settings.departments, "department") if data.department else ""
    )
    severity = check_code(data.severity, Severity, "severity")
    reasons = check_codes(data.major_reasons, set(MajorReason), "major_reasons")
    if severity == Severity.MAJOR and kind != Kind.COMPLAINT:
        raise ValidationError("severity", "complaints_only")
    if severity == Severity.MAJOR and not reasons:
        raise ValidationError("major_reasons", "required")
    if severity == Severity.NORMAL and reasons:
        raise ValidationError("severity", "must_be_major")
    if data.promised_reply_at is None and kind == Kind.COMPLAINT and not data.anonymous:
        raise ValidationError("promised_reply_at", "required")
    if data.promised_reply_at is not None and data.promised_reply_at < received_at:
        raise ValidationError("promised_reply_at", "before_received")
    concerned_name = bounded(data.staff_concerned_name, "staff_concerned_name", MAX_NAME)
    if data.staff_concerned_id is not None:
        staff = session.get(Staff, data.staff_concerned_id)
        if staff is None:
            raise ValidationError("staff_concerned_id", "not_found")
        concerned_name = staff.display_name
    if data.handler_id is not None:
        check_handler(session, data.handler_id, data.staff_concerned_id)
    clean = ComplaintInput(
        kind=kind,
        channel=channel,
        category=category,
        summary=summary,
        received_at=received_at,
        customer_id=data.customer_id or None,
        contact_name=str(people["contact_name"]),
        contact_phone=str(people["contact_phone"]),
        anonymous=data.anonymous,
        requests=requests,
        request_note=bounded(data.request_note, "request_note", MAX_TEXT),
        department=department,
        staff_concerned_id=data.staff_concerned_id,
        staff_concerned_name=concerned_name,
        severity=severity,
        major_reasons=reasons,
        promised_reply_at=data.promised_reply_at,
        handler_id=data.handler_id,
    )
    return CleanIntake(clean, received_at, concerned_name)


def clean_investigation(data: InvestigationInput) -> InvestigationInput:
    return InvestigationInput(
        cause=required_text(data.cause, "cause"),
        facts=required_text(data.facts, "facts"),
        responsible=bounded(data.responsible, "responsible", MAX_NAME),
        conclusion=required_text(data.conclusion, "conclusion"),
        corrective_action=bounded(data.corrective_action, "corrective_action", MAX_TEXT),
        preventive_action=bounded(data.preventive_action, "preventive_action", MAX_TEXT),
    )


def clean_reply(data: ReplyInput, received_at: datetime, now: datetime) -> ReplyInput:
    return ReplyInput(
        method=check_code(data.method, ReplyMethod, "method"),
        content=required_text(data.content, "content"),
        replied_at=check_time(data.replied_at, "replied_at", received_at, now),
        satisfaction=check_satisfaction(data.satisfaction),
    )


def clean_followup(data: FollowUpInput, received_at: datetime, now: datetime) -> FollowUpInput:
    return FollowUpInput(
        method=check_code(data.method, FollowUpMethod, "method"),
        result=required_text(data.result, "result"),
        at=check_time(data.at, "at", received_at, now),
        satisfaction=check_satisfaction(data.satisfaction),
    )
