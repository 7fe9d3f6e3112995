"""Follow-up calls planned by the venue's rules: after a purchase, after a closed complaint or
repair, and on a schedule per member tier. Idempotent: one task per customer and occasion."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from app.care.schemas import TaskKind
from app.care.settings import CareSettings
from app.members.store import new_id
from app.security.keys import VaultKeys
from db.models import CareTask, Complaint, Consumption, MemberCard, RepairOrder
from db.types import utc_now

_CARE_TASKS = cast(Table, CareTask.__table__)
LOOK_BACK_DAYS = 14  # a desk that was closed for a fortnight still gets its calls planned


def plan_follow_ups(session: Session, keys: VaultKeys, settings: CareSettings, today: date) -> int:
    """Create the follow-up tasks the rules call for up to today; returns how many are new."""
    wanted: list[tuple[str, str, str, str, date]] = []  # customer, occasion, source, id, due
    days = settings.follow_up_days
    if days.get("consumption", 0) > 0:
        wanted += _after_purchases(session, today, days["consumption"])
    if days.get("complaint", 0) > 0:
        wanted += _after_closing(session, Complaint, "complaint", today, days["complaint"])
    if days.get("repair", 0) > 0:
        wanted += _after_closing(session, RepairOrder, "repair", today, days["repair"])
    wanted += _tier_calls(session, today, settings.tier_call_days)
    # Every wanted task falls due inside this horizon, so older tasks need not be read.
    horizon = today - timedelta(days=max([LOOK_BACK_DAYS, *settings.tier_call_days.values()]) + 1)
    existing: set[tuple[str, str]] = set(
        session.execute(
            select(CareTask.customer_id, CareTask.occasion).where(
                CareTask.kind == TaskKind.FOLLOW_UP, CareTask.due_on >= horizon.isoformat()
            )
        )
    )
    rows: list[dict[str, object]] = []
    # One microsecond apart in planning order: the list shows calls due the same day in that
    # order, whatever order they are inserted in and however coarse the system clock.
    planned_at = utc_now()
    for customer_id, occasion, source, source_id, due in wanted:
        if (customer_id, occasion) in existing:
            continue
        existing.add((customer_id, occasion))
        rows.append(
            {
                "id": new_id(),
                "key_id": keys.active_key_id,
                "customer_id": customer_id,
                "kind": TaskKind.FOLLOW_UP.value,
                "occasion": occasion,
                "source": source,
                "source_id": source_id,
                "due_on": due.isoformat(),
                "state": "open",
                "created_at": planned_at + timedelta(microseconds=len(rows)),
            }
        )
    if rows:  # one Core executemany (no ORM bulk path): the first day plans ~70,000 calls
        # In customer order, so the customer indexes grow at one end instead of all over the
        # file (twice as fast on 100,000 customers).
        rows.sort(key=lambda row: str(row["customer_id"]))
        session.execute(insert(_CARE_TASKS), rows)
    return len(rows)


def _after_purchases(
    session: Session, today: date, delay: int
) -> list[tuple[str, str, str, str, date]]:
    last = today - timedelta(days=delay)
    first = last - timedelta(days=LOOK_BACK_DAYS)
    rows = session.execute(
        select(Consumption.customer_id, Consumption.day, Consumption.id)
        .where(
            Consumption.customer_id.is_not(None),
            Consumption.reversed_at.is_(None),
            Consumption.day >= first.isoformat(),
            Consumption.day <= last.isoformat(),
        )
        .order_by(Consumption.day, Consumption.created_at)
    )
    plans: dict[tuple[str, str], tuple[str, str, str, str, date]] = {}
    for customer_id, day, consumption_id in rows:
        assert customer_id is not None
        due = date.fromisoformat(day) + timedelta(days=delay)
        occasion = f"purchase:{day}"  # one call per customer and day of purchases
        plans.setdefault(
            (customer_id, occasion), (customer_id, occasion, "consumption", consumption_id, due)
        )
    return list(plans.values())


def _after_closing(
    session: Session,
    model: type[Complaint] | type[RepairOrder],
    source: str,
    today: date,
    delay: int,
) -> list[tuple[str, str, str, str, date]]:
    last = datetime.combine(today - timedelta(days=delay), time.max).astimezone()
    first = datetime.combine(last.date() - timedelta(days=LOOK_BACK_DAYS), time.min).astimezone()
    rows = session.execute(
        select(model.customer_id, model.closed_at, model.id).where(
            model.customer_id.is_not(None),
            model.closed_at.is_not(None),
            model.closed_at >= first,
            model.closed_at <= last,
        )
    )
    plans = []
    for customer_id, closed_at, item_id in rows:
        assert customer_id is not None and closed_at is not None
        due = closed_at.astimezone().date() + timedelta(days=delay)
        plans.append((customer_id, f"{source}:{item_id}", source, item_id, due))
    return plans


def _tier_calls(
    session: Session, today: date, every: dict[str, int]
) -> list[tuple[str, str, str, str, date]]:
    tiers = [code for code, days in every.items() if days > 0]
    if not tiers:
        return []
    rows = session.execute(
        select(
            MemberCard.customer_id,
            MemberCard.card_no,
            MemberCard.tier_code,
            MemberCard.period_start,
        ).where(MemberCard.state == "active", MemberCard.tier_code.in_(tiers))
    )
    plans = []
    for customer_id, card_no, tier, start in rows:
        interval = every[tier]
        n = (today - date.fromisoformat(start)).days // interval
        if n >= 1:
            due = date.fromisoformat(start) + timedelta(days=n * interval)
            plans.append((customer_id, f"tier:{card_no}:{n}", "tier", card_no, due))
    return plans
