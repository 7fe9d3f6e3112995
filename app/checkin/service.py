"""Front-desk check-in: scan a card (one keystroke), check in a customer found by search,
register a walk-in, check out, undo a mistaken check-in, and list the day's visitors.

A Deny alert refuses the check-in after the look is audited; a second scan within the venue's
repeat window returns the visit already made instead of a second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.checkin.alerts import SessionHook, no_session_hook
from app.checkin.records import last_visit, live_card, member_summary, visit_records
from app.checkin.schemas import (
    CheckInDenied,
    CheckInResult,
    MemberSummary,
    VisitInput,
    VisitRecord,
    WalkInInput,
)
from app.complaints.store import has_open_complaint
from app.customers.schemas import Activity, CustomerInput, Source
from app.customers.service import CustomerService
from app.errors import DomainError, ValidationError
from app.forms import visit_register as register_form
from app.members.card_numbers import check_card_no
from app.members.settings import read_member_settings
from app.members.store import Clock, card_by_no, local_today, new_id, seal
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from app.venue_settings import read_settings
from db.models import Customer, MemberCard, Staff, Visit
from db.session import UnitOfWork
from db.types import utc_now

MAX_PARTY = 500
MAX_PURPOSE = 200
MAX_AREA = 32


def clean_visit(s: Session, visit: VisitInput) -> VisitInput:
    if not 1 <= visit.party_size <= MAX_PARTY:
        raise ValidationError("party_size", "out_of_range", f"1 to {MAX_PARTY}")
    if len(visit.purpose) > MAX_PURPOSE:
        raise ValidationError("purpose", "too_long")
    if len(visit.service_area) > MAX_AREA:
        raise ValidationError("service_area", "too_long")
    if visit.host_staff_id is not None and s.get(Staff, visit.host_staff_id) is None:
        raise ValidationError("host_staff_id", "not_found")
    return VisitInput(
        visit.party_size, visit.purpose.strip(), visit.service_area.strip(), visit.host_staff_id
    )


@dataclass(frozen=True)
class _Target:
    customer: Customer
    card: MemberCard | None


class CheckInService:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        customers: CustomerService,
        now: Clock = utc_now,
        *,
        open_complaint: SessionHook = has_open_complaint,
        overdue_item: SessionHook = no_session_hook,
    ) -> None:
        self._uow, self._desk, self._audit, self._customers = uow, desk, audit, customers
        self._now, self.open_complaint, self.overdue_item = now, open_complaint, overdue_item

    def _target(self, s: Session, card_no: str = "", customer_id: str = "") -> _Target:
        card = card_by_no(s, check_card_no(card_no)) if card_no else None
        customer = s.get(Customer, card.customer_id if card else customer_id)
        if customer is None or customer.erased_at or customer.merged_into_id:
            raise ValidationError("customer", "not_found")
        return _Target(customer, card or live_card(s, customer.id))

    def _summary(self, s: Session, target: _Target, now: datetime) -> MemberSummary:
        return member_summary(
            s,
            self._desk.keys,
            target.customer,
            target.card,
            read_member_settings(s),
            now,
            open_complaint=lambda customer_id: self.open_complaint(s, customer_id),
            overdue_item=lambda customer_id: self.overdue_item(s, customer_id),
        )

    def _viewed(self, s: Session, actor: Actor, summary: MemberSummary, **detail: object) -> None:
        self._audit.record(
            s,
            actor,
            AuditAction.MEMBER_VIEWED,
            entity="member_card" if summary.card_no else "customer",
            entity_id=summary.card_no or summary.customer_id,
            customer_id=summary.customer_id,
            detail=detail or None,
        )

    def lookup(self, card_no: str) -> MemberSummary:
        """The member behind a scanned number, with alerts; no visit is made. Unknown number:
        DomainError "card_unknown"; a typo: ValidationError("card_no", "check_digit")."""
        actor = self._desk.require(Permission.CHECK_IN)
        with self._uow() as s:
            summary = self._summary(s, self._target(s, card_no=card_no), self._now())
            self._viewed(s, actor, summary)
            return summary

    def summary_for(self, customer_id: str) -> MemberSummary:
        """The same summary for a customer picked from the search box."""
        actor = self._desk.require(Permission.CHECK_IN)
        with self._uow() as s:
            summary = self._summary(s, self._target(s, customer_id=customer_id), self._now())
            self._viewed(s, actor, summary)
            return summary

    def scan(self, card_no: str, visit: VisitInput | None = None) -> CheckInResult:
        """One keystroke at the desk: look the card up and check the member in."""
        return self._check_in(visit or VisitInput(), card_no=card_no)

    def check_in_customer(self, customer_id: str, visit: VisitInput | None = None) -> CheckInResult:
        return self._check_in(visit or VisitInput(), customer_id=customer_id)

    def _check_in(
        self, visit: VisitInput, *, card_no: str = "", customer_id: str = "", walk_in: bool = False
    ) -> CheckInResult:
        actor = self._desk.require(Permission.CHECK_IN)
        now, keys = self._now(), self._desk.keys
        refused: MemberSummary | None = None
        with self._uow() as s:
            visit = clean_visit(s, visit)
            target = self._target(s, card_no, customer_id)
            summary = self._summary(s, target, now)
            window = timedelta(seconds=read_member_settings(s).repeat_scan_seconds)
            previous = last_visit(s, target.customer.id)
            if previous is not None and now - previous.checked_in_at < window:
                self._viewed(s, actor, summary, repeated=previous.id)
                return CheckInResult(summary, visit_records(s, keys, [previous])[0], True)
            if summary.denied:
                self._viewed(s, actor, summary, denied=[a.code for a in summary.denied])
                refused = summary
            else:
                row = Visit(
                    id=new_id(),
                    customer_id=target.customer.id,
                    card_id=target.card.id if target.card else None,
                    key_id=keys.active_key_id,
                    day=local_today(now).isoformat(),
                    checked_in_at=now,
                    party_size=visit.party_size,
                    service_area=visit.service_area,
                    host_staff_id=visit.host_staff_id,
                    walk_in=walk_in,
                    created_by=actor.staff_id,
                )
                row.purpose = seal(keys, "visits", "purpose", row.id, visit.purpose)
                s.add(row)
                s.flush()
                self._audit.record(
                    s,
                    actor,
                    AuditAction.CHECKED_IN,
                    entity="visit",
                    entity_id=row.id,
                    customer_id=row.customer_id,
                    detail={
                        "card": summary.card_no,
                        "warnings": [a.code for a in summary.warnings],
                    },
                )
                return CheckInResult(summary, visit_records(s, keys, [row])[0], False)
        raise CheckInDenied(refused)

    def walk_in(self, data: WalkInInput, *, allow_duplicate: bool = False) -> CheckInResult:
        """A new visitor: a potential customer file from the venue's required fields, then the
        visit. A phone already on file raises DuplicateCustomer (open that file instead) unless
        the desk confirms it is someone else (e.g. family sharing a phone)."""
        self._desk.require(Permission.CHECK_IN)
        with self._uow() as s:
            required = read_member_settings(s).walk_in_required
        for field in required:
            value = getattr(data, field)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise ValidationError(field, "required")
        record = self._customers.create(
            CustomerInput(
                name=data.name, phone=data.phone, activity=Activity.POTENTIAL, source=Source.WALK_IN
            ),
            allow_duplicate=allow_duplicate,
        )
        visit = VisitInput(data.party_size, data.purpose, data.service_area, data.host_staff_id)
        return self._check_in(visit, customer_id=record.id, walk_in=True)

    def _change_visit(self, visit_id: str, action: AuditAction, reason: str = "") -> VisitRecord:
        actor = self._desk.require(Permission.CHECK_IN)
        now, keys = self._now(), self._desk.keys
        with self._uow() as s:
            row = s.get(Visit, visit_id)
            if row is None:
                raise ValidationError("visit", "not_found")
            if row.undone_at is not None:
                raise ValidationError("visit", "undone")
            if action == AuditAction.CHECK_IN_UNDONE:
                row.undone_at = now
                row.undo_reason = seal(keys, "visits", "undo_reason", row.id, reason)
            else:
                if row.checked_out_at is not None:
                    raise ValidationError("visit", "checked_out")
                row.checked_out_at = now
            self._audit.record(
                s,
                actor,
                action,
                entity="visit",
                entity_id=row.id,
                customer_id=row.customer_id,
            )
            return visit_records(s, keys, [row])[0]

    def check_out(self, visit_id: str) -> VisitRecord:
        """Only where the venue records check-out (a membership setting)."""
        with self._uow() as s:
            if not read_member_settings(s).checkout_enabled:
                raise DomainError("this venue does not record check-out", code="checkout_disabled")
        return self._change_visit(visit_id, AuditAction.CHECKED_OUT)

    def undo(self, visit_id: str, reason: str) -> VisitRecord:
        """A mistaken check-in is marked undone (kept, with the reason), never deleted."""
        if not reason.strip():
            raise ValidationError("reason", "required")
        return self._change_visit(visit_id, AuditAction.CHECK_IN_UNDONE, reason.strip())

    def _day_visits(
        self, day: date, permission: Permission, action: AuditAction, entity: str
    ) -> tuple[list[VisitRecord], str]:
        """The day's visits in check-in order (undone ones included) and the venue name; the
        look is audited."""
        actor = self._desk.require(permission)
        with self._uow() as s:
            query = select(Visit).where(Visit.day == day.isoformat()).order_by(Visit.checked_in_at)
            records = visit_records(s, self._desk.keys, list(s.scalars(query)))
            self._audit.record(
                s,
                actor,
                action,
                entity=entity,
                entity_id=day.isoformat(),
                detail={"rows": len(records)},
            )
            return records, read_settings(s).venue_name

    def visits_on(self, day: date | None = None) -> list[VisitRecord]:
        """Today's visitors (or another day's) with time in and out."""
        day = day or local_today(self._now())
        action = AuditAction.MEMBER_VIEWED
        return self._day_visits(day, Permission.CHECK_IN, action, "visit_list")[0]

    def visit_register(self, day: date) -> register_form.VisitRegister:
        """The day's register as form data (printing it is audited)."""
        if day > local_today(self._now()):
            raise ValidationError("day", "in_future")
        records, venue = self._day_visits(
            day, Permission.PRINT_FORMS, AuditAction.FORM_PRINTED, "visit_register"
        )
        return register_form.visit_register(venue, day, records)

    def render_visit_register(self, day: date) -> bytes:
        return register_form.render_visit_register(self.visit_register(day))
