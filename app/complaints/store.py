"""Complaint rows in the database: numbers, sealed JSON sections, the history events, the
pauses read from the state events and each card's deadlines (records.py turns rows into what the
rooms show)."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.complaints.deadlines import Pause, WorkingClock, measure
from app.complaints.schemas import (
    OPEN_STATES,
    ComplaintSettings,
    Deadline,
    DeadlineState,
    DeadlineStatus,
    EventKind,
    Kind,
    Severity,
    State,
)
from app.errors import ValidationError
from app.members.store import local_today, new_id, seal, unseal
from app.security.keys import VaultKeys
from db.models import Complaint, ComplaintEvent

TABLE = "complaints"
EVENTS = "complaint_events"
NUMBER_PREFIX = "TS-"
HOUR = 3600
CHUNK = 500
_EVENT_SEQ = itertools.count()


def local_month(at: datetime) -> str:
    return local_today(at).strftime("%Y-%m")


def next_number(session: Session, month: str) -> str:
    """TS-YYYYMM-0001: the month's next number, from the highest one stored."""
    stem = f"{NUMBER_PREFIX}{month.replace('-', '')}-"
    last = session.scalar(
        select(func.max(Complaint.number)).where(
            Complaint.number > stem, Complaint.number < stem + "~"
        )
    )
    return f"{stem}{int(last[len(stem) :]) + 1 if last else 1:04d}"


def has_open_complaint(session: Session, customer_id: str) -> bool:
    """The customer has a complaint card not yet closed (the check-in alert), inside the
    caller's transaction."""
    found = session.scalar(
        select(Complaint.id).where(
            Complaint.customer_id == customer_id,
            Complaint.kind == Kind.COMPLAINT,
            Complaint.state.in_([str(x) for x in OPEN_STATES]),
        )
    )
    return found is not None


def by_number(session: Session, number: str) -> Complaint:
    row = session.scalar(select(Complaint).where(Complaint.number == number.strip()))
    if row is None:
        raise ValidationError("number", "not_found", number)
    return row


def by_id(session: Session, complaint_id: str) -> Complaint:
    row = session.get(Complaint, complaint_id)
    if row is None:
        raise ValidationError("complaint_id", "not_found", complaint_id)
    return row


def seal_json(keys: VaultKeys, row: Complaint, column: str, value: dict[str, Any]) -> None:
    text = json.dumps(value, ensure_ascii=False)
    setattr(row, column, seal(keys, TABLE, column, row.id, text))


def open_json(keys: VaultKeys, row: Complaint, column: str) -> dict[str, Any]:
    text = unseal(keys, TABLE, column, row.id, getattr(row, column))
    return dict(json.loads(text)) if text else {}


def open_text(keys: VaultKeys, row: Complaint, column: str) -> str:
    return unseal(keys, TABLE, column, row.id, getattr(row, column))


def event_id_now() -> str:
    """Ids that sort in the order events were written, so events of the same moment (one
    step writes several) read back in order without any database-specific row number."""
    return f"{time.time_ns():019d}{next(_EVENT_SEQ) % 100_000:05d}{new_id()[:8]}"


def add_event(
    session: Session,
    keys: VaultKeys,
    row: Complaint,
    kind: str,
    staff_id: int | None,
    at: datetime,
    *,
    to_state: str = "",
    note: str = "",
) -> None:
    """One line of the card's history; a state event moves the card."""
    event_id = event_id_now()
    session.add(
        ComplaintEvent(
            id=event_id,
            complaint_id=row.id,
            key_id=keys.active_key_id,
            kind=kind,
            from_state=row.state if to_state else "",
            to_state=to_state,
            note=seal(keys, EVENTS, "note", event_id, note),
            staff_id=staff_id,
            at=at,
        )
    )
    if to_state:
        row.state = to_state
    row.updated_at = at


def events_of(session: Session, complaint_id: str) -> list[ComplaintEvent]:
    query = select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id)
    return list(session.scalars(query.order_by(ComplaintEvent.at, ComplaintEvent.id)))


def events_by_card(session: Session, card_ids: list[str]) -> dict[str, list[ComplaintEvent]]:
    """The events of many cards at once, in order, for lists (one query per 500 cards)."""
    out: dict[str, list[ComplaintEvent]] = {i: [] for i in card_ids}
    for start in range(0, len(card_ids), CHUNK):
        query = select(ComplaintEvent).where(
            ComplaintEvent.complaint_id.in_(card_ids[start : start + CHUNK])
        )
        for e in session.scalars(query.order_by(ComplaintEvent.at, ComplaintEvent.id)):
            out[e.complaint_id].append(e)
    return out


def pauses_of(events: list[ComplaintEvent], now: datetime) -> tuple[Pause, ...]:
    """The waits on the customer, from the state events; a running wait ends now."""
    pauses, since = [], None
    for e in events:
        if e.kind != EventKind.STATE:
            continue
        if e.to_state == State.WAITING_CUSTOMER and since is None:
            since = e.at
        elif e.from_state == State.WAITING_CUSTOMER and since is not None:
            pauses.append(Pause(since, e.at))
            since = None
    if since is not None:
        pauses.append(Pause(since, max(now, since)))
    return tuple(pauses)


def major_since(row: Complaint, events: list[ComplaintEvent]) -> datetime:
    marks = [e.at for e in events if e.kind == EventKind.MAJOR]
    return min(marks) if marks else row.received_at


@dataclass(frozen=True)
class _Spec:
    deadline: str
    start: datetime
    allowance: int
    met_at: datetime | None
    pausable: bool = True


def _specs(
    row: Complaint, events: list[ComplaintEvent], settings: ComplaintSettings, clock: WorkingClock
) -> list[_Spec]:
    if row.kind == Kind.PRAISE:
        return []
    specs = [
        _Spec(
            Deadline.FIRST_RESPONSE,
            row.received_at,
            settings.first_response_hours * HOUR,
            row.first_response_at,
        )
    ]
    if row.severity == Severity.MAJOR:
        specs.append(
            _Spec(Deadline.PLAN, major_since(row, events), settings.plan_hours * HOUR, row.plan_at)
        )
    if row.promised_reply_at is not None:
        promised = int((row.promised_reply_at - row.received_at).total_seconds())
        specs.append(
            _Spec(Deadline.PROMISED_REPLY, row.received_at, promised, row.replied_at, False)
        )
    close = settings.close_days * clock.day_seconds()
    specs.append(_Spec(Deadline.CLOSE, row.received_at, close, row.closed_at))
    return specs


def deadlines_of(
    row: Complaint,
    events: list[ComplaintEvent],
    settings: ComplaintSettings,
    now: datetime,
    clock: WorkingClock | None = None,
) -> tuple[DeadlineStatus, ...]:
    clock = clock or WorkingClock.from_settings(settings)
    calendar = WorkingClock()
    pauses = pauses_of(events, now)
    out = []
    for spec in _specs(row, events, settings, clock):
        m = measure(
            spec.start,
            spec.allowance,
            spec.met_at,
            pauses if spec.pausable else (),
            now,
            clock if spec.pausable else calendar,
            paused_now=spec.pausable and row.paused_since is not None,
        )
        out.append(
            DeadlineStatus(
                spec.deadline,
                spec.start,
                m.due_at,
                spec.met_at,
                m.state,
                m.used_percent,
                m.paused_seconds,
            )
        )
    return tuple(out)


def unmet(deadlines: tuple[DeadlineStatus, ...]) -> list[DeadlineStatus]:
    waiting = (DeadlineState.OPEN, DeadlineState.OVERDUE, DeadlineState.PAUSED)
    return sorted((d for d in deadlines if d.state in waiting), key=lambda d: d.due_at)


def paused_total(row: Complaint, now: datetime) -> int:
    running = int((now - row.paused_since).total_seconds()) if row.paused_since else 0
    return row.paused_seconds + max(running, 0)
