"""Plain values of the complaints room: codes, what a dialog hands in, what the card shows.

Codes stay English; the UI words them. Categories and departments are venue-editable lists: the
built-in entries are codes (DEFAULT_CATEGORIES / DEFAULT_DEPARTMENTS, worded by the UI), entries a
venue adds are shown as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Kind(StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class Channel(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    SUGGESTION_BOX = "suggestion_box"
    ONLINE_REVIEW = "online_review"
    LETTER = "letter"


class State(StrEnum):
    RECEIVED = "received"
    INVESTIGATING = "investigating"
    HANDLING = "handling"
    WAITING_CUSTOMER = "waiting_customer"
    REPLIED = "replied"
    FOLLOWING_UP = "following_up"
    CLOSED = "closed"
    REOPENED = "reopened"


OPEN_STATES = frozenset(State) - {State.CLOSED, State.FOLLOWING_UP}


class Severity(StrEnum):
    NORMAL = "normal"
    MAJOR = "major"


class Request(StrEnum):
    """What the customer asks for."""

    APOLOGY = "apology"
    REFUND = "refund"
    COMPENSATION = "compensation"
    REPAIR = "repair"
    EXCHANGE = "exchange"
    EXPLANATION = "explanation"


class MajorReason(StrEnum):
    REPEAT = "repeat"  # a repeated complaint
    MEDIA = "media"  # threat to go to the media or the authorities
    INJURY = "injury"  # injury or safety
    MANAGER = "manager"  # a manager's judgement


class ReplyMethod(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    LETTER = "letter"
    SMS = "sms"
    ONLINE = "online"


class FollowUpMethod(StrEnum):
    CALL = "call"
    VISIT = "visit"


class Deadline(StrEnum):
    FIRST_RESPONSE = "first_response"
    PLAN = "plan"  # major complaints only
    CLOSE = "close"
    PROMISED_REPLY = "promised_reply"  # the reply time promised to the customer
    FOLLOW_UP = "followup"  # the follow-up call/visit after closing (due day, not measured)


class DeadlineState(StrEnum):
    OPEN = "open"  # running, not yet met
    PAUSED = "paused"  # the card waits on the customer
    OVERDUE = "overdue"  # not met, past due
    MET = "met"  # met on time
    LATE = "late"  # met after it was due


class ClockMode(StrEnum):
    CALENDAR = "calendar"  # every hour counts
    BUSINESS = "business"  # only business hours on working days, holidays excluded


class EventKind(StrEnum):
    STATE = "state"
    NOTE = "note"
    ASSIGN = "assign"
    APPROVE = "approve"
    MAJOR = "major"  # the card became major; note = the reason codes
    RECORD = "record"  # a section was written; note = plan/investigation/remedy/reply/followup


DEFAULT_CATEGORIES: tuple[str, ...] = (
    "service_attitude",
    "facilities",
    "hygiene",
    "price_billing",
    "safety",
    "staff_conduct",
    "other",
)
DEFAULT_DEPARTMENTS: tuple[str, ...] = (
    "front_desk",
    "housekeeping",
    "food_beverage",
    "recreation",
    "engineering",
    "security",
    "finance",
    "other",
)


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class ComplaintInput:
    """The intake part of the card. Complainant: customer_id, or contact_name (+ phone), or
    anonymous=True. received_at None = now. staff_concerned_name is used when the person is
    not a staff account (otherwise the account's display name is kept)."""

    kind: str = Kind.COMPLAINT
    channel: str = ""
    category: str = ""
    summary: str = ""  # what happened
    received_at: datetime | None = None
    customer_id: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    anonymous: bool = False
    requests: tuple[str, ...] = ()  # Request codes
    request_note: str = ""  # the customer's own words about what they ask for
    department: str = ""
    staff_concerned_id: int | None = None
    staff_concerned_name: str = ""
    severity: str = Severity.NORMAL
    major_reasons: tuple[str, ...] = ()  # MajorReason codes, required when severity is major
    promised_reply_at: datetime | None = None  # required for a complaint unless anonymous
    handler_id: int | None = None


@dataclass(frozen=True)
class PlanInput:
    """The handling plan a major complaint needs within plan_hours."""

    text: str


@dataclass(frozen=True)
class InvestigationInput:
    """The investigation report; also what ComplaintRecord.investigation holds."""

    cause: str = ""
    facts: str = ""  # what happened, as found
    responsible: str = ""  # the responsible person
    conclusion: str = ""
    corrective_action: str = ""
    preventive_action: str = ""


@dataclass(frozen=True)
class RemedyInput:
    """The remedy decided; compensation above the limit waits for approve_compensation."""

    decision: str
    compensation_fen: int = 0


@dataclass(frozen=True)
class ReplyInput:
    """The reply to the customer: how, when (None = now), what was said, and how satisfied
    the customer is (1-5, None = not said); below settings.satisfied_min reopens the card."""

    method: str
    content: str
    replied_at: datetime | None = None
    satisfaction: int | None = None


@dataclass(frozen=True)
class FollowUpInput:
    """The follow-up call or visit after closing, and its result."""

    method: str
    result: str
    at: datetime | None = None
    satisfaction: int | None = None


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class ReplyRecord:
    method: str
    content: str
    replied_at: datetime
    staff_name: str


@dataclass(frozen=True)
class FollowUpRecord:
    method: str
    result: str
    at: datetime
    satisfaction: int | None
    staff_name: str


@dataclass(frozen=True)
class DeadlineStatus:
    """One deadline of a card. due_at already includes the paused time; while paused it is
    where the deadline would fall if the clock restarted now."""

    deadline: str  # Deadline code
    starts_at: datetime
    due_at: datetime
    met_at: datetime | None
    state: str  # DeadlineState code
    used_percent: int  # working time used of the allowance, paused time excluded
    paused_seconds: int  # working seconds the card waited on the customer in this window


@dataclass(frozen=True)
class ComplaintEventRecord:
    kind: str  # EventKind code
    from_state: str
    to_state: str
    note: str
    staff_id: int | None
    staff_name: str
    at: datetime


@dataclass(frozen=True)
class ComplaintRecord:
    """Everything the card shows and prints."""

    id: str
    number: str
    kind: str
    channel: str
    category: str
    received_at: datetime
    month: str
    customer_id: str | None
    customer_name: str  # from the customer file, or the new contact's name; "" if anonymous
    contact_phone: str  # E.164, "" if none
    anonymous: bool
    summary: str
    requests: tuple[str, ...]
    request_note: str
    department: str
    staff_concerned_id: int | None
    staff_concerned_name: str
    severity: str
    major_reasons: tuple[str, ...]
    promised_reply_at: datetime | None
    handler_id: int | None
    handler_name: str
    state: str
    first_response_at: datetime | None
    plan: str
    plan_at: datetime | None
    investigation: InvestigationInput | None
    investigated_at: datetime | None
    remedy: str
    compensation_fen: int
    compensation_needs_approval: bool  # above the limit and not yet approved
    compensation_approved_by: str  # approving manager's name
    reply: ReplyRecord | None
    satisfaction: int | None
    followup_due_on: str | None  # YYYY-MM-DD
    followup: FollowUpRecord | None
    closed_at: datetime | None
    reopen_count: int
    paused_seconds: int  # total clock seconds waited on the customer, incl. a running pause
    paused_since: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    deadlines: tuple[DeadlineStatus, ...]
    events: tuple[ComplaintEventRecord, ...]

    @property
    def is_major(self) -> bool:
        return self.severity == Severity.MAJOR

    @property
    def paused(self) -> bool:
        return self.paused_since is not None


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaints list."""

    id: str
    number: str
    kind: str
    channel: str
    category: str
    received_at: datetime
    state: str
    severity: str
    department: str
    complainant: str  # customer or contact name, "" if anonymous
    handler_name: str
    next_deadline: str  # Deadline code of the earliest unmet deadline, "" if none
    next_due_at: datetime | None
    overdue: bool
    paused: bool
    reopen_count: int
    satisfaction: int | None


@dataclass(frozen=True)
class HandlerOption:
    """Someone a card may be assigned to."""

    staff_id: int
    display_name: str
    role: str


@dataclass(frozen=True)
class ComplaintSettings:
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    departments: tuple[str, ...] = DEFAULT_DEPARTMENTS
    first_response_hours: int = 24
    close_days: int = 7
    plan_hours: int = 24  # major complaints
    clock_mode: str = ClockMode.CALENDAR
    business_start: str = "09:00"  # HH:MM, business mode
    business_end: str = "18:00"
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    holidays: tuple[str, ...] = ()  # YYYY-MM-DD, business mode
    compensation_limit_fen: int = 50_000  # above this a manager approves
    followup_after_days: int = 3  # 0 = no follow-up, closing closes
    satisfied_min: int = 3  # satisfaction below this reopens the card
