"""Age bands, gender and district of the live customers, counted from the attributes the person
cache keeps decrypted until the desk locks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

AGE_BANDS = ((0, 17, "<18"), (18, 29, "18-29"), (30, 39, "30-39"), (40, 49, "40-49"),
             (50, 59, "50-59"), (60, 200, "60+"))  # fmt: skip
UNKNOWN = "未知"
_HAN = "[\u4e00-\u9fff]"
# Province and prefecture-level city in front of the district: 江苏省苏州市, 上海市, 北京
_PREFIX = re.compile(
    rf"^(?:{_HAN}{{2,7}}?(?:省|自治区))?(?:北京|上海|天津|重庆)?市?(?:{_HAN}{{2,4}}?市)?"
)
# The district: 静安区, 浦东新区, 昆山县, or a county-level city (昆山市)
_DISTRICT = re.compile(rf"^({_HAN}{{1,6}}?(?:新区|区|县|旗)|{_HAN}{{2,4}}?市)")


@dataclass(frozen=True)
class Person:
    """What the analysis and the birthday list need of one customer's sealed fields."""

    birthday: date | None
    gender: str
    district: str


@dataclass(frozen=True)
class Demographics:
    age_bands: list[tuple[str, int]]
    gender: list[tuple[str, int]]
    district: list[tuple[str, int]]


def district_of(address: str) -> str:
    """ "上海市静安区南京西路1号" -> "静安区"; unknown when no district can be read."""
    rest = _PREFIX.sub("", address.strip(), count=1)
    match = _DISTRICT.match(rest)
    return match.group(1) if match else UNKNOWN


def age_band(born: date, on: date) -> str:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def gather_demographics(people: Iterable[Person], on: date) -> Demographics:
    """Counted from the decrypted attributes (person_cache.py), no database read here."""
    rows = list(people)
    births = Counter(map(attrgetter("birthday"), rows))  # counted in C: 100,000 people
    genders = _named(Counter(map(attrgetter("gender"), rows)))
    districts = _named(Counter(map(attrgetter("district"), rows)))
    ages: Counter[str] = Counter()
    for born, n in births.items():  # ~25,000 distinct days
        ages[age_band(born, on) if born else UNKNOWN] += n
    bands = [label for _low, _high, label in AGE_BANDS] + [UNKNOWN]
    return Demographics(
        age_bands=[(b, ages[b]) for b in bands if ages[b]],
        gender=sorted(genders.items(), key=lambda kv: -kv[1]),
        district=_top(districts, 10),
    )


def _named(counts: Counter[str]) -> Counter[str]:
    """Empty values counted as unknown, in the order each first appeared."""
    named: Counter[str] = Counter()
    for value, n in counts.items():
        named[value or UNKNOWN] += n
    return named


def _top(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The n largest, the rest summed as 其他 so the chart stays readable."""
    ranked = counts.most_common()
    head, rest = ranked[:n], ranked[n:]
    return head + ([("其他", sum(v for _k, v in rest))] if rest else [])
