"""Complaint cards through their life: intake, assignment, investigation, remedy and approval,
reply and satisfaction, waiting on the customer, closing, follow-up and reopening."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.complaints.schemas import (
    ComplaintSettings,
    Deadline,
    DeadlineState,
    FollowUpInput,
    InvestigationInput,
    PlanInput,
    RemedyInput,
    ReplyInput,
    State,
)
from app.customers.schemas import CustomerInput
from app.errors import DomainError, PermissionDenied, ValidationError
from app.services import Services
from db.models import AuditEntry, Complaint, Reminder
from tests.app.complaint_helpers import complaints, intake, set_settings, staff_id
from tests.app.member_helpers import Clock, raw_db

REPORT = InvestigationInput(
    cause="交接班时无人接待",
    facts="19:00 前台仅一人，另一人在处理退房",
    responsible="张三",
    conclusion="属实",
    corrective_action="当面道歉",
    preventive_action="交接班时段增加一人",
)


def test_intake_numbers_the_card_and_keeps_what_was_typed(services: Services) -> None:
    clock = Clock()
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    card = service.record(intake(promised_reply_at=clock() + timedelta(hours=4)))
    month = clock().astimezone().strftime("%Y%m")
    assert card.number == f"TS-{month}-0001"
    assert card.state == State.RECEIVED and card.kind == "complaint"
    assert card.customer_name == "王𠮷" and card.contact_phone == "+8613800138000"
    assert card.summary.endswith("还被催着结账 😠") and '"态度冷淡"' in card.summary
    assert card.requests == ("apology", "explanation")
    assert card.created_by == "员工qiantai"
    assert [e.to_state for e in card.events] == [State.RECEIVED]
    deadlines = {d.deadline: d for d in card.deadlines}
    assert deadlines[Deadline.FIRST_RESPONSE].due_at == clock() + timedelta(hours=24)
    assert deadlines[Deadline.CLOSE].due_at == clock() + timedelta(days=7)
    assert deadlines[Deadline.PROMISED_REPLY].due_at == clock() + timedelta(hours=4)
    assert Deadline.PLAN not in deadlines
    second = service.record(intake(anonymous=True, contact_name="", contact_phone=""))
    assert second.number == f"TS-{month}-0002" and second.customer_name == ""
    assert service.find(second.number).id == second.id
    # the words are sealed: neither the summary nor the phone is in the file
    assert "态度冷淡".encode() not in raw_db(services)
    assert b"13800138000" not in raw_db(services)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"summary": "  "}, "summary", "required"),
        ({"channel": ""}, "channel", "required"),
        ({"channel": "fax"}, "channel", "invalid"),
        ({"category": "weather"}, "category", "invalid"),
        ({"contact_name": "", "contact_phone": ""}, "complainant", "required"),
        ({"anonymous": True}, "complainant", "conflict"),
        ({"contact_name": "", "contact_phone": "13800138000"}, "contact_name", "required"),
        ({"contact_phone": "12345"}, "contact_phone", "invalid"),
        ({"requests": ("money",)}, "requests", "invalid"),
        ({"severity": "major"}, "major_reasons", "required"),
        ({"major_reasons": ("media",)}, "severity", "must_be_major"),
        (
            {"kind": "praise", "severity": "major", "major_reasons": ("media",)},
            "severity",
            "complaints_only",
        ),
        ({"department": "kitchen"}, "department", "invalid"),
        ({"promised_reply_at": None}, "promised_reply_at", "required"),
        (
            {"customer_id": "nobody", "contact_name": "", "contact_phone": ""},
            "customer_id",
            "not_found",
        ),
    ],
)
def test_bad_intake_is_refused_with_field_and_code(
    services: Services, changes: dict[str, object], field: str, code: str
) -> None:
    staff_id(services, "qiantai", "reception")
    service = complaints(services, Clock())
    with pytest.raises(ValidationError) as refused:
        service.record(intake(**changes))
    assert (refused.value.field, refused.value.code) == (field, code)
    assert service.list_rows() == []


def test_promised_time_before_intake_and_intake_in_future_are_refused(services: Services) -> None:
    clock = Clock()
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    with pytest.raises(ValidationError) as early:
        service.record(
            intake(
                received_at=clock() - timedelta(hours=1),
                promised_reply_at=clock() - timedelta(hours=2),
            )
        )
    assert (early.value.field, early.value.code) == ("promised_reply_at", "before_received")
    with pytest.raises(ValidationError) as future:
        service.record(intake(received_at=clock() + timedelta(hours=1)))
    assert (future.value.field, future.value.code) == ("received_at", "in_future")


def test_a_complaint_about_a_staff_member_never_goes_to_them(services: Services) -> None:
    clock = Clock()
    accused = staff_id(services, "jingli_a", "manager")
    other = staff_id(services, "jingli_b", "manager")
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    with pytest.raises(ValidationError) as refused:
        service.record(intake(staff_concerned_id=accused, handler_id=accused))
    assert (refused.value.field, refused.value.code) == ("handler_id", "staff_concerned")
    card = service.record(intake(staff_concerned_id=accused, category="staff_conduct"))
    assert card.staff_concerned_name == "员工jingli_a"
    handlers = [h.staff_id for h in service.handlers(accused)]
    assert other in handlers and accused not in handlers
    assert all(h.role != "reception" for h in service.handlers())
    staff_id(services, "jingli_b", "manager")
    with pytest.raises(ValidationError) as again:
        service.assign(card.id, accused)
    assert again.value.code == "staff_concerned"
    # nor may the accused take it up themselves
    staff_id(services, "jingli_a", "manager")
    with pytest.raises(DomainError) as own:
        service.start_investigation(card.id)
    assert own.value.code == "staff_concerned"
    reception = staff_id(services, "qiantai", "reception")
    staff_id(services, "jingli_b", "manager")
    assert service.assign(card.id, other).handler_name == "员工jingli_b"
    with pytest.raises(ValidationError) as not_handler:
        service.assign(card.id, reception)
    assert not_handler.value.code == "not_a_handler"


def test_reception_records_but_does_not_handle(services: Services) -> None:
    staff_id(services, "qiantai", "reception")
    service = complaints(services, Clock())
    card = service.record(intake())
    with pytest.raises(PermissionDenied):
        service.start_investigation(card.id)
    assert service.add_note(card.id, "客人又来电话").events[-1].note == "客人又来电话"


def test_the_whole_life_of_a_complaint_with_who_and_when(services: Services) -> None:
    clock = Clock()
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    card = service.record(intake())
    manager = staff_id(services, "jingli", "manager")
    clock.advance(hours=2)
    card = service.start_investigation(card.id, "已致电客人")
    assert card.state == State.INVESTIGATING and card.handler_id == manager
    assert card.first_response_at == clock()
    clock.advance(hours=3)
    card = service.record_investigation(card.id, REPORT)
    assert card.state == State.HANDLING and card.investigation == REPORT
    card = service.record_remedy(card.id, RemedyInput("赠送下午茶券一张", 8_800))
    assert card.compensation_fen == 8_800 and not card.compensation_needs_approval
    clock.advance(hours=1)
    card = service.record_reply(
        card.id, ReplyInput("phone", "已致歉并说明改进措施", satisfaction=4)
    )
    assert card.state == State.REPLIED and card.satisfaction == 4
    assert card.reply is not None and card.reply.staff_name == "员工jingli"
    card = service.close(card.id)
    assert card.state == State.FOLLOWING_UP and card.closed_at == clock()
    assert card.followup_due_on == (clock.today() + timedelta(days=3)).isoformat()
    clock.advance(days=3)
    card = service.record_followup(card.id, FollowUpInput("call", "客人表示满意", satisfaction=5))
    assert card.state == State.CLOSED and card.satisfaction == 5
    assert card.followup is not None and card.followup.result == "客人表示满意"
    states = [(e.from_state, e.to_state, e.staff_name) for e in card.events if e.to_state]
    assert states == [
        ("", "received", "员工qiantai"),
        ("received", "investigating", "员工jingli"),
        ("investigating", "handling", "员工jingli"),
        ("handling", "replied", "员工jingli"),
        ("replied", "following_up", "员工jingli"),
        ("following_up", "closed", "员工jingli"),
    ]
    deadlines = {d.deadline: d.state for d in card.deadlines}
    assert deadlines == {
        Deadline.FIRST_RESPONSE: DeadlineState.MET,
        Deadline.PROMISED_REPLY: DeadlineState.MET,
        Deadline.CLOSE: DeadlineState.MET,
    }
    with pytest.raises(DomainError) as again:
        service.close(card.id)
    assert again.value.code == "already_closed"


def test_closing_needs_a_reply_and_a_major_one_an_investigation(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake(severity="major", major_reasons=("media", "injury")))
    with pytest.raises(ValidationError) as no_reply:
        service.close(card.id)
    assert (no_reply.value.field, no_reply.value.code) == ("reply", "required")
    service.start_investigation(card.id)
    service.record_reply(card.id, ReplyInput("in_person", "当面致歉", satisfaction=4))
    with pytest.raises(ValidationError) as no_report:
        service.close(card.id)
    assert (no_report.value.field, no_report.value.code) == ("investigation", "required")
    with pytest.raises(DomainError) as order:
        service.record_investigation(card.id, REPORT)
    assert order.value.code == "wrong_state"
    service.reopen(card.id, "需补调查报告")
    service.record_investigation(card.id, REPORT)
    service.record_reply(card.id, ReplyInput("in_person", "再次说明", satisfaction=4))
    assert service.close(card.id).state == State.FOLLOWING_UP


def test_compensation_above_the_limit_waits_for_a_manager(services: Services) -> None:
    clock = Clock()
    set_settings(services, clock, compensation_limit_fen=20_000)
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake())
    service.start_investigation(card.id)
    with pytest.raises(ValidationError) as negative:
        service.record_remedy(card.id, RemedyInput("退款", -1))
    assert (negative.value.field, negative.value.code) == ("compensation_fen", "negative")
    card = service.record_remedy(card.id, RemedyInput("退还房费", 50_000))
    assert card.compensation_needs_approval
    with pytest.raises(ValidationError) as waiting:
        service.record_reply(card.id, ReplyInput("phone", "将退还房费"))
    assert waiting.value.code == "needs_approval"
    staff_id(services, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        service.approve_compensation(card.id)
    staff_id(services, "jingli", "manager")
    card = service.approve_compensation(card.id)
    assert not card.compensation_needs_approval and card.compensation_approved_by == "员工jingli"
    # a changed amount needs approving again
    assert service.record_remedy(
        card.id, RemedyInput("退还房费", 60_000)
    ).compensation_needs_approval


def test_unsatisfied_customer_reopens_the_card(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake())
    service.start_investigation(card.id)
    for bad in (0, 6):
        with pytest.raises(ValidationError) as out_of_range:
            service.record_reply(card.id, ReplyInput("phone", "说明", satisfaction=bad))
        assert (out_of_range.value.field, out_of_range.value.code) == (
            "satisfaction",
            "out_of_range",
        )
    card = service.record_reply(card.id, ReplyInput("phone", "说明", satisfaction=2))
    assert card.state == State.REOPENED and card.reopen_count == 1
    card = service.start_investigation(card.id)
    assert card.state == State.INVESTIGATING
    service.record_reply(card.id, ReplyInput("phone", "补偿方案", satisfaction=4))
    service.close(card.id)
    clock.advance(days=4)
    card = service.record_followup(card.id, FollowUpInput("visit", "仍不满意", satisfaction=1))
    assert card.state == State.REOPENED and card.reopen_count == 2 and card.closed_at is None


def test_waiting_on_the_customer_pauses_the_clock(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    card = service.record(intake())
    start = clock()
    clock.advance(hours=1)
    service.start_investigation(card.id)
    clock.advance(hours=1)
    card = service.wait_for_customer(card.id, "等客人提供发票")
    assert card.state == State.WAITING_CUSTOMER and card.paused
    clock.advance(hours=30)
    card = service.open(card.id)
    close = next(d for d in card.deadlines if d.deadline == Deadline.CLOSE)
    assert close.state == DeadlineState.PAUSED and card.paused_seconds == 30 * 3600
    card = service.resume(card.id)
    assert card.state == State.INVESTIGATING and not card.paused
    close = next(d for d in card.deadlines if d.deadline == Deadline.CLOSE)
    assert close.due_at == start + timedelta(days=7, hours=30)
    assert close.paused_seconds == 30 * 3600 and card.paused_seconds == 30 * 3600
    with pytest.raises(DomainError):
        service.resume(card.id)


def test_major_complaint_alerts_duty_managers_at_once(services: Services) -> None:
    clock = Clock()
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    card = service.record(intake(severity="major", major_reasons=("injury",)))
    plan = next(d for d in card.deadlines if d.deadline == Deadline.PLAN)
    assert plan.due_at == clock() + timedelta(hours=24)
    with services.venue.uow() as s:
        alerts = s.scalars(select(Reminder).where(Reminder.source_id == card.id)).all()
        assert [(r.step, r.recipient, r.due_at) for r in alerts] == [
            ("now", "role:manager", plan.due_at)
        ]
    staff_id(services, "jingli", "manager")
    assert [r.step for r in services.reminders.mine()] == ["now"]
    clock.advance(hours=5)
    card = service.record_plan(card.id, PlanInput("今日内由值班经理上门致歉"))
    plan = next(d for d in card.deadlines if d.deadline == Deadline.PLAN)
    assert plan.state == DeadlineState.MET and card.plan == "今日内由值班经理上门致歉"
    # a normal card raised to major later: the plan clock starts then
    other = service.record(intake())
    clock.advance(hours=2)
    other = service.mark_major(other.id, ("media",))
    plan = next(d for d in other.deadlines if d.deadline == Deadline.PLAN)
    assert plan.starts_at == clock() and other.is_major


def test_audit_and_customer_view(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    customer = services.customers.create(CustomerInput(name="阿卜杜拉·买买提"))
    service = complaints(services, clock)
    card = service.record(intake(customer_id=customer.id, contact_name="", contact_phone=""))
    assert card.customer_name == "阿卜杜拉·买买提"
    service.open(card.id)
    service.add_note(card.id, "备注, 含逗号")
    with services.venue.uow() as s:
        actions = [
            (a.action, a.entity)
            for a in s.scalars(select(AuditEntry).where(AuditEntry.customer_id == customer.id))
        ]
    assert ("complaint_recorded", "complaint") in actions
    assert ("customer_viewed", "complaint") in actions
    assert ("complaint_changed", "complaint") in actions


def test_lists_filter_by_state_month_kind_and_overdue(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    old = service.record(intake())
    praise = service.record(intake(kind="praise", category="other", requests=()))
    clock.advance(days=8)
    rows = service.list_rows()
    assert [r.number for r in rows] == [praise.number, old.number]
    assert [r.number for r in service.list_rows(overdue_only=True)] == [old.number]
    assert [r.number for r in service.list_rows(kind="praise")] == [praise.number]
    assert service.list_rows(state="closed") == []
    assert len(service.list_rows(state="open")) == 2
    assert service.list_rows(month="1999-01") == []
    row = service.list_rows(kind="complaint")[0]
    assert row.overdue and row.next_deadline == Deadline.FIRST_RESPONSE
    assert row.complainant == "王𠮷"
    with pytest.raises(ValidationError):
        service.list_rows(state="lost")


def test_settings_are_validated_and_kept(services: Services) -> None:
    clock = Clock()
    saved = set_settings(
        services, clock, categories=("service_attitude", "噪音"), holidays=("2026-10-01",)
    )
    assert saved.categories == ("service_attitude", "噪音")
    service = complaints(services, clock)
    assert service.categories() == ("service_attitude", "噪音")
    for changes, field in [
        ({"categories": ()}, "categories"),
        ({"business_end": "08:00"}, "business_end"),
        ({"holidays": ("2026-13-01",)}, "holidays"),
        ({"satisfied_min": 6}, "satisfied_min"),
        ({"working_days": (7,)}, "working_days"),
        ({"close_days": 0}, "close_days"),
    ]:
        with pytest.raises(ValidationError) as refused:
            service.update_settings(ComplaintSettings(**changes))  # type: ignore[arg-type]
        assert refused.value.field == field
    with services.venue.uow() as s:
        assert s.scalar(select(Complaint.id)) is None


def test_business_hours_and_holidays_move_the_due_times(services: Services) -> None:
    clock = Clock()
    set_settings(services, clock, clock_mode="business", holidays=("2026-11-23",))
    staff_id(services, "qiantai", "reception")
    service = complaints(services, clock)
    friday = datetime(2026, 11, 20, 17, 0).astimezone()
    card = service.record(intake(received_at=friday))
    due = {d.deadline: d.due_at.astimezone() for d in card.deadlines}
    # 24 working hours of 09:00-18:00, Monday a holiday: Fri 1 h, Tue 9, Wed 9, Thu 5.
    assert due[Deadline.FIRST_RESPONSE] == datetime(2026, 11, 26, 14, 0).astimezone()
    # 7 working days of 9 h = 63 h: Fri 1, Tue-Fri 36, Mon-Tue 18, then 8 h on Wednesday.
    assert due[Deadline.CLOSE] == datetime(2026, 12, 2, 17, 0).astimezone()
