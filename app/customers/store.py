"""Sealing and opening customer rows with the vault; shared by the service, demo data and bench."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.customers.schemas import CustomerInput, CustomerRecord
from app.security.keys import VaultKeys
from db.models import Customer

TABLE = Customer.__tablename__


def _fields(data: CustomerInput) -> dict[str, str | None]:
    return {
        "name": data.name,
        "phone": data.phone or None,
        "gender": data.gender or None,
        "birthday": data.birthday.isoformat() if data.birthday else None,
        "notes": data.notes or None,
    }


def next_number(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Customer)) or 0) + 1


def seal_row(keys: VaultKeys, row: Customer, data: CustomerInput) -> None:
    for column, value in _fields(data).items():
        setattr(row, column, keys.seal_text(value, table=TABLE, column=column, row_id=row.id))
    row.key_id = keys.active_key_id
    row.value_tier, row.activity = data.value_tier, data.activity


def new_row(keys: VaultKeys, data: CustomerInput, number: int) -> Customer:
    row = Customer(id=uuid.uuid4().hex, number=f"C{number:07d}")
    seal_row(keys, row, data)
    return row


def insert_many(session: Session, keys: VaultKeys, items: Iterable[CustomerInput]) -> int:
    start = next_number(session)
    count = 0
    for offset, data in enumerate(items):
        session.add(new_row(keys, data, start + offset))
        count += 1
    session.flush()
    return count


def open_row(keys: VaultKeys, row: Customer) -> CustomerRecord:
    def text(column: str) -> str:
        blob = getattr(row, column)
        return keys.open_text(blob, table=TABLE, column=column, row_id=row.id) or ""

    birthday = text("birthday")
    return CustomerRecord(
        id=row.id,
        number=row.number,
        name=text("name"),
        phone=text("phone"),
        gender=text("gender"),
        birthday=date.fromisoformat(birthday) if birthday else None,
        notes=text("notes"),
        value_tier=row.value_tier,
        activity=row.activity,
    )
