"""The paper archive (档案): catalogue, handover book, lending register with its approvals and
incidents, access requests for confidential files, and destruction records.

Free text that may describe a customer (purposes, reasons, notes, the borrower's signature) is
sealed; numbers, states, dates and staff ids stay plain so registers and reminders run without
the key. A destruction record holds no personal data beyond the file number.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utc_now

LOAN_SEALED_COLUMNS = ("purpose", "reason", "signature")


class ArchiveHandover(Base):
    """One line of the 档案签收簿: a department hands paper files to the archive."""

    __tablename__ = "archive_handovers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    department: Mapped[str] = mapped_column(String(64))
    handed_by: Mapped[str] = mapped_column(String(64))  # a colleague's name, may have no account
    received_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    complete: Mapped[bool] = mapped_column(default=True)
    missing: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ArchiveItem(Base):
    """A paper file (档案袋) of one customer file: contents, copies, shelf and classification."""

    __tablename__ = "archive_items"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    contents: Mapped[str] = mapped_column(String(200))  # comma-separated content codes
    description: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    shelf: Mapped[str] = mapped_column(String(32))
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    received_on: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    handover_id: Mapped[str | None] = mapped_column(
        ForeignKey("archive_handovers.id"), nullable=True
    )
    state: Mapped[str] = mapped_column(String(16), default="in")  # in / out / destroyed
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Loan(Base):
    """A lending application and, once lent, its line in the 外借登记册."""

    __tablename__ = "loans"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    department: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    due_on: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, the day it comes back
    needs_general_manager: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    round: Mapped[int] = mapped_column(Integer, default=0)  # 0 the application, 1 the renewal
    renewal_due_on: Mapped[str] = mapped_column(String(10), default="")
    renewal_state: Mapped[str] = mapped_column(String(16), default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    lent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lent_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    signature_kind: Mapped[str] = mapped_column(String(8), default="")  # paper / screen
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # PNG
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    returned_to: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class LoanLine(Base):
    """One paper file on a loan, with the copies taken and the condition it came back in."""

    __tablename__ = "loan_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    loan_id: Mapped[str] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("archive_items.id"), index=True)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    condition: Mapped[str] = mapped_column(String(16), default="")  # complete / damaged / ...


class LoanApproval(Base):
    """One level's decision on a loan (department, archive, general_manager) in one round."""

    __tablename__ = "loan_approvals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    loan_id: Mapped[str] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), index=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    round: Mapped[int] = mapped_column(Integer, default=0)
    stage: Mapped[str] = mapped_column(String(16))
    approved: Mapped[bool] = mapped_column(default=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ArchiveIncident(Base):
    """Opened when a file comes back with pages missing; closed when it is resolved."""

    __tablename__ = "archive_incidents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    loan_id: Mapped[str] = mapped_column(ForeignKey("loans.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("archive_items.id"))
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class FileAccessRequest(Base):
    """A request to open a 机密/绝密 customer file: who, which, why, for how long."""

    __tablename__ = "file_access_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[str] = mapped_column(String(8), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    hours: Mapped[int] = mapped_column(Integer)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DestructionRecord(Base):
    """销毁记录, kept for good: what, how many, how, who destroyed and witnessed, the approvals.
    No personal data: the customer is named only by the file number."""

    __tablename__ = "destruction_records"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[str] = mapped_column(String(32), index=True)
    customer_number: Mapped[str] = mapped_column(String(20))
    item_numbers: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    contents: Mapped[str] = mapped_column(String(200), default="")  # content codes
    copies: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), default="proposed")
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    keeper_approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    keeper_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    manager_approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    manager_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    destroyed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    witnessed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    destroyed_on: Mapped[str] = mapped_column(String(10), default="")
    deletion_record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
