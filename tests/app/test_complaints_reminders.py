"""Stepped reminders for complaint deadlines (50 % and 80 % to the handler, 100 % to the duty
manager, once a day while overdue) and the "overdue and due soon" list."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.complaints.schemas import Deadline, ReplyInput
from app.services import Services
from db.models import Reminder
from tests.app.complaint_helpers import complaints, intake, staff_id
from tests.app.member_helpers import Clock


def steps(services: Services, card_id: str) -> set[tuple[str, str, str]]:
    with services.venue.uow() as s:
        rows = s.scalars(select(Reminder).where(Reminder.source_id == card_id))
        return {(r.deadline, r.step, r.recipient) for r in rows}


def test_reminders_step_up_to_the_manager_and_repeat_daily(services: Services) -> None:
    clock = Clock()
    handler = staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake(handler_id=handler))
    start, mine = clock(), f"staff:{handler}"
    assert services.reminders.sweep(start + timedelta(hours=11)) == 0
    assert services.reminders.sweep(start + timedelta(hours=12)) == 1
    assert steps(services, card.id) == {("first_response", "50", mine)}
    assert services.reminders.sweep(start + timedelta(hours=20)) == 1
    assert ("first_response", "80", mine) in steps(services, card.id)
    day1 = start + timedelta(hours=25)
    assert services.reminders.sweep(day1) == 3
    assert services.reminders.sweep(day1) == 0  # each step once
    overdue1 = f"overdue-{day1.astimezone().date().isoformat()}"
    assert {
        ("first_response", "100", "role:manager"),
        ("first_response", overdue1, "role:manager"),
        ("first_response", overdue1, mine),
    } <= steps(services, card.id)
    day2 = day1 + timedelta(days=1)
    assert services.reminders.sweep(day2) == 2
    overdue2 = f"overdue-{day2.astimezone().date().isoformat()}"
    assert ("first_response", overdue2, "role:manager") in steps(services, card.id)
    # the handler sees their own steps, the manager role's too
    assert {r.step for r in services.reminders.mine()} >= {"50", "80", "100", overdue1}


def test_unassigned_cards_remind_the_managers_and_replies_stop_the_steps(
    services: Services,
) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake())
    service.start_investigation(card.id)
    service.record_reply(card.id, ReplyInput("phone", "已处理", satisfaction=5))
    service.close(card.id)
    other = service.record(intake())
    services.reminders.sweep(clock() + timedelta(hours=13))
    assert steps(services, card.id) == set()
    assert steps(services, other.id) == {("first_response", "50", "role:manager")}


def test_paused_cards_and_praise_raise_nothing(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    waiting = service.record(intake())
    service.wait_for_customer(waiting.id)
    praise = service.record(intake(kind="praise", category="other"))
    assert praise.deadlines == ()
    services.reminders.sweep(clock() + timedelta(days=10))
    assert steps(services, waiting.id) == set() and steps(services, praise.id) == set()


def test_due_list_shows_overdue_and_due_soon(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake(promised_reply_at=clock() + timedelta(hours=3)))
    soon = [i for i in services.reminders.due_list(clock()) if i.source == "complaint"]
    assert [(i.number, i.deadline, i.overdue) for i in soon] == [
        (card.number, Deadline.PROMISED_REPLY, False),
        (card.number, Deadline.FIRST_RESPONSE, False),
    ]
    assert soon[0].title == "service_attitude" and "王" not in soon[0].title
    later = services.reminders.due_list(clock() + timedelta(hours=30))
    overdue = [(i.deadline, i.overdue) for i in later if i.source == "complaint"]
    assert overdue == [(Deadline.PROMISED_REPLY, True), (Deadline.FIRST_RESPONSE, True)]


def test_followup_falls_due_on_its_day(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake())
    service.start_investigation(card.id)
    service.record_reply(card.id, ReplyInput("phone", "已处理", satisfaction=5))
    card = service.close(card.id)
    assert not [i for i in services.reminders.due_list(clock()) if i.deadline == "followup"]
    later = clock() + timedelta(days=3)
    items = [i for i in services.reminders.due_list(later) if i.deadline == "followup"]
    assert [(i.number, i.overdue, i.owner) for i in items] == [(card.number, False, "员工jingli")]
    services.reminders.sweep(later)
    assert ("followup", "due", f"staff:{card.handler_id}") in steps(services, card.id)
