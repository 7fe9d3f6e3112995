"""Destroying a paper file past its retention: proposed, approved by the archive keeper and by a
manager (two people), carried out before a witness, and a 销毁记录 kept for good. The electronic
file is then erased as any PIPL erasure, in the same transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.directory import CustomerDirectory
from app.customers.lifecycle import erase_in_session
from app.customers.oversight import RetentionDue, past_retention
from app.errors import DomainError, ValidationError
from app.forms.destruction_record import destruction_sheet, render_destruction_record
from app.lending.schemas import (
    DestructionDone,
    DestructionInput,
    DestructionMethod,
    DestructionRecordView,
    DestructionState,
    ItemState,
)
from app.lending.store import contents_of, next_number, staff_names
from app.members.store import Clock, local_today, new_id
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission, Role
from db.models import ArchiveItem, Customer, DestructionRecord, Staff
from db.session import UnitOfWork
from db.types import utc_now

ERASURE_REASON = "保管期限届满，纸质档案已销毁"


def _view(s: Session, row: DestructionRecord) -> DestructionRecordView:
    names = staff_names(s)
    return DestructionRecordView(
        id=row.id,
        number=row.number,
        customer_number=row.customer_number,
        item_numbers=contents_of(row.item_numbers),
        contents=contents_of(row.contents),
        copies=row.copies,
        method=row.method,
        state=row.state,
        proposed_by=names.get(row.proposed_by or 0, ""),
        keeper_approved_by=names.get(row.keeper_approved_by or 0, ""),
        manager_approved_by=names.get(row.manager_approved_by or 0, ""),
        destroyed_by=names.get(row.destroyed_by or 0, ""),
        witnessed_by=names.get(row.witnessed_by or 0, ""),
        destroyed_on=date.fromisoformat(row.destroyed_on) if row.destroyed_on else None,
        deletion_record_id=row.deletion_record_id,
    )


def _by_no(s: Session, number: str) -> DestructionRecord:
    row = s.scalar(select(DestructionRecord).where(DestructionRecord.number == number.strip()))
    if row is None:
        raise ValidationError("destruction", "not_found", number)
    return row


class DestructionService:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        directory: CustomerDirectory,
        venue_name: str,
        now: Clock = utc_now,
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now
        self._directory, self._venue_name = directory, venue_name

    def _log(self, s: Session, actor: Actor, row: DestructionRecord, action: str) -> None:
        self._audit.record(
            s,
            actor,
            AuditAction.FILE_DESTROYED if action == "destroyed" else AuditAction.ARCHIVE_CHANGED,
            entity="destruction_record",
            entity_id=row.id,
            customer_id=row.customer_id,
            detail={"number": row.number, "action": action, "file": row.customer_number},
            at=self._now(),
        )

    def candidates(self) -> list[RetentionDue]:
        """Files whose retention has ended (10 years after the last activity by default)."""
        self._desk.require(Permission.APPROVE_DESTRUCTION)
        with self._uow() as s:
            return past_retention(s, local_today(self._now()))

    def propose(self, data: DestructionInput) -> DestructionRecordView:
        """List a file's paper items for destruction; nothing happens until both approve."""
        actor = self._desk.require(Permission.APPROVE_DESTRUCTION)
        if data.method not in DestructionMethod.__members__.values():
            raise ValidationError("method", "invalid")
        with self._uow() as s:
            customer = s.get(Customer, data.customer_id)
            if customer is None or customer.merged_into_id:
                raise ValidationError("customer", "not_found")
            today = local_today(self._now())
            if not customer.retention_until or customer.retention_until >= today.isoformat():
                raise ValidationError("customer", "retention_not_ended", customer.retention_until)
            open_proposal = s.scalar(
                select(DestructionRecord.id).where(
                    DestructionRecord.customer_id == customer.id,
                    DestructionRecord.state == DestructionState.PROPOSED,
                )
            )
            if open_proposal is not None:
                raise DomainError(customer.number, code="already_proposed")
            items = list(
                s.scalars(
                    select(ArchiveItem)
                    .where(
                        ArchiveItem.customer_id == customer.id,
                        ArchiveItem.state != ItemState.DESTROYED,
                    )
                    .order_by(ArchiveItem.number)
                )
            )
            if not items:
                raise ValidationError("customer", "no_paper_file")
            if any(i.state == ItemState.OUT for i in items):
                raise DomainError(customer.number, code="item_out")
            codes = dict.fromkeys(c for i in items for c in contents_of(i.contents))
            row = DestructionRecord(
                id=new_id(),
                number=next_number(s, DestructionRecord, "XH", self._now()),
                customer_id=customer.id,
                customer_number=customer.number,
                item_numbers=",".join(i.number for i in items),
                contents=",".join(codes),
                copies=sum(i.copies for i in items),
                method=data.method,
                state=DestructionState.PROPOSED,
                proposed_by=actor.staff_id,
                proposed_at=self._now(),
            )
            s.add(row)
            s.flush()
            self._log(s, actor, row, "proposed")
            return _view(s, row)

    def approve(self, number: str) -> DestructionRecordView:
        """The archive keeper's or a manager's approval, by the approver's role; two people."""
        actor = self._desk.require(Permission.APPROVE_DESTRUCTION)
        with self._uow() as s:
            row = _by_no(s, number)
            if row.state != DestructionState.PROPOSED:
                raise DomainError(row.number, code=f"destruction_{row.state}")
            keeper = actor.role == Role.ARCHIVE_KEEPER
            mine = row.keeper_approved_by if keeper else row.manager_approved_by
            other = row.manager_approved_by if keeper else row.keeper_approved_by
            if mine is not None:
                raise DomainError(row.number, code="already_approved")
            if other is not None and other == actor.staff_id:
                raise DomainError("two different people", code="same_approver")
            if keeper:
                row.keeper_approved_by, row.keeper_approved_at = actor.staff_id, self._now()
            else:
                row.manager_approved_by, row.manager_approved_at = actor.staff_id, self._now()
            self._log(s, actor, row, "keeper_approved" if keeper else "manager_approved")
            return _view(s, row)

    def refuse(self, number: str, reason: str) -> DestructionRecordView:
        """Either approver may stop it; the reason goes to the audit log, not the record."""
        actor = self._desk.require(Permission.APPROVE_DESTRUCTION)
        if not reason.strip():
            raise ValidationError("reason", "required")
        with self._uow() as s:
            row = _by_no(s, number)
            if row.state != DestructionState.PROPOSED:
                raise DomainError(row.number, code=f"destruction_{row.state}")
            row.state = DestructionState.REFUSED
            self._audit.record(
                s,
                actor,
                AuditAction.ARCHIVE_CHANGED,
                entity="destruction_record",
                entity_id=row.id,
                reason=reason.strip(),
                detail={"number": row.number, "action": "refused"},
                at=self._now(),
            )
            return _view(s, row)

    def record_destroyed(self, number: str, done: DestructionDone) -> DestructionRecordView:
        """The paper is destroyed before a witness: the record is completed, the items marked,
        and the electronic file erased (requested by the keeper, approved by the manager)."""
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        if done.destroyed_by == done.witnessed_by:
            raise ValidationError("witnessed_by", "same_person")
        with self._uow() as s:
            row = _by_no(s, number)
            if row.state != DestructionState.PROPOSED:
                raise DomainError(row.number, code=f"destruction_{row.state}")
            if row.keeper_approved_by is None or row.manager_approved_by is None:
                raise DomainError(row.number, code="needs_both_approvals")
            if row.keeper_approved_by == row.manager_approved_by:
                raise DomainError("two different people", code="same_approver")
            for field, staff_id in (
                ("destroyed_by", done.destroyed_by),
                ("witnessed_by", done.witnessed_by),
            ):
                if s.get(Staff, staff_id) is None:
                    raise ValidationError(field, "not_found")
            if done.destroyed_on > local_today(self._now()):
                raise ValidationError("destroyed_on", "in_future")
            for item in s.scalars(
                select(ArchiveItem).where(ArchiveItem.number.in_(contents_of(row.item_numbers)))
            ):
                if item.state == ItemState.OUT:
                    raise DomainError(item.number, code="item_out")
                item.state = ItemState.DESTROYED
            row.state = DestructionState.DESTROYED
            row.destroyed_by, row.witnessed_by = done.destroyed_by, done.witnessed_by
            row.destroyed_on = done.destroyed_on.isoformat()
            customer = s.get(Customer, row.customer_id)
            if customer is not None and customer.erased_at is None:
                row.deletion_record_id = erase_in_session(
                    s,
                    self._desk.keys,
                    self._audit,
                    actor,
                    row.customer_id,
                    ERASURE_REASON,
                    requested_by=row.keeper_approved_by,
                    approved_by=row.manager_approved_by,
                )
            self._log(s, actor, row, "destroyed")
            view, customer_id = _view(s, row), row.customer_id
        self._directory.remove(customer_id)
        return view

    def records(self) -> list[DestructionRecordView]:
        self._desk.require(Permission.APPROVE_DESTRUCTION)
        with self._uow() as s:
            rows = s.scalars(select(DestructionRecord).order_by(DestructionRecord.number.desc()))
            return [_view(s, r) for r in rows]

    def get(self, number: str) -> DestructionRecordView:
        self._desk.require(Permission.APPROVE_DESTRUCTION)
        with self._uow() as s:
            return _view(s, _by_no(s, number))

    def render_record(self, number: str) -> bytes:
        """The printed 销毁记录 of a destruction carried out; the printing is audited."""
        actor = self._desk.require(Permission.APPROVE_DESTRUCTION)
        with self._uow() as s:
            row = _by_no(s, number)
            if row.state != DestructionState.DESTROYED:
                raise DomainError(row.number, code="not_destroyed")
            view = _view(s, row)
            now = self._now()
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="destruction_record",
                entity_id=row.id,
                detail={"number": row.number},
                at=now,
            )
        return render_destruction_record(destruction_sheet(self._venue_name, view), printed_at=now)
