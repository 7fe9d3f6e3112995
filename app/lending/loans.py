"""Lending applications: apply, each level approves or refuses, one renewal approved again, and
where each application stands. Handing out and writing off are in app.lending.register."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, PermissionDenied, ValidationError
from app.lending.approvals import (
    RENEWAL_PENDING,
    STAGE_PERMISSION,
    next_stage,
)
from app.lending.schemas import ItemState, LoanInput, LoanRecord, LoanState
from app.lending.store import (
    CONFIDENTIAL_LEVELS,
    is_overdue,
    item_by_no,
    loan_by_no,
    loan_max_days,
    loan_record,
    next_number,
)
from app.members.store import Clock, local_today, new_id, seal
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission, allows
from db.models import Loan, LoanApproval, LoanLine
from db.session import UnitOfWork
from db.types import utc_now

MAX_TEXT = 500
MAX_LINES = 8  # what fits on the lending slip
SEES_ALL = (
    Permission.MANAGE_ARCHIVE,
    Permission.APPROVE_LOAN_DEPARTMENT,
    Permission.APPROVE_LOAN_ARCHIVE,
    Permission.APPROVE_LOAN_CONFIDENTIAL,
)


def has_overdue_loan(session: Session, staff_id: int, today: date) -> bool:
    """A borrower with a file out past its day cannot borrow until it is back."""
    return (
        session.scalar(
            select(Loan.id).where(
                Loan.borrower_id == staff_id,
                Loan.state == LoanState.LENT,
                Loan.due_on < today.isoformat(),
            )
        )
        is not None
    )


def check_due_on(session: Session, due_on: date, today: date, field: str = "due_on") -> None:
    if due_on < today:
        raise ValidationError(field, "in_past")
    limit = loan_max_days(session)
    if due_on > today + timedelta(days=limit):
        raise ValidationError(field, "beyond_limit", f"at most {limit} days")


def _text(value: str, field: str) -> str:
    text = value.strip()
    if not text:
        raise ValidationError(field, "required")
    if len(text) > MAX_TEXT:
        raise ValidationError(field, "too_long")
    return text


def sees_all(actor: Actor) -> bool:
    return any(allows(actor.role, p) for p in SEES_ALL)


class LoanService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def _record(self, s: Session, loan: Loan) -> LoanRecord:
        return loan_record(s, self._desk.keys, loan, self._now())

    def _log(self, s: Session, actor: Actor, loan: Loan, action: str, **detail: object) -> None:
        self._audit.record(
            s,
            actor,
            AuditAction.LOAN_CHANGED,
            entity="loan",
            entity_id=loan.id,
            detail={"number": loan.number, "action": action, **detail},
            at=self._now(),
        )

    def apply(self, data: LoanInput) -> LoanRecord:
        """The signed-in person applies to borrow; the department head decides first."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        assert actor.staff_id is not None
        department = _text(data.department, "department")
        purpose, reason = _text(data.purpose, "purpose"), _text(data.reason, "reason")
        if not data.lines:
            raise ValidationError("lines", "required")
        if len(data.lines) > MAX_LINES:
            raise ValidationError("lines", "too_many", f"at most {MAX_LINES}")
        if len({line.item_no.strip() for line in data.lines}) != len(data.lines):
            raise ValidationError("lines", "duplicate")
        keys = self._desk.keys
        with self._uow() as s:
            now = self._now()
            today = local_today(now)
            check_due_on(s, data.due_on, today)
            if has_overdue_loan(s, actor.staff_id, today):
                raise DomainError("return the overdue loan first", code="borrower_overdue")
            items = []
            for line in data.lines:
                item = item_by_no(s, line.item_no)
                if item.state == ItemState.DESTROYED:
                    raise ValidationError("item", "destroyed", item.number)
                if not 1 <= line.copies <= item.copies:
                    raise ValidationError("copies", "out_of_range", item.number)
                items.append((item, line.copies))
            loan_id = new_id()
            loan = Loan(
                id=loan_id,
                number=next_number(s, Loan, "JY", now),
                key_id=keys.active_key_id,
                borrower_id=actor.staff_id,
                department=department,
                purpose=seal(keys, "loans", "purpose", loan_id, purpose),
                reason=seal(keys, "loans", "reason", loan_id, reason),
                due_on=data.due_on.isoformat(),
                needs_general_manager=any(
                    i.confidentiality in CONFIDENTIAL_LEVELS for i, _ in items
                ),
                state=LoanState.PENDING,
                applied_at=now,
            )
            s.add(loan)
            s.flush()
            for item, copies in items:
                s.add(LoanLine(loan_id=loan.id, item_id=item.id, copies=copies))
            s.flush()
            self._log(s, actor, loan, "applied", items=[i.number for i, _ in items])
            return self._record(s, loan)

    def _decided(self, s: Session, loan: Loan, actor: Actor) -> bool:
        """One person decides one level of a round (admin holds every permission)."""
        decided = select(LoanApproval.id).where(
            LoanApproval.loan_id == loan.id,
            LoanApproval.round == loan.round,
            LoanApproval.decided_by == actor.staff_id,
        )
        return s.scalar(decided) is not None

    def _decide(self, loan_no: str, approved: bool, note: str) -> LoanRecord:
        actor = self._desk.current()
        if not approved:
            note = _text(note, "note")
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            stage = next_stage(s, loan)
            if stage is None:
                raise DomainError(loan.number, code="nothing_to_decide")
            self._desk.require(STAGE_PERMISSION[stage])
            if actor.staff_id == loan.borrower_id:
                raise DomainError("one's own application", code="own_application")
            if self._decided(s, loan, actor):
                raise DomainError("one level per person", code="already_decided")
            approval_id = new_id()
            s.add(
                LoanApproval(
                    id=approval_id,
                    loan_id=loan.id,
                    key_id=self._desk.keys.active_key_id,
                    round=loan.round,
                    stage=stage,
                    approved=approved,
                    decided_by=actor.staff_id,
                    decided_at=self._now(),
                    note=seal(self._desk.keys, "loan_approvals", "note", approval_id, note.strip()),
                )
            )
            s.flush()
            renewal = loan.round > 0
            if not approved:
                if renewal:
                    loan.renewal_state = "refused"
                else:
                    loan.state = LoanState.REFUSED
            elif next_stage(s, loan) is None:
                if renewal:
                    loan.renewal_state, loan.due_on = "approved", loan.renewal_due_on
                else:
                    loan.state = LoanState.APPROVED
            self._log(
                s,
                actor,
                loan,
                "approved" if approved else "refused",
                stage=stage,
                round=loan.round,
            )
            return self._record(s, loan)

    def approve(self, loan_no: str, note: str = "") -> LoanRecord:
        """The level now due approves (department head, archive keeper, general manager)."""
        return self._decide(loan_no, True, note)

    def refuse(self, loan_no: str, note: str) -> LoanRecord:
        """The level now due refuses with its reason; a refused renewal leaves the loan as is."""
        return self._decide(loan_no, False, note)

    def request_renewal(self, loan_no: str, new_due_on: date) -> LoanRecord:
        """Once per loan, before it is overdue; it goes through the same levels again."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            if loan.borrower_id != actor.staff_id:
                raise DomainError(loan.number, code="not_borrower")
            if loan.state != LoanState.LENT:
                raise DomainError(loan.number, code="not_lent")
            if loan.round > 0:
                raise DomainError("renewal only once", code="renewal_used")
            today = local_today(self._now())
            if is_overdue(loan, today):
                raise DomainError("return the overdue loan first", code="borrower_overdue")
            if new_due_on.isoformat() <= loan.due_on:
                raise ValidationError("due_on", "not_later")
            check_due_on(s, new_due_on, today)
            loan.round, loan.renewal_state = 1, RENEWAL_PENDING
            loan.renewal_due_on = new_due_on.isoformat()
            self._log(s, actor, loan, "renewal_requested", due_on=loan.renewal_due_on)
            return self._record(s, loan)

    def get(self, loan_no: str) -> LoanRecord:
        """Where an application stands: the borrower sees their own, approvers and keeper all."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        with self._uow() as s:
            loan = loan_by_no(s, loan_no)
            if loan.borrower_id != actor.staff_id and not sees_all(actor):
                raise PermissionDenied("view_loan", actor.role)
            return self._record(s, loan)

    def loans(self, state: str = "", since: datetime | None = None) -> list[LoanRecord]:
        """The register, newest first: everything for approvers and the keeper, else one's own."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        query = select(Loan).order_by(Loan.applied_at.desc(), Loan.number.desc())
        if state:
            query = query.where(Loan.state == state)
        if since is not None:
            query = query.where(Loan.applied_at >= since)
        if not sees_all(actor):
            query = query.where(Loan.borrower_id == actor.staff_id)
        with self._uow() as s:
            return [self._record(s, loan) for loan in s.scalars(query)]

    def waiting_for_me(self) -> list[LoanRecord]:
        """Applications and renewals whose next level the signed-in person may decide."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        out = []
        with self._uow() as s:
            for loan in s.scalars(select(Loan).order_by(Loan.applied_at)):
                stage = next_stage(s, loan)
                if (
                    stage is not None
                    and loan.borrower_id != actor.staff_id
                    and allows(actor.role, STAGE_PERMISSION[stage])
                    and not self._decided(s, loan, actor)
                ):
                    out.append(self._record(s, loan))
        return out

    def overdue(self) -> list[LoanRecord]:
        """Loans out past their day, most overdue first: the list on the main window."""
        actor = self._desk.require(Permission.APPLY_LOAN)
        today = local_today(self._now())
        query = (
            select(Loan)
            .where(Loan.state == LoanState.LENT, Loan.due_on < today.isoformat())
            .order_by(Loan.due_on, Loan.number)
        )
        if not sees_all(actor):
            query = query.where(Loan.borrower_id == actor.staff_id)
        with self._uow() as s:
            return [self._record(s, loan) for loan in s.scalars(query)]
