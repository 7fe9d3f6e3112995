"""Attachments (scanned ID, signed forms, contracts, photo): sealed in the database like any
field, opened into memory for viewing, never written to disk in the clear."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from app.customers.consents import active_purposes
from app.customers.schemas import ConsentPurpose
from app.errors import ConfidentialFile, ValidationError
from app.lending.access_rules import access_basis
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer, CustomerAttachment
from db.session import UnitOfWork
from db.types import utc_now

TABLE = CustomerAttachment.__tablename__
MAX_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = ("image/jpeg", "image/png", "application/pdf", "image/tiff", "image/webp")


class AttachmentKind(StrEnum):
    ID_SCAN = "id_scan"
    SIGNED_FORM = "signed_form"
    CONTRACT = "contract"
    PHOTO = "photo"
    OTHER = "other"


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    kind: str
    filename: str
    content_type: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class AttachmentContent:
    info: AttachmentInfo
    content: bytes


def sniff_type(content: bytes) -> str:
    """Trust the bytes, not the file name: only images and PDFs are accepted."""
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    if content[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


class AttachmentService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def add(self, customer_id: str, kind: str, filename: str, content: bytes) -> AttachmentInfo:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        if kind not in {k.value for k in AttachmentKind}:
            raise ValidationError("kind", "invalid")
        if not content:
            raise ValidationError("file", "empty")
        if len(content) > MAX_BYTES:
            raise ValidationError("file", "too_large", "at most 20 MB")
        content_type = sniff_type(content)
        if content_type not in ALLOWED_TYPES:
            raise ValidationError("file", "unsupported_type", "JPEG, PNG, TIFF, WebP or PDF")
        keys = self._desk.keys
        with self._uow() as s:
            customer = s.get(Customer, customer_id)
            if customer is None or customer.erased_at is not None:
                raise ValidationError("customer", "not_found")
            if kind == AttachmentKind.ID_SCAN and (
                ConsentPurpose.SENSITIVE_ID not in active_purposes(s, customer_id)
            ):
                raise ValidationError(
                    "file", "needs_separate_consent", "an ID scan needs its own separate consent"
                )
            aid = uuid.uuid4().hex
            where = {"table": TABLE, "row_id": aid}
            row = CustomerAttachment(
                id=aid,
                customer_id=customer_id,
                key_id=keys.active_key_id,
                kind=kind,
                content_type=content_type,
                size=len(content),
                filename=keys.seal_text(filename[-200:], column="filename", **where),
                content=keys.seal_bytes(content, column="content", **where),
            )
            s.add(row)
            if kind == AttachmentKind.PHOTO:
                customer.has_photo = True
            s.flush()
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_UPDATED,
                entity="attachment",
                entity_id=aid,
                customer_id=customer_id,
                detail={"attachment": kind, "size": len(content)},
            )
            return AttachmentInfo(
                aid, kind, filename[-200:], content_type, len(content), row.created_at
            )

    def list(self, customer_id: str) -> list[AttachmentInfo]:
        self._desk.require(Permission.VIEW_CUSTOMER)
        keys = self._desk.keys
        query = (
            select(
                CustomerAttachment.id,
                CustomerAttachment.kind,
                CustomerAttachment.filename,
                CustomerAttachment.content_type,
                CustomerAttachment.size,
                CustomerAttachment.created_at,
            )
            .where(CustomerAttachment.customer_id == customer_id)
            .order_by(CustomerAttachment.created_at)
        )
        with self._uow() as s:
            return [
                AttachmentInfo(
                    r[0],
                    r[1],
                    keys.open_text(r[2], table=TABLE, column="filename", row_id=r[0]) or "",
                    r[3],
                    r[4],
                    r[5],
                )
                for r in s.execute(query)
            ]

    def open(self, attachment_id: str) -> AttachmentContent:
        """Decrypted into memory only; viewing is audited like opening the file."""
        actor = self._desk.require(Permission.VIEW_CUSTOMER)
        keys = self._desk.keys
        with self._uow() as s:
            row = s.get(CustomerAttachment, attachment_id)
            if row is None:
                raise ValidationError("attachment", "not_found")
            customer = s.get(Customer, row.customer_id)
            level = customer.confidentiality if customer else "normal"
            basis = access_basis(s, actor, row.customer_id, level, utc_now())
            if basis is None:
                raise ConfidentialFile(actor.role)
            where = {"table": TABLE, "row_id": row.id}
            content = keys.open_bytes(row.content, column="content", **where) or b""
            info = AttachmentInfo(
                row.id,
                row.kind,
                keys.open_text(row.filename, column="filename", **where) or "",
                row.content_type,
                row.size,
                row.created_at,
            )
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_VIEWED,
                entity="attachment",
                entity_id=row.id,
                customer_id=row.customer_id,
                detail=basis or None,
            )
            return AttachmentContent(info, content)

    def remove(self, attachment_id: str, reason: str) -> None:
        actor = self._desk.require(Permission.EDIT_CUSTOMER)
        if not reason.strip():
            raise ValidationError("reason", "required")
        with self._uow() as s:
            row = s.get(CustomerAttachment, attachment_id)
            if row is None:
                raise ValidationError("attachment", "not_found")
            customer_id, kind = row.customer_id, row.kind
            s.delete(row)
            self._audit.record(
                s,
                actor,
                AuditAction.CUSTOMER_UPDATED,
                entity="attachment",
                entity_id=attachment_id,
                customer_id=customer_id,
                reason=reason,
                detail={"removed": kind},
            )
