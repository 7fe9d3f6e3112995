"""Plain data in and out of the check-in services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.errors import DomainError


@dataclass(frozen=True)
class Alert:
    """One thing the desk should know before letting the member in; `rule` is allow/warn/deny."""

    code: str  # card_expired, birthday_week, recent_visit, missing_photo, ...
    rule: str
    detail: str = ""  # e.g. the birthday benefit to offer, or the last check-in time


@dataclass(frozen=True)
class MemberSummary:
    customer_id: str
    customer_number: str
    name: str
    has_photo: bool
    card_no: str
    tier_code: str
    tier_name: str
    card_state: str
    valid_until: date | None
    points_balance: int
    alerts: tuple[Alert, ...]

    @property
    def denied(self) -> tuple[Alert, ...]:
        return tuple(a for a in self.alerts if a.rule == "deny")

    @property
    def warnings(self) -> tuple[Alert, ...]:
        return tuple(a for a in self.alerts if a.rule == "warn")


@dataclass(frozen=True)
class VisitInput:
    party_size: int = 1
    purpose: str = ""
    service_area: str = ""
    host_staff_id: int | None = None


@dataclass(frozen=True)
class WalkInInput:
    name: str
    phone: str = ""
    purpose: str = ""
    party_size: int = 1
    service_area: str = ""
    host_staff_id: int | None = None


@dataclass(frozen=True)
class VisitRecord:
    id: str
    day: date
    customer_id: str
    customer_number: str
    name: str
    card_no: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    party_size: int
    purpose: str
    service_area: str
    host: str
    walk_in: bool
    undone: bool
    undo_reason: str


@dataclass(frozen=True)
class CheckInResult:
    summary: MemberSummary
    visit: VisitRecord
    repeated: bool  # a second scan within the minute: the first visit, no new one


class CheckInDenied(DomainError):
    """A Deny rule applies (card frozen, lost, expired...): `code` says which; the summary lets
    the desk show who it is and why."""

    def __init__(self, summary: MemberSummary) -> None:
        first = summary.denied[0]
        super().__init__(f"check-in refused: {first.code}", code=first.code)
        self.summary = summary
