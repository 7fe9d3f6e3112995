"""All ORM models; importing this module registers every table on Base.metadata."""

from db.base import Base
from db.models.audit import AuditEntry, AuditHead
from db.models.care import CareTask, ClassOverride, GreetingDay, SatisfactionAnswer
from db.models.complaints import COMPLAINT_SEALED_COLUMNS, Complaint, ComplaintEvent
from db.models.customer import (
    CUSTOMER_SEALED_COLUMNS,
    Customer,
    CustomerAttachment,
    CustomerChange,
    CustomerConsent,
    CustomerLookup,
    DeletionRecord,
)
from db.models.lending import (
    LOAN_SEALED_COLUMNS,
    ArchiveHandover,
    ArchiveIncident,
    ArchiveItem,
    DestructionRecord,
    FileAccessRequest,
    Loan,
    LoanApproval,
    LoanLine,
)
from db.models.membership import CardEvent, MemberCard, MemberTier
from db.models.points import Consumption, Gift, PointsEntry, PointsLot
from db.models.reminders import Reminder
from db.models.repairs import (
    REPAIR_SEALED_COLUMNS,
    FeeItem,
    FeeStandardVersion,
    RepairEvent,
    RepairFeeLine,
    RepairOrder,
    RepairPhoto,
    Technician,
)
from db.models.staff import Staff
from db.models.venue import DataKey, VaultWrap, VenueSetting
from db.models.visits import Visit

SEALED_TABLES: dict[str, tuple[type[Base], tuple[str, ...]]] = {
    "customers": (Customer, CUSTOMER_SEALED_COLUMNS),
    "customer_consents": (CustomerConsent, ("guardian_name", "note")),
    "customer_attachments": (CustomerAttachment, ("filename", "content")),
    "customer_changes": (CustomerChange, ("old_value", "new_value")),
    "member_cards": (MemberCard, ("freeze_reason",)),
    "card_events": (CardEvent, ("reason",)),
    "consumptions": (Consumption, ("items",)),
    "points_ledger": (PointsEntry, ("reason",)),
    "visits": (Visit, ("purpose", "undo_reason")),
    "complaints": (Complaint, COMPLAINT_SEALED_COLUMNS),
    "complaint_events": (ComplaintEvent, ("note",)),
    "repair_orders": (RepairOrder, REPAIR_SEALED_COLUMNS),
    "repair_photos": (RepairPhoto, ("filename", "content")),
    "repair_events": (RepairEvent, ("note",)),
    "archive_handovers": (ArchiveHandover, ("missing",)),
    "archive_items": (ArchiveItem, ("description",)),
    "loans": (Loan, LOAN_SEALED_COLUMNS),
    "loan_approvals": (LoanApproval, ("note",)),
    "archive_incidents": (ArchiveIncident, ("note", "resolution")),
    "file_access_requests": (FileAccessRequest, ("reason", "decision_note")),
    "care_tasks": (CareTask, ("note", "result", "next_step")),
    "satisfaction_answers": (SatisfactionAnswer, ("comment",)),
    "class_overrides": (ClassOverride, ("reason",)),
}

__all__ = [
    "SEALED_TABLES",
    "ArchiveHandover",
    "ArchiveIncident",
    "ArchiveItem",
    "AuditEntry",
    "AuditHead",
    "CardEvent",
    "CareTask",
    "ClassOverride",
    "Complaint",
    "ComplaintEvent",
    "Consumption",
    "Customer",
    "CustomerAttachment",
    "CustomerChange",
    "CustomerConsent",
    "CustomerLookup",
    "DataKey",
    "DeletionRecord",
    "DestructionRecord",
    "FeeItem",
    "FeeStandardVersion",
    "FileAccessRequest",
    "Gift",
    "GreetingDay",
    "Loan",
    "LoanApproval",
    "LoanLine",
    "MemberCard",
    "MemberTier",
    "PointsEntry",
    "PointsLot",
    "Reminder",
    "RepairEvent",
    "RepairFeeLine",
    "RepairOrder",
    "RepairPhoto",
    "SatisfactionAnswer",
    "Staff",
    "Technician",
    "VaultWrap",
    "VenueSetting",
    "Visit",
]
