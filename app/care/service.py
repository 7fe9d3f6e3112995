"""The care room's service: the day's list, greeting lists, calls and their results,
satisfaction answers, and customer classes with a manager's override."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.care import today as care_today
from app.care.classification import ClassChange, reclassify
from app.care.follow_ups import plan_follow_ups
from app.care.greeting_days import GreetingDayRecord, occurrences
from app.care.greeting_store import ensure_greeting_days, greeting_targets, save_greeting_day
from app.care.person_cache import PersonCache
from app.care.satisfaction import Answer, summarise, validate_answer
from app.care.schemas import (
    CareTaskRecord,
    CareToday,
    ClassOverrideInput,
    GreetingOccasion,
    GreetingTarget,
    SatisfactionInput,
    SatisfactionMonth,
    TaskKind,
    TaskOutcome,
    TaskState,
)
from app.care.settings import (
    CareSettings,
    read_care_settings,
    validate_care_settings,
    write_care_settings,
)
from app.customers.schemas import Activity, ConsentPurpose, ValueTier
from app.errors import ValidationError
from app.members.store import Clock, local_today, new_id, seal, unseal
from app.reminders.board import ReminderBoard
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import (
    CareTask,
    ClassOverride,
    Customer,
    CustomerConsent,
    SatisfactionAnswer,
    VenueSetting,
)
from db.session import UnitOfWork
from db.types import utc_now

CLASSIFIED_ON = "care.classified_on"
PLANNED_ON = "care.planned_on"
TASKS = "care_tasks"


class CareService:
    def __init__(
        self,
        uow: UnitOfWork,
        desk: DeskSession,
        audit: AuditTrail,
        reminders: ReminderBoard,
        now: Clock = utc_now,
        people: PersonCache | None = None,
    ) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit
        self._reminders, self._now = reminders, now
        # `is None`, not `or`: an empty cache is falsy (len 0) and must still be shared
        self._people = PersonCache(desk) if people is None else people

    def today(self) -> CareToday:
        """The receptionist's start of the day; plans the calls the rules call for first."""
        self._desk.require(Permission.CARE_TASKS)
        keys, day = self._desk.keys, local_today(self._now())
        with self._uow() as s:
            settings = read_care_settings(s)
            if _first_time_today(s, PLANNED_ON, day):
                plan_follow_ups(s, keys, settings, day)
            people = self._people.people(s)
            week = care_today.birthdays(s, keys, people, day, settings.birthday_days_ahead)
            listing = CareToday(
                day=day,
                birthdays_today=[b for b in week if b.birthday == day],
                birthdays_week=[b for b in week if b.birthday != day],
                follow_ups=care_today.due_tasks(s, keys, day),
                win_back=care_today.win_back(s, keys, day, settings.win_back_days),
                greetings=_greetings(s, day, settings.birthday_days_ahead),
            )
        overdue = [i for i in self._reminders.due_list(self._now()) if i.overdue]
        return dataclasses.replace(listing, overdue=overdue)

    # --- greeting days and lists ----------------------------------------------------------
    def greeting_days(self) -> list[GreetingDayRecord]:
        self._desk.require(Permission.CARE_TASKS)
        with self._uow() as s:
            return ensure_greeting_days(s)

    def save_greeting_day(self, record: GreetingDayRecord) -> GreetingDayRecord:
        actor = self._desk.require(Permission.MANAGE_ROOM_SETTINGS)
        with self._uow() as s:
            saved = save_greeting_day(s, record)
            self._audit.record(
                s, actor, AuditAction.SETTINGS_CHANGED, entity="greeting_day",
                entity_id=str(saved.id), detail={"name": saved.name},
            )  # fmt: skip
            return saved

    def greeting_list(self, greeting_day_id: int) -> list[GreetingTarget]:
        """Customers who agreed to marketing messages, each with the day's greeting text."""
        actor = self._desk.require(Permission.CARE_TASKS)
        with self._uow() as s:
            targets = greeting_targets(s, self._desk.keys, greeting_day_id)
            self._audit.record(
                s, actor, AuditAction.DATA_EXPORTED, entity="greeting_list",
                entity_id=str(greeting_day_id), detail={"customers": len(targets)},
            )  # fmt: skip
            return targets

    def opt_out(self, customer_id: str, reason: str = "") -> int:
        """One click: the customer's marketing consent withdrawn; returns how many."""
        actor = self._desk.require(Permission.CARE_TASKS)
        with self._uow() as s:
            rows = list(
                s.scalars(
                    select(CustomerConsent).where(
                        CustomerConsent.customer_id == customer_id,
                        CustomerConsent.purpose == ConsentPurpose.MARKETING,
                        CustomerConsent.withdrawn_at.is_(None),
                    )
                )
            )
            for row in rows:
                row.withdrawn_at, row.withdrawn_by = utc_now(), actor.staff_id
            self._audit.record(
                s, actor, AuditAction.CUSTOMER_UPDATED, entity="consent", entity_id=customer_id,
                customer_id=customer_id, reason=reason, detail={"withdrawn": "marketing"},
            )  # fmt: skip
            return len(rows)

    def customer_tasks(self, customer_id: str) -> list[CareTaskRecord]:
        """Every care task of one customer, newest first, for the customer file."""
        self._desk.require(Permission.CARE_TASKS)
        keys = self._desk.keys
        with self._uow() as s:
            rows = list(
                s.scalars(
                    select(CareTask)
                    .where(CareTask.customer_id == customer_id)
                    .order_by(CareTask.due_on.desc(), CareTask.created_at.desc())
                )
            )
            person = care_today.names_and_phones(s, keys, [customer_id]).get(customer_id)
            return [care_today.task_record(keys, r, person or ("", "", "")) for r in rows]

    # --- calls and benefits ---------------------------------------------------------------
    def plan_call(self, customer_id: str, due_on: date, note: str = "") -> CareTaskRecord:
        """A follow-up call planned by hand (e.g. the next step of an earlier call)."""
        actor = self._desk.require(Permission.CARE_TASKS)
        with self._uow() as s:
            row = self._new_task(
                s, customer_id, TaskKind.FOLLOW_UP, f"plan:{new_id()[:12]}", due_on
            )
            row.note = seal(self._desk.keys, TASKS, "note", row.id, note)
            self._record_care(s, actor, row, "planned")
            return self._task_record(s, row)

    def finish_task(self, task_id: str, outcome: TaskOutcome) -> CareTaskRecord:
        """A call made (or skipped) with its result and next step; a next date plans the next."""
        actor = self._desk.require(Permission.CARE_TASKS)
        if not outcome.result.strip() and not outcome.skipped:
            raise ValidationError("result", "required")
        today = local_today(self._now())
        if outcome.next_due_on is not None and outcome.next_due_on <= today:
            raise ValidationError("next_due_on", "not_in_future")
        with self._uow() as s:
            row = s.get(CareTask, task_id)
            if row is None or row.state != TaskState.OPEN:
                raise ValidationError("task", "not_open")
            self._close(row, outcome, actor.staff_id)
            if outcome.next_due_on is not None:
                nxt = self._new_task(
                    s, row.customer_id, TaskKind.FOLLOW_UP, f"next:{row.id}", outcome.next_due_on
                )
                nxt.note = seal(self._desk.keys, TASKS, "note", nxt.id, outcome.next_step)
            self._record_care(s, actor, row, row.state)
            return self._task_record(s, row)

    def call_win_back(self, customer_id: str, outcome: TaskOutcome) -> CareTaskRecord:
        """A win-back call to a dormant customer, recorded as done today."""
        actor = self._desk.require(Permission.CARE_TASKS)
        today = local_today(self._now())
        with self._uow() as s:
            row = self._new_task(s, customer_id, TaskKind.WIN_BACK, f"win-back:{today}", today)
            self._close(row, outcome, actor.staff_id)
            self._record_care(s, actor, row, row.state)
            return self._task_record(s, row)

    def give_birthday_benefit(self, customer_id: str, note: str = "") -> CareTaskRecord:
        """The tier's birthday benefit given this year: marked done, once per year."""
        actor = self._desk.require(Permission.CARE_TASKS)
        today = local_today(self._now())
        occasion = f"birthday-{today.year}"
        with self._uow() as s:
            exists = s.scalar(
                select(CareTask.id).where(
                    CareTask.customer_id == customer_id,
                    CareTask.kind == TaskKind.BIRTHDAY,
                    CareTask.occasion == occasion,
                )
            )
            if exists is not None:
                raise ValidationError("birthday", "already_given")
            row = self._new_task(s, customer_id, TaskKind.BIRTHDAY, occasion, today)
            self._close(row, TaskOutcome(result=note or "given"), actor.staff_id)
            self._record_care(s, actor, row, "birthday_benefit")
            return self._task_record(s, row)

    def _new_task(
        self, s: Session, customer_id: str, kind: str, occasion: str, due_on: date
    ) -> CareTask:
        if s.get(Customer, customer_id) is None:
            raise ValidationError("customer_id", "not_found")
        row = CareTask(
            id=new_id(),
            key_id=self._desk.keys.active_key_id,
            customer_id=customer_id,
            kind=kind,
            occasion=occasion,
            due_on=due_on.isoformat(),
        )
        s.add(row)
        s.flush()
        return row

    def _close(self, row: CareTask, outcome: TaskOutcome, staff_id: int | None) -> None:
        keys = self._desk.keys
        row.state = TaskState.SKIPPED if outcome.skipped else TaskState.DONE
        row.result = seal(keys, TASKS, "result", row.id, outcome.result.strip())
        row.next_step = seal(keys, TASKS, "next_step", row.id, outcome.next_step.strip())
        row.done_by, row.done_at = staff_id, self._now()

    def _record_care(self, s: Session, actor: Actor, row: CareTask, what: str) -> None:
        self._audit.record(
            s, actor, AuditAction.CARE_RECORDED, entity="care_task",
            entity_id=row.id, customer_id=row.customer_id, detail={"kind": row.kind, "what": what},
        )  # fmt: skip

    def _task_record(self, s: Session, row: CareTask) -> CareTaskRecord:
        person = care_today.names_and_phones(s, self._desk.keys, [row.customer_id])
        return care_today.task_record(self._desk.keys, row, person[row.customer_id])

    # --- satisfaction ----------------------------------------------------------------------
    def record_satisfaction(self, data: SatisfactionInput) -> str:
        actor = self._desk.require(Permission.CARE_TASKS)
        validate_answer(data)
        now = self._now()
        with self._uow() as s:
            if data.customer_id is not None and s.get(Customer, data.customer_id) is None:
                raise ValidationError("customer_id", "not_found")
            row = SatisfactionAnswer(
                id=new_id(),
                key_id=self._desk.keys.active_key_id,
                customer_id=data.customer_id,
                source=data.source,
                source_id=data.source_id,
                month=local_today(now).strftime("%Y-%m"),
                csat=data.csat,
                nps=data.nps,
                staff_id=actor.staff_id,
                at=now,
            )
            row.comment = seal(
                self._desk.keys, "satisfaction_answers", "comment", row.id, data.comment
            )
            s.add(row)
            self._audit.record(
                s, actor, AuditAction.SATISFACTION_RECORDED, entity="satisfaction",
                entity_id=row.id, customer_id=data.customer_id,
                detail={"source": data.source, "csat": data.csat, "nps": data.nps},
            )  # fmt: skip
            return row.id

    def satisfaction_month(self, month: str) -> SatisfactionMonth:
        self._desk.require(Permission.VIEW_ANALYSIS)
        keys = self._desk.keys
        with self._uow() as s:
            rows = s.scalars(
                select(SatisfactionAnswer)
                .where(SatisfactionAnswer.month == month)
                .order_by(SatisfactionAnswer.at)
            )
            answers = [
                Answer(
                    r.csat, r.nps, unseal(keys, "satisfaction_answers", "comment", r.id, r.comment)
                )
                for r in rows
            ]
        return summarise(month, answers)

    # --- classes ---------------------------------------------------------------------------
    def refresh_classes(self, force: bool = False) -> list[ClassChange]:
        """Once a day (or when asked): every customer's value tier and activity brought up to
        date from visits and purchases."""
        self._desk.current()
        today = local_today(self._now())
        with self._uow() as s:
            if not _first_time_today(s, CLASSIFIED_ON, today) and not force:
                return []
            return reclassify(s, read_care_settings(s), today)

    def override_class(self, data: ClassOverrideInput) -> None:
        """A manager fixes a customer's tier and/or activity; both empty removes the override."""
        actor = self._desk.require(Permission.OVERRIDE_CLASS)
        if data.value_tier and data.value_tier not in set(ValueTier):
            raise ValidationError("value_tier", "invalid")
        if data.activity and data.activity not in set(Activity):
            raise ValidationError("activity", "invalid")
        if not data.reason.strip():
            raise ValidationError("reason", "required")
        with self._uow() as s:
            customer = s.get(Customer, data.customer_id)
            if customer is None:
                raise ValidationError("customer_id", "not_found")
            row = s.scalar(
                select(ClassOverride).where(ClassOverride.customer_id == data.customer_id)
            )
            if not data.value_tier and not data.activity:
                if row is not None:
                    s.delete(row)
            else:
                if row is None:
                    row = ClassOverride(id=new_id(), customer_id=data.customer_id)
                    s.add(row)
                row.key_id = self._desk.keys.active_key_id
                row.value_tier, row.activity = data.value_tier, data.activity
                row.reason = (
                    seal(self._desk.keys, "class_overrides", "reason", row.id, data.reason) or b""
                )
                row.staff_id, row.at = actor.staff_id, self._now()
                customer.value_tier = data.value_tier or customer.value_tier
                customer.activity = data.activity or customer.activity
            self._audit.record(
                s, actor, AuditAction.CLASS_OVERRIDDEN, entity="customer",
                entity_id=data.customer_id, customer_id=data.customer_id, reason=data.reason,
                detail={"value_tier": data.value_tier, "activity": data.activity},
            )  # fmt: skip

    # --- settings --------------------------------------------------------------------------
    def settings(self) -> CareSettings:
        self._desk.current()
        with self._uow() as s:
            return read_care_settings(s)

    def update_settings(self, value: CareSettings) -> CareSettings:
        actor = self._desk.require(Permission.MANAGE_ROOM_SETTINGS)
        validate_care_settings(value)
        with self._uow() as s:
            changed = write_care_settings(s, value)
            if changed:
                self._audit.record(
                    s, actor, AuditAction.SETTINGS_CHANGED, entity="care_settings",
                    detail={"changed": changed},
                )  # fmt: skip
        return value


def _greetings(s: Session, day: date, ahead: int) -> list[GreetingOccasion]:
    end = day + timedelta(days=ahead)
    return [
        GreetingOccasion(d.id, d.name, on, d.greeting)
        for d, on in occurrences(ensure_greeting_days(s), day, end)
    ]


def _first_time_today(s: Session, key: str, today: date) -> bool:
    """Marks `key` done for today; True when it had not been done yet today."""
    mark = s.get(VenueSetting, key)
    if mark is not None and mark.value == today.isoformat():
        return False
    if mark is None:
        s.add(VenueSetting(key=key, value=today.isoformat()))
    else:
        mark.value = today.isoformat()
    return True
