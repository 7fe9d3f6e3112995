"""Plain data in and out of the repairs room (never ORM rows). Money is integer fen, quantities
are thousandths (1.5 m = 1500), times are UTC datetimes (aware)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RepairState(StrEnum):
    NEW = "new"
    SCHEDULED = "scheduled"  # a technician is assigned
    IN_PROGRESS = "in_progress"
    WAITING_PARTS = "waiting_parts"
    DONE = "done"  # work finished, waiting for the supervisor's check
    CHECKED = "checked"  # passed the check
    CLOSED = "closed"
    CANCELLED = "cancelled"


OPEN_STATES = frozenset(
    {
        RepairState.NEW,
        RepairState.SCHEDULED,
        RepairState.IN_PROGRESS,
        RepairState.WAITING_PARTS,
        RepairState.DONE,
        RepairState.CHECKED,
    }
)


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    URGENT = "urgent"


class ReportedVia(StrEnum):
    DESK = "desk"
    PHONE = "phone"
    VERBAL = "verbal"  # told to engineering in person


class RepairCategory(StrEnum):
    LOCKER = "locker"
    EQUIPMENT = "equipment"
    ROOM = "room"
    FACILITY = "facility"
    OTHER = "other"


class Specialty(StrEnum):
    ELECTRICAL = "electrical"
    PLUMBING = "plumbing"
    CARPENTRY = "carpentry"  # doors, furniture, lockers
    LOCKS = "locks"
    HVAC = "hvac"
    EQUIPMENT = "equipment"  # fitness and leisure equipment
    GENERAL = "general"  # can be sent to anything


# Which specialties suit which category; GENERAL suits every category.
CATEGORY_SPECIALTIES: dict[str, frozenset[str]] = {
    RepairCategory.LOCKER: frozenset({Specialty.LOCKS, Specialty.CARPENTRY}),
    RepairCategory.EQUIPMENT: frozenset({Specialty.EQUIPMENT, Specialty.ELECTRICAL}),
    RepairCategory.ROOM: frozenset(
        {Specialty.ELECTRICAL, Specialty.PLUMBING, Specialty.CARPENTRY, Specialty.HVAC}
    ),
    RepairCategory.FACILITY: frozenset(
        {Specialty.ELECTRICAL, Specialty.PLUMBING, Specialty.HVAC, Specialty.CARPENTRY}
    ),
    RepairCategory.OTHER: frozenset(),
}


class PhotoStage(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class CheckResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class EventKind(StrEnum):
    STATE = "state"
    DISPATCH = "dispatch"
    ARRIVE = "arrive"
    RESCHEDULE = "reschedule"
    FEE = "fee"
    PHOTO = "photo"
    SIGN = "sign"
    CHECK = "check"
    FOLLOWUP = "followup"


class PrintLayout(StrEnum):
    SHEET = "sheet"  # three parts on one A4 sheet with cut lines
    PAGES = "pages"  # three A4 pages


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class RepairInput:
    """Intake at the desk. The appointment window is what was agreed with the customer."""

    customer_id: str | None  # the requester's customer file; None for the venue's own faults
    category: str  # RepairCategory
    location: str  # place and item, e.g. "3 号更衣室 A-12 柜"
    fault: str  # what is wrong
    appointment_start: datetime
    appointment_end: datetime
    urgency: str = Urgency.NORMAL
    reported_via: str = ReportedVia.DESK


@dataclass(frozen=True)
class DispatchInput:
    technician_id: int
    note: str = ""


@dataclass(frozen=True)
class ArrivalInput:
    """The technician's arrival; a new time agreed with the customer (with the reason) moves the
    window lateness is measured against."""

    arrived_at: datetime
    new_start: datetime | None = None
    new_end: datetime | None = None
    reschedule_reason: str = ""


@dataclass(frozen=True)
class RescheduleInput:
    """A new appointment window agreed with the customer before arrival."""

    new_start: datetime
    new_end: datetime
    reason: str


@dataclass(frozen=True)
class FeeLineInput:
    """One fee: an item of the current fee standard, or (fee_item_id None) an "other" item with
    its own name, unit and price, which needs a manager's approval."""

    fee_item_id: int | None
    quantity_milli: int = 1000
    other_name: str = ""
    other_unit: str = ""
    other_price_fen: int = 0


@dataclass(frozen=True)
class AgreementInput:
    """The fees shown to the customer and the cost limit they accept; beyond the limit the
    technician must ask again. fee_limit_fen 0 means "exactly the total shown"."""

    lines: tuple[FeeLineInput, ...]
    fee_limit_fen: int = 0


@dataclass(frozen=True)
class CompletionInput:
    work_done: str
    parts: tuple[str, ...] = ()  # parts used, one per line, e.g. "门锁 ×1"
    under_warranty: bool = False  # free: the lines stay, the amount is 0


@dataclass(frozen=True)
class SignatureInput:
    """The customer's signature drawn on screen (PNG), or ticked as signed on the paper copy."""

    png: bytes | None = None
    signed_on_paper: bool = False


@dataclass(frozen=True)
class CheckInput:
    passed: bool
    note: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    satisfied: bool
    note: str = ""


@dataclass(frozen=True)
class FeeItemInput:
    """One priced item when a manager publishes a new fee standard."""

    code: str
    name: str
    unit: str
    price_fen: int
    category: str = ""  # RepairCategory or ""


@dataclass(frozen=True)
class TechnicianInput:
    """A new technician (id None) or changes to one."""

    name: str
    specialties: tuple[str, ...]
    staff_id: int | None = None  # their staff account, so reminders reach them
    active: bool = True
    id: int | None = None


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class FeeItemRecord:
    id: int
    code: str
    name: str
    unit: str
    price_fen: int
    category: str


@dataclass(frozen=True)
class FeeStandardRecord:
    id: int
    effective_from: date
    note: str
    created_at: datetime
    items: tuple[FeeItemRecord, ...]


@dataclass(frozen=True)
class TechnicianRecord:
    id: int
    name: str
    specialties: tuple[str, ...]
    staff_id: int | None
    active: bool


@dataclass(frozen=True)
class FeeLineRecord:
    id: int
    fee_item_id: int | None
    name: str
    unit: str
    unit_price_fen: int  # the price of the standard the order was agreed under
    quantity_milli: int
    amount_fen: int
    other: bool
    approved: bool  # an "other" line approved by a manager (always True for standard items)
    agreed: bool


@dataclass(frozen=True)
class RepairEventRecord:
    kind: str  # EventKind
    from_state: str
    to_state: str
    note: str
    staff_name: str
    at: datetime


@dataclass(frozen=True)
class PhotoRecord:
    id: str
    stage: str  # PhotoStage
    filename: str
    created_at: datetime


@dataclass(frozen=True)
class RepairRecord:
    """Everything the order shows and prints."""

    id: str
    number: str
    state: str
    month: str
    reported_at: datetime
    reported_via: str
    category: str
    urgency: str
    location: str
    fault: str
    customer_id: str | None
    customer_number: str
    customer_name: str
    customer_phone: str
    appointment_start: datetime
    appointment_end: datetime
    rescheduled: bool
    reschedule_reason: str
    technician_id: int | None
    technician_name: str
    dispatched_at: datetime | None
    arrived_at: datetime | None
    late: bool | None  # None until the technician arrives
    fee_version_id: int | None
    fee_effective_from: date | None  # the fee standard the prices come from
    fee_limit_fen: int
    fees_agreed_at: datetime | None
    lines: tuple[FeeLineRecord, ...]
    lines_fen: int  # sum of the lines at their prices
    under_warranty: bool
    total_fen: int  # what the customer pays: lines_fen, or 0 under warranty
    work_done: str
    parts: tuple[str, ...]
    finished_at: datetime | None
    has_signature: bool
    signed_on_paper: bool
    signed_at: datetime | None
    check_result: str  # "", pass, fail (the latest check)
    check_note: str
    checked_by_name: str
    checked_at: datetime | None
    check_failures: int
    closed_at: datetime | None
    cancel_reason: str
    followup_drawn_month: str | None
    followup_satisfied: bool | None
    followup_note: str
    followup_at: datetime | None
    created_by_name: str
    events: tuple[RepairEventRecord, ...] = ()
    photos: tuple[PhotoRecord, ...] = ()


@dataclass(frozen=True)
class RepairRow:
    """One line of the repairs list."""

    id: str
    number: str
    state: str
    reported_at: datetime
    category: str
    urgency: str
    location: str
    customer_name: str
    technician_name: str
    appointment_start: datetime
    appointment_end: datetime
    late: bool | None
    total_fen: int


@dataclass(frozen=True)
class RepairSettings:
    """Kept in venue_settings under "repairs."."""

    print_layout: str = PrintLayout.SHEET
    followup_share_pct: int = 20  # share of the month's closed orders drawn for a follow-up call
    late_grace_minutes: int = 10  # late = arrival more than this after the window's end
    remind_before_minutes: int = 60  # "appointment coming up" reminder
    number_prefix: str = "WX"  # WX-YYYYMM-0001
