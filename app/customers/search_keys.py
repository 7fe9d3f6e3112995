"""What the customer search matches on: entries, their derived keys (pinyin, phone digits, ID
tails) and the reference rule that ranks one entry against one query.

`CustomerSearchIndex` answers the same questions fast; `match_entry` is the slow, obvious
definition it is tested against and the way recent edits are searched until the next compaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pypinyin import Style, lazy_pinyin

from app.customers.validation import phone_digits

# Ranking tiers, best first. Within a tier hits are ordered by name.
TIER_EXACT = 0  # card number, phone or customer number typed in full
TIER_NAME_EXACT = 1
TIER_NAME_PREFIX = 2
TIER_INITIALS_EXACT = 3
TIER_INITIALS_PREFIX = 4
TIER_PINYIN_PREFIX = 5
TIER_KEY = 6  # tag, card/customer number prefix, last digits of a phone or an ID number
TIER_SUBSTRING = 7  # any part of the name or of a phone's digits
SCORES = (100, 90, 80, 70, 60, 50, 40, 30)

MIN_PHONE_PART = 3

# Surnames read differently from the character's everyday reading; both readings are indexed.
SURNAME_READINGS: dict[str, str] = dict(
    re.findall(
        r"(\S):([a-z]+)",
        "单:shan 曾:zeng 仇:qiu 解:xie 区:ou 查:zha 朴:piao 盖:ge 乐:yue 缪:miao 覃:qin 召:shao"
        " 种:chong 秘:bi 黑:he 尉:yu 万:mo 长:zhang 卜:bu",  # 万俟 moqi, 尉迟 yuchi, 长孙 zhangsun
    )
)
# Characters pypinyin has no reading for but that venues meet in names.
RARE_READINGS = {"𠮷": "ji", "堃": "kun", "昇": "sheng", "喆": "zhe", "甦": "su"}


@dataclass(frozen=True)
class IndexEntry:
    customer_id: str
    number: str
    name: str
    phones: tuple[str, ...] = ()  # E.164
    card_no: str = ""
    id_number: str = ""
    tags: tuple[str, ...] = ()
    confidentiality: str = "normal"


@dataclass(frozen=True)
class SearchHit:
    customer_id: str
    score: int  # higher is better: SCORES[tier]
    matched: str  # which kind of value matched: "card", "phone", "name", "pinyin", ...


class EntryKeys(NamedTuple):
    """Everything searchable about one entry, folded once at index time (a tuple: cheap to make)."""

    name: str  # folded
    full_pinyin: tuple[str, ...]  # one per reading variant, e.g. ("danli", "shanli")
    initials: tuple[str, ...]
    phones: tuple[str, ...]  # national digits
    foreign: tuple[str, ...]  # E.164 digits of numbers outside China
    card: str
    number: str
    id_tail: str  # last six characters, upper-case
    tags: tuple[str, ...]


SEP = "\x00"  # joins keys into one string; fold() removes it from every key
FOLD_TABLE = str.maketrans({"\x00": None, "•": "·", "・": "·", "･": "·", "‧": "·", "∙": "·"})


def fold(text: str) -> str:
    """Full-width to ASCII, case-folded, interpunct look-alikes unified: how keys are compared."""
    if text.isascii():
        return text.lower().replace("\x00", "").strip()
    return unicodedata.normalize("NFKC", text).casefold().translate(FOLD_TABLE).strip()


@lru_cache(maxsize=65536)
def char_reading(ch: str) -> str:
    """Pinyin of one Han character without tones ("" if none): cached, lazy_pinyin is slow."""
    if ch in RARE_READINGS:
        return RARE_READINGS[ch]
    reading = lazy_pinyin(ch, style=Style.NORMAL)[0].lower()
    return reading if reading.isascii() and reading.isalpha() else ""


class _Readings(dict[int, str | None]):
    """A str.translate table filled on first sight of each character: pinyin at C speed."""

    def __init__(self, part: Callable[[str], str]) -> None:
        super().__init__()
        self._part = part
        self[0] = SEP  # the column separator survives translation

    def __missing__(self, code: int) -> str | None:
        reading = char_reading(chr(code)) if code >= 0x2E80 else ""
        value = self._part(reading) or None
        self[code] = value
        return value


FULL_READINGS = _Readings(str)
INITIAL_READINGS = _Readings(lambda reading: reading[:1])
# Each syllable capitalised ("ZhangSan"): both the full pinyin and the initials in one pass.
MARKED_READINGS = _Readings(str.capitalize)


def clear_pinyin_cache() -> None:
    """Forget every reading looked up so far (the benchmark measures conversion from cold)."""
    char_reading.cache_clear()
    for table in (FULL_READINGS, INITIAL_READINGS, MARKED_READINGS):
        table.clear()
        table[0] = SEP


_ASCII_ALNUM = re.compile(r"[0-9a-zA-Z]")


def _pinyin_parts(name: str) -> list[str]:
    """Syllables of Han characters and lower-case words of Latin letters; the rest is skipped."""
    parts: list[str] = []
    word = ""
    for ch in name:
        if ch.isascii() and ch.isalnum():
            word += ch.lower()
            continue
        if word:
            parts.append(word)
            word = ""
        reading = FULL_READINGS[ord(ch)]
        if reading:
            parts.append(reading)
    if word:
        parts.append(word)
    return parts


def name_pinyin(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(full pinyin variants, initials variants) of a name; a surname's special reading is added."""
    if _ASCII_ALNUM.search(name):
        parts = _pinyin_parts(name)
        full, initials = "".join(parts), "".join(p[0] for p in parts)
    else:
        full, initials = name.translate(FULL_READINGS), name.translate(INITIAL_READINGS)
    if not full:
        return (), ()
    surname = SURNAME_READINGS.get(name[:1])
    usual = FULL_READINGS[ord(name[0])] or ""
    if surname and usual and surname != usual:
        return (full, surname + full[len(usual) :]), tuple(
            dict.fromkeys((initials, surname[0] + initials[1:]))
        )
    return (full,), (initials,)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def foreign_digits(phones: Iterable[str]) -> tuple[str, ...]:
    """E.164 digits of numbers outside China: "+852 9123 4567" is typed with its country code."""
    return tuple(_digits(p) for p in phones if not p.startswith("+86"))


def id_tail_key(folded_id: str) -> str:
    """The last six characters of an ID longer than six: the only part of it the search sees."""
    return folded_id.upper()[-6:] if len(folded_id) > 6 else ""


def entry_keys(entry: IndexEntry) -> EntryKeys:
    name = fold(entry.name)
    full, initials = name_pinyin(name)
    return EntryKeys(
        name,
        full,
        initials,
        tuple(phone_digits(p) for p in entry.phones),
        foreign_digits(entry.phones),
        fold(entry.card_no),
        fold(entry.number),
        id_tail_key(fold(entry.id_number)),
        tuple(fold(t) for t in entry.tags),
    )


@dataclass(frozen=True)
class Query:
    text: str  # folded
    pinyin: str  # letters only, "" if the query is not pinyin-like
    digits: str  # phone-like digits with +86/0086 removed, "" if the query has letters
    id_tail: str  # "" unless 4-6 digits (the last may be X)


def parse_query(raw: str) -> Query:
    text = fold(raw)
    compact = "".join(ch for ch in text if ch not in " '-·").replace("ü", "v")
    pinyin = compact if compact.isascii() and compact.isalpha() else ""
    digits = ""
    phone_like = text.replace("+", "").replace("(", "").replace(")", "")
    if phone_like and all(ch.isdigit() or ch in " -" for ch in phone_like):
        digits = _digits(phone_like)
        if text.startswith(("+86", "(+86)")) or (len(digits) == 13 and digits[:3] == "861"):
            digits = digits[2:]
        elif text.startswith("0086") and len(digits) > 4:
            digits = digits[4:]
    tail = compact.upper()
    id_tail = (
        tail if 4 <= len(tail) <= 6 and tail[:-1].isdigit() and tail[-1] in "0123456789X" else ""
    )
    return Query(text=text, pinyin=pinyin, digits=digits, id_tail=id_tail)


def match_entry(keys: EntryKeys, q: Query) -> tuple[int, str] | None:
    """The best (tier, matched kind) of one entry for a query, or None: the ranking's definition."""
    t = q.text
    if not t:
        return None
    if t == keys.card and keys.card:
        return TIER_EXACT, "card"
    if q.digits and (q.digits in keys.phones or q.digits in keys.foreign):
        return TIER_EXACT, "phone"
    if t == keys.number:
        return TIER_EXACT, "number"
    if t == keys.name:
        return TIER_NAME_EXACT, "name"
    if keys.name.startswith(t):
        return TIER_NAME_PREFIX, "name"
    p = q.pinyin
    if p and p in keys.initials:
        return TIER_INITIALS_EXACT, "initials"
    if p and any(i.startswith(p) for i in keys.initials):
        return TIER_INITIALS_PREFIX, "initials"
    if p and any(f.startswith(p) for f in keys.full_pinyin):
        return TIER_PINYIN_PREFIX, "pinyin"
    if t in keys.tags:
        return TIER_KEY, "tag"
    if keys.card.startswith(t) and keys.card:
        return TIER_KEY, "card"
    if keys.number.startswith(t):
        return TIER_KEY, "number"
    phone_part = q.digits if len(q.digits) >= MIN_PHONE_PART else ""
    if phone_part and any(p.endswith(phone_part) for p in keys.phones):
        return TIER_KEY, "phone"  # "尾号": the last digits of a phone
    if q.id_tail and keys.id_tail.endswith(q.id_tail):
        return TIER_KEY, "id_tail"
    if t in keys.name:
        return TIER_SUBSTRING, "name"
    if phone_part and any(phone_part in p for p in keys.phones):
        return TIER_SUBSTRING, "phone"
    return None
