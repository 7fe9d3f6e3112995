"""Consumption records, the append-only points ledger, its earn lots and the gift catalogue.

The ledger refuses UPDATE of its facts and any DELETE at the database level (migration 0003);
only the sealed `reason` and its `key_id` may be re-sealed by key rotation. What is left of each
earn lot lives in `points_lots`, so oldest-first expiry never edits the ledger.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

LEDGER_FACT_COLUMNS = (
    "id",
    "card_id",
    "kind",
    "points",
    "expires_on",
    "consumption_id",
    "ref_entry_id",
    "staff_id",
    "at",
)


class Consumption(Base):
    __tablename__ = "consumptions"
    __table_args__ = (  # covers the dashboard's sums per day and department
        Index(
            "ix_consumptions_day_paid",
            "day", "reversed_at", "amount_fen", "discount_fen", "department",
        ),
    )  # fmt: skip

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id"), nullable=True, index=True
    )
    card_id: Mapped[str | None] = mapped_column(
        ForeignKey("member_cards.id"), nullable=True, index=True
    )
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    day: Mapped[str] = mapped_column(String(10))
    department: Mapped[str] = mapped_column(String(32))
    items: Mapped[bytes] = mapped_column(LargeBinary)
    amount_fen: Mapped[int] = mapped_column(Integer)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    payment_method: Mapped[str] = mapped_column(String(16))
    points_paid: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PointsEntry(Base):
    __tablename__ = "points_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("member_cards.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    expires_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    consumption_id: Mapped[str | None] = mapped_column(
        ForeignKey("consumptions.id"), nullable=True, index=True
    )
    ref_entry_id: Mapped[int | None] = mapped_column(ForeignKey("points_ledger.id"), nullable=True)
    reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PointsLot(Base):
    """What remains of one positive ledger entry, spent and expired oldest first."""

    __tablename__ = "points_lots"
    __table_args__ = (Index("ix_points_lots_card_remaining", "card_id", "remaining"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("points_ledger.id"), primary_key=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("member_cards.id"))
    remaining: Mapped[int] = mapped_column(Integer)
    expires_on: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)


class Gift(Base):
    __tablename__ = "gifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64))
    points_cost: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)
