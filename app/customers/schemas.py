"""Plain data in and out of the customer service (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str = ""
    gender: str = ""  # "male" / "female" / ""
    birthday: date | None = None
    notes: str = ""
    value_tier: str = "regular"
    activity: str = "potential"


@dataclass(frozen=True)
class CustomerRecord:
    id: str
    number: str
    name: str
    phone: str
    gender: str
    birthday: date | None
    notes: str
    value_tier: str
    activity: str
