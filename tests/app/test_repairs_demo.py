"""The demo orders show each state a desk sees on a normal day."""

from __future__ import annotations

from app.repairs.demo import seed_repair_demo
from app.services import Services
from tests.app.repair_helpers import customer, shop


def test_the_demo_has_an_order_in_each_everyday_state(admin: Services) -> None:
    t = shop(admin)
    wang = customer(t)
    numbers = seed_repair_demo(admin, (wang, None))
    orders = [admin.repairs.find(n) for n in numbers]
    assert [o.state for o in orders] == ["closed", "done", "in_progress", "scheduled", "new"]
    closed, done, working, late, _waiting = orders
    assert closed.total_fen == 10_000 and closed.signed_on_paper
    assert done.under_warranty and done.total_fen == 0 and done.lines_fen == 8_000
    assert [line.other and line.approved for line in working.lines] == [False, True]
    assert late.arrived_at is None and late.technician_name == "李师傅"
    due = [(i.number, i.deadline, i.overdue) for i in admin.reminders.due_list()]
    assert (late.number, "arrival", True) in due
    assert closed.customer_name == "王𠮷"
    assert [t.name for t in admin.technicians.list()] == ["张师傅", "李师傅", "阿卜杜拉·买买提"]
