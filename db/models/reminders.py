"""Reminders raised by deadlines (complaints, repairs, loans), kept so each step is sent once
and each recipient sees what is waiting for them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("source", "source_id", "deadline", "step", "recipient"),
        Index("ix_reminders_recipient_seen", "recipient", "seen_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # complaint / repair / loan
    source_id: Mapped[str] = mapped_column(String(32))
    deadline: Mapped[str] = mapped_column(String(16))  # first_response / close / plan / due ...
    step: Mapped[str] = mapped_column(String(32))  # 50 / 80 / 100 / overdue-YYYY-MM-DD
    recipient: Mapped[str] = mapped_column(String(40))  # "staff:<id>" or "role:<role>"
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
