"""Value tier (普通/贵宾/钻石) from recency, frequency and spend, and activity (活跃/休眠/潜在)
from the last visit or purchase; computed for every customer, a manager's override wins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    bindparam,
    case,
    func,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.care.settings import CareSettings
from app.customers.retention import add_years, retention_years
from app.customers.schemas import Activity, ValueTier
from db.models import ClassOverride, Consumption, Customer, Visit

_CUSTOMERS = cast(Table, Customer.__table__)
_TIER_ORDER = (ValueTier.REGULAR, ValueTier.VIP, ValueTier.DIAMOND)


@dataclass(frozen=True)
class CustomerActivity:
    last_day: str | None = None  # latest visit or purchase, YYYY-MM-DD
    visits: int = 0  # visits and purchases inside the window
    spend_fen: int = 0  # paid inside the window
    ever_bought: bool = False


@dataclass(frozen=True)
class ClassChange:
    customer_id: str
    value_tier: str
    activity: str


def classify(a: CustomerActivity, settings: CareSettings, today: date) -> tuple[str, str]:
    """(value tier, activity) of one customer; a dormant customer drops one value tier."""
    recent = a.last_day is not None and a.last_day >= _days_before(today, settings.dormant_days)
    if not a.ever_bought:
        activity = Activity.POTENTIAL
    else:
        activity = Activity.ACTIVE if recent else Activity.DORMANT
    if a.spend_fen >= settings.diamond_spend_fen and a.visits >= settings.diamond_visits:
        rank = 2
    elif a.spend_fen >= settings.vip_spend_fen or a.visits >= settings.vip_visits:
        rank = 1
    else:
        rank = 0
    if activity == Activity.DORMANT:
        rank = max(0, rank - 1)
    return _TIER_ORDER[rank].value, activity.value


def gather_activity(
    session: Session, settings: CareSettings, today: date
) -> dict[str, CustomerActivity]:
    """Two grouped queries over plain columns: no decryption, fast on 100,000 customers."""
    since = _days_before(today, settings.window_days)
    visitor, buyer = _unindexed(Visit.customer_id), _unindexed(Consumption.customer_id)
    last: dict[str, str] = {}
    counts: dict[str, int] = {}
    spend: dict[str, int] = {}
    bought: set[str] = set()
    visit_rows = session.execute(
        select(visitor, func.max(Visit.day), func.sum(case((Visit.day >= since, 1), else_=0)))
        .where(Visit.undone_at.is_(None))
        .group_by(visitor)
    )
    for cid, last_day, in_window in visit_rows:
        last[cid] = last_day
        counts[cid] = int(in_window or 0)
    paid = Consumption.amount_fen - Consumption.discount_fen
    buy_rows = session.execute(
        select(
            buyer,
            func.max(Consumption.day),
            func.sum(case((Consumption.day >= since, 1), else_=0)),
            func.sum(case((Consumption.day >= since, paid), else_=0)),
        )
        .where(Consumption.reversed_at.is_(None), Consumption.customer_id.is_not(None))
        .group_by(buyer)
    )
    for cid, last_day, in_window, window_spend in buy_rows:
        bought.add(cid)
        last[cid] = max(last.get(cid, ""), last_day)
        counts[cid] = counts.get(cid, 0) + int(in_window or 0)
        spend[cid] = int(window_spend or 0)
    return {
        cid: CustomerActivity(day, counts.get(cid, 0), spend.get(cid, 0), cid in bought)
        for cid, day in last.items()
    }


def reclassify(session: Session, settings: CareSettings, today: date) -> list[ClassChange]:
    """Bring every live customer's class, last activity and retention end up to date (a visit
    or a purchase is activity, so it also moves the 10-year retention); returns what changed."""
    activity = gather_activity(session, settings, today)
    overrides = {
        o.customer_id: (o.value_tier, o.activity) for o in session.scalars(select(ClassOverride))
    }
    years = retention_years(session)
    changes: list[ClassChange] = []
    updates: dict[tuple[str, ...], list[dict[str, object]]] = {}  # by the columns they set
    local_days: dict[str, str] = {}  # stored UTC minute -> local day: ~110,000 rows, few minutes
    stamp = type_coerce(Customer.last_activity_at, String)  # parsed below only when needed
    rows = session.execute(
        select(Customer.id, Customer.value_tier, Customer.activity, stamp).where(
            Customer.erased_at.is_(None), Customer.merged_into_id.is_(None)
        )
    )
    for cid, old_tier, old_activity, last_at in rows:
        seen = activity.get(cid, CustomerActivity())
        tier, act = classify(seen, settings, today)
        forced_tier, forced_activity = overrides.get(cid, ("", ""))
        tier, act = forced_tier or tier, forced_activity or act
        values: dict[str, object] = {}
        if (tier, act) != (old_tier, old_activity):
            changes.append(ClassChange(cid, tier, act))
            values.update(value_tier=tier, activity=act)
        if seen.last_day and seen.last_day > _local_day(last_at, local_days):
            day = date.fromisoformat(seen.last_day)
            values.update(
                last_activity_at=datetime.combine(day, time(12)).astimezone(UTC),
                retention_until=add_years(day, years).isoformat(),
            )
        if values:
            updates.setdefault(tuple(values), []).append({"row_id": cid, **values})
    by_id = update(_CUSTOMERS).where(_CUSTOMERS.c.id == bindparam("row_id"))
    for group in updates.values():  # Core executemany: no ORM bulk-update bookkeeping
        session.execute(by_id, group)
    return changes


def _unindexed(column: InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """`column || ''`, the same text, which SQLite cannot read off the column's index: one
    scan of the table and one sort beat an index walk with a row lookup per purchase (2-3x
    faster on 750,000 purchases)."""
    return column + ""


def _local_day(stored: str, seen: dict[str, str]) -> str:
    """The venue's calendar day of a stored UTC time (UTCDateTime text), memoised per minute."""
    minute = stored[:16]
    day = seen.get(minute)
    if day is None:
        utc = datetime.fromisoformat(stored).replace(tzinfo=UTC)
        day = seen[minute] = utc.astimezone().date().isoformat()
    return day


def _days_before(today: date, days: int) -> str:
    return (today - timedelta(days=days)).isoformat()
