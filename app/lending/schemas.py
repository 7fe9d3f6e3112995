"""Plain data in and out of the archive, lending, access and destruction services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Content(StrEnum):
    ID_COPY = "id_copy"  # 身份证复印件
    CONTRACT = "contract"  # 合同
    SIGNED_FORMS = "signed_forms"  # 签字表单
    RECEIPTS = "receipts"  # 收据
    OTHER = "other"  # 其他


class ItemState(StrEnum):
    IN = "in"
    OUT = "out"
    DESTROYED = "destroyed"


class LoanState(StrEnum):
    PENDING = "pending"  # waiting for a level's approval
    REFUSED = "refused"
    APPROVED = "approved"  # every level approved, not yet handed out
    LENT = "lent"
    RETURNED = "returned"  # written off in the register


class Stage(StrEnum):
    DEPARTMENT = "department"  # the borrower's department head
    ARCHIVE = "archive"  # the archive keeper
    GENERAL_MANAGER = "general_manager"  # 机密 / 绝密 only


class Condition(StrEnum):
    COMPLETE = "complete"
    DAMAGED = "damaged"
    MISSING_PAGES = "missing_pages"


class AccessState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class DestructionMethod(StrEnum):
    SHRED = "shred"  # 碎纸
    PULP = "pulp"  # 化浆
    INCINERATE = "incinerate"  # 焚烧


class DestructionState(StrEnum):
    PROPOSED = "proposed"
    REFUSED = "refused"
    DESTROYED = "destroyed"


@dataclass(frozen=True)
class ArchiveItemInput:
    customer_id: str
    contents: tuple[str, ...]  # Content codes
    copies: int
    shelf: str
    received_on: date
    confidentiality: str = ""  # "" = the customer file's own level
    description: str = ""
    handover_no: str = ""


@dataclass(frozen=True)
class ArchiveItemRecord:
    id: str
    number: str
    customer_id: str
    customer_number: str
    contents: tuple[str, ...]
    description: str
    copies: int
    shelf: str
    confidentiality: str
    received_on: date
    state: str
    handover_no: str


@dataclass(frozen=True)
class HandoverInput:
    department: str
    handed_by: str
    complete: bool = True
    missing: str = ""  # what is missing, when not complete


@dataclass(frozen=True)
class HandoverRecord:
    id: str
    number: str
    department: str
    handed_by: str
    received_by: str
    received_at: datetime
    complete: bool
    missing: str
    item_numbers: tuple[str, ...]


@dataclass(frozen=True)
class LoanLineInput:
    item_no: str
    copies: int = 1


@dataclass(frozen=True)
class LoanInput:
    department: str
    lines: tuple[LoanLineInput, ...]
    purpose: str
    reason: str
    due_on: date


@dataclass(frozen=True)
class ReturnInput:
    """Conditions by item number; an item not named came back complete."""

    conditions: tuple[tuple[str, str], ...] = ()
    note: str = ""


@dataclass(frozen=True)
class LoanLineRecord:
    item_no: str
    customer_number: str
    contents: tuple[str, ...]
    copies: int
    confidentiality: str
    shelf: str
    condition: str


@dataclass(frozen=True)
class ApprovalRecord:
    round: int
    stage: str
    approved: bool
    decided_by: str  # display name
    decided_at: datetime
    note: str


@dataclass(frozen=True)
class LoanRecord:
    id: str
    number: str
    borrower_id: int
    borrower: str  # display name
    department: str
    purpose: str
    reason: str
    due_on: date
    state: str
    next_stage: str  # the level that must act now, "" when none
    needs_general_manager: bool
    round: int
    renewal_due_on: date | None
    renewal_state: str
    applied_at: datetime
    lent_at: datetime | None
    lent_by: str
    signature_kind: str
    has_signature: bool
    returned_at: datetime | None
    returned_to: str
    overdue: bool
    lines: tuple[LoanLineRecord, ...]
    approvals: tuple[ApprovalRecord, ...]


@dataclass(frozen=True)
class IncidentRecord:
    id: str
    number: str
    loan_no: str
    item_no: str
    kind: str
    note: str
    opened_at: datetime
    closed_at: datetime | None
    resolution: str


@dataclass(frozen=True)
class AccessRequestInput:
    customer_id: str
    reason: str
    hours: int


@dataclass(frozen=True)
class AccessRequestRecord:
    id: str
    number: str
    customer_id: str
    customer_number: str
    requested_by: str
    reason: str
    hours: int
    requested_at: datetime
    state: str
    decided_by: str
    decision_note: str
    valid_until: datetime | None


@dataclass(frozen=True)
class FileViewLine:
    """One opening of a confidential file, with the request (or standing right) it used."""

    at: datetime
    username: str
    display_name: str
    customer_number: str
    confidentiality: str
    basis: str  # "request" / "role" / "" (none: must never happen)
    request_no: str


@dataclass(frozen=True)
class AccessReport:
    start: date
    end: date  # inclusive
    views: tuple[FileViewLine, ...]
    without_request: tuple[FileViewLine, ...]


@dataclass(frozen=True)
class DestructionInput:
    customer_id: str
    method: str


@dataclass(frozen=True)
class DestructionDone:
    destroyed_by: int  # staff id
    witnessed_by: int  # staff id
    destroyed_on: date


@dataclass(frozen=True)
class DestructionRecordView:
    id: str
    number: str
    customer_number: str
    item_numbers: tuple[str, ...]
    contents: tuple[str, ...]
    copies: int
    method: str
    state: str
    proposed_by: str
    keeper_approved_by: str
    manager_approved_by: str
    destroyed_by: str
    witnessed_by: str
    destroyed_on: date | None
    deletion_record_id: int | None
