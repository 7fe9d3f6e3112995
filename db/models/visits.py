"""Front-desk visits: who came in, when, with how many, why and who hosted; undone, not deleted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_day", "day"),
        Index("ix_visits_card_in", "card_id", "checked_in_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    card_id: Mapped[str | None] = mapped_column(ForeignKey("member_cards.id"), nullable=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    day: Mapped[str] = mapped_column(String(10))  # local YYYY-MM-DD of the check-in
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    service_area: Mapped[str] = mapped_column(String(32), default="")
    host_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    walk_in: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    undo_reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
