"""All ORM models; importing this module registers every table on Base.metadata."""

from db.base import Base
from db.models.audit import AuditEntry, AuditHead
from db.models.customer import (
    CUSTOMER_SEALED_COLUMNS,
    Customer,
    CustomerAttachment,
    CustomerChange,
    CustomerConsent,
    CustomerLookup,
    DeletionRecord,
)
from db.models.staff import Staff
from db.models.venue import DataKey, VaultWrap, VenueSetting

SEALED_TABLES: dict[str, tuple[type[Base], tuple[str, ...]]] = {
    "customers": (Customer, CUSTOMER_SEALED_COLUMNS),
    "customer_consents": (CustomerConsent, ("guardian_name", "note")),
    "customer_attachments": (CustomerAttachment, ("filename", "content")),
    "customer_changes": (CustomerChange, ("old_value", "new_value")),
}

__all__ = [
    "SEALED_TABLES",
    "AuditEntry",
    "AuditHead",
    "Customer",
    "CustomerAttachment",
    "CustomerChange",
    "CustomerConsent",
    "CustomerLookup",
    "DataKey",
    "DeletionRecord",
    "Staff",
    "VaultWrap",
    "VenueSetting",
]
