"""Birthdays, genders and districts of the live customers, decrypted once per unlock and then
kept current incrementally (only files changed since the last look are decrypted again), so the
day's birthday list and the dashboard do not decrypt 100,000 files each time. Wiped on lock."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.care.demographics import Person, district_of
from app.security.cipher import column_opener
from app.security.desk_session import DeskSession
from db.models import Customer

TABLE = Customer.__tablename__


class PersonCache:
    def __init__(self, desk: DeskSession) -> None:
        self._desk = desk
        self._people: dict[str, Person] = {}
        self._seen_through = ""  # the latest updated_at text already read
        desk.on_lock(self.wipe)

    def wipe(self) -> None:
        self._people, self._seen_through = {}, ""

    def people(self, session: Session) -> dict[str, Person]:
        """Every live customer by id, brought up to date first."""
        keys = self._desk.keys
        openers = {
            c: column_opener(keys.ciphers, TABLE, c) for c in ("birthday", "gender", "address")
        }
        stamp = type_coerce(Customer.updated_at, String)
        query = select(
            Customer.id, Customer.birthday, Customer.gender, Customer.address, stamp
        ).where(Customer.erased_at.is_(None), Customer.merged_into_id.is_(None))
        if self._seen_through:
            query = query.where(stamp > self._seen_through)

        open_birthday, open_gender, open_address = (
            openers["birthday"],
            openers["gender"],
            openers["address"],
        )
        people, latest = self._people, self._seen_through
        for cid, birthday, gender, address, updated in session.execute(query):
            people[cid] = Person(  # one pass, no helper calls: this runs 100,000 times cold
                date.fromisoformat(open_birthday(birthday, cid).decode()) if birthday else None,
                open_gender(gender, cid).decode() if gender else "",
                district_of(open_address(address, cid).decode()) if address else "",
            )  # fmt: skip
            if updated > latest:
                latest = updated
        self._seen_through = latest
        gone = select(Customer.id).where(
            or_(Customer.erased_at.is_not(None), Customer.merged_into_id.is_not(None))
        )
        for cid in session.scalars(gone):
            self._people.pop(cid, None)
        return self._people
