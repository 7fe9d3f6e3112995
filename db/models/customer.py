"""The customer file: every personal field sealed by the vault (see app.security.cipher).

Plain columns hold only what access control, retention and statistics need without the key.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

CUSTOMER_SEALED_COLUMNS = (
    "name", "phone", "gender", "birthday", "notes", "other_phones", "email", "address",
    "occupation", "id_doc_type", "id_number", "id_expiry", "interests", "habits", "tags",
)  # fmt: skip


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (  # the care dashboard reads only these
        Index("ix_customers_created", "created_at", "merged_into_id"),
        Index(
            "ix_customers_activity_last",
            "activity", "last_activity_at", "erased_at", "merged_into_id",
        ),
    )  # fmt: skip

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[bytes] = mapped_column(LargeBinary)
    phone: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    gender: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    birthday: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    notes: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    other_phones: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON list
    email: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    address: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    occupation: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_doc_type: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_number: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_expiry: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    interests: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    habits: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    tags: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON list
    value_tier: Mapped[str] = mapped_column(String(16), default="regular")
    activity: Mapped[str] = mapped_column(String(16), default="potential")
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    source: Mapped[str] = mapped_column(String(16), default="walk_in")
    referrer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), nullable=True
    )
    owner_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), nullable=True
    )
    has_photo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    retention_until: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD
    merged_into_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CustomerLookup(Base):
    """Keyed digests of phones and ID numbers: duplicates found without any plaintext on disk."""

    __tablename__ = "customer_lookups"
    __table_args__ = (Index("ix_customer_lookups_kind_digest", "kind", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    digest: Mapped[bytes] = mapped_column(LargeBinary)


class CustomerConsent(Base):
    """One PIPL consent: what was agreed, for which purpose, how, by whom; withdrawn when."""

    __tablename__ = "customer_consents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(16))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    guardian_name: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class CustomerAttachment(Base):
    """A scanned ID, signed form or contract; the file itself is sealed like any field."""

    __tablename__ = "customer_attachments"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(default=0)
    filename: Mapped[bytes] = mapped_column(LargeBinary)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class CustomerChange(Base):
    """Correction history: the old and new value of a field, sealed, with who and why."""

    __tablename__ = "customer_changes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    field: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    old_value: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    new_value: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class DeletionRecord(Base):
    """Kept for good after a PIPL erasure: no personal data, what was erased and who approved."""

    __tablename__ = "deletion_records"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(String(32))
    customer_number: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    details: Mapped[str] = mapped_column(Text, default="")
