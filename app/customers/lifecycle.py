"""A file's end of life: merging a duplicate into the file kept, and erasure on request (PIPL
art. 47) with a deletion record kept for good."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.care.erasure import MERGED_MODELS as CARE_MERGED_MODELS
from app.care.erasure import blank_care_free_text, prepare_care_merge
from app.complaints.erasure import MERGED_MODELS as COMPLAINT_MERGED_MODELS
from app.complaints.erasure import blank_complaint_free_text
from app.customers.directory import CustomerDirectory
from app.customers.schemas import CustomerInput, CustomerRecord
from app.customers.store import input_of, open_row, seal_row, write_lookups
from app.errors import ValidationError
from app.lending.erasure import MERGED_MODELS as ARCHIVE_MERGED_MODELS
from app.lending.erasure import blank_archive_free_text
from app.repairs.erasure import MERGED_MODELS as REPAIR_MERGED_MODELS
from app.repairs.erasure import blank_repair_free_text
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.permissions import Permission
from db.models import (
    CardEvent,
    Consumption,
    Customer,
    CustomerAttachment,
    CustomerChange,
    CustomerConsent,
    CustomerLookup,
    DeletionRecord,
    MemberCard,
    PointsEntry,
    Visit,
)
from db.session import UnitOfWork
from db.types import utc_now

ERASED_NAME = ""


def merged_input(keep: CustomerRecord, other: CustomerRecord) -> CustomerInput:
    """Fields empty in the kept file are filled from the other; phones and tags are united."""
    base = input_of(keep)
    fill = input_of(other)
    values = {}
    for f in dataclasses.fields(CustomerInput):
        mine, theirs = getattr(base, f.name), getattr(fill, f.name)
        if mine in ("", None, ()) and theirs not in ("", None, ()):
            values[f.name] = theirs
    phones = [p for p in (other.phone, *other.other_phones) if p and p != keep.phone]
    values["other_phones"] = tuple(dict.fromkeys((*keep.other_phones, *phones)))
    values["tags"] = tuple(dict.fromkeys((*keep.tags, *other.tags)))
    if keep.notes and other.notes and other.notes not in keep.notes:
        values["notes"] = f"{keep.notes}\n[{other.number}] {other.notes}"
    return dataclasses.replace(base, **values)


def _delete_count(
    session: Session, model: type[CustomerAttachment] | type[CustomerChange], customer_id: str
) -> int:
    rows = list(session.scalars(select(model).where(model.customer_id == customer_id)))
    for row in rows:
        session.delete(row)
    return len(rows)


def _blank_member_free_text(session: Session, customer_id: str) -> None:
    """Free text written at the desk (visit purposes, freeze and points reasons) may describe the
    person; the business facts (dates, amounts, points) stay, anonymised with the file."""
    session.execute(
        update(Visit).where(Visit.customer_id == customer_id).values(purpose=None, undo_reason=None)
    )
    cards = select(MemberCard.id).where(MemberCard.customer_id == customer_id)
    session.execute(update(MemberCard).where(MemberCard.id.in_(cards)).values(freeze_reason=None))
    session.execute(update(CardEvent).where(CardEvent.card_id.in_(cards)).values(reason=None))
    session.execute(update(PointsEntry).where(PointsEntry.card_id.in_(cards)).values(reason=None))


class CustomerLifecycle:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, directory: CustomerDirectory
    ) -> None:
        self._uow, self._desk, self._audit, self._directory = uow, desk, audit, directory

    def merge(self, keep_id: str, other_id: str, reason: str) -> CustomerRecord:
        """Managers only; both histories stay (consents, attachments, corrections move over)."""
        actor = self._desk.require(Permission.MERGE_CUSTOMERS)
        if not reason.strip():
            raise ValidationError("reason", "required")
        if keep_id == other_id:
            raise ValidationError("customer", "same_file")
        keys = self._desk.keys
        with self._uow() as s:
            keep, other = s.get(Customer, keep_id), s.get(Customer, other_id)
            for row in (keep, other):
                if row is None or row.erased_at is not None or row.merged_into_id is not None:
                    raise ValidationError("customer", "not_found")
            assert keep is not None and other is not None
            keep_rec, other_rec = open_row(keys, keep), open_row(keys, other)
            combined = merged_input(keep_rec, other_rec)
            seal_row(keys, keep, combined)
            keep.has_photo = keep.has_photo or other.has_photo
            keep.updated_at = utc_now()
            prepare_care_merge(s, keep_id, other_id)
            for model in (
                CustomerConsent,
                CustomerAttachment,
                CustomerChange,
                MemberCard,
                Consumption,
                Visit,
                *ARCHIVE_MERGED_MODELS,
                *REPAIR_MERGED_MODELS,
                *COMPLAINT_MERGED_MODELS,
                *CARE_MERGED_MODELS,
            ):
                s.execute(
                    update(model).where(model.customer_id == other_id).values(customer_id=keep_id)
                )
            s.execute(delete(CustomerLookup).where(CustomerLookup.customer_id == other_id))
            write_lookups(s, keys, keep_id, combined)
            other.merged_into_id = keep_id
            for cid, role in ((keep_id, "kept"), (other_id, "merged_away")):
                self._audit.record(
                    s,
                    actor,
                    AuditAction.CUSTOMER_UPDATED,
                    entity="customer_merge",
                    entity_id=keep_id,
                    customer_id=cid,
                    reason=reason,
                    detail={"kept": keep_rec.number, "merged": other_rec.number, "role": role},
                )
            record = open_row(keys, keep)
        self._directory.remove(other_id)
        self._directory.upsert(record)
        return record

    def erase(self, customer_id: str, reason: str) -> int:
        """Personal fields, attachments and corrections erased; the file's number and its business
        records stay, anonymised. Returns the deletion record's number."""
        actor = self._desk.require(Permission.ERASE_CUSTOMER)
        if not reason.strip():
            raise ValidationError("reason", "required")
        with self._uow() as s:
            record_id = erase_in_session(
                s, self._desk.keys, self._audit, actor, customer_id, reason
            )
        self._directory.remove(customer_id)
        return record_id


def erase_in_session(
    s: Session,
    keys: VaultKeys,
    audit: AuditTrail,
    actor: Actor,
    customer_id: str,
    reason: str,
    *,
    requested_by: int | None = None,
    approved_by: int | None = None,
) -> int:
    """The erasure inside the caller's transaction (also the last step of destroying a paper
    file); by default `actor` asked for and approved it. Returns the deletion record's number."""
    row = s.get(Customer, customer_id)
    if row is None or row.erased_at is not None:
        raise ValidationError("customer", "not_found")
    attachments = _delete_count(s, CustomerAttachment, customer_id)
    changes = _delete_count(s, CustomerChange, customer_id)
    s.execute(delete(CustomerLookup).where(CustomerLookup.customer_id == customer_id))
    s.execute(
        update(CustomerConsent)
        .where(CustomerConsent.customer_id == customer_id)
        .values(guardian_name=None, note=None)
    )
    _blank_member_free_text(s, customer_id)
    blank_archive_free_text(s, customer_id)
    blank_repair_free_text(s, customer_id)
    blank_complaint_free_text(s, keys, customer_id)
    blank_care_free_text(s, customer_id)
    seal_row(keys, row, CustomerInput(name=ERASED_NAME, activity=row.activity))
    row.has_photo, row.erased_at, row.updated_at = False, utc_now(), utc_now()
    record = DeletionRecord(
        customer_id=customer_id,
        customer_number=row.number,
        reason=reason,
        requested_by=requested_by if requested_by is not None else actor.staff_id,
        approved_by=approved_by if approved_by is not None else actor.staff_id,
        details=json.dumps({"attachments": attachments, "corrections": changes}),
    )
    s.add(record)
    s.flush()
    audit.record(
        s,
        actor,
        AuditAction.CUSTOMER_DELETED,
        entity="customer",
        entity_id=customer_id,
        customer_id=customer_id,
        reason=reason,
        detail={"deletion_record": record.id},
    )
    return record.id
