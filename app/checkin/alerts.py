"""The check-in alerts, each under the venue's rule (allow / warn / deny). Pure: the service
gathers the facts, this decides what the desk sees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from app.checkin.schemas import Alert
from app.members.settings import MemberSettings

Hook = Callable[[str], bool]  # customer id -> the condition holds
# The same asked by another room inside the check-in's own transaction (a second connection
# would wait on the check-in's write lock).
SessionHook = Callable[[Session, str], bool]


def no_session_hook(_session: Session, _customer_id: str) -> bool:
    return False


def no_hook(_customer_id: str) -> bool:
    """Until the complaints and lending rooms exist nothing is open or overdue."""
    return False


@dataclass(frozen=True)
class Facts:
    customer_id: str
    card_state: str  # "" for a customer without a card
    birthday: date | None
    has_photo: bool
    last_visit_at: datetime | None
    birthday_benefit: str = ""


def birthday_in(birthday: date, first: date, last: date) -> bool:
    """Whether the birthday falls between two days (29 Feb counts as 28 Feb in other years)."""
    for year in {first.year, last.year}:
        try:
            day = birthday.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if first <= day <= last:
            return True
    return False


def evaluate(
    facts: Facts,
    settings: MemberSettings,
    now: datetime,
    *,
    open_complaint: Hook = no_hook,
    overdue_item: Hook = no_hook,
) -> tuple[Alert, ...]:
    today = now.astimezone().date()
    found: list[tuple[str, str]] = []
    if facts.card_state in ("expired", "frozen", "lost", "cancelled"):
        found.append((f"card_{facts.card_state}", ""))
    if facts.birthday is not None:
        monday = today - timedelta(days=today.weekday())
        if birthday_in(facts.birthday, today, today):
            found.append(("birthday_today", facts.birthday_benefit))
        elif birthday_in(facts.birthday, monday, monday + timedelta(days=6)):
            found.append(("birthday_week", facts.birthday_benefit))
    if open_complaint(facts.customer_id):
        found.append(("open_complaint", ""))
    if overdue_item(facts.customer_id):
        found.append(("overdue_item", ""))
    recent = now - timedelta(hours=settings.recent_visit_hours)
    if facts.last_visit_at is not None and facts.last_visit_at >= recent:
        found.append(("recent_visit", facts.last_visit_at.astimezone().strftime("%H:%M")))
    if not facts.has_photo:
        found.append(("missing_photo", ""))
    return tuple(Alert(code, settings.rule(code), detail) for code, detail in found)
