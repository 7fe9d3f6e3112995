"""Whether a 机密/绝密 customer file may be opened now, and on what basis: an approved access
request of that person, still in force. Nobody has a standing right (the venue's rule: every
look at a confidential file is on an approved request). The customer service asks this on every
opening and writes the request into the audit row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.security.audit import Actor
from db.models import FileAccessRequest

APPROVED = "approved"
BASIS_REQUEST = "request"


def active_request(
    session: Session, staff_id: int | None, customer_id: str, now: datetime
) -> FileAccessRequest | None:
    """The approved request of this person for this file whose time has not run out."""
    if staff_id is None:
        return None
    return session.scalar(
        select(FileAccessRequest)
        .where(
            FileAccessRequest.customer_id == customer_id,
            FileAccessRequest.requested_by == staff_id,
            FileAccessRequest.state == APPROVED,
            FileAccessRequest.valid_until > now,
        )
        .order_by(FileAccessRequest.valid_until.desc())
    )


def access_basis(
    session: Session, actor: Actor, customer_id: str, confidentiality: str, now: datetime
) -> dict[str, str] | None:
    """{} for an ordinary file; the request used for a confidential one; None when the file
    must stay shut."""
    if confidentiality == "normal":
        return {}
    request = active_request(session, actor.staff_id, customer_id, now)
    if request is not None:
        return {"access": BASIS_REQUEST, "access_request": request.number}
    return None
