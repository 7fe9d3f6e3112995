"""Venue-wide settings and the wrapped keys of the vault (no plaintext secret is ever stored)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now


class VenueSetting(Base):
    __tablename__ = "venue_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VaultWrap(Base):
    """The master key wrapped by one secret: the venue passphrase or the recovery key."""

    __tablename__ = "vault_wraps"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    kdf: Mapped[str] = mapped_column(Text)  # JSON: algorithm and parameters
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    checksum: Mapped[str] = mapped_column(String(64))  # sha256 over the fields above
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class DataKey(Base):
    """A data key wrapped by the master key; `state` is active, retiring or (gone) retired."""

    __tablename__ = "data_keys"

    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
