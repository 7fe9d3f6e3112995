"""Customer care: greeting days, care tasks (birthdays, greetings, follow-up calls, win-backs),
satisfaction answers and a manager's override of a customer's computed class.

Dates and codes stay plain so the day's list and the monthly figures run fast; what was said on a
call and why a class was overridden are sealed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now


class GreetingDay(Base):
    """A day the venue greets its customers: a solar date, or a lunar one computed each year."""

    __tablename__ = "greeting_days"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(32))
    calendar: Mapped[str] = mapped_column(String(8))  # solar / lunar
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    greeting: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)


class CareTask(Base):
    """One thing to do for one customer on a day; done with its result and the next step."""

    __tablename__ = "care_tasks"
    __table_args__ = (
        UniqueConstraint("customer_id", "kind", "occasion"),
        Index("ix_care_tasks_state_due", "state", "due_on"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    # Looked up through uq_care_tasks_customer_id (customer_id first): no index of its own.
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(16))  # birthday / greeting / follow_up / win_back
    occasion: Mapped[str] = mapped_column(String(48))  # e.g. birthday-2026, complaint:<id>
    source: Mapped[str] = mapped_column(String(16), default="")  # consumption/complaint/repair
    source_id: Mapped[str] = mapped_column(String(32), default="")
    due_on: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(8), default="open")  # open / done / skipped
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    result: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    next_step: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SatisfactionAnswer(Base):
    """CSAT (1-5) and/or NPS (0-10) asked at the desk, after a complaint or after a repair."""

    __tablename__ = "satisfaction_answers"
    __table_args__ = (Index("ix_satisfaction_month", "month"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(16))  # desk / complaint / repair
    source_id: Mapped[str] = mapped_column(String(32), default="")
    month: Mapped[str] = mapped_column(String(7))
    csat: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ClassOverride(Base):
    """A manager's choice of value tier and/or activity for one customer, with the reason."""

    __tablename__ = "class_overrides"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), unique=True)
    value_tier: Mapped[str] = mapped_column(String(16), default="")  # "" = computed
    activity: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[bytes] = mapped_column(LargeBinary)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
