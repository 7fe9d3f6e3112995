"""Complaint record cards (投诉记录卡) for complaints, suggestions and praise, and their events.

Codes, states and times stay plain so deadlines and monthly counts run without the key; what
people said, who they are and what was decided is sealed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

COMPLAINT_SEALED_COLUMNS = (
    "contact",
    "summary",
    "staff_concerned_name",
    "plan",
    "investigation",
    "remedy",
    "reply",
    "followup",
)


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_state", "state"),
        Index("ix_complaints_month", "month"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # complaint / suggestion / praise
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    month: Mapped[str] = mapped_column(String(7))  # local YYYY-MM of received_at
    customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id"), nullable=True, index=True
    )
    anonymous: Mapped[bool] = mapped_column(default=False)
    contact: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON name/phone
    summary: Mapped[bytes] = mapped_column(LargeBinary)
    requests: Mapped[str] = mapped_column(String(128), default="")  # comma-separated codes
    department: Mapped[str] = mapped_column(String(32), default="")
    staff_concerned_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    staff_concerned_name: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    severity: Mapped[str] = mapped_column(String(8), default="normal")  # normal / major
    major_reasons: Mapped[str] = mapped_column(String(128), default="")
    promised_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="received")
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    plan: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    plan_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    investigation: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON
    investigated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    remedy: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON
    compensation_fen: Mapped[int] = mapped_column(Integer, default=0)
    compensation_approved_by: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id"), nullable=True
    )
    reply: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON how/what
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-5
    followup_due_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    followup: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON
    followup_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    paused_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ComplaintEvent(Base):
    """Every state change and note on a card, with who and when."""

    __tablename__ = "complaint_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # state / note / assign / approve
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
