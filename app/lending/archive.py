"""The archive catalogue of paper files and the handover book (档案签收簿) that brings them in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.schemas import Confidentiality
from app.errors import ValidationError
from app.lending.schemas import (
    ArchiveItemInput,
    ArchiveItemRecord,
    Content,
    HandoverInput,
    HandoverRecord,
)
from app.lending.store import item_by_no, item_record, next_number, staff_names
from app.members.store import Clock, local_today, new_id, seal, unseal
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import ArchiveHandover, ArchiveItem, Customer
from db.session import UnitOfWork
from db.types import utc_now

MAX_COPIES = 99
MAX_TEXT = 64


def _clean_item(data: ArchiveItemInput, today: date) -> None:
    if not data.contents:
        raise ValidationError("contents", "required")
    if any(c not in Content.__members__.values() for c in data.contents):
        raise ValidationError("contents", "invalid")
    if not 1 <= data.copies <= MAX_COPIES:
        raise ValidationError("copies", "out_of_range")
    if not data.shelf.strip():
        raise ValidationError("shelf", "required")
    if len(data.shelf) > MAX_TEXT:
        raise ValidationError("shelf", "too_long")
    if data.confidentiality and data.confidentiality not in Confidentiality.__members__.values():
        raise ValidationError("confidentiality", "invalid")
    if data.received_on > today:
        raise ValidationError("received_on", "in_future")


class ArchiveService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, now: Clock = utc_now
    ) -> None:
        self._uow, self._desk, self._audit, self._now = uow, desk, audit, now

    def _insert_item(
        self, s: Session, actor: Actor, data: ArchiveItemInput, handover_id: str | None
    ) -> ArchiveItem:
        customer = s.get(Customer, data.customer_id)
        if customer is None or customer.erased_at is not None or customer.merged_into_id:
            raise ValidationError("customer", "not_found")
        now = self._now()
        row_id = new_id()
        row = ArchiveItem(
            id=row_id,
            number=next_number(s, ArchiveItem, "DA", now),
            customer_id=customer.id,
            key_id=self._desk.keys.active_key_id,
            contents=",".join(dict.fromkeys(data.contents)),
            description=seal(
                self._desk.keys, "archive_items", "description", row_id, data.description.strip()
            ),
            copies=data.copies,
            shelf=data.shelf.strip(),
            confidentiality=data.confidentiality or customer.confidentiality,
            received_on=data.received_on.isoformat(),
            handover_id=handover_id,
            created_by=actor.staff_id,
            created_at=now,
        )
        s.add(row)
        s.flush()
        self._audit.record(
            s,
            actor,
            AuditAction.ARCHIVE_CHANGED,
            entity="archive_item",
            entity_id=row.id,
            customer_id=customer.id,
            detail={"number": row.number, "action": "catalogued", "copies": row.copies},
            at=now,
        )
        return row

    def add_item(self, data: ArchiveItemInput) -> ArchiveItemRecord:
        """Catalogue one paper file; 机密 / 绝密 follow the customer file unless set here."""
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        _clean_item(data, local_today(self._now()))
        with self._uow() as s:
            return item_record(s, self._desk.keys, self._insert_item(s, actor, data, None))

    def receive_handover(
        self, data: HandoverInput, items: Sequence[ArchiveItemInput]
    ) -> HandoverRecord:
        """A department hands files in: one line of the sign-in book, each file catalogued."""
        actor = self._desk.require(Permission.MANAGE_ARCHIVE)
        for field in ("department", "handed_by"):
            value = getattr(data, field).strip()
            if not value:
                raise ValidationError(field, "required")
            if len(value) > MAX_TEXT:
                raise ValidationError(field, "too_long")
        if not data.complete and not data.missing.strip():
            raise ValidationError("missing", "required")
        if not items:
            raise ValidationError("items", "required")
        today = local_today(self._now())
        for item in items:
            _clean_item(item, today)
        keys = self._desk.keys
        with self._uow() as s:
            now = self._now()
            row_id = new_id()
            row = ArchiveHandover(
                id=row_id,
                number=next_number(s, ArchiveHandover, "QS", now),
                key_id=keys.active_key_id,
                department=data.department.strip(),
                handed_by=data.handed_by.strip(),
                received_by=actor.staff_id,
                received_at=now,
                complete=data.complete,
                missing=seal(keys, "archive_handovers", "missing", row_id, data.missing.strip()),
            )
            s.add(row)
            s.flush()
            for item in items:
                self._insert_item(s, actor, item, row.id)
            self._audit.record(
                s,
                actor,
                AuditAction.ARCHIVE_CHANGED,
                entity="archive_handover",
                entity_id=row.id,
                detail={"number": row.number, "items": len(items), "complete": data.complete},
                at=now,
            )
            return self._handover_record(s, row)

    def _handover_record(self, s: Session, row: ArchiveHandover) -> HandoverRecord:
        numbers = s.scalars(
            select(ArchiveItem.number)
            .where(ArchiveItem.handover_id == row.id)
            .order_by(ArchiveItem.number)
        )
        return HandoverRecord(
            id=row.id,
            number=row.number,
            department=row.department,
            handed_by=row.handed_by,
            received_by=staff_names(s).get(row.received_by or 0, ""),
            received_at=row.received_at,
            complete=row.complete,
            missing=unseal(self._desk.keys, "archive_handovers", "missing", row.id, row.missing),
            item_numbers=tuple(numbers),
        )

    def handovers(self) -> list[HandoverRecord]:
        """The sign-in book, newest first."""
        self._desk.require(Permission.MANAGE_ARCHIVE)
        with self._uow() as s:
            rows = s.scalars(select(ArchiveHandover).order_by(ArchiveHandover.received_at.desc()))
            return [self._handover_record(s, r) for r in rows]

    def items(self, customer_id: str = "", state: str = "") -> list[ArchiveItemRecord]:
        """The catalogue (file numbers, contents and shelves; no names), for applying to borrow."""
        self._desk.require(Permission.APPLY_LOAN)
        query = select(ArchiveItem).order_by(ArchiveItem.number)
        if customer_id:
            query = query.where(ArchiveItem.customer_id == customer_id)
        if state:
            query = query.where(ArchiveItem.state == state)
        with self._uow() as s:
            return [item_record(s, self._desk.keys, r) for r in s.scalars(query)]

    def item(self, item_no: str) -> ArchiveItemRecord:
        self._desk.require(Permission.APPLY_LOAN)
        with self._uow() as s:
            return item_record(s, self._desk.keys, item_by_no(s, item_no))
