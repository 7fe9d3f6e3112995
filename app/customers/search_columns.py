"""The search index's input as one list per field, and the bulk steps of its build.

At unlock 100,000 files are read column by column: lists built by C-level passes (zip, map,
str.join, regexes over one joined string) instead of 100,000 objects and per-value calls. Each
function gives exactly what its one-value counterpart in search_keys gives.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from typing import TypeVar

from app.customers.search_keys import (
    FOLD_TABLE,
    MARKED_READINGS,
    SEP,
    SURNAME_READINGS,
    IndexEntry,
    fold,
    id_tail_key,
    name_pinyin,
)
from app.customers.validation import phone_digits

T = TypeVar("T")


@dataclass(frozen=True)
class IndexColumns:
    """Row i of every list is one IndexEntry; lists keep the 100,000 values without the objects."""

    customer_ids: Sequence[str]
    numbers: Sequence[str]
    names: Sequence[str]
    phones: Sequence[tuple[str, ...]]
    card_nos: Sequence[str]
    id_numbers: Sequence[str]
    tags: Sequence[tuple[str, ...]]
    confidentiality: Sequence[str]

    @classmethod
    def of(cls, entries: Iterable[IndexEntry]) -> IndexColumns:
        rows = list(entries)
        return cls(
            [e.customer_id for e in rows],
            [e.number for e in rows],
            [e.name for e in rows],
            [e.phones for e in rows],
            [e.card_no for e in rows],
            [e.id_number for e in rows],
            [e.tags for e in rows],
            [e.confidentiality for e in rows],
        )

    def __len__(self) -> int:
        return len(self.customer_ids)

    def entry(self, i: int) -> IndexEntry:
        return IndexEntry(
            self.customer_ids[i],
            self.numbers[i],
            self.names[i],
            self.phones[i],
            self.card_nos[i],
            self.id_numbers[i],
            self.tags[i],
            self.confidentiality[i],
        )

    def take(self, rows: Sequence[int]) -> IndexColumns:
        """These rows, in this order."""
        return IndexColumns(
            take(self.customer_ids, rows),
            take(self.numbers, rows),
            take(self.names, rows),
            take(self.phones, rows),
            take(self.card_nos, rows),
            take(self.id_numbers, rows),
            take(self.tags, rows),
            take(self.confidentiality, rows),
        )

    def unique(self) -> IndexColumns:
        """One row per customer id, the last given winning (as a dict built from the rows)."""
        last = dict(zip(self.customer_ids, range(len(self)), strict=True))
        return self if len(last) == len(self) else self.take(sorted(last.values()))


def take(column: Sequence[T], rows: Sequence[int]) -> list[T]:
    """These rows of one column, in this order."""
    if column and column.count(column[0]) == len(column):  # one value (often ""): no lookups
        return [column[0]] * len(rows)
    return list(map(column.__getitem__, rows))


def ranked(rows: IndexColumns) -> tuple[IndexColumns, list[str]]:
    """The rows in rank order (by folded name, name, number, id) and their folded names.
    One string per row sorts like that tuple (SEP is below every other character); sorted, the
    strings are split back into their parts: most columns come out in order without 100,000
    lookups each."""
    folded = fold_all(list(rows.names))
    parts = (folded, rows.names, rows.numbers, rows.customer_ids, map(str, range(len(rows))))
    keys = sorted(map(SEP.join, zip(*parts, strict=True)))
    cut = SEP.join(keys).split(SEP)
    if len(cut) != 5 * len(keys):  # a separator inside a name or number: sort the tuples
        order = sorted(range(len(rows)), key=lambda i: (folded[i], *_sort_parts(rows, i)))
        return rows.take(order), list(map(folded.__getitem__, order))
    order = list(map(int, cut[4::5]))
    ranked = IndexColumns(
        cut[3::5],
        cut[2::5],
        cut[1::5],
        take(rows.phones, order),
        take(rows.card_nos, order),
        take(rows.id_numbers, order),
        take(rows.tags, order),
        take(rows.confidentiality, order),
    )
    return ranked, cut[0::5]


def _sort_parts(rows: IndexColumns, i: int) -> tuple[str, str, str]:
    return rows.names[i], rows.numbers[i], rows.customer_ids[i]


def listings(texts: Sequence[str | None]) -> list[tuple[str, ...]]:
    """Stored JSON lists (other phones, tags) as tuples; most files have none: no call then."""
    if not any(texts):
        return [()] * len(texts)
    return [tuple(json.loads(t)) if t else () for t in texts]


def phone_lists(phone: Sequence[str | None], others: Sequence[str | None]) -> list[tuple[str, ...]]:
    """Each file's phones, the main one first, from the phone and other_phones columns."""
    if any(others):
        pairs = zip(phone, listings(others), strict=True)
        return [tuple(p for p in (first, *more) if p) for first, more in pairs]
    return [(p,) if p else () for p in phone]


def starts_of(keys: Sequence[str]) -> list[int]:
    """Where each key begins in SEP + SEP.join(keys) + SEP, and one past the last SEP."""
    return list(accumulate(map((1).__add__, map(len, keys)), initial=1))


def flat(per_row: Sequence[tuple[str, ...]]) -> tuple[list[str], list[int]]:
    """(keys, rows) of every key of every row, in row order, empty keys left out (no query
    needle is empty or matches across a separator, so they can never be found)."""
    keys = list(chain.from_iterable(per_row))
    counts = list(map(len, per_row))
    if max(counts, default=0) <= 1:  # the usual case: one phone or none
        rows = list(compress(range(len(counts)), counts))
    else:
        rows = list(chain.from_iterable(map(repeat, range(len(counts)), counts)))
    return nonempty(keys, rows)


def nonempty(keys: list[str], rows: list[int]) -> tuple[list[str], list[int]]:
    if all(keys):
        return keys, rows
    keep = list(map(bool, keys))
    return list(compress(keys, keep)), list(compress(rows, keep))


# +86 then ASCII digits, more than six characters in all: phone_digits' fast path.
_CN_KEPT = re.compile(r"^\+86(?=(?:1[1-9]\d{2,}|[48]00\d+)$)", re.M | re.ASCII)
_CN_TRUNK = re.compile(r"^\+86(?=\d{4,}$)", re.M | re.ASCII)


def phone_digits_all(phones: list[str]) -> list[str]:
    """phone_digits of each E.164 number; the Chinese ones (nearly all) in two regex passes."""
    joined = "\n".join(phones)
    if joined.count("\n") != len(phones) - 1:
        return [phone_digits(p) for p in phones]
    done = _CN_TRUNK.sub("0", _CN_KEPT.sub("", joined)).split("\n") if phones else []
    # Every number a pass rewrote changed; the rest take the one-value path.
    return [d if d != p else phone_digits(p) for d, p in zip(done, phones, strict=True)]


def id_tails_all(folded_ids: list[str]) -> list[str]:
    return list(map(id_tail_key, folded_ids)) if any(folded_ids) else [""] * len(folded_ids)


_FOLD_KEEP_SEP = {k: v for k, v in FOLD_TABLE.items() if k != 0}
_LOOK_ALIKES = re.compile("[" + "".join(chr(k) for k in _FOLD_KEEP_SEP) + "]")
_SPECIAL_SURNAME = re.compile(f"{SEP}[{''.join(SURNAME_READINGS)}]")
_ASCII_ALNUM = re.compile("[0-9a-zA-Z]")
_CAPITALS_ONLY = str.maketrans(
    string.ascii_uppercase, string.ascii_lowercase, string.ascii_lowercase
)


def fold_all(texts: list[str]) -> list[str]:
    joined = SEP.join(texts)
    if joined.count(SEP) != len(texts) - 1:
        return [fold(t) for t in texts]
    if joined.isascii():
        joined = joined.lower()
    else:
        joined = unicodedata.normalize("NFKC", joined).casefold()
        if _LOOK_ALIKES.search(joined):
            joined = joined.translate(_FOLD_KEEP_SEP)
    return list(map(str.strip, joined.split(SEP))) if texts else []


def _special_names(names: list[str], joined: str) -> list[int]:
    """Which names need name_pinyin itself (a surname read specially, Latin letters or digits):
    found by regex passes over them all, joined (two simple patterns scan faster than one)."""
    found = [m.end() - 1 for m in _SPECIAL_SURNAME.finditer(joined)]
    found += [m.start() for m in _ASCII_ALNUM.finditer(joined)]
    if names[0][:1] in SURNAME_READINGS:
        found.append(0)
    if not found:
        return []
    starts = list(accumulate(map((1).__add__, map(len, names)), initial=0))
    return list(dict.fromkeys(bisect_right(starts, pos) - 1 for pos in found))


Variants = tuple[tuple[str, ...], tuple[str, ...]]  # what name_pinyin gives


def pinyin_columns(names: list[str]) -> tuple[list[str], list[str], dict[int, Variants]]:
    """Full pinyin and initials of each folded name by str.translate (C speed), and name_pinyin
    itself for the few names that rule does not cover (a surname read specially, Latin)."""
    if not names:
        return [], [], {}
    joined = SEP.join(names)
    marked = joined.translate(MARKED_READINGS)  # readings are lower-case: the capitals mark them
    full = marked.lower().split(SEP)
    initials = marked.translate(_CAPITALS_ONLY).split(SEP)
    return full, initials, {i: name_pinyin(names[i]) for i in _special_names(names, joined)}
