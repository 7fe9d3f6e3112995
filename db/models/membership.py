"""Member tiers, member cards and the card's event history.

Dates are plain YYYY-MM-DD text and states plain codes, so reports run without the key; only
free text that can name people (reasons) is sealed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now


class MemberTier(Base):
    """普通 / 银卡 / 金卡 / 白金卡: what it takes to reach a tier and what it gives."""

    __tablename__ = "member_tiers"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    rank: Mapped[int] = mapped_column(Integer, unique=True)
    threshold: Mapped[int] = mapped_column(Integer, default=0)  # fen or points, per settings
    discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    points_multiplier_pct: Mapped[int] = mapped_column(Integer, default=100)
    birthday_benefit: Mapped[str] = mapped_column(Text, default="")
    validity_months: Mapped[int] = mapped_column(Integer, default=12)


class MemberCard(Base):
    __tablename__ = "member_cards"
    __table_args__ = (Index("ix_member_cards_customer_state", "customer_id", "state"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    card_no: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    tier_code: Mapped[str] = mapped_column(ForeignKey("member_tiers.code"))
    state: Mapped[str] = mapped_column(String(16), default="active")
    issued_on: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[str] = mapped_column(String(10))  # start of the current validity
    valid_until: Mapped[str] = mapped_column(String(10))
    frozen_from: Mapped[str | None] = mapped_column(String(10), nullable=True)
    frozen_to: Mapped[str | None] = mapped_column(String(10), nullable=True)
    freeze_reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    replaced_by_id: Mapped[str | None] = mapped_column(ForeignKey("member_cards.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class CardEvent(Base):
    """Every lifecycle and tier change of a card, with why, who and when."""

    __tablename__ = "card_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("member_cards.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16), default="")
    from_tier: Mapped[str] = mapped_column(String(16), default="")
    to_tier: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
