"""Greeting days in the database (the defaults written the first time) and the list of whom
to greet: only customers with an active marketing consent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.care.greeting_days import DEFAULT_GREETING_DAYS, GreetingDayRecord, validate_greeting_day
from app.care.schemas import GreetingTarget
from app.care.today import marketing_ids, names_and_phones
from app.errors import ValidationError
from app.security.keys import VaultKeys
from db.models import GreetingDay


def _record(row: GreetingDay) -> GreetingDayRecord:
    return GreetingDayRecord(
        row.id, row.name, row.calendar, row.month, row.day, row.greeting, row.active
    )


def ensure_greeting_days(session: Session) -> list[GreetingDayRecord]:
    rows = list(session.scalars(select(GreetingDay).order_by(GreetingDay.id)))
    if not rows:
        for name, calendar, month, day, greeting in DEFAULT_GREETING_DAYS:
            session.add(
                GreetingDay(name=name, calendar=calendar, month=month, day=day, greeting=greeting)
            )
        session.flush()
        rows = list(session.scalars(select(GreetingDay).order_by(GreetingDay.id)))
    return [_record(r) for r in rows]


def save_greeting_day(session: Session, record: GreetingDayRecord) -> GreetingDayRecord:
    """id 0 adds a day; another id changes that day."""
    validate_greeting_day(record)
    ensure_greeting_days(session)
    if record.id:
        row = session.get(GreetingDay, record.id)
        if row is None:
            raise ValidationError("id", "not_found")
    else:
        row = GreetingDay()
        session.add(row)
    row.name, row.calendar, row.month, row.day = (
        record.name.strip(),
        record.calendar,
        record.month,
        record.day,
    )
    row.greeting, row.active = record.greeting.strip(), record.active
    session.flush()
    return _record(row)


def greeting_targets(
    session: Session, keys: VaultKeys, greeting_day_id: int
) -> list[GreetingTarget]:
    row = session.get(GreetingDay, greeting_day_id)
    if row is None:
        raise ValidationError("greeting_day", "not_found")
    people = names_and_phones(session, keys, sorted(marketing_ids(session)))
    targets = [
        GreetingTarget(cid, number, name, phone, row.greeting)
        for cid, (number, name, phone) in people.items()
    ]
    return sorted(targets, key=lambda t: t.number)
