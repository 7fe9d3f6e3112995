"""Repair orders (维修单), the technicians who do them and the versioned fee standard.

Fee lines copy the price of their day, so an order printed years later shows what was agreed.
Where the fault is and what the customer signed are sealed; codes, times and money are plain so
registers and rates run without the key.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

REPAIR_SEALED_COLUMNS = (
    "location",
    "fault",
    "reschedule_reason",
    "work_done",
    "parts",
    "signature",
    "cancel_reason",
    "check_note",
    "followup",
)


class Technician(Base):
    __tablename__ = "technicians"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64))
    specialties: Mapped[str] = mapped_column(String(128), default="")  # comma-separated codes
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    active: Mapped[bool] = mapped_column(default=True)


class FeeStandardVersion(Base):
    """One edition of 维修项目收费标准; a change writes a new version, old ones stay."""

    __tablename__ = "fee_standard_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    effective_from: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class FeeItem(Base):
    __tablename__ = "fee_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("fee_standard_versions.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(32), default="")
    unit: Mapped[str] = mapped_column(String(16))
    price_fen: Mapped[int] = mapped_column(Integer)


class RepairOrder(Base):
    __tablename__ = "repair_orders"
    __table_args__ = (
        Index("ix_repair_orders_state", "state"),
        Index("ix_repair_orders_month", "month"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id"), nullable=True, index=True
    )
    month: Mapped[str] = mapped_column(String(7))  # local YYYY-MM of reported_at
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reported_via: Mapped[str] = mapped_column(String(16))  # desk / phone / verbal
    category: Mapped[str] = mapped_column(String(32))  # locker / equipment / room / facility ...
    location: Mapped[bytes] = mapped_column(LargeBinary)
    fault: Mapped[bytes] = mapped_column(LargeBinary)
    urgency: Mapped[str] = mapped_column(String(8), default="normal")
    appointment_start: Mapped[datetime] = mapped_column(UTCDateTime)
    appointment_end: Mapped[datetime] = mapped_column(UTCDateTime)
    rescheduled: Mapped[bool] = mapped_column(default=False)
    reschedule_reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("technicians.id"), nullable=True)
    dispatched_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    fee_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("fee_standard_versions.id"), nullable=True
    )
    fee_limit_fen: Mapped[int] = mapped_column(Integer, default=0)
    fees_agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    under_warranty: Mapped[bool] = mapped_column(default=False)
    work_done: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    parts: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON list
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # PNG
    signed_on_paper: Mapped[bool] = mapped_column(default=False)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    check_result: Mapped[str] = mapped_column(String(8), default="")  # pass / fail
    check_note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    check_failures: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="new")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancel_reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    followup_drawn_month: Mapped[str | None] = mapped_column(String(7), nullable=True)
    followup: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON
    followup_satisfied: Mapped[bool | None] = mapped_column(nullable=True)
    followup_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class RepairFeeLine(Base):
    """One fee on an order at the price of the standard it was agreed under."""

    __tablename__ = "repair_fee_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("repair_orders.id"), index=True)
    fee_item_id: Mapped[int | None] = mapped_column(ForeignKey("fee_items.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(64))
    unit: Mapped[str] = mapped_column(String(16))
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)  # 1.5 m = 1500
    amount_fen: Mapped[int] = mapped_column(Integer)
    other: Mapped[bool] = mapped_column(default=False)  # not in the standard
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RepairPhoto(Base):
    __tablename__ = "repair_photos"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("repair_orders.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    stage: Mapped[str] = mapped_column(String(8))  # before / after
    filename: Mapped[bytes] = mapped_column(LargeBinary)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class RepairEvent(Base):
    __tablename__ = "repair_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("repair_orders.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # state / dispatch / arrive / fee / note
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
