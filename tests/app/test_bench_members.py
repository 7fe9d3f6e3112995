"""The benchmark's bulk member data is what the services would have written: per card the
ledger sums to the lots, no lot below zero, ids in time order, every earning behind a readable
consumption record, and the store passes `verify`."""

from __future__ import annotations

from sqlalchemy import func, select

from app.bench_members_data import fill_members
from app.customers.schemas import CustomerInput
from app.customers.store import insert_many
from app.integrity import check_store
from app.services import Services
from db.models import Consumption, MemberCard, PointsEntry, PointsLot


def test_fill_members_keeps_ledger_and_lots_consistent(admin: Services) -> None:
    keys = admin.desk.keys
    with admin.venue.uow() as s:
        insert_many(s, keys, [CustomerInput(name=f"会员{i}") for i in range(40)])
    fill = fill_members(admin.venue.uow, keys, ledger_rows=600, limit=30)
    assert (fill.cards, fill.entries) == (30, 600)
    with admin.venue.uow() as s:
        by_card = select(PointsEntry.card_id, func.sum(PointsEntry.points)).group_by("card_id")
        ledger = {card: total for card, total in s.execute(by_card)}
        by_lot = select(PointsLot.card_id, func.sum(PointsLot.remaining)).group_by("card_id")
        lots = {card: total for card, total in s.execute(by_lot)}
        assert ledger == {k: v for k, v in lots.items() if k in ledger}
        assert s.scalar(select(func.min(PointsLot.remaining))) >= 0
        times = list(s.scalars(select(PointsEntry.at).order_by(PointsEntry.id)))
        assert times == sorted(times)
        earned = s.scalar(select(func.count()).where(PointsEntry.kind == "earn"))
        assert s.scalar(select(func.count()).select_from(Consumption)) == earned
        numbers = list(s.scalars(select(MemberCard.card_no)))
        customer_id = s.scalar(select(Consumption.customer_id).limit(1))
    assert all(admin.points.lots_consistent(n) for n in numbers)
    assert all(admin.points.balance(n) >= 0 for n in numbers)
    assert customer_id is not None
    assert {c.items for c in admin.consumption.consumptions_of(customer_id)} == {"龙井一壶"}
    report = check_store(admin.venue.db_path, keys)
    assert report.ok, report.summary()
