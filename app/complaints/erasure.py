"""What a customer's erasure or merge does to their complaint cards: what may describe the person
(what happened in their words, what they asked for, what was said to them, the follow-up's notes
and the desk's notes) is dropped; the counted facts (number, kind, channel, category, times,
states, deadlines, compensation, satisfaction) and the venue's own findings (plan, investigation,
remedy) stay, so the monthly report does not change."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.complaints.schemas import EventKind
from app.complaints.store import open_json, seal_json
from app.security.keys import VaultKeys
from db.models import Complaint, ComplaintEvent

MERGED_MODELS = (Complaint,)
_KEPT_REPLY = ("method", "staff_id")
_KEPT_FOLLOWUP = ("method", "satisfaction", "staff_id")


def blank_complaint_free_text(session: Session, keys: VaultKeys, customer_id: str) -> None:
    rows = session.scalars(select(Complaint).where(Complaint.customer_id == customer_id))
    for row in rows:
        row.contact = None
        seal_json(keys, row, "summary", {"text": "", "request_note": ""})
        for column, kept in (("reply", _KEPT_REPLY), ("followup", _KEPT_FOLLOWUP)):
            value = open_json(keys, row, column)
            if value:
                seal_json(keys, row, column, {k: v for k, v in value.items() if k in kept})
    cards = select(Complaint.id).where(Complaint.customer_id == customer_id)
    session.execute(
        update(ComplaintEvent)
        .where(ComplaintEvent.complaint_id.in_(cards), ComplaintEvent.kind == EventKind.NOTE)
        .values(note=None)
    )
