"""Complaint rows turned into the records the rooms show: the whole card, a list line, the
complainant's name and the history with who and when."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.complaints.schemas import (
    ComplaintEventRecord,
    ComplaintRecord,
    ComplaintRow,
    ComplaintSettings,
    DeadlineState,
    FollowUpRecord,
    InvestigationInput,
    ReplyRecord,
)
from app.complaints.store import (
    EVENTS,
    deadlines_of,
    events_of,
    open_json,
    open_text,
    paused_total,
    unmet,
)
from app.customers.store import open_values
from app.members.store import unseal
from app.security.keys import VaultKeys
from db.models import Complaint, ComplaintEvent, Customer, Staff


def staff_names(session: Session) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(Staff.id, Staff.display_name))}


def complainant(keys: VaultKeys, session: Session, row: Complaint) -> tuple[str, str]:
    """(name, phone): the customer file's, or the new contact's; anonymous gives ("", "")."""
    if row.customer_id:
        customer = session.get(Customer, row.customer_id)
        if customer is not None:
            values = open_values(keys, customer, ("name", "phone"))
            return values["name"], values["phone"]
    contact = open_json(keys, row, "contact")
    return str(contact.get("name", "")), str(contact.get("phone", ""))


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(",") if c)


def _event(keys: VaultKeys, e: ComplaintEvent, names: dict[int, str]) -> ComplaintEventRecord:
    note = unseal(keys, EVENTS, "note", e.id, e.note)
    name = names.get(e.staff_id, "") if e.staff_id is not None else ""
    return ComplaintEventRecord(e.kind, e.from_state, e.to_state, note, e.staff_id, name, e.at)


def to_record(
    session: Session,
    keys: VaultKeys,
    row: Complaint,
    settings: ComplaintSettings,
    now: datetime,
) -> ComplaintRecord:
    names = staff_names(session)
    events = events_of(session, row.id)
    name, phone = complainant(keys, session, row)
    summary = open_json(keys, row, "summary")
    inv = open_json(keys, row, "investigation")
    reply, followup = open_json(keys, row, "reply"), open_json(keys, row, "followup")

    def who(staff_id: object) -> str:
        return names.get(staff_id, "") if isinstance(staff_id, int) else ""

    return ComplaintRecord(
        id=row.id,
        number=row.number,
        kind=row.kind,
        channel=row.channel,
        category=row.category,
        received_at=row.received_at,
        month=row.month,
        customer_id=row.customer_id,
        customer_name=name,
        contact_phone=phone,
        anonymous=row.anonymous,
        summary=str(summary.get("text", "")),
        requests=_codes(row.requests),
        request_note=str(summary.get("request_note", "")),
        department=row.department,
        staff_concerned_id=row.staff_concerned_id,
        staff_concerned_name=open_text(keys, row, "staff_concerned_name"),
        severity=row.severity,
        major_reasons=_codes(row.major_reasons),
        promised_reply_at=row.promised_reply_at,
        handler_id=row.handler_id,
        handler_name=who(row.handler_id),
        state=row.state,
        first_response_at=row.first_response_at,
        plan=open_text(keys, row, "plan"),
        plan_at=row.plan_at,
        investigation=InvestigationInput(
            **{f.name: str(inv.get(f.name, "")) for f in fields(InvestigationInput)}
        )
        if inv
        else None,
        investigated_at=row.investigated_at,
        remedy=str(open_json(keys, row, "remedy").get("decision", "")),
        compensation_fen=row.compensation_fen,
        compensation_needs_approval=needs_approval(row, settings),
        compensation_approved_by=who(row.compensation_approved_by),
        reply=ReplyRecord(
            str(reply.get("method", "")),
            str(reply.get("content", "")),
            row.replied_at,
            who(reply.get("staff_id")),
        )
        if reply and row.replied_at
        else None,
        satisfaction=row.satisfaction,
        followup_due_on=row.followup_due_on,
        followup=FollowUpRecord(
            str(followup.get("method", "")),
            str(followup.get("result", "")),
            row.followup_at,
            followup.get("satisfaction"),
            who(followup.get("staff_id")),
        )
        if followup and row.followup_at
        else None,
        closed_at=row.closed_at,
        reopen_count=row.reopen_count,
        paused_seconds=paused_total(row, now),
        paused_since=row.paused_since,
        created_by=who(row.created_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deadlines=deadlines_of(row, events, settings, now),
        events=tuple(_event(keys, e, names) for e in events),
    )


def needs_approval(row: Complaint, settings: ComplaintSettings) -> bool:
    return row.compensation_fen > settings.compensation_limit_fen and (
        row.compensation_approved_by is None
    )


def to_row(
    session: Session,
    keys: VaultKeys,
    row: Complaint,
    settings: ComplaintSettings,
    now: datetime,
    names: dict[int, str],
    events: list[ComplaintEvent],
) -> ComplaintRow:
    waiting = unmet(deadlines_of(row, events, settings, now))
    first = waiting[0] if waiting else None
    return ComplaintRow(
        id=row.id,
        number=row.number,
        kind=row.kind,
        channel=row.channel,
        category=row.category,
        received_at=row.received_at,
        state=row.state,
        severity=row.severity,
        department=row.department,
        complainant=complainant(keys, session, row)[0],
        handler_name=names.get(row.handler_id, "") if row.handler_id is not None else "",
        next_deadline=first.deadline if first else "",
        next_due_at=first.due_at if first else None,
        overdue=any(d.state == DeadlineState.OVERDUE for d in waiting),
        paused=row.paused_since is not None,
        reopen_count=row.reopen_count,
        satisfaction=row.satisfaction,
    )
