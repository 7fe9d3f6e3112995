"""A repair order from intake to closed, and every refusal on the way: an appointment in the
past, work or completion without the customer's agreement, a fee beyond the cost limit, an item
not in the standard, closing without a check or a signature; lateness and warranty."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import DomainError, PermissionDenied, ValidationError
from app.repairs.schemas import (
    AgreementInput,
    ArrivalInput,
    CheckInput,
    CompletionInput,
    DispatchInput,
    FeeLineInput,
    RepairInput,
    RepairState,
    RescheduleInput,
    SignatureInput,
)
from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry, RepairOrder
from tests.app.repair_helpers import (
    customer,
    intake,
    shop,
    signature_png,
    standard_line,
    technician,
    walk,
)
from tests.conftest import sign_in_as


def test_an_order_goes_from_intake_to_closed_with_who_and_when(admin: Services) -> None:
    t = shop(admin)
    tech = technician(t)
    cid = customer(t)
    order = intake(t, cid)
    assert order.number == f"WX-{order.month.replace('-', '')}-0001"
    assert order.state == RepairState.NEW
    assert order.customer_name == "王𠮷"
    assert order.fault == '柜门锁芯卡死，钥匙"拧不动"，\n客户物品在内'

    lines = (standard_line(t, "L02"), standard_line(t, "L03", 2000))
    closed = walk(t, order, tech, lines=lines)

    assert closed.state == RepairState.CLOSED
    assert closed.total_fen == 6_000 + 2 * 2_000
    assert [line.name for line in closed.lines] == ["更换储物柜锁芯", "储物柜开锁"]
    assert all(line.agreed for line in closed.lines)
    assert closed.has_signature and not closed.signed_on_paper
    assert closed.late is False
    assert closed.parts == ("锁芯 ×1",)
    states = [(e.from_state, e.to_state) for e in closed.events if e.kind == "state"]
    assert states == [
        ("", "new"),
        ("new", "scheduled"),
        ("scheduled", "in_progress"),
        ("in_progress", "done"),
        ("done", "checked"),
        ("checked", "closed"),
    ]
    assert {e.staff_name for e in closed.events} == {"管理员 王𠮷"}
    assert [e.at for e in closed.events] == sorted(e.at for e in closed.events)
    assert t.repairs.find(order.number.lower()).id == order.id
    with admin.venue.uow() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "repair")))
    assert actions.count(AuditAction.REPAIR_RECORDED) == 1
    assert actions.count(AuditAction.REPAIR_CHANGED) >= 8


def test_the_signature_is_stored_sealed_and_opens_for_printing(admin: Services) -> None:
    t = shop(admin)
    order = walk(t, intake(t, customer(t)), technician(t), until="done")
    png = signature_png()
    t.repairs.sign(order.id, SignatureInput(png=png))
    with admin.venue.uow() as s:
        stored = s.get(RepairOrder, order.id)
        assert stored is not None and stored.signature is not None
        assert png not in stored.signature and b"PNG" not in stored.signature
    assert t.repairs.signature(order.id) == png
    on_paper = t.repairs.sign(order.id, SignatureInput(signed_on_paper=True))
    assert on_paper.signed_on_paper and not on_paper.has_signature
    with pytest.raises(ValidationError) as nothing:
        t.repairs.sign(order.id, SignatureInput())
    assert (nothing.value.field, nothing.value.code) == ("signature", "required")
    with pytest.raises(ValidationError):
        t.repairs.sign(order.id, SignatureInput(png=b"GIF89a not a png"))


def test_an_appointment_in_the_past_or_ending_before_it_starts_is_refused(admin: Services) -> None:
    t = shop(admin)
    cid = customer(t)
    with pytest.raises(ValidationError) as past:
        intake(t, cid, starts_in=timedelta(hours=-1))
    assert (past.value.field, past.value.code) == ("appointment_start", "in_past")
    with pytest.raises(ValidationError) as backwards:
        intake(t, cid, length=timedelta(minutes=-30))
    assert (backwards.value.field, backwards.value.code) == ("appointment_end", "before_start")
    start = t.clock() + timedelta(hours=1)
    with pytest.raises(ValidationError) as blank:
        t.repairs.record(
            RepairInput(cid, "locker", "  ", "坏了", start, start + timedelta(hours=1))
        )
    assert blank.value.field == "location"
    with pytest.raises(ValidationError):
        t.repairs.record(
            RepairInput(cid, "roof", "屋顶", "漏水", start, start + timedelta(hours=1))
        )
    assert t.repairs.list_rows() == []


def test_no_work_and_no_completion_without_the_customers_agreement(admin: Services) -> None:
    t = shop(admin)
    order = intake(t, customer(t))
    r = t.repairs
    r.dispatch(order.id, DispatchInput(technician(t).id))
    t.clock.at = order.appointment_start
    with pytest.raises(ValidationError) as not_arrived:
        r.start_work(order.id)
    assert not_arrived.value.field == "arrived_at"
    r.arrive(order.id, ArrivalInput(t.clock()))
    with pytest.raises(ValidationError) as unproposed:
        r.start_work(order.id)
    assert (unproposed.value.field, unproposed.value.code) == ("fees", "not_agreed")
    proposed = r.propose_fees(order.id, AgreementInput((standard_line(t, "L01"),), 15_000))
    assert proposed.fee_limit_fen == 15_000 and proposed.fees_agreed_at is None
    with pytest.raises(ValidationError) as unagreed:
        r.start_work(order.id)
    assert unagreed.value.code == "not_agreed"
    r.agree_fees(order.id)
    r.start_work(order.id)

    # within the limit the agreement stands; beyond it the customer must be asked again
    within = r.propose_fees(
        order.id, AgreementInput((standard_line(t, "L01"), standard_line(t, "L03")))
    )
    assert within.fees_agreed_at is not None and within.lines_fen == 14_000
    beyond = r.propose_fees(order.id, AgreementInput((standard_line(t, "L01", 2000),)))
    assert beyond.fees_agreed_at is None and beyond.fee_limit_fen == 24_000
    with pytest.raises(ValidationError) as again:
        r.complete(order.id, CompletionInput("换锁"))
    assert (again.value.field, again.value.code) == ("fees", "not_agreed")
    r.agree_fees(order.id)
    done = r.complete(order.id, CompletionInput("换锁"))
    assert done.state == RepairState.DONE and done.total_fen == 24_000


def test_a_fee_limit_below_the_total_is_refused(admin: Services) -> None:
    t = shop(admin)
    order = walk(t, intake(t, customer(t)), technician(t), until="arrived")
    with pytest.raises(ValidationError) as low:
        t.repairs.propose_fees(order.id, AgreementInput((standard_line(t, "L01"),), 11_999))
    assert (low.value.field, low.value.code) == ("fee_limit_fen", "below_total")


def test_an_item_not_in_the_standard_only_as_other_with_a_managers_approval(
    services: Services,
) -> None:
    sign_in_as(services, "gongcheng", "engineering_lead")
    t = shop(services)
    tech = technician(t)
    sign_in_as(services, "qiantai", "reception")
    order = intake(t, customer(t))
    sign_in_as(services, "gongcheng", "engineering_lead")
    order = walk(t, order, tech, until="arrived")
    r = t.repairs
    with pytest.raises(ValidationError) as unknown:
        r.propose_fees(order.id, AgreementInput((FeeLineInput(99_999),)))
    assert (unknown.value.field, unknown.value.code) == ("fee_item_id", "not_in_standard")
    other = FeeLineInput(None, 1000, "定制柜门拉手", "个", 3_800)
    shown = r.propose_fees(order.id, AgreementInput((standard_line(t, "L02"), other)))
    assert [(line.other, line.approved) for line in shown.lines] == [(False, True), (True, False)]
    with pytest.raises(ValidationError) as unapproved:
        r.agree_fees(order.id)
    assert unapproved.value.code == "other_not_approved"
    with pytest.raises(PermissionDenied):
        r.approve_other_fee(order.id, shown.lines[1].id)

    sign_in_as(services, "jingli", "manager")
    approved = r.approve_other_fee(order.id, shown.lines[1].id)
    assert approved.lines[1].approved
    sign_in_as(services, "gongcheng", "engineering_lead")
    agreed = r.agree_fees(order.id)
    assert agreed.fees_agreed_at is not None and agreed.lines_fen == 6_000 + 3_800
    # proposing the same approved line again keeps its approval
    again = r.propose_fees(order.id, AgreementInput((other,)))
    assert again.lines[0].approved and again.fees_agreed_at is not None


def test_closing_needs_a_passing_check_and_a_signature_and_a_fail_sends_it_back(
    admin: Services,
) -> None:
    t = shop(admin)
    order = walk(
        t, intake(t, customer(t)), technician(t), until="done", lines=(standard_line(t, "L03"),)
    )
    r = t.repairs
    with pytest.raises(ValidationError) as unchecked:
        r.close(order.id)
    assert (unchecked.value.field, unchecked.value.code) == ("check", "required")
    with pytest.raises(ValidationError) as no_reason:
        r.check(order.id, CheckInput(False))
    assert no_reason.value.field == "note"
    failed = r.check(order.id, CheckInput(False, "柜门关不严"))
    assert failed.state == RepairState.IN_PROGRESS and failed.check_failures == 1
    with pytest.raises(ValidationError):
        r.close(order.id)
    r.complete(order.id, CompletionInput("重新调整门轴"))
    checked = r.check(order.id, CheckInput(True))
    assert checked.state == RepairState.CHECKED and checked.check_result == "pass"
    with pytest.raises(ValidationError) as unsigned:
        r.close(order.id)
    assert (unsigned.value.field, unsigned.value.code) == ("signature", "required")
    r.sign(order.id, SignatureInput(signed_on_paper=True))
    closed = r.close(order.id)
    assert closed.state == RepairState.CLOSED and closed.check_failures == 1
    with pytest.raises(DomainError) as wrong:
        r.cancel(order.id, "客户撤销")
    assert wrong.value.code == "repair_wrong_state"


def test_late_means_more_than_ten_minutes_after_the_window_unless_a_new_time_was_agreed(
    admin: Services,
) -> None:
    t = shop(admin)
    tech = technician(t)
    cid = customer(t)
    on_edge = walk(t, intake(t, cid), tech, arrive_after_end=timedelta(minutes=10), until="arrived")
    assert on_edge.late is False
    late = walk(t, intake(t, cid), tech, arrive_after_end=timedelta(minutes=11), until="arrived")
    assert late.late is True

    order = intake(t, cid)
    r = t.repairs
    r.dispatch(order.id, DispatchInput(tech.id))
    t.clock.at = order.appointment_end + timedelta(minutes=40)
    new_start = order.appointment_end
    with pytest.raises(ValidationError) as no_reason:
        r.arrive(order.id, ArrivalInput(t.clock(), new_start, new_start + timedelta(hours=1)))
    assert no_reason.value.field == "reschedule_reason"
    moved = r.arrive(
        order.id,
        ArrivalInput(
            t.clock(), new_start, new_start + timedelta(hours=1), "客户临时外出，电话约定推迟一小时"
        ),
    )
    assert moved.late is False and moved.rescheduled
    assert moved.appointment_end == new_start + timedelta(hours=1)
    assert moved.reschedule_reason == "客户临时外出，电话约定推迟一小时"
    assert [e.kind for e in moved.events].count("reschedule") == 1

    before = intake(t, cid)
    start = t.clock() + timedelta(days=1)
    with pytest.raises(ValidationError):
        r.reschedule(before.id, RescheduleInput(start, start + timedelta(hours=1), ""))
    later = r.reschedule(before.id, RescheduleInput(start, start + timedelta(hours=1), "客户出差"))
    assert later.appointment_start == start and later.rescheduled
    r.dispatch(before.id, DispatchInput(tech.id))
    with pytest.raises(ValidationError) as future:
        r.arrive(before.id, ArrivalInput(t.clock() + timedelta(hours=2)))
    assert future.value.code == "in_future"


def test_under_warranty_the_lines_stay_and_the_amount_is_zero(admin: Services) -> None:
    t = shop(admin)
    order = walk(
        t,
        intake(t, customer(t)),
        technician(t),
        warranty=True,
        lines=(standard_line(t, "L02"), standard_line(t, "L03")),
    )
    assert order.under_warranty and order.total_fen == 0
    assert order.lines_fen == 8_000 and len(order.lines) == 2


def test_roles_each_do_their_own_step(services: Services) -> None:
    sign_in_as(services, "qiantai", "reception")
    t = shop(services)
    with pytest.raises(PermissionDenied):
        technician(t)
    order = intake(t, customer(t))
    with pytest.raises(PermissionDenied):
        t.repairs.dispatch(order.id, DispatchInput(1))
    sign_in_as(services, "gongcheng", "engineering_lead")
    tech = technician(t)
    t.repairs.dispatch(order.id, DispatchInput(tech.id))
    sign_in_as(services, "xiaozhang", "technician")
    t.clock.at = order.appointment_start
    t.repairs.arrive(order.id, ArrivalInput(t.clock()))
    t.repairs.propose_fees(order.id, AgreementInput(()))
    t.repairs.agree_fees(order.id)
    t.repairs.start_work(order.id)
    t.repairs.complete(order.id, CompletionInput("紧固螺丝"))
    with pytest.raises(PermissionDenied):
        t.repairs.check(order.id, CheckInput(True))
    sign_in_as(services, "caiwu", "finance")
    assert t.repairs.open(order.id).state == RepairState.DONE
    with pytest.raises(PermissionDenied):
        t.repairs.cancel(order.id, "不修了")


def test_cancelling_needs_a_reason_and_keeps_it_sealed(admin: Services) -> None:
    t = shop(admin)
    order = intake(t, customer(t))
    with pytest.raises(ValidationError):
        t.repairs.cancel(order.id, " ")
    cancelled = t.repairs.cancel(order.id, "客户自行修好")
    assert cancelled.state == RepairState.CANCELLED
    assert cancelled.cancel_reason == "客户自行修好"
    assert [row.number for row in t.repairs.list_rows(state="cancelled")] == [order.number]
    assert t.repairs.list_rows(state="new") == []


def test_waiting_for_parts_and_back_to_work(admin: Services) -> None:
    t = shop(admin)
    order = walk(t, intake(t, customer(t)), technician(t), until="arrived")
    r = t.repairs
    r.propose_fees(order.id, AgreementInput((standard_line(t, "P02"),)))
    r.agree_fees(order.id)
    r.start_work(order.id)
    waiting = r.wait_for_parts(order.id, "水龙头型号缺货，约两天到")
    assert waiting.state == RepairState.WAITING_PARTS
    assert waiting.events[-1].note == "水龙头型号缺货，约两天到"
    with pytest.raises(DomainError) as wrong:
        r.complete(order.id, CompletionInput("换水龙头"))
    assert wrong.value.code == "repair_wrong_state"
    t.clock.advance(days=2)
    assert r.start_work(order.id).state == RepairState.IN_PROGRESS
    assert r.complete(order.id, CompletionInput("换水龙头")).total_fen == 9_000
