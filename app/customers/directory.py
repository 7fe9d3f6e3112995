"""The in-memory directory behind the search box: built from decrypted values after unlock,
wiped on lock, never written to disk."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from app.customers.schemas import CustomerRecord
from app.customers.sealed_columns import ColumnOpener
from app.customers.search_columns import listings, phone_lists
from app.customers.search_index import CustomerSearchIndex, IndexColumns, IndexEntry
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


# What a hit shows: number, name, phone, value tier, confidentiality (a plain tuple: zip makes
# the 100,000 of them at unlock without a Python call each).
_Card = tuple[str, str, str, str, str]


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
            columns = self._collect(query)
            self._index.build_columns(columns)
        finally:
            if collecting:
                gc.enable()
        self._built = True

    def _collect(self, query: Select[Any]) -> IndexColumns:
        """Read and open the rows column by column (no per-row objects but the cards)."""
        with self._uow() as s:
            rows = s.connection().execute(query).all()
        ids, numbers, tiers, confs, *sealed = zip(*rows, strict=True) if rows else [()] * 9
        opener = ColumnOpener(self._desk.keys, ids)
        names, phone, others, id_numbers, tags = (
            opener.open(column, blobs) for column, blobs in zip(INDEX_COLUMNS, sealed, strict=True)
        )
        cards = zip(numbers, names, phone, tiers, confs, strict=True)
        self._cards = dict(zip(ids, cards, strict=True))
        phones, no_cards = phone_lists(phone, others), [""] * len(ids)
        return IndexColumns(
            ids, numbers, names, phones, no_cards, id_numbers, listings(tags), confs
        )

    def upsert(self, record: CustomerRecord) -> None:
        if not self._built:
            return
        if record.merged_into_id or record.erased:
            self.remove(record.id)
            return
        self._index.upsert(entry_of(record))
        self._cards[record.id] = (
            record.number,
            record.name,
            record.phone,
            record.value_tier,
            record.confidentiality,
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
                results.append(SearchResult(hit.customer_id, *card, hit.matched))
        return results
