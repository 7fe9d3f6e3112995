"""What the care room shows and takes: plain frozen records, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.reminders.board import DueItem


class TaskKind(StrEnum):
    BIRTHDAY = "birthday"  # the birthday benefit given
    GREETING = "greeting"  # a holiday greeting sent
    FOLLOW_UP = "follow_up"  # a follow-up call after a purchase, complaint, repair or per tier
    WIN_BACK = "win_back"  # a call to a dormant customer


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class SurveySource(StrEnum):
    DESK = "desk"
    COMPLAINT = "complaint"
    REPAIR = "repair"


@dataclass(frozen=True)
class BirthdayItem:
    customer_id: str
    number: str
    name: str
    phone: str
    birthday: date  # this year's date of the birthday
    turning: int | None  # age reached, when the year of birth is known
    card_no: str  # "" = not a member
    tier_name: str
    benefit: str  # the tier's birthday benefit to give
    benefit_given: bool
    may_greet: bool  # marketing consent: may receive a greeting message


@dataclass(frozen=True)
class CareTaskRecord:
    id: str
    customer_id: str
    number: str
    name: str
    phone: str
    kind: str
    occasion: str
    source: str
    source_id: str
    due_on: str
    state: str
    note: str = ""
    result: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class WinBackItem:
    customer_id: str
    number: str
    name: str
    phone: str
    value_tier: str
    last_active_on: str


@dataclass(frozen=True)
class GreetingOccasion:
    greeting_day_id: int
    name: str
    on: date
    greeting: str


@dataclass(frozen=True)
class GreetingTarget:
    customer_id: str
    number: str
    name: str
    phone: str
    greeting: str


@dataclass(frozen=True)
class CareToday:
    day: date
    birthdays_today: list[BirthdayItem]
    birthdays_week: list[BirthdayItem]
    follow_ups: list[CareTaskRecord]
    win_back: list[WinBackItem]
    greetings: list[GreetingOccasion]
    overdue: list[DueItem] = field(default_factory=list)


@dataclass(frozen=True)
class TaskOutcome:
    result: str
    next_step: str = ""
    next_due_on: date | None = None  # a further call on this day
    skipped: bool = False


@dataclass(frozen=True)
class SatisfactionInput:
    source: str = SurveySource.DESK
    source_id: str = ""
    customer_id: str | None = None
    csat: int | None = None  # 1-5
    nps: int | None = None  # 0-10
    comment: str = ""


@dataclass(frozen=True)
class SatisfactionMonth:
    month: str
    answers: int
    csat_count: int
    csat_average: float | None
    nps_count: int
    promoters: int  # 9-10
    passives: int  # 7-8
    detractors: int  # 0-6
    nps: float | None  # % promoters - % detractors
    comments: list[str]


@dataclass(frozen=True)
class ClassOverrideInput:
    customer_id: str
    value_tier: str = ""  # "" = computed
    activity: str = ""
    reason: str = ""
