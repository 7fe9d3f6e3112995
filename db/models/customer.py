"""The customer file row: every personal field sealed by the vault (see app.security.cipher)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

CUSTOMER_SEALED_COLUMNS = ("name", "phone", "gender", "birthday", "notes")


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[bytes] = mapped_column(LargeBinary)
    phone: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    gender: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    birthday: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    notes: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    value_tier: Mapped[str] = mapped_column(String(16), default="regular")
    activity: Mapped[str] = mapped_column(String(16), default="potential")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
