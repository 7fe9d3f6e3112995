"""The handling steps of a complaint card (assign, investigate, plan, remedy, approve, reply,
wait and resume, close, follow up, reopen): each one transaction, one audit row, one event per
change with who and when. ComplaintService adds intake, reading and settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.complaints.records import needs_approval, to_record
from app.complaints.schemas import (
    OPEN_STATES,
    ComplaintRecord,
    ComplaintSettings,
    Deadline,
    EventKind,
    FollowUpInput,
    InvestigationInput,
    Kind,
    MajorReason,
    PlanInput,
    RemedyInput,
    ReplyInput,
    Severity,
    State,
)
from app.complaints.settings import read_complaint_settings
from app.complaints.store import TABLE, add_event, by_id, deadlines_of, events_of, seal_json
from app.complaints.validation import (
    check_codes,
    check_handler,
    clean_followup,
    clean_investigation,
    clean_reply,
    required_text,
)
from app.errors import DomainError, ValidationError
from app.members.store import Clock, local_today, seal
from app.reminders.board import ReminderBoard, role_recipient
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Complaint
from db.session import UnitOfWork
from db.types import utc_now

SOURCE = "complaint"
MAJOR_ALERT = "major"  # the reminder deadline of the "alert at once" step
ALERT_NOW = "now"
# where each handling step may start from
_WORKING = (State.RECEIVED, State.INVESTIGATING, State.HANDLING, State.REOPENED)
Step = Callable[[Session, Complaint, Actor, datetime, ComplaintSettings], None]


class ComplaintHandling:
    """Permissions: HANDLE_COMPLAINT for the handling steps (RECORD_COMPLAINT for notes),
    APPROVE_COMPENSATION to approve; the staff member complained about never acts on the card."""

    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        reminders: ReminderBoard | None = None,
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit
        self._reminders, self._now = reminders, now

    def now(self) -> datetime:
        """The service's clock: dialogs default their times to it (tests move it)."""
        return self._now()

    def _record(self, s: Session, row: Complaint) -> ComplaintRecord:
        return to_record(s, self._desk.keys, row, read_complaint_settings(s), self._now())

    def _alert_major(
        self, s: Session, row: Complaint, settings: ComplaintSettings, now: datetime
    ) -> None:
        """The duty managers are reminded at once; the plan is due within plan_hours."""
        if self._reminders is None:
            return
        deadlines = deadlines_of(row, events_of(s, row.id), settings, now)
        due = next((d.due_at for d in deadlines if d.deadline == Deadline.PLAN), now)
        self._reminders.remind(
            s,
            source=SOURCE,
            source_id=row.id,
            deadline=MAJOR_ALERT,
            step=ALERT_NOW,
            recipient=role_recipient("manager"),
            due_at=due,
        )

    def _change(
        self,
        complaint_id: str,
        step_name: str,
        step: Step,
        permission: Permission = Permission.HANDLE_COMPLAINT,
    ) -> ComplaintRecord:
        """One handling step in one transaction, audited; the staff member complained about
        never acts on their own card."""
        actor = self._desk.require(permission)
        now = self._now()
        with self._uow() as s:
            row = by_id(s, complaint_id)
            if (
                permission != Permission.RECORD_COMPLAINT
                and row.staff_concerned_id is not None
                and actor.staff_id == row.staff_concerned_id
            ):
                raise DomainError(row.number, code="staff_concerned")
            before = row.state
            step(s, row, actor, now, read_complaint_settings(s))
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.COMPLAINT_CHANGED,
                entity="complaint",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"step": step_name, "from": before, "to": row.state},
            )
            return self._record(s, row)

    def _event(
        self, s: Session, row: Complaint, actor: Actor, now: datetime, kind: str, **kw: str
    ) -> None:
        add_event(s, self._desk.keys, row, kind, actor.staff_id, now, **kw)

    def _take(self, s: Session, row: Complaint, actor: Actor, now: datetime) -> None:
        """The first handling step by someone makes them the handler when nobody is."""
        if row.handler_id is None and actor.staff_id is not None:
            row.handler_id = actor.staff_id
            self._event(s, row, actor, now, EventKind.ASSIGN)

    def assign(self, complaint_id: str, handler_id: int) -> ComplaintRecord:
        """Give the card to a handler; never to the staff member it is about."""

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            staff = check_handler(s, handler_id, row.staff_concerned_id)
            row.handler_id = staff.id
            self._event(s, row, actor, now, EventKind.ASSIGN, note=staff.display_name)

        return self._change(complaint_id, "assign", step)

    def mark_major(self, complaint_id: str, reasons: tuple[str, ...]) -> ComplaintRecord:
        """Raise a card to major later (e.g. the customer threatens the media)."""

        def step(
            s: Session, row: Complaint, actor: Actor, now: datetime, cfg: ComplaintSettings
        ) -> None:
            codes = check_codes(reasons, set(MajorReason), "major_reasons")
            if not codes:
                raise ValidationError("major_reasons", "required")
            if row.kind != Kind.COMPLAINT:
                raise ValidationError("severity", "complaints_only")
            if row.severity == Severity.MAJOR:
                raise DomainError(row.number, code="already_major")
            _require_state(row, OPEN_STATES)
            row.severity, row.major_reasons = Severity.MAJOR, ",".join(codes)
            self._event(s, row, actor, now, EventKind.MAJOR, note=row.major_reasons)
            s.flush()
            self._alert_major(s, row, cfg, now)

        return self._change(complaint_id, "major", step)

    def add_note(self, complaint_id: str, note: str) -> ComplaintRecord:
        text = required_text(note, "note")

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            self._event(s, row, actor, now, EventKind.NOTE, note=text)

        return self._change(complaint_id, "note", step, Permission.RECORD_COMPLAINT)

    # ------------------------------------------------------------ handling

    def start_investigation(self, complaint_id: str, note: str = "") -> ComplaintRecord:
        """received/reopened -> investigating; counts as the first response."""

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, (State.RECEIVED, State.REOPENED))
            self._take(s, row, actor, now)
            row.first_response_at = row.first_response_at or now
            to = State.INVESTIGATING
            self._event(s, row, actor, now, EventKind.STATE, to_state=to, note=note)

        return self._change(complaint_id, "investigate", step)

    def record_plan(self, complaint_id: str, data: PlanInput) -> ComplaintRecord:
        """The handling plan (required for major complaints within plan_hours)."""
        text = required_text(data.text, "plan")

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, OPEN_STATES)
            self._take(s, row, actor, now)
            row.plan = seal(self._desk.keys, TABLE, "plan", row.id, text)
            row.plan_at = now
            row.first_response_at = row.first_response_at or now
            self._event(s, row, actor, now, EventKind.RECORD, note="plan")

        return self._change(complaint_id, "plan", step)

    def record_investigation(self, complaint_id: str, data: InvestigationInput) -> ComplaintRecord:
        """The investigation report; the card moves on to handling."""
        clean = clean_investigation(data)

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, _WORKING)
            self._take(s, row, actor, now)
            seal_json(self._desk.keys, row, "investigation", clean.__dict__)
            row.investigated_at = now
            row.first_response_at = row.first_response_at or now
            self._event(s, row, actor, now, EventKind.RECORD, note="investigation")
            if row.state != State.HANDLING:
                self._event(s, row, actor, now, EventKind.STATE, to_state=State.HANDLING)

        return self._change(complaint_id, "investigation", step)

    def record_remedy(self, complaint_id: str, data: RemedyInput) -> ComplaintRecord:
        """The remedy decided; compensation above the limit needs approve_compensation."""
        decision = required_text(data.decision, "decision")
        if data.compensation_fen < 0:
            raise ValidationError("compensation_fen", "negative")

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, _WORKING)
            self._take(s, row, actor, now)
            seal_json(self._desk.keys, row, "remedy", {"decision": decision})
            if row.compensation_fen != data.compensation_fen:
                row.compensation_fen, row.compensation_approved_by = data.compensation_fen, None
            self._event(s, row, actor, now, EventKind.RECORD, note="remedy")
            if row.state != State.HANDLING:
                self._event(s, row, actor, now, EventKind.STATE, to_state=State.HANDLING)

        return self._change(complaint_id, "remedy", step)

    def approve_compensation(self, complaint_id: str) -> ComplaintRecord:
        """A manager approves the compensation above the limit."""

        def step(
            s: Session, row: Complaint, actor: Actor, now: datetime, cfg: ComplaintSettings
        ) -> None:
            if not needs_approval(row, cfg):
                raise DomainError(row.number, code="no_approval_needed")
            row.compensation_approved_by = actor.staff_id
            self._event(s, row, actor, now, EventKind.APPROVE, note=str(row.compensation_fen))

        return self._change(complaint_id, "approve", step, Permission.APPROVE_COMPENSATION)

    def record_reply(self, complaint_id: str, data: ReplyInput) -> ComplaintRecord:
        """The reply to the customer; satisfaction below satisfied_min reopens the card."""

        def step(
            s: Session, row: Complaint, actor: Actor, now: datetime, cfg: ComplaintSettings
        ) -> None:
            clean = clean_reply(data, row.received_at, now)
            _require_state(row, _WORKING)
            if needs_approval(row, cfg):
                raise ValidationError("compensation_fen", "needs_approval")
            self._take(s, row, actor, now)
            seal_json(
                self._desk.keys,
                row,
                "reply",
                {"method": clean.method, "content": clean.content, "staff_id": actor.staff_id},
            )
            row.replied_at, row.satisfaction = clean.replied_at, clean.satisfaction
            row.first_response_at = row.first_response_at or clean.replied_at
            self._event(s, row, actor, now, EventKind.STATE, to_state=State.REPLIED)
            if clean.satisfaction is not None and clean.satisfaction < cfg.satisfied_min:
                self._reopen(s, row, actor, now, "unsatisfied")

        return self._change(complaint_id, "reply", step)

    def _reopen(self, s: Session, row: Complaint, actor: Actor, now: datetime, note: str) -> None:
        row.reopen_count += 1
        row.closed_at, row.followup_due_on = None, None
        self._event(s, row, actor, now, EventKind.STATE, to_state=State.REOPENED, note=note)

    def wait_for_customer(self, complaint_id: str, note: str = "") -> ComplaintRecord:
        """The clock pauses until resume()."""

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, (*_WORKING, State.REPLIED))
            row.paused_since = now
            self._event(
                s, row, actor, now, EventKind.STATE, to_state=State.WAITING_CUSTOMER, note=note
            )

        return self._change(complaint_id, "wait", step)

    def resume(self, complaint_id: str, note: str = "") -> ComplaintRecord:
        """Back to the state before waiting; the pause is added to the card's paused time."""

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, (State.WAITING_CUSTOMER,))
            waits = [e for e in events_of(s, row.id) if e.to_state == State.WAITING_CUSTOMER]
            back = waits[-1].from_state if waits else State.INVESTIGATING
            if row.paused_since is not None:
                row.paused_seconds += max(int((now - row.paused_since).total_seconds()), 0)
            row.paused_since = None
            self._event(s, row, actor, now, EventKind.STATE, to_state=back, note=note)

        return self._change(complaint_id, "resume", step)

    def close(self, complaint_id: str, note: str = "") -> ComplaintRecord:
        """Close the case (needs a reply; a major complaint also an investigation). With a
        follow-up due the card shows following_up until record_followup."""

        def step(
            s: Session, row: Complaint, actor: Actor, now: datetime, cfg: ComplaintSettings
        ) -> None:
            if row.state in (State.CLOSED, State.FOLLOWING_UP):
                raise DomainError(row.number, code="already_closed")
            if row.state != State.REPLIED or row.replied_at is None:
                raise ValidationError("reply", "required")
            if row.severity == Severity.MAJOR and row.investigated_at is None:
                raise ValidationError("investigation", "required")
            if needs_approval(row, cfg):
                raise ValidationError("compensation_fen", "needs_approval")
            row.closed_at = now
            if row.kind == Kind.COMPLAINT and cfg.followup_after_days > 0:
                due = local_today(now) + timedelta(days=cfg.followup_after_days)
                row.followup_due_on = due.isoformat()
                to = State.FOLLOWING_UP
            else:
                to = State.CLOSED
            self._event(s, row, actor, now, EventKind.STATE, to_state=to, note=note)

        return self._change(complaint_id, "close", step)

    def record_followup(self, complaint_id: str, data: FollowUpInput) -> ComplaintRecord:
        """The follow-up call or visit; an unsatisfied customer reopens the card."""

        def step(
            s: Session, row: Complaint, actor: Actor, now: datetime, cfg: ComplaintSettings
        ) -> None:
            clean = clean_followup(data, row.received_at, now)
            _require_state(row, (State.FOLLOWING_UP, State.CLOSED))
            assert clean.at is not None
            seal_json(
                self._desk.keys,
                row,
                "followup",
                {
                    "method": clean.method,
                    "result": clean.result,
                    "satisfaction": clean.satisfaction,
                    "staff_id": actor.staff_id,
                },
            )
            row.followup_at = clean.at
            if clean.satisfaction is not None:
                row.satisfaction = clean.satisfaction
            self._event(s, row, actor, now, EventKind.RECORD, note="followup")
            if clean.satisfaction is not None and clean.satisfaction < cfg.satisfied_min:
                self._reopen(s, row, actor, now, "unsatisfied")
            elif row.state != State.CLOSED:
                self._event(s, row, actor, now, EventKind.STATE, to_state=State.CLOSED)

        return self._change(complaint_id, "followup", step)

    def reopen(self, complaint_id: str, reason: str) -> ComplaintRecord:
        """Reopen a replied, following-up or closed card to investigate again."""
        text = required_text(reason, "reason")

        def step(s: Session, row: Complaint, actor: Actor, now: datetime, _: object) -> None:
            _require_state(row, (State.REPLIED, State.FOLLOWING_UP, State.CLOSED))
            self._reopen(s, row, actor, now, text)

        return self._change(complaint_id, "reopen", step)


def _require_state(row: Complaint, allowed: object) -> None:
    """A step out of order is refused with the card's state as the code's detail."""
    if row.state not in allowed:  # type: ignore[operator]
        raise DomainError(row.state, code="wrong_state")
