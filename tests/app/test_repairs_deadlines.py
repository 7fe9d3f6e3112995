"""Repair deadlines on the reminder board: an appointment coming up (or not dispatched yet) and
a technician late, reminded to the engineering supervisor's role and the technician's account."""

from __future__ import annotations

from datetime import timedelta

from app.repairs.schemas import ArrivalInput, DispatchInput, TechnicianInput
from app.services import Services
from tests.app.repair_helpers import customer, intake, shop
from tests.conftest import sign_in_as


def test_coming_up_then_late_reaches_the_supervisor_and_the_technician(services: Services) -> None:
    sign_in_as(services, "xiaozhang", "technician")
    tech_staff = services.desk.current().staff_id
    assert tech_staff is not None
    sign_in_as(services, "qiantai", "reception")
    t = shop(services)
    requester = customer(t)
    sign_in_as(services, "gongcheng", "engineering_lead")
    tech = services.technicians.save(TechnicianInput("张师傅", ("locks",), tech_staff))
    order = intake(t, requester, starts_in=timedelta(hours=2))
    board = services.reminders

    now = t.clock()
    due = [(i.number, i.deadline, i.overdue) for i in board.due_list(now) if i.source == "repair"]
    assert due == [(order.number, "dispatch", False), (order.number, "appointment", False)]
    assert board.sweep(now) == 0  # two hours ahead: nothing to remind yet

    soon = order.appointment_start - timedelta(minutes=30)
    assert board.sweep(soon) == 2  # dispatch and appointment, to the supervisors' role
    assert board.sweep(soon) == 0  # each step once
    t.repairs.dispatch(order.id, DispatchInput(tech.id))
    assert board.sweep(soon) == 1  # the appointment, now to the technician too

    late = order.appointment_end + timedelta(minutes=11)
    overdue = [
        (i.deadline, i.overdue, i.owner) for i in board.due_list(late) if i.source == "repair"
    ]
    assert overdue == [("arrival", True, "张师傅")]
    assert board.sweep(late) == 2
    mine = {(r.deadline, r.step) for r in board.mine() if r.source == "repair"}
    assert mine == {("dispatch", "soon"), ("appointment", "soon"), ("arrival", "late")}

    sign_in_as(services, "xiaozhang", "technician")
    assert {(r.deadline, r.step) for r in board.mine() if r.source == "repair"} == {
        ("appointment", "soon"),
        ("arrival", "late"),
    }
    assert [i.number for i in board.due_list(late) if i.source == "repair"] == [order.number]
    t.clock.at = late
    t.repairs.arrive(order.id, ArrivalInput(late))
    assert [i for i in board.due_list(late) if i.source == "repair"] == []


def test_a_technician_sees_only_their_own_appointments(services: Services) -> None:
    sign_in_as(services, "gongcheng", "engineering_lead")
    t = shop(services)
    other = services.technicians.save(TechnicianInput("李师傅", ("general",)))
    order = intake(t, None, starts_in=timedelta(hours=1))
    t.repairs.dispatch(order.id, DispatchInput(other.id))
    sign_in_as(services, "xiaozhang", "technician")
    assert [i for i in services.reminders.due_list(t.clock()) if i.source == "repair"] == []
    sign_in_as(services, "caiwu", "finance")
    assert [i for i in services.reminders.due_list(t.clock()) if i.source == "repair"] == []
