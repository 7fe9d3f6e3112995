"""A customer's erasure drops what may describe them on their repair orders and keeps the
counted facts; a merge moves their orders to the file kept."""

from __future__ import annotations

from datetime import timedelta

from app.repairs.schemas import ArrivalInput, DispatchInput, FollowUpInput, RepairState
from app.services import Services
from tests.app.repair_helpers import customer, intake, shop, standard_line, technician, walk


def test_erasure_keeps_the_counted_facts_of_repair_orders(admin: Services) -> None:
    t = shop(admin)
    wang = customer(t)
    tech = technician(t)
    order = intake(t, wang)
    t.repairs.dispatch(order.id, DispatchInput(tech.id))
    t.clock.at = order.appointment_end + timedelta(minutes=30)
    new_end = order.appointment_end + timedelta(hours=1)
    t.repairs.arrive(
        order.id, ArrivalInput(t.clock(), order.appointment_end, new_end, "王先生在外地，改约")
    )
    closed = walk(t, intake(t, wang), tech, lines=(standard_line(t, "L01"),))
    drawn = t.repairs.draw_followups(closed.month)
    assert [d.number for d in drawn] == [closed.number]
    t.repairs.record_followup(closed.id, FollowUpInput(True, "王先生说很满意，电话 138…"))
    before = t.reports.month_report(closed.month)

    admin.lifecycle.erase(wang, "客户要求删除（PIPL 第四十七条）")

    after = t.reports.month_report(closed.month)
    assert after.overall == before.overall
    assert after.register_total_fen == before.register_total_fen == 12_000
    assert after.followups == before.followups
    erased = t.repairs.open(closed.id)
    assert erased.state == RepairState.CLOSED and erased.total_fen == 12_000
    assert erased.customer_name == "" and erased.customer_phone == ""
    assert not erased.has_signature and t.repairs.signature(closed.id) is None
    assert erased.followup_note == "" and erased.followup_satisfied is True
    assert all(e.note == "" for e in erased.events if e.kind == "followup")
    moved = t.repairs.open(order.id)
    assert moved.reschedule_reason == "" and moved.rescheduled and moved.late is False
    assert all(e.note == "" for e in moved.events if e.kind == "reschedule")
    assert erased.fault == closed.fault  # the fault is the venue's, not the person's


def test_a_merge_moves_repair_orders_to_the_file_kept(admin: Services) -> None:
    t = shop(admin)
    keep = customer(t)
    dup = customer(t, "王吉", "+86 139 0000 1111")
    order = intake(t, dup)
    admin.lifecycle.merge(keep, dup, "同一人两份档案")
    merged = t.repairs.open(order.id)
    assert merged.customer_id == keep
    assert merged.customer_name == "王𠮷"
