"""Sealing and opening customer rows with the vault; shared by the services, demo data and bench."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import date
from typing import cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from app.customers.retention import retention_end
from app.customers.schemas import CustomerInput, CustomerRecord
from app.security.keys import VaultKeys
from db.models import Customer, CustomerLookup
from db.types import utc_now

TABLE = Customer.__tablename__
_CUSTOMERS = cast(Table, Customer.__table__)
_LOOKUPS = cast(Table, CustomerLookup.__table__)
INSERT_CHUNK = 5000
LOOKUP_PHONE = "phone"
LOOKUP_ID = "id_number"
_PLAIN_FIELDS = (
    "value_tier",
    "activity",
    "confidentiality",
    "source",
    "referrer_id",
    "owner_staff_id",
)


def sealed_values(data: CustomerInput) -> dict[str, str | None]:
    """The text each sealed column holds for `data` (None = empty)."""

    def text(value: str) -> str | None:
        return value or None

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    def listing(values: tuple[str, ...]) -> str | None:
        return json.dumps(list(values), ensure_ascii=False) if values else None

    return {
        "name": data.name,
        "phone": text(data.phone),
        "gender": text(data.gender),
        "birthday": day(data.birthday),
        "notes": text(data.notes),
        "other_phones": listing(data.other_phones),
        "email": text(data.email),
        "address": text(data.address),
        "occupation": text(data.occupation),
        "id_doc_type": text(data.id_doc_type),
        "id_number": text(data.id_number),
        "id_expiry": day(data.id_expiry),
        "interests": text(data.interests),
        "habits": text(data.habits),
        "tags": listing(data.tags),
    }


def next_number(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Customer)) or 0) + 1


def seal_row(keys: VaultKeys, row: Customer, data: CustomerInput) -> None:
    """Write every field of `data` into `row`, sealing the personal ones under the active key."""
    for column, value in sealed_values(data).items():
        setattr(row, column, keys.seal_text(value, table=TABLE, column=column, row_id=row.id))
    row.key_id = keys.active_key_id
    for name in _PLAIN_FIELDS:
        setattr(row, name, getattr(data, name))


def lookup_values(data: CustomerInput) -> list[tuple[str, str]]:
    values = [(LOOKUP_PHONE, p) for p in (data.phone, *data.other_phones) if p]
    if data.id_number:
        values.append((LOOKUP_ID, data.id_number.upper()))
    return values


def write_lookups(session: Session, keys: VaultKeys, customer_id: str, data: CustomerInput) -> None:
    session.execute(delete(CustomerLookup).where(CustomerLookup.customer_id == customer_id))
    for kind, value in lookup_values(data):
        digest = keys.lookup_digest(kind, value)
        session.add(CustomerLookup(customer_id=customer_id, kind=kind, digest=digest))


def find_by_lookup(session: Session, keys: VaultKeys, kind: str, value: str) -> list[str]:
    digest = keys.lookup_digest(kind, value.upper() if kind == LOOKUP_ID else value)
    query = select(CustomerLookup.customer_id).where(
        CustomerLookup.kind == kind, CustomerLookup.digest == digest
    )
    return list(dict.fromkeys(session.scalars(query)))


def new_row(keys: VaultKeys, data: CustomerInput, number: int) -> Customer:
    row = Customer(id=uuid.uuid4().hex, number=f"C{number:07d}", key_id="")
    seal_row(keys, row, data)
    return row


def insert_many(
    session: Session,
    keys: VaultKeys,
    items: Iterable[CustomerInput],
    *,
    ids: list[str] | None = None,
) -> int:
    """Core executemanys in chunks: the ORM unit of work costs ~80 µs a row, too slow for an
    import of 100,000 files, and chunks keep memory flat. `ids`, if given, receives the new row
    ids in order (e.g. to record the consents that came with each file)."""
    start, now = next_number(session), utc_now()
    retention = retention_end(session, now)
    rows: list[dict[str, object]] = []
    lookups: list[dict[str, object]] = []
    count = 0

    def flush() -> None:
        if rows:
            session.execute(insert(_CUSTOMERS), rows)
        if lookups:
            session.execute(insert(_LOOKUPS), lookups)
        rows.clear()
        lookups.clear()

    for offset, data in enumerate(items):
        row_id = uuid.uuid4().hex
        row: dict[str, object] = {"id": row_id, "number": f"C{start + offset:07d}"}
        for column, value in sealed_values(data).items():
            row[column] = keys.seal_text(value, table=TABLE, column=column, row_id=row_id)
        row.update({name: getattr(data, name) for name in _PLAIN_FIELDS})
        row.update(
            key_id=keys.active_key_id,
            created_at=now,
            updated_at=now,
            last_activity_at=now,
            retention_until=retention,
            has_photo=False,
        )
        rows.append(row)
        if ids is not None:
            ids.append(row_id)
        for kind, value in lookup_values(data):
            lookups.append(
                {"customer_id": row_id, "kind": kind, "digest": keys.lookup_digest(kind, value)}
            )
        count += 1
        if len(rows) >= INSERT_CHUNK:
            flush()
    flush()
    return count


def id_by_number(session: Session, number: str) -> str | None:
    """The file with this customer number ("C0000012", or just "12"), if any."""
    text = number.strip().upper()
    if text.isdigit():
        text = f"C{int(text):07d}"
    return session.scalar(select(Customer.id).where(Customer.number == text))


def open_values(keys: VaultKeys, row: Customer, columns: Iterable[str]) -> dict[str, str]:
    return {
        column: keys.open_text(getattr(row, column), table=TABLE, column=column, row_id=row.id)
        or ""
        for column in columns
    }


def open_row(keys: VaultKeys, row: Customer) -> CustomerRecord:
    v = open_values(keys, row, sealed_values(CustomerInput(name="")).keys())

    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    def listing(text: str) -> tuple[str, ...]:
        return tuple(json.loads(text)) if text else ()

    return CustomerRecord(
        id=row.id,
        number=row.number,
        name=v["name"],
        phone=v["phone"],
        gender=v["gender"],
        birthday=day(v["birthday"]),
        notes=v["notes"],
        value_tier=row.value_tier,
        activity=row.activity,
        other_phones=listing(v["other_phones"]),
        email=v["email"],
        address=v["address"],
        occupation=v["occupation"],
        id_doc_type=v["id_doc_type"],
        id_number=v["id_number"],
        id_expiry=day(v["id_expiry"]),
        interests=v["interests"],
        habits=v["habits"],
        tags=listing(v["tags"]),
        confidentiality=row.confidentiality,
        source=row.source,
        referrer_id=row.referrer_id,
        owner_staff_id=row.owner_staff_id,
        has_photo=row.has_photo,
        retention_until=row.retention_until,
        merged_into_id=row.merged_into_id,
        erased=row.erased_at is not None,
    )


def input_of(record: CustomerRecord) -> CustomerInput:
    """The editable fields of a record, e.g. to pre-fill the edit dialog or merge two files."""
    return CustomerInput(
        name=record.name,
        phone=record.phone,
        gender=record.gender,
        birthday=record.birthday,
        notes=record.notes,
        value_tier=record.value_tier,
        activity=record.activity,
        other_phones=record.other_phones,
        email=record.email,
        address=record.address,
        occupation=record.occupation,
        id_doc_type=record.id_doc_type,
        id_number=record.id_number,
        id_expiry=record.id_expiry,
        interests=record.interests,
        habits=record.habits,
        tags=record.tags,
        confidentiality=record.confidentiality,
        source=record.source,
        referrer_id=record.referrer_id,
        owner_staff_id=record.owner_staff_id,
    )
