"""The in-memory as-you-type customer search, built at unlock from decrypted values, wiped on lock.

Entries are ranked by name once, at build. Folded names, sorted, answer exact and prefix queries by
bisection; one haystack string per field kind, scanned with str.find (C speed), answers exact,
prefix, suffix and "any part" queries. Every source yields ranks in ascending (name) order, so a
tier stops after `limit` hits. Edits since the build sit in a small overlay searched with the
reference rule (search_keys.match_entry) and are folded in when it grows.
"""

from __future__ import annotations

import gc
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat

from app.customers.search_columns import (
    IndexColumns,
    flat,
    fold_all,
    id_tails_all,
    nonempty,
    phone_digits_all,
    pinyin_columns,
    ranked,
    starts_of,
)
from app.customers.search_keys import (
    MIN_PHONE_PART,
    SCORES,
    SEP,
    TIER_EXACT,
    TIER_INITIALS_EXACT,
    TIER_INITIALS_PREFIX,
    TIER_KEY,
    TIER_NAME_EXACT,
    TIER_NAME_PREFIX,
    TIER_PINYIN_PREFIX,
    TIER_SUBSTRING,
    EntryKeys,
    IndexEntry,
    Query,
    SearchHit,
    entry_keys,
    foreign_digits,
    match_entry,
    parse_query,
)

__all__ = ["CustomerSearchIndex", "IndexColumns", "IndexEntry", "SearchHit"]

COMPACT_AT = 512  # overlay size (edits since the build) that triggers a rebuild
_TOP = "\U0010ffff"
SortKey = tuple[str, str, str, str]
_Hit = tuple[int, SortKey, str, str]  # tier, sort key, customer id, matched kind
_Source = tuple[str, Iterable[int]]  # matched kind, candidate ranks in ascending order


def _sort_key(entry: IndexEntry, name: str) -> SortKey:
    return (name, entry.name, entry.number, entry.customer_id)


class _Haystack:
    """Keys joined by SEP (with one before the first and after the last): str.find answers
    substring, exact (SEP+k+SEP), prefix (SEP+k) and suffix (k+SEP) queries in rank order."""

    def __init__(self, keys: list[str], ranks: list[int]) -> None:
        self.ranks = ranks
        self.starts = starts_of(keys)
        self.text = SEP + SEP.join(keys) + SEP

    def find(self, needle: str) -> Iterator[int]:
        """Ranks of keys containing needle (SEP at either end anchors it), ascending."""
        text, starts, ranks = self.text, self.starts, self.ranks
        lead = 1 if needle.startswith(SEP) else 0
        pos = text.find(needle)
        while pos >= 0:
            i = bisect_right(starts, pos + lead) - 1
            yield ranks[i]
            pos = text.find(needle, starts[i + 1] - lead)

    def exact(self, key: str) -> Iterator[int]:
        return self.find(SEP + key + SEP) if key else iter(())

    def prefixed(self, key: str) -> Iterator[int]:
        return self.find(SEP + key) if key else iter(())


def _folded(
    values: Sequence[str], ranks: list[int], key: Callable[[list[str]], list[str]] = list
) -> _Haystack:
    """A haystack of the folded (then keyed) values; empty ones, often all, skip the work."""
    kept, kept_ranks = nonempty(list(values), ranks)
    return _Haystack(*nonempty(key(fold_all(kept)), kept_ranks))


class CustomerSearchIndex:
    """Find customers by name, pinyin, phone digits, card, customer number, ID tail or tag."""

    def __init__(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Drop every reference to decrypted text (Python cannot overwrite str memory in place)."""
        self._rows = IndexColumns([], [], [], [], [], [], [], [])  # rank order
        self._names: list[str] = []  # folded, sorted: rank order
        self._rank_of: dict[str, int] = {}
        self._dead: set[int] = set()
        self._overlay: dict[str, tuple[IndexEntry, EntryKeys]] = {}
        self._foreign: dict[str, list[int]] = {}
        empty = _Haystack([], [])
        self._name_hay = self._initials = self._pinyin = self._phones = empty
        self._more_initials = self._more_pinyin = empty
        self._cards = self._numbers = self._ids = self._tags = empty

    def __len__(self) -> int:
        return len(self._rank_of) - len(self._dead) + len(self._overlay)

    def get(self, customer_id: str) -> IndexEntry | None:
        if customer_id in self._overlay:
            return self._overlay[customer_id][0]
        rank = self._rank_of.get(customer_id)
        return None if rank is None or rank in self._dead else self._rows.entry(rank)

    # ------------------------------------------------------------ building

    def build(self, entries: Iterable[IndexEntry]) -> None:
        """Index all entries from scratch (after an import, at compaction)."""
        self.build_columns(IndexColumns.of(entries))

    def build_columns(self, columns: IndexColumns) -> None:
        """Index all rows from scratch: at unlock, straight from the columns read in bulk."""
        gc_was_on = gc.isenabled()
        gc.disable()  # a build makes ~1M objects that all live on: collections only cost time
        try:
            self.wipe()
            self._fill(columns.unique())
        finally:
            if gc_was_on:
                gc.enable()

    def _fill(self, unique: IndexColumns) -> None:
        self._rows, self._names = rows, names = ranked(unique)
        self._rank_of = dict(zip(rows.customer_ids, range(len(names)), strict=True))
        ranks = list(range(len(names)))
        self._name_hay = _Haystack(names, ranks)
        self._fill_pinyin(names, ranks)
        phones, phone_ranks = flat(rows.phones)
        self._phones = _Haystack(*nonempty(phone_digits_all(phones), phone_ranks))
        if sum(map(str.startswith, phones, repeat("+86"))) < len(phones):  # some from abroad
            for phone, rank in zip(phones, phone_ranks, strict=True):
                if not phone.startswith("+86"):  # foreign_digits of one phone, without the calls
                    self._foreign.setdefault(foreign_digits((phone,))[0], []).append(rank)
        self._cards = _folded(rows.card_nos, ranks)
        self._numbers = _folded(rows.numbers, ranks)
        self._ids = _folded(rows.id_numbers, ranks, id_tails_all)
        self._tags = _folded(*flat(rows.tags))

    def _fill_pinyin(self, names: list[str], ranks: list[int]) -> None:
        """One haystack of each name's first variant, one of the few second variants."""
        full, initials, special = pinyin_columns(names)
        more_full: list[tuple[str, ...]] = [()] * len(names)
        more_initials: list[tuple[str, ...]] = [()] * len(names)
        for rank, (f, i) in special.items():
            full[rank], more_full[rank] = (f[0], f[1:]) if f else ("", ())
            initials[rank], more_initials[rank] = (i[0], i[1:]) if i else ("", ())
        self._pinyin, self._initials = _Haystack(full, ranks), _Haystack(initials, ranks)
        self._more_pinyin = _Haystack(*flat(more_full))
        self._more_initials = _Haystack(*flat(more_initials))

    def upsert(self, entry: IndexEntry) -> None:
        """A created or edited file: searchable at once, merged into the haystacks later."""
        rank = self._rank_of.get(entry.customer_id)
        if rank is not None:
            self._dead.add(rank)
        self._overlay[entry.customer_id] = (entry, entry_keys(entry))
        self._maybe_compact()

    def remove(self, customer_id: str) -> None:
        self._overlay.pop(customer_id, None)
        rank = self._rank_of.get(customer_id)
        if rank is not None:
            self._dead.add(rank)
        self._maybe_compact()

    def _maybe_compact(self) -> None:
        if len(self._overlay) + len(self._dead) < COMPACT_AT:
            return
        live = [self._rows.entry(r) for r in range(len(self._names)) if r not in self._dead]
        self.build(live + [e for e, _ in self._overlay.values()])

    # ------------------------------------------------------------ searching

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Best `limit` hits: by tier (exact key, name, initials, pinyin, key, part), then name."""
        q = parse_query(query)
        if not q.text or limit <= 0:
            return []
        hits = self._search_base(q, limit)
        for entry, keys in self._overlay.values():
            found = match_entry(keys, q)
            if found is not None:
                hits.append((found[0], _sort_key(entry, keys.name), entry.customer_id, found[1]))
        hits.sort()
        return [SearchHit(cid, SCORES[tier], kind) for tier, _, cid, kind in hits[:limit]]

    def _search_base(self, q: Query, limit: int) -> list[_Hit]:
        found: dict[int, tuple[int, str]] = {}
        dead = self._dead
        for tier, sources in self._tiers(q):
            need = limit - len(found)
            if need <= 0:
                break
            picked: dict[int, str] = {}
            for kind, ranks in sources:
                taken = 0
                for rank in ranks:
                    if rank in found or rank in dead or rank in picked:
                        continue  # a rank seen twice (two equal phones) must not count twice
                    picked[rank] = kind
                    taken += 1
                    if taken >= need:
                        break  # ascending ranks: the rest cannot make this tier's top `need`
            for rank in heapq.nsmallest(need, picked):
                found[rank] = (tier, picked[rank])
        rows, names, ids = self._rows, self._names, self._rows.customer_ids
        return [
            (tier, (names[r], rows.names[r], rows.numbers[r], ids[r]), ids[r], kind)
            for r, (tier, kind) in found.items()
        ]

    def _tiers(self, q: Query) -> Iterator[tuple[int, list[_Source]]]:
        """Candidate ranks tier by tier, best first, in the order match_entry tries them."""
        t, p, d = q.text, q.pinyin, q.digits
        yield (
            TIER_EXACT,
            [
                ("card", self._cards.exact(t)),
                ("phone", self._phones.exact(d)),
                ("phone", self._foreign.get(d, ())),
                ("number", self._numbers.exact(t)),
            ],
        )
        lo, hi = bisect_left(self._names, t), bisect_right(self._names, t)
        yield TIER_NAME_EXACT, [("name", range(lo, hi))]
        end = bisect_left(self._names, t + _TOP, hi)
        yield TIER_NAME_PREFIX, [("name", range(hi, end))]
        if p:
            initials, more = self._initials, self._more_initials
            yield TIER_INITIALS_EXACT, [("initials", h.exact(p)) for h in (initials, more)]
            yield TIER_INITIALS_PREFIX, [("initials", h.prefixed(p)) for h in (initials, more)]
            pinyin = (self._pinyin, self._more_pinyin)
            yield TIER_PINYIN_PREFIX, [("pinyin", h.prefixed(p)) for h in pinyin]
        phone_part = d if len(d) >= MIN_PHONE_PART else ""
        yield (
            TIER_KEY,
            [
                ("tag", self._tags.exact(t)),
                ("card", self._cards.prefixed(t)),
                ("number", self._numbers.prefixed(t)),
                ("phone", self._phones.find(phone_part + SEP) if phone_part else ()),
                ("id_tail", self._ids.find(q.id_tail + SEP) if q.id_tail else ()),
            ],
        )
        yield (
            TIER_SUBSTRING,
            [
                ("name", self._name_hay.find(t)),
                ("phone", self._phones.find(phone_part) if phone_part else ()),
            ],
        )
