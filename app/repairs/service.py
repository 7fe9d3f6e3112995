"""Repair orders from intake to closed: intake, reading and lists, photos, the follow-up spot
check, settings and printing here; the engineering steps in app.repairs.work. Each step checks
the actor's permission and the order's state, and writes a RepairEvent (who and when) and an
audit row in one transaction.

Refusals carry codes (ValidationError field: code): appointment_start: in_past,
appointment_end: before_start, fees: not_agreed / not_proposed / other_not_approved,
fee_item_id: not_in_standard, fee_limit_fen: below_total, check: required, signature: required,
arrived_at: in_future / before_reported / required, followup: not_drawn; and a DomainError
repair_wrong_state when the order's state does not allow the step."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.forms.repair_order import render_repair_order
from app.forms.repair_order_data import repair_order_data
from app.members.report import month_bounds
from app.members.store import local_today, new_id, seal
from app.repairs import followups
from app.repairs.schemas import (
    EventKind,
    FollowUpInput,
    PhotoRecord,
    PhotoStage,
    RepairCategory,
    RepairInput,
    RepairRecord,
    RepairRow,
    RepairSettings,
    RepairState,
    ReportedVia,
    Urgency,
)
from app.repairs.settings import (
    read_repair_settings,
    validate_repair_settings,
    write_repair_settings,
)
from app.repairs.steps import (
    check_window,
    text_field,
)
from app.repairs.store import (
    PHOTOS,
    TABLE,
    add_event,
    next_number,
    order_by_id,
    order_by_number,
    repair_record,
    repair_row,
    seal_order,
)
from app.repairs.work import RepairWork
from app.security.audit import Actor, AuditAction
from app.security.permissions import Permission
from db.models import Customer, RepairOrder, RepairPhoto

MAX_PHOTO_BYTES = 10 * 1024 * 1024


class RepairService(RepairWork):
    """Repair orders for the desk, engineering and managers (see RepairWork for the steps)."""

    # ------------------------------------------------------------------ intake and reading

    def record(self, data: RepairInput) -> RepairRecord:
        """Intake (RECORD_REPAIR): a new order numbered WX-YYYYMM-0001; an appointment in the past
        is refused (appointment_start: in_past)."""
        actor = self._desk.require(Permission.RECORD_REPAIR)
        now, keys = self._now(), self._desk.keys
        if data.category not in set(RepairCategory):
            raise ValidationError("category", "invalid")
        if data.urgency not in set(Urgency):
            raise ValidationError("urgency", "invalid")
        if data.reported_via not in set(ReportedVia):
            raise ValidationError("reported_via", "invalid")
        location = text_field("location", data.location)
        fault = text_field("fault", data.fault)
        check_window(data.appointment_start, data.appointment_end, now)
        month = local_today(now).isoformat()[:7]
        with self._uow() as s:
            if data.customer_id is not None and s.get(Customer, data.customer_id) is None:
                raise ValidationError("customer_id", "not_found")
            settings = read_repair_settings(s)
            row = RepairOrder(
                id=new_id(),
                number=next_number(s, settings.number_prefix, month),
                key_id=keys.active_key_id,
                customer_id=data.customer_id,
                month=month,
                reported_at=now,
                reported_via=data.reported_via,
                category=data.category,
                urgency=data.urgency,
                appointment_start=data.appointment_start,
                appointment_end=data.appointment_end,
                state="",  # the first event moves it to new
                created_by=actor.staff_id,
                created_at=now,
            )
            row.location = seal_order(keys, row, "location", location) or b""
            row.fault = seal_order(keys, row, "fault", fault) or b""
            s.add(row)
            s.flush()
            add_event(s, keys, row, EventKind.STATE, actor.staff_id, now, to_state=RepairState.NEW)
            self._audit.record(
                s,
                actor,
                AuditAction.REPAIR_RECORDED,
                entity="repair",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"category": row.category, "urgency": row.urgency},
            )
            return repair_record(s, keys, row, settings)

    def open(self, order_id: str) -> RepairRecord:
        """The whole order with its fee lines, events and photo list."""
        self._viewer()
        with self._uow() as s:
            row = order_by_id(s, order_id)
            return repair_record(s, self._desk.keys, row, read_repair_settings(s))

    def find(self, number: str) -> RepairRecord:
        """The order by its printed number (number: not_found)."""
        self._viewer()
        with self._uow() as s:
            row = order_by_number(s, number)
            return repair_record(s, self._desk.keys, row, read_repair_settings(s))

    def list_rows(
        self,
        state: str | None = None,
        month: str | None = None,
        technician_id: int | None = None,
        customer_id: str | None = None,
    ) -> list[RepairRow]:
        """Orders newest first, optionally of one state, one reported month (YYYY-MM), one
        technician or one customer (the customer file's tab)."""
        self._viewer()
        query = select(RepairOrder)
        if state:
            if state not in set(RepairState):
                raise ValidationError("state", "invalid")
            query = query.where(RepairOrder.state == state)
        if month:
            month_bounds(month)
            query = query.where(RepairOrder.month == month)
        if technician_id is not None:
            query = query.where(RepairOrder.technician_id == technician_id)
        if customer_id:
            query = query.where(RepairOrder.customer_id == customer_id)
        with self._uow() as s:
            settings = read_repair_settings(s)
            rows = s.scalars(query.order_by(RepairOrder.reported_at.desc(), RepairOrder.number))
            return [repair_row(s, self._desk.keys, r, settings) for r in rows]

    # ------------------------------------------------------------------ photos

    def add_photo(self, order_id: str, stage: str, filename: str, content: bytes) -> PhotoRecord:
        """A photo before or after the work (RECORD_REPAIR), stored sealed."""
        if stage not in set(PhotoStage):
            raise ValidationError("stage", "invalid")
        name = text_field("filename", filename)
        if not content:
            raise ValidationError("content", "required")
        if len(content) > MAX_PHOTO_BYTES:
            raise ValidationError("content", "too_large", "10 MB at most")
        actor = self._desk.require(Permission.RECORD_REPAIR)
        now, keys = self._now(), self._desk.keys
        with self._uow() as s:
            row = order_by_id(s, order_id)
            photo = RepairPhoto(
                id=new_id(), order_id=row.id, key_id=keys.active_key_id, stage=stage, created_at=now
            )
            photo.filename = seal(keys, PHOTOS, "filename", photo.id, name) or b""
            photo.content = (
                keys.seal_bytes(content, table=PHOTOS, column="content", row_id=photo.id) or b""
            )
            s.add(photo)
            add_event(s, keys, row, EventKind.PHOTO, actor.staff_id, now, note=f"{stage}: {name}")
            self._audit.record(
                s,
                actor,
                AuditAction.REPAIR_CHANGED,
                entity="repair",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"photo": stage},
            )
            return PhotoRecord(photo.id, stage, name, now)

    def photo(self, photo_id: str) -> bytes:
        """The photo's bytes, opened."""
        self._viewer()
        with self._uow() as s:
            photo = s.get(RepairPhoto, photo_id)
            if photo is None:
                raise DomainError(photo_id, code="photo_not_found")
            content = self._desk.keys.open_bytes(
                photo.content, table=PHOTOS, column="content", row_id=photo.id
            )
            return content or b""

    # ------------------------------------------------------------------ follow-up spot check

    def draw_followups(self, month: str) -> list[RepairRow]:
        """Draw the set share (default 20 %, rounded up) of the orders closed in `month` for a
        follow-up call (DISPATCH_REPAIR); the same month always draws the same orders, and
        drawing again only tops up."""
        actor = self._desk.require(Permission.DISPATCH_REPAIR)
        with self._uow() as s:
            settings = read_repair_settings(s)
            drawn = followups.draw(s, month, settings.followup_share_pct)
            self._audit.record(
                s,
                actor,
                AuditAction.REPAIR_CHANGED,
                entity="repair_followups",
                entity_id=month,
                detail={"drawn": [o.number for o in drawn]},
            )
            return [repair_row(s, self._desk.keys, o, settings) for o in drawn]

    def followups(self, month: str) -> list[RepairRow]:
        """The orders drawn for `month`'s follow-up calls."""
        self._viewer()
        with self._uow() as s:
            settings = read_repair_settings(s)
            rows = followups.drawn_for(s, month)
            return [repair_row(s, self._desk.keys, o, settings) for o in rows]

    def record_followup(self, order_id: str, data: FollowUpInput) -> RepairRecord:
        """The result of the follow-up call on a drawn order (RECORD_REPAIR)."""
        note = text_field("note", data.note, required=False)

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            if row.followup_drawn_month is None:
                raise ValidationError("followup", "not_drawn")
            payload = json.dumps({"satisfied": data.satisfied, "note": note}, ensure_ascii=False)
            row.followup = seal_order(self._desk.keys, row, "followup", payload)
            row.followup_satisfied, row.followup_at = data.satisfied, now
            add_event(s, self._desk.keys, row, EventKind.FOLLOWUP, actor.staff_id, now, note=note)
            return {"satisfied": data.satisfied}

        return self._change(Permission.RECORD_REPAIR, order_id, change)

    # ------------------------------------------------------------------ settings and printing

    def settings(self) -> RepairSettings:
        self._desk.current()
        with self._uow() as s:
            return read_repair_settings(s)

    def save_settings(self, value: RepairSettings) -> RepairSettings:
        """Layout, follow-up share, lateness grace (MANAGE_ROOM_SETTINGS), audited."""
        actor = self._desk.require(Permission.MANAGE_ROOM_SETTINGS)
        validate_repair_settings(value)
        with self._uow() as s:
            changed = write_repair_settings(s, value)
            if changed:
                self._audit.record(
                    s,
                    actor,
                    AuditAction.SETTINGS_CHANGED,
                    entity="repair_settings",
                    detail={"changed": changed},
                )
            return read_repair_settings(s)

    def render_order(self, number: str, layout: str | None = None) -> bytes:
        """The order as a PDF in three parts (客户联 / 工程存档联 / 财务联), on one A4 sheet with
        cut lines or on three A4 pages (default: the venue's setting); audited as FORM_PRINTED."""
        actor = self._desk.require(Permission.PRINT_FORMS)
        self._viewer()
        keys = self._desk.keys
        with self._uow() as s:
            settings = read_repair_settings(s)
            row = order_by_number(s, number)
            record = repair_record(s, keys, row, settings, history=False)
            png = keys.open_bytes(row.signature, table=TABLE, column="signature", row_id=row.id)
            chosen = layout or settings.print_layout
            data = repair_order_data(record, self._venue_name, png, self._now())
            pdf = render_repair_order(data, chosen)
            self._audit.record(
                s,
                actor,
                AuditAction.FORM_PRINTED,
                entity="repair_order",
                entity_id=row.number,
                customer_id=row.customer_id,
                detail={"layout": chosen},
            )
            return pdf
