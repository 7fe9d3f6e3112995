"""The complaints room's service: intake, reading and settings of complaint record cards; the
handling steps (investigation, remedy, reply, follow-up, closing, reopening) come from
ComplaintHandling, each change an event with who and when.

Every method returns a fresh ComplaintRecord (or rows); bad input raises ValidationError(field,
code) before anything is stored, so the dialog keeps what was typed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.complaints.handling import ComplaintHandling
from app.complaints.records import staff_names, to_row
from app.complaints.schemas import (
    OPEN_STATES,
    ComplaintInput,
    ComplaintRecord,
    ComplaintRow,
    ComplaintSettings,
    EventKind,
    HandlerOption,
    Kind,
    Severity,
    State,
)
from app.complaints.settings import (
    read_complaint_settings,
    validate_complaint_settings,
    write_complaint_settings,
)
from app.complaints.store import (
    TABLE,
    add_event,
    by_id,
    by_number,
    events_by_card,
    has_open_complaint,
    local_month,
    next_number,
    seal_json,
)
from app.complaints.validation import (
    check_code,
    clean_intake,
)
from app.members.store import new_id, seal
from app.security.audit import Actor, AuditAction
from app.security.permissions import Permission, allows
from db.models import Complaint, Staff


class ComplaintService(ComplaintHandling):
    """Permissions: RECORD_COMPLAINT to record, list, open and add notes; HANDLE_COMPLAINT for
    the handling steps; APPROVE_COMPENSATION to approve; MANAGE_ROOM_SETTINGS for the settings."""

    # ------------------------------------------------------------ settings and pickers

    def settings(self) -> ComplaintSettings:
        """The venue's complaint settings (deadlines, clock, lists, limits)."""
        self._desk.require(Permission.RECORD_COMPLAINT)
        with self._uow() as s:
            return read_complaint_settings(s)

    def update_settings(self, value: ComplaintSettings) -> ComplaintSettings:
        """Validate and store; ValidationError(field, code) names the bad field."""
        actor = self._desk.require(Permission.MANAGE_ROOM_SETTINGS)
        validate_complaint_settings(value)
        with self._uow() as s:
            changed = write_complaint_settings(s, value)
            if changed:
                self._audit.record(
                    s,
                    actor,
                    AuditAction.SETTINGS_CHANGED,
                    entity="complaint_settings",
                    detail={"changed": changed},
                )
            return read_complaint_settings(s)

    def categories(self) -> tuple[str, ...]:
        """The editable category list (built-in codes or venue-typed words)."""
        return self.settings().categories

    def departments(self) -> tuple[str, ...]:
        return self.settings().departments

    def handlers(self, staff_concerned_id: int | None = None) -> list[HandlerOption]:
        """Active staff who may handle complaints, never the staff member complained about."""
        return [
            o
            for o in self.staff_options()
            if allows(o.role, Permission.HANDLE_COMPLAINT) and o.staff_id != staff_concerned_id
        ]

    def staff_options(self) -> list[HandlerOption]:
        """Every active staff member, for the "staff concerned" picker."""
        self._desk.require(Permission.RECORD_COMPLAINT)
        with self._uow() as s:
            rows = s.scalars(
                select(Staff).where(Staff.active.is_(True)).order_by(Staff.display_name)
            )
            return [HandlerOption(r.id, r.display_name, r.role) for r in rows]

    # ------------------------------------------------------------ reading

    def _viewed(self, s: Session, actor: Actor, row: Complaint) -> None:
        if row.customer_id:
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_VIEWED,
                entity="complaint",
                entity_id=row.number,
                customer_id=row.customer_id,
            )

    def open(self, complaint_id: str) -> ComplaintRecord:
        """The whole card; a card linked to a customer file is audited as a look at it."""
        actor = self._desk.require(Permission.RECORD_COMPLAINT)
        with self._uow() as s:
            row = by_id(s, complaint_id)
            self._viewed(s, actor, row)
            return self._record(s, row)

    def find(self, number: str) -> ComplaintRecord:
        """The card by its printed number (TS-YYYYMM-0001); unknown: ValidationError number."""
        actor = self._desk.require(Permission.RECORD_COMPLAINT)
        with self._uow() as s:
            row = by_number(s, number)
            self._viewed(s, actor, row)
            return self._record(s, row)

    def list_rows(
        self,
        state: str | None = None,
        month: str | None = None,
        overdue_only: bool = False,
        kind: str | None = None,
        customer_id: str | None = None,
    ) -> list[ComplaintRow]:
        """The list, newest first; state "open" means every state before closing; one
        customer's cards for the customer file."""
        self._desk.require(Permission.RECORD_COMPLAINT)
        query = select(Complaint).order_by(Complaint.received_at.desc(), Complaint.number.desc())
        if state == "open":
            query = query.where(Complaint.state.in_([str(x) for x in OPEN_STATES]))
        elif state:
            query = query.where(Complaint.state == check_code(state, State, "state"))
        if month:
            query = query.where(Complaint.month == month)
        if kind:
            query = query.where(Complaint.kind == check_code(kind, Kind, "kind"))
        if customer_id:
            query = query.where(Complaint.customer_id == customer_id)
        now = self._now()
        with self._uow() as s:
            settings, names = read_complaint_settings(s), staff_names(s)
            cards = list(s.scalars(query))
            events = events_by_card(s, [c.id for c in cards])
            keys = self._desk.keys
            rows = [to_row(s, keys, c, settings, now, names, events[c.id]) for c in cards]
        return [r for r in rows if r.overdue] if overdue_only else rows

    def has_open_complaint(self, customer_id: str) -> bool:
        """For the check-in alert: the customer has a complaint card not yet closed. Inside
        another transaction use app.complaints.store.has_open_complaint(session, ...)."""
        with self._uow() as s:
            return has_open_complaint(s, customer_id)

    # ------------------------------------------------------------ intake

    def record(self, data: ComplaintInput) -> ComplaintRecord:
        """Intake: a new card in state received; a major complaint alerts the duty managers."""
        actor = self._desk.require(Permission.RECORD_COMPLAINT)
        now, keys = self._now(), self._desk.keys
        with self._uow() as s:
            settings = read_complaint_settings(s)
            clean = clean_intake(s, data, settings, now)
            d = clean.data
            month = local_month(clean.received_at)
            row = Complaint(
                id=new_id(),
                number=next_number(s, month),
                key_id=keys.active_key_id,
                kind=d.kind,
                channel=d.channel,
                category=d.category,
                received_at=clean.received_at,
                month=month,
                customer_id=d.customer_id,
                anonymous=d.anonymous,
                requests=",".join(d.requests),
                department=d.department,
                staff_concerned_id=d.staff_concerned_id,
                severity=d.severity,
                major_reasons=",".join(d.major_reasons),
                promised_reply_at=d.promised_reply_at,
                handler_id=d.handler_id,
                state="",  # the first event moves it to received
                compensation_fen=0,
                reopen_count=0,
                paused_seconds=0,
                created_by=actor.staff_id,
                created_at=now,
                updated_at=now,
            )
            if d.contact_name:
                seal_json(keys, row, "contact", {"name": d.contact_name, "phone": d.contact_phone})
            seal_json(keys, row, "summary", {"text": d.summary, "request_note": d.request_note})
            row.staff_concerned_name = seal(
                keys, TABLE, "staff_concerned_name", row.id, clean.staff_concerned_name
            )
            s.add(row)
            s.flush()
            add_event(s, keys, row, EventKind.STATE, actor.staff_id, now, to_state=State.RECEIVED)
            if d.handler_id is not None:
                add_event(s, keys, row, EventKind.ASSIGN, actor.staff_id, now)
            if d.severity == Severity.MAJOR:
                self._alert_major(s, row, settings, now)
            self._audit.record(
                s,
                actor,
                AuditAction.COMPLAINT_RECORDED,
                entity="complaint",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"kind": row.kind, "severity": row.severity, "channel": row.channel},
            )
            return self._record(s, row)
