"""The follow-up spot check (抽查回访): each month a set share of the orders closed in it is drawn
for a follow-up call, reproducibly (the same month always ranks its orders the same way)."""

from __future__ import annotations

import hashlib
import math
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.members.report import month_bounds
from app.repairs.schemas import RepairState
from db.models import RepairOrder


def _local_midnight_utc(year: int, month: int) -> datetime:
    return datetime(year, month, 1).astimezone().astimezone(UTC)


def draw_rank(month: str, number: str) -> str:
    """The order's place in the month's draw: a digest, so no one chooses who is called."""
    return hashlib.sha256(f"repair-followup|{month}|{number}".encode()).hexdigest()


def closed_in(session: Session, month: str) -> list[RepairOrder]:
    first, after = month_bounds(month)
    start = _local_midnight_utc(first.year, first.month)
    end = _local_midnight_utc(after.year, after.month)
    query = select(RepairOrder).where(
        RepairOrder.state == RepairState.CLOSED,
        RepairOrder.closed_at >= start,
        RepairOrder.closed_at < end,
    )
    return list(session.scalars(query))


def draw(session: Session, month: str, share_pct: int) -> list[RepairOrder]:
    """Mark the month's draw (share of the closed orders, rounded up) and return every drawn
    order; drawing again only adds orders closed since, up to the share."""
    closed = closed_in(session, month)
    wanted = math.ceil(len(closed) * share_pct / 100)
    drawn = [o for o in closed if o.followup_drawn_month == month]
    for order in sorted(
        (o for o in closed if o.followup_drawn_month is None),
        key=lambda o: draw_rank(month, o.number),
    )[: max(0, wanted - len(drawn))]:
        order.followup_drawn_month = month
        drawn.append(order)
    return sorted(drawn, key=lambda o: o.number)


def drawn_for(session: Session, month: str) -> list[RepairOrder]:
    month_bounds(month)
    query = select(RepairOrder).where(RepairOrder.followup_drawn_month == month)
    return list(session.scalars(query.order_by(RepairOrder.number)))
