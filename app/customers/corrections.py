"""Correcting a customer file with history: each changed field keeps its old and new value,
sealed, with who and why. Shared by the edit dialog's service and the import."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.schemas import CustomerInput, CustomerRecord
from app.customers.store import input_of, open_row, seal_row, sealed_values, write_lookups
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.keys import VaultKeys
from db.models import Customer, CustomerChange, Staff
from db.types import utc_now

PLAIN_TRACKED = ("value_tier", "activity", "confidentiality", "source")
TABLE = CustomerChange.__tablename__


@dataclass(frozen=True)
class ChangeRecord:
    field: str
    changed_at: datetime
    staff: str
    old_value: str
    new_value: str
    reason: str


def read_changes(session: Session, keys: VaultKeys, customer_id: str) -> list[ChangeRecord]:
    """A file's corrections, oldest first, opened (the history tab and the person's copy)."""
    names = {st.id: st.display_name for st in session.scalars(select(Staff))}
    query = (
        select(CustomerChange)
        .where(CustomerChange.customer_id == customer_id)
        .order_by(CustomerChange.changed_at)
    )
    out = []
    for ch in session.scalars(query):
        where = {"table": TABLE, "row_id": ch.id}
        out.append(
            ChangeRecord(
                ch.field,
                ch.changed_at,
                names.get(ch.staff_id or 0, ""),
                keys.open_text(ch.old_value, column="old_value", **where) or "",
                keys.open_text(ch.new_value, column="new_value", **where) or "",
                ch.reason,
            )
        )
    return out


def changed_fields(before: CustomerRecord, cleaned: CustomerInput) -> list[str]:
    """The fields `cleaned` would change in the file `before` (sealed ones first)."""
    old_values = sealed_values(input_of(before))
    new_values = sealed_values(cleaned)
    changed = [f for f in new_values if old_values[f] != new_values[f]]
    changed += [f for f in PLAIN_TRACKED if getattr(before, f) != getattr(cleaned, f)]
    return changed


def write_correction(
    session: Session,
    keys: VaultKeys,
    audit: AuditTrail,
    actor: Actor,
    row: Customer,
    cleaned: CustomerInput,
    reason: str = "",
    detail: Mapping[str, object] | None = None,
) -> list[str]:
    """Seal `cleaned` into `row`, refresh its lookups, add one history row per changed field and
    the audit row (with `detail`); returns the changed fields. The caller checks the rules."""
    before = open_row(keys, row)
    old_values = sealed_values(input_of(before))
    new_values = sealed_values(cleaned)
    changed = changed_fields(before, cleaned)
    seal_row(keys, row, cleaned)
    row.updated_at = utc_now()
    write_lookups(session, keys, row.id, cleaned)
    for field in changed:
        change_id = uuid.uuid4().hex
        old = old_values.get(field, getattr(before, field, None))
        new = new_values.get(field, getattr(cleaned, field, None))
        where = {"table": "customer_changes", "row_id": change_id}
        session.add(
            CustomerChange(
                id=change_id,
                customer_id=row.id,
                key_id=keys.active_key_id,
                field=field,
                staff_id=actor.staff_id,
                reason=reason,
                old_value=keys.seal_text(_text(old), column="old_value", **where),
                new_value=keys.seal_text(_text(new), column="new_value", **where),
            )
        )
    audit.record(
        session,
        actor,
        AuditAction.CUSTOMER_UPDATED,
        entity="customer",
        entity_id=row.id,
        customer_id=row.id,
        reason=reason,
        detail={"fields": changed, **(detail or {})},
    )
    return changed


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
