"""Customer files: create, open (audited) and list; the customer-files issue grows this room."""

from __future__ import annotations

from sqlalchemy import select

from app.customers.schemas import CustomerInput, CustomerRecord
from app.customers.store import insert_many, new_row, next_number, open_row
from app.errors import ValidationError
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer
from db.session import UnitOfWork
from db.types import utc_now

MAX_NAME = 100
MAX_NOTES = 4000


def validate_customer(data: CustomerInput) -> None:
    if not data.name.strip():
        raise ValidationError("name", "required")
    if len(data.name) > MAX_NAME:
        raise ValidationError("name", "too_long")
    if len(data.notes) > MAX_NOTES:
        raise ValidationError("notes", "too_long")
    if data.birthday and data.birthday > utc_now().date():
        raise ValidationError("birthday", "in_future")


class CustomerService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def create(self, data: CustomerInput) -> CustomerRecord:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        validate_customer(data)
        keys = self._desk.keys
        with self._uow() as s:
            row = new_row(keys, data, next_number(s))
            s.add(row)
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_CREATED,
                entity="customer",
                entity_id=row.id,
                customer_id=row.id,
            )
            return open_row(keys, row)

    def open(self, customer_id: str, reason: str = "") -> CustomerRecord:
        """Every look at a customer file is logged, in the same transaction as the read."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            row = s.get(Customer, customer_id)
            if row is None:
                raise ValidationError("customer", "not_found")
            record = open_row(self._desk.keys, row)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_VIEWED,
                entity="customer",
                entity_id=row.id,
                customer_id=row.id,
                reason=reason,
            )
            return record

    def list_page(self, offset: int = 0, limit: int = 100) -> list[CustomerRecord]:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            rows = s.scalars(select(Customer).order_by(Customer.number).offset(offset).limit(limit))
            records = [open_row(self._desk.keys, r) for r in rows]
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_VIEWED,
                entity="customer_list",
                detail={"offset": offset, "rows": len(records)},
            )
            return records

    def import_many(self, items: list[CustomerInput]) -> int:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        for item in items:
            validate_customer(item)
        with self._uow() as s:
            count = insert_many(s, self._desk.keys, items)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_CREATED,
                entity="customer_batch",
                detail={"rows": count},
            )
            return count
