"""Birthdays, genders and districts of the live customers, decrypted once per unlock and then
kept current incrementally (only files changed since the last look are decrypted again), so the
day's birthday list and the dashboard do not decrypt 100,000 files each time. It can be filled
off the UI thread right after sign-in (warm), on a read-only connection. Wiped on lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.care.demographics import Person, district_of
from app.security.cipher import column_opener
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from db.models import Customer

TABLE = Customer.__tablename__
Reader = Callable[[], AbstractContextManager[Session]]


def read_people(
    session: Session, keys: VaultKeys, since: str
) -> tuple[dict[str, Person], str, list[str]]:
    """The live files changed after `since` (all when ""), the latest change read, and the
    files erased or merged away."""
    openers = {c: column_opener(keys.ciphers, TABLE, c) for c in ("birthday", "gender", "address")}
    open_birthday, open_gender, open_address = (
        openers["birthday"], openers["gender"], openers["address"]
    )  # fmt: skip
    stamp = type_coerce(Customer.updated_at, String)
    query = select(Customer.id, Customer.birthday, Customer.gender, Customer.address, stamp).where(
        Customer.erased_at.is_(None), Customer.merged_into_id.is_(None)
    )
    if since:
        query = query.where(stamp > since)
    found: dict[str, Person] = {}
    latest = since
    for cid, birthday, gender, address, updated in session.execute(query):
        found[cid] = Person(  # one pass, no helper calls: this runs 100,000 times cold
            date.fromisoformat(open_birthday(birthday, cid).decode()) if birthday else None,
            open_gender(gender, cid).decode() if gender else "",
            district_of(open_address(address, cid).decode()) if address else "",
        )  # fmt: skip
        if updated > latest:
            latest = updated
    gone = select(Customer.id).where(
        or_(Customer.erased_at.is_not(None), Customer.merged_into_id.is_not(None))
    )
    return found, latest, list(session.scalars(gone))


class PersonCache:
    def __init__(self, desk: DeskSession) -> None:
        self._desk = desk
        self._people: dict[str, Person] = {}
        self._seen_through = ""  # the latest updated_at text already read
        self._lock = threading.Lock()
        self._generation = 0  # bumped by wipe: a warm-up begun before a lock is thrown away
        desk.on_lock(self.wipe)

    def __len__(self) -> int:
        with self._lock:
            return len(self._people)

    def wipe(self) -> None:
        with self._lock:
            self._people, self._seen_through = {}, ""
            self._generation += 1

    def people(self, session: Session) -> dict[str, Person]:
        """Every live customer by id, brought up to date first."""
        with self._lock:
            self._merge(*read_people(session, self._desk.keys, self._seen_through))
            return dict(self._people)

    def warm(self, read: Reader) -> None:
        """Fill the cache on `read`'s connection (meant for a background thread)."""
        with self._lock:
            generation, since = self._generation, self._seen_through
        with read() as session:
            found = read_people(session, self._desk.keys, since)
        with self._lock:  # kept only if nobody locked or read newer data meanwhile
            if generation == self._generation and self._seen_through == since:
                self._merge(*found)

    def warm_in_background(self, read: Reader) -> threading.Thread:
        """Decrypt off the UI thread right after sign-in; a failure (say the desk locked and
        the keys were wiped) only leaves the cache to fill on first use."""

        def run() -> None:
            try:
                self.warm(read)
            except Exception:  # best effort: the first use fills the cache anyway
                return

        thread = threading.Thread(target=run, name="person-cache-warm", daemon=True)
        thread.start()
        return thread

    def _merge(self, found: dict[str, Person], latest: str, gone: list[str]) -> None:
        self._people.update(found)
        self._seen_through = max(self._seen_through, latest)
        for cid in gone:
            self._people.pop(cid, None)
