"""The engineering steps of a repair order: dispatch, arrival (and a re-agreed time), fees and
the customer's agreement, the work, the signature, the supervisor's check, closing, cancelling."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.members.store import local_today
from app.repairs import fees
from app.repairs.schemas import (
    OPEN_STATES,
    AgreementInput,
    ArrivalInput,
    CheckInput,
    CheckResult,
    CompletionInput,
    DispatchInput,
    EventKind,
    RepairRecord,
    RepairState,
    RescheduleInput,
    SignatureInput,
)
from app.repairs.steps import (
    RepairBase,
    aware,
    check_window,
    require_state,
    text_field,
)
from app.repairs.store import (
    TABLE,
    add_event,
    order_by_id,
    seal_order,
)
from app.security.audit import Actor
from app.security.permissions import Permission
from db.models import RepairOrder, Technician

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WORKING = (RepairState.SCHEDULED, RepairState.IN_PROGRESS, RepairState.WAITING_PARTS)


class RepairWork(RepairBase):
    def dispatch(self, order_id: str, data: DispatchInput) -> RepairRecord:
        """The supervisor assigns or re-assigns a technician (DISPATCH_REPAIR): new -> scheduled."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.NEW, *WORKING)
            tech = s.get(Technician, data.technician_id)
            if tech is None or not tech.active:
                raise ValidationError("technician_id", "not_found")
            row.technician_id, row.dispatched_by, row.dispatched_at = tech.id, actor.staff_id, now
            note = text_field("note", data.note, required=False)
            keys = self._desk.keys
            add_event(s, keys, row, EventKind.DISPATCH, actor.staff_id, now, note=note or tech.name)
            if row.state == RepairState.NEW:
                self._move(s, row, actor, now, RepairState.SCHEDULED)
            return {"technician_id": tech.id}

        return self._change(Permission.DISPATCH_REPAIR, order_id, change)

    def _new_window(
        self,
        s: Session,
        row: RepairOrder,
        actor: Actor,
        now: datetime,
        window: tuple[datetime, datetime],
        reason: str,
    ) -> None:
        reason = text_field("reschedule_reason", reason)
        old = (row.appointment_start, row.appointment_end)
        row.appointment_start, row.appointment_end = window
        row.rescheduled = True
        row.reschedule_reason = seal_order(self._desk.keys, row, "reschedule_reason", reason)
        note = json.dumps(
            {
                "from": [t.isoformat() for t in old],
                "to": [t.isoformat() for t in window],
                "reason": reason,
            },
            ensure_ascii=False,
        )
        add_event(s, self._desk.keys, row, EventKind.RESCHEDULE, actor.staff_id, now, note=note)

    def reschedule(self, order_id: str, data: RescheduleInput) -> RepairRecord:
        """A new window agreed with the customer before arrival, with the reason; lateness is then
        measured against it (RECORD_REPAIR)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.NEW, RepairState.SCHEDULED)
            if row.arrived_at is not None:
                raise DomainError(row.number, code="repair_wrong_state")
            check_window(data.new_start, data.new_end, now)
            self._new_window(s, row, actor, now, (data.new_start, data.new_end), data.reason)
            return {"rescheduled": True}

        return self._change(Permission.RECORD_REPAIR, order_id, change)

    def arrive(self, order_id: str, data: ArrivalInput) -> RepairRecord:
        """The technician is on site (WORK_REPAIR); late when more than the grace (10 min) after
        the window's end, unless a new time was agreed (new_start/new_end + reason)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.SCHEDULED)
            if row.arrived_at is not None:
                raise DomainError(row.number, code="repair_wrong_state")
            at = aware("arrived_at", data.arrived_at)
            if at > now + timedelta(minutes=1):
                raise ValidationError("arrived_at", "in_future")
            if at < row.reported_at:
                raise ValidationError("arrived_at", "before_reported")
            if data.new_start is not None or data.new_end is not None:
                if data.new_start is None or data.new_end is None:
                    raise ValidationError("new_end" if data.new_start else "new_start", "required")
                if data.new_end <= aware("new_start", data.new_start):
                    raise ValidationError("new_end", "before_start")
                window = (data.new_start, aware("new_end", data.new_end))
                self._new_window(s, row, actor, now, window, data.reschedule_reason)
            row.arrived_at = at
            add_event(
                s, self._desk.keys, row, EventKind.ARRIVE, actor.staff_id, now, note=at.isoformat()
            )
            return {"arrived_at": at.isoformat()}

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def propose_fees(self, order_id: str, data: AgreementInput) -> RepairRecord:
        """The fee lines shown to the customer at the prices of the order's fee standard
        (WORK_REPAIR). An agreement stands while the total stays within its cost limit; beyond it
        the customer must agree again. "Other" lines need APPROVE_OTHER_FEE (given at once when
        the actor has it, else by approve_other_fee)."""
        approver = self._desk.can(Permission.APPROVE_OTHER_FEE)

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, *WORKING)
            detail = fees.set_lines(
                s,
                row,
                data,
                approver_id=actor.staff_id if approver else None,
                today=local_today(now),
                now=now,
            )
            add_event(
                s, self._desk.keys, row, EventKind.FEE, actor.staff_id, now, note=json.dumps(detail)
            )
            return detail

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def approve_other_fee(self, order_id: str, line_id: int) -> RepairRecord:
        """A manager approves one "other" fee line not in the standard (APPROVE_OTHER_FEE)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, *WORKING)
            fees.approve_other(s, row, line_id, actor.staff_id)
            add_event(
                s,
                self._desk.keys,
                row,
                EventKind.FEE,
                actor.staff_id,
                now,
                note=f"approved {line_id}",
            )
            return {"approved_line": line_id}

        return self._change(Permission.APPROVE_OTHER_FEE, order_id, change)

    def agree_fees(self, order_id: str) -> RepairRecord:
        """The customer agrees the lines shown and the cost limit (WORK_REPAIR); refused while an
        "other" line is not approved."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, *WORKING)
            total = fees.agree(s, row, now)
            note = json.dumps({"agreed_fen": total, "limit_fen": row.fee_limit_fen})
            add_event(s, self._desk.keys, row, EventKind.FEE, actor.staff_id, now, note=note)
            return {"agreed_fen": total, "limit_fen": row.fee_limit_fen}

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def start_work(self, order_id: str) -> RepairRecord:
        """scheduled or waiting_parts -> in_progress; refused before arrival or without the
        customer's agreement to the fees (fees: not_agreed)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.SCHEDULED, RepairState.WAITING_PARTS)
            if row.arrived_at is None:
                raise ValidationError("arrived_at", "required")
            fees.require_agreed(s, row)
            self._move(s, row, actor, now, RepairState.IN_PROGRESS)
            return {}

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def wait_for_parts(self, order_id: str, note: str = "") -> RepairRecord:
        """in_progress -> waiting_parts (WORK_REPAIR)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.IN_PROGRESS)
            text = text_field("note", note, required=False)
            self._move(s, row, actor, now, RepairState.WAITING_PARTS, note=text)
            return {}

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def complete(self, order_id: str, data: CompletionInput) -> RepairRecord:
        """in_progress -> done with the work and parts (WORK_REPAIR); refused while fees are not
        agreed. Under warranty the lines stay and the amount is 0."""
        work = text_field("work_done", data.work_done)
        parts = [p.strip() for p in data.parts if p.strip()]
        if any(len(p) > 200 for p in parts):
            raise ValidationError("parts", "too_long")

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.IN_PROGRESS)
            lines = fees.require_agreed(s, row)
            keys = self._desk.keys
            row.work_done = seal_order(keys, row, "work_done", work)
            row.parts = seal_order(keys, row, "parts", json.dumps(parts, ensure_ascii=False))
            row.under_warranty = data.under_warranty
            row.total_fen = 0 if data.under_warranty else sum(line.amount_fen for line in lines)
            row.finished_at = now
            self._move(s, row, actor, now, RepairState.DONE)
            return {"total_fen": row.total_fen, "under_warranty": row.under_warranty}

        return self._change(Permission.WORK_REPAIR, order_id, change)

    def sign(self, order_id: str, data: SignatureInput) -> RepairRecord:
        """The customer's signature (PNG, stored sealed) or "signed on paper", once the work is
        done (RECORD_REPAIR)."""
        if data.png is None and not data.signed_on_paper:
            raise ValidationError("signature", "required")
        if data.png is not None and not data.png.startswith(PNG_MAGIC):
            raise ValidationError("signature", "invalid", "a PNG image")

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.DONE, RepairState.CHECKED)
            row.signature = (
                self._desk.keys.seal_bytes(data.png, table=TABLE, column="signature", row_id=row.id)
                if data.png is not None
                else None
            )
            row.signed_on_paper = data.png is None
            row.signed_at = now
            note = "paper" if row.signed_on_paper else "screen"
            add_event(s, self._desk.keys, row, EventKind.SIGN, actor.staff_id, now, note=note)
            return {"signed": note}

        return self._change(Permission.RECORD_REPAIR, order_id, change)

    def signature(self, order_id: str) -> bytes | None:
        """The signature PNG, opened for showing or printing."""
        self._viewer()
        with self._uow() as s:
            row = order_by_id(s, order_id)
            return self._desk.keys.open_bytes(
                row.signature, table=TABLE, column="signature", row_id=row.id
            )

    def check(self, order_id: str, data: CheckInput) -> RepairRecord:
        """The supervisor's check of done work (CHECK_REPAIR): pass -> checked, fail -> back to
        in_progress (counted against the first-time pass rate)."""
        note = text_field("note", data.note, required=not data.passed)

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, RepairState.DONE)
            row.check_result = CheckResult.PASS if data.passed else CheckResult.FAIL
            row.check_note = seal_order(self._desk.keys, row, "check_note", note)
            row.checked_by, row.checked_at = actor.staff_id, now
            if not data.passed:
                row.check_failures += 1
            add_event(s, self._desk.keys, row, EventKind.CHECK, actor.staff_id, now, note=note)
            to = RepairState.CHECKED if data.passed else RepairState.IN_PROGRESS
            self._move(s, row, actor, now, to)
            return {"check": row.check_result}

        return self._change(Permission.CHECK_REPAIR, order_id, change)

    def close(self, order_id: str) -> RepairRecord:
        """checked -> closed (CHECK_REPAIR); refused without a passing check (check: required), a
        signature (signature: required) or agreed fees (fees: not_agreed)."""

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            if row.state in (RepairState.DONE, RepairState.IN_PROGRESS) or (
                row.state == RepairState.CHECKED and row.check_result != CheckResult.PASS
            ):
                raise ValidationError("check", "required")
            require_state(row, RepairState.CHECKED)
            if row.signature is None and not row.signed_on_paper:
                raise ValidationError("signature", "required")
            fees.require_agreed(s, row)
            row.closed_at = now
            self._move(s, row, actor, now, RepairState.CLOSED)
            return {"total_fen": row.total_fen}

        return self._change(Permission.CHECK_REPAIR, order_id, change)

    def cancel(self, order_id: str, reason: str) -> RepairRecord:
        """Any open order -> cancelled, with the reason (DISPATCH_REPAIR)."""
        text = text_field("reason", reason)

        def change(s: Session, row: RepairOrder, actor: Actor, now: datetime) -> dict[str, object]:
            require_state(row, *OPEN_STATES)
            row.cancel_reason = seal_order(self._desk.keys, row, "cancel_reason", text)
            self._move(s, row, actor, now, RepairState.CANCELLED)
            return {}

        return self._change(Permission.DISPATCH_REPAIR, order_id, change)
