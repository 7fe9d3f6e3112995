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
from collections.abc import Iterable, Iterator
from itertools import accumulate, chain, repeat

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
    fold_all,
    foreign_digits,
    id_tail_key,
    match_entry,
    parse_query,
    pinyin_all,
)
from app.customers.validation import phone_digits

__all__ = ["CustomerSearchIndex", "IndexEntry", "SearchHit"]

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
        self.starts = [s + i + 1 for i, s in enumerate(accumulate(map(len, keys), initial=0))]
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


def _flat(per_rank: list[tuple[str, ...]]) -> tuple[list[str], list[int]]:
    """(keys, ranks) of every key of every entry, in rank order, without a Python-level loop."""
    keys = list(chain.from_iterable(per_rank))
    ranks = list(chain.from_iterable(map(repeat, range(len(per_rank)), map(len, per_rank))))
    return keys, ranks


class CustomerSearchIndex:
    """Find customers by name, pinyin, phone digits, card, customer number, ID tail or tag."""

    def __init__(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Drop every reference to decrypted text (Python cannot overwrite str memory in place)."""
        self._entries: list[IndexEntry] = []
        self._names: list[str] = []  # folded, sorted: rank order
        self._rank_of: dict[str, int] = {}
        self._dead: set[int] = set()
        self._overlay: dict[str, tuple[IndexEntry, EntryKeys]] = {}
        self._foreign: dict[str, list[int]] = {}
        empty = _Haystack([], [])
        self._name_hay = self._initials = self._pinyin = self._phones = empty
        self._cards = self._numbers = self._ids = self._tags = empty

    def __len__(self) -> int:
        return len(self._rank_of) - len(self._dead) + len(self._overlay)

    def get(self, customer_id: str) -> IndexEntry | None:
        if customer_id in self._overlay:
            return self._overlay[customer_id][0]
        rank = self._rank_of.get(customer_id)
        return None if rank is None or rank in self._dead else self._entries[rank]

    # ------------------------------------------------------------ building

    def build(self, entries: Iterable[IndexEntry]) -> None:
        """Index all entries from scratch (at unlock, after an import)."""
        gc_was_on = gc.isenabled()
        gc.disable()  # a build makes ~1M objects that all live on: collections only cost time
        try:
            self.wipe()
            self._fill(list({e.customer_id: e for e in entries}.values()))
        finally:
            if gc_was_on:
                gc.enable()

    def _fill(self, unique: list[IndexEntry]) -> None:
        folded = fold_all([e.name for e in unique])
        # One string per entry sorts like _sort_key's tuple: no part holds the separator.
        sort_keys = [SEP.join(_sort_key(e, n)) for e, n in zip(unique, folded, strict=True)]
        order = sorted(range(len(unique)), key=sort_keys.__getitem__)
        self._entries = entries = [unique[i] for i in order]
        self._names = names = [folded[i] for i in order]
        self._rank_of = {e.customer_id: r for r, e in enumerate(entries)}
        ranks = list(range(len(entries)))
        full, initials = pinyin_all(names)
        self._name_hay = _Haystack(names, ranks)
        self._initials = _Haystack(*_flat(initials))
        self._pinyin = _Haystack(*_flat(full))
        phones, phone_ranks = _flat([e.phones for e in entries])
        self._phones = _Haystack([phone_digits(p) for p in phones], phone_ranks)
        for phone, rank in zip(phones, phone_ranks, strict=True):
            for key in foreign_digits((phone,)):
                self._foreign.setdefault(key, []).append(rank)
        self._cards = _Haystack(fold_all([e.card_no for e in entries]), ranks)
        self._numbers = _Haystack(fold_all([e.number for e in entries]), ranks)
        ids = fold_all([e.id_number for e in entries])
        self._ids = _Haystack([id_tail_key(i) for i in ids], ranks)
        tags, tag_ranks = _flat([e.tags for e in entries])
        self._tags = _Haystack(fold_all(tags), tag_ranks)

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
        live = [e for r, e in enumerate(self._entries) if r not in self._dead]
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
        return [
            (tier, _sort_key(self._entries[r], self._names[r]), self._entries[r].customer_id, kind)
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
            yield TIER_INITIALS_EXACT, [("initials", self._initials.exact(p))]
            yield TIER_INITIALS_PREFIX, [("initials", self._initials.prefixed(p))]
            yield TIER_PINYIN_PREFIX, [("pinyin", self._pinyin.prefixed(p))]
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
