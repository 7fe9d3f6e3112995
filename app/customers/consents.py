"""PIPL consent records: what was agreed, for which purpose, how and by whom; withdrawn when."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.schemas import ConsentInput, ConsentPurpose, ConsentRecord
from app.errors import ValidationError
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.permissions import Permission
from db.models import Customer, CustomerConsent, Staff
from db.session import UnitOfWork
from db.types import utc_now

TABLE = CustomerConsent.__tablename__


def add_consents(
    session: Session, keys: VaultKeys, customer_id: str, actor: Actor, items: Iterable[ConsentInput]
) -> list[str]:
    ids = []
    for item in items:
        if item.purpose == ConsentPurpose.GUARDIAN and not item.guardian_name.strip():
            raise ValidationError("guardian_name", "required")
        cid = uuid.uuid4().hex
        where = {"table": TABLE, "row_id": cid}
        session.add(
            CustomerConsent(
                id=cid,
                customer_id=customer_id,
                key_id=keys.active_key_id,
                purpose=item.purpose,
                method=item.method,
                recorded_by=actor.staff_id,
                guardian_name=keys.seal_text(
                    item.guardian_name or None, column="guardian_name", **where
                ),
                note=keys.seal_text(item.note or None, column="note", **where),
            )
        )
        ids.append(cid)
    session.flush()
    return ids


def active_purposes(session: Session, customer_id: str) -> set[str]:
    query = select(CustomerConsent.purpose).where(
        CustomerConsent.customer_id == customer_id, CustomerConsent.withdrawn_at.is_(None)
    )
    return set(session.scalars(query))


def consent_records(session: Session, keys: VaultKeys, customer_id: str) -> list[ConsentRecord]:
    names = {st.id: st.display_name for st in session.scalars(select(Staff))}
    query = (
        select(CustomerConsent)
        .where(CustomerConsent.customer_id == customer_id)
        .order_by(CustomerConsent.granted_at)
    )
    out = []
    for row in session.scalars(query):
        where = {"table": TABLE, "row_id": row.id}
        out.append(
            ConsentRecord(
                row.id,
                row.purpose,
                row.method,
                row.granted_at,
                names.get(row.recorded_by or 0, ""),
                row.withdrawn_at,
                keys.open_text(row.guardian_name, column="guardian_name", **where) or "",
                keys.open_text(row.note, column="note", **where) or "",
            )
        )
    return out


class ConsentService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def record(self, customer_id: str, item: ConsentInput) -> str:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        if item.purpose not in {p.value for p in ConsentPurpose}:
            raise ValidationError("purpose", "invalid")
        with self._uow() as s:
            if s.get(Customer, customer_id) is None:
                raise ValidationError("customer", "not_found")
            (cid,) = add_consents(s, self._desk.keys, customer_id, actor, [item])
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_UPDATED,
                entity="consent",
                entity_id=cid,
                customer_id=customer_id,
                detail={"consent": item.purpose, "method": item.method},
            )
            return cid

    def withdraw(self, consent_id: str, reason: str = "") -> None:
        """Withdrawal is one click; sensitive data already held stays until erased on request."""
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        with self._uow() as s:
            row = s.get(CustomerConsent, consent_id)
            if row is None or row.withdrawn_at is not None:
                raise ValidationError("consent", "not_found")
            row.withdrawn_at, row.withdrawn_by = utc_now(), actor.staff_id
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_UPDATED,
                entity="consent",
                entity_id=row.id,
                customer_id=row.customer_id,
                reason=reason,
                detail={"withdrawn": row.purpose},
            )

    def list(self, customer_id: str) -> list[ConsentRecord]:
        self._desk.require(Permission.VIEW_CUSTOMER)
        with self._uow() as s:
            return consent_records(s, self._desk.keys, customer_id)
