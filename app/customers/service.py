"""Customer files: create (with duplicate check and consents), open (audited, confidentiality
enforced), correct with history, list and search."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.consents import active_purposes, add_consents
from app.customers.corrections import ChangeRecord, read_changes, write_correction
from app.customers.retention import retention_end
from app.customers.rules import check_consents, clean_customer
from app.customers.schemas import CustomerInput, CustomerRecord, DuplicateMatch
from app.customers.store import (
    LOOKUP_ID,
    LOOKUP_PHONE,
    find_by_lookup,
    insert_many,
    new_row,
    next_number,
    open_row,
    open_values,
    write_lookups,
)
from app.errors import ConfidentialFile, DomainError, ValidationError
from app.lending.access_rules import access_basis
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer
from db.session import UnitOfWork
from db.types import utc_now

MAX_NAME = 100

if TYPE_CHECKING:
    from app.customers.directory import CustomerDirectory


class DuplicateCustomer(DomainError):
    """A file with the same phone or ID number exists; the desk is offered to open it instead."""

    code = "duplicate_customer"

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__(f"{len(matches)} existing file(s) share a phone or ID number")
        self.matches = matches


def validate_customer(data: CustomerInput) -> CustomerInput:
    return clean_customer(data, utc_now().astimezone().date())


class CustomerService:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        directory: CustomerDirectory | None = None,
    ) -> None:
        self._uow, self._desk, self._audit, self.directory = uow, desk, audit, directory

    def _today(self) -> datetime:
        return utc_now().astimezone()

    def _duplicates(
        self, s: Session, data: CustomerInput, exclude: str = ""
    ) -> list[DuplicateMatch]:
        keys = self._desk.keys
        found: dict[str, str] = {}
        for phone in (data.phone, *data.other_phones):
            for cid in find_by_lookup(s, keys, LOOKUP_PHONE, phone) if phone else []:
                found.setdefault(cid, "phone")
        if data.id_number:
            for cid in find_by_lookup(s, keys, LOOKUP_ID, data.id_number):
                found[cid] = "id_number"
        matches = []
        for cid, on in found.items():
            row = s.get(Customer, cid)
            if row is None or cid == exclude or row.merged_into_id or row.erased_at:
                continue
            name = open_values(keys, row, ["name"])["name"]
            matches.append(DuplicateMatch(cid, row.number, name, on))
        return matches

    def find_duplicates(self, data: CustomerInput) -> list[DuplicateMatch]:
        self._desk.require(Permission.VIEW_CUSTOMER)
        cleaned = validate_customer(data)
        with self._uow() as s:
            return self._duplicates(s, cleaned)

    def create(self, data: CustomerInput, *, allow_duplicate: bool = False) -> CustomerRecord:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        cleaned = validate_customer(data)
        today = self._today().date()
        check_consents(cleaned, set(), today)
        keys = self._desk.keys
        with self._uow() as s:
            matches = self._duplicates(s, cleaned)
            if matches and not allow_duplicate:
                raise DuplicateCustomer(matches)
            row = new_row(keys, cleaned, next_number(s))
            row.retention_until = retention_end(s, row.last_activity_at or utc_now())
            s.add(row)
            s.flush()
            write_lookups(s, keys, row.id, cleaned)
            add_consents(s, keys, row.id, actor, cleaned.consents)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_CREATED,
                entity="customer",
                entity_id=row.id,
                customer_id=row.id,
                detail={"duplicate_of": [m.number for m in matches]},
            )
            record = open_row(keys, row)
        if self.directory is not None:
            self.directory.upsert(record)
        return record

    def _load(self, s: Session, actor: Actor, customer_id: str) -> Customer:
        return self._load_with_basis(s, actor, customer_id)[0]

    def _load_with_basis(
        self, s: Session, actor: Actor, customer_id: str
    ) -> tuple[Customer, dict[str, str]]:
        """A 机密/绝密 file opens only on the person's approved access request in force."""
        row = s.get(Customer, customer_id)
        if row is None:
            raise ValidationError("customer", "not_found")
        basis = access_basis(s, actor, row.id, row.confidentiality, utc_now())
        if basis is None:
            raise ConfidentialFile(actor.role)
        return row, basis

    def open(self, customer_id: str, reason: str = "") -> CustomerRecord:
        """Every look at a customer file is logged, in the same transaction as the read."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            row, basis = self._load_with_basis(s, actor, customer_id)
            record = open_row(self._desk.keys, row)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_VIEWED,
                entity="customer",
                entity_id=row.id,
                customer_id=row.id,
                reason=reason,
                detail=basis or None,
            )
            return record

    def update(self, customer_id: str, data: CustomerInput, reason: str = "") -> CustomerRecord:
        """A correction keeps the old value of each changed field, sealed, with who and why."""
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        cleaned = validate_customer(data)
        keys = self._desk.keys
        with self._uow() as s:
            row = self._load(s, actor, customer_id)
            if row.erased_at is not None:
                raise ValidationError("customer", "erased")
            check_consents(cleaned, active_purposes(s, customer_id), self._today().date())
            others = self._duplicates(s, cleaned, exclude=customer_id)
            clash = [m for m in others if m.matched_on == LOOKUP_ID]
            if clash:  # a shared phone is allowed (family members), a shared ID number is not
                raise DuplicateCustomer(clash)
            write_correction(s, keys, self._audit, actor, row, cleaned, reason)
            record = open_row(keys, row)
        if self.directory is not None:
            self.directory.upsert(record)
        return record

    def history(self, customer_id: str) -> list[ChangeRecord]:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            self._load(s, actor, customer_id)
            return read_changes(s, self._desk.keys, customer_id)

    def list_page(self, offset: int = 0, limit: int = 100) -> list[CustomerRecord]:
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            query = (
                select(Customer)
                .where(Customer.merged_into_id.is_(None))
                .order_by(Customer.number)
                .offset(offset)
                .limit(limit)
            )
            records = [open_row(self._desk.keys, r) for r in s.scalars(query)]
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
        cleaned = [validate_customer(item) for item in items]
        today = self._today().date()
        for item in cleaned:
            check_consents(item, set(), today)
        with self._uow() as s:
            ids: list[str] = []
            count = insert_many(s, self._desk.keys, cleaned, ids=ids)
            for customer_id, item in zip(ids, cleaned, strict=True):
                add_consents(s, self._desk.keys, customer_id, actor, item.consents)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_CREATED,
                entity="customer_batch",
                detail={"rows": count},
            )
        if self.directory is not None:
            self.directory.wipe()
        return count
