"""The in-memory directory behind the search box: built from decrypted values after unlock,
wiped on lock, never written to disk."""

from __future__ import annotations

import gc
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from app.customers.schemas import CustomerRecord
from app.customers.search_index import CustomerSearchIndex, IndexEntry
from app.customers.store import TABLE
from app.security.cipher import column_opener
from app.security.desk_session import DeskSession
from db.models import Customer
from db.session import UnitOfWork

INDEX_COLUMNS = ("name", "phone", "other_phones", "id_number", "tags")


@dataclass(frozen=True)
class SearchResult:
    customer_id: str
    number: str
    name: str
    phone: str
    value_tier: str
    confidentiality: str
    matched: str


@dataclass(frozen=True)
class _Card:
    number: str
    name: str
    phone: str
    value_tier: str
    confidentiality: str


def entry_of(record: CustomerRecord, card_no: str = "") -> IndexEntry:
    phones = tuple(p for p in (record.phone, *record.other_phones) if p)
    return IndexEntry(
        customer_id=record.id,
        number=record.number,
        name=record.name,
        phones=phones,
        card_no=card_no,
        id_number=record.id_number,
        tags=record.tags,
        confidentiality=record.confidentiality,
    )


class CustomerDirectory:
    def __init__(self, uow: UnitOfWork, desk: DeskSession) -> None:
        self._uow, self._desk = uow, desk
        self._index = CustomerSearchIndex()
        self._cards: dict[str, _Card] = {}
        self._built = False
        desk.on_lock(self.wipe)

    @property
    def built(self) -> bool:
        return self._built

    def wipe(self) -> None:
        self._index.wipe()
        self._cards.clear()
        self._built = False

    def ensure_built(self) -> None:
        if self._built:
            return
        entries: list[IndexEntry] = []
        query = select(
            Customer.id,
            Customer.number,
            Customer.value_tier,
            Customer.confidentiality,
            *(getattr(Customer, c) for c in INDEX_COLUMNS),
        ).where(Customer.merged_into_id.is_(None), Customer.erased_at.is_(None))
        collecting = gc.isenabled()
        gc.disable()  # 100,000 rows of small objects: the collector costs a third of the build
        try:
            self._collect(query, entries)
        finally:
            if collecting:
                gc.enable()
        self._index.build(entries)
        self._built = True

    def _collect(self, query: Select[Any], entries: list[IndexEntry]) -> None:
        openers = [column_opener(self._desk.keys.ciphers, TABLE, c) for c in INDEX_COLUMNS]
        loads = json.loads
        with self._uow() as s:
            for row in s.execute(query):
                cid, number, tier, conf = row[0], row[1], row[2], row[3]
                # most optional fields are empty: no decrypt call for them
                name, phone, others_json, id_number, tags_json = (
                    "" if blob is None else opener(blob, cid).decode("utf-8")
                    for opener, blob in zip(openers, row[4:], strict=True)
                )
                others = tuple(loads(others_json)) if others_json else ()
                tags = tuple(loads(tags_json)) if tags_json else ()
                phones = tuple(p for p in (phone, *others) if p)
                entries.append(IndexEntry(cid, number, name, phones, "", id_number, tags, conf))
                self._cards[cid] = _Card(number, name, phone, tier, conf)

    def upsert(self, record: CustomerRecord) -> None:
        if not self._built:
            return
        if record.merged_into_id or record.erased:
            self.remove(record.id)
            return
        self._index.upsert(entry_of(record))
        self._cards[record.id] = _Card(
            record.number, record.name, record.phone, record.value_tier, record.confidentiality
        )

    def remove(self, customer_id: str) -> None:
        if self._built:
            self._index.remove(customer_id)
            self._cards.pop(customer_id, None)

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        self._desk.current()
        self.ensure_built()
        results = []
        for hit in self._index.search(query, limit=limit):
            card = self._cards.get(hit.customer_id)
            if card is not None:
                results.append(
                    SearchResult(
                        hit.customer_id,
                        card.number,
                        card.name,
                        card.phone,
                        card.value_tier,
                        card.confidentiality,
                        hit.matched,
                    )
                )
        return results
