"""Bulk member data for `frontdesk bench`: a card for each of the benchmark's customers and a points
ledger of any size, written with Core executemany and consistent the way the services keep it:
every positive entry opens a lot, every negative one draws from the lots soonest-to-expire first,
so sum(lots) == sum(ledger) per card; ids follow time, as `append` gives them."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection

from app.members.card_numbers import make_card_no
from app.members.settings import ensure_tiers, read_member_settings
from app.members.store import add_months
from app.security.keys import VaultKeys
from db.models import CardEvent, Consumption, Customer, MemberCard, PointsEntry, PointsLot
from db.session import UnitOfWork

CHUNK = 50_000
EXPIRY_DAYS = 365
HISTORY_DAYS = 700
ITEMS = "龙井一壶"
_TIERS = (("standard", 70), ("silver", 20), ("gold", 8), ("platinum", 2))
_EARN, _REDEEM, _ADJUST, _EXPIRE = "earn", "redeem", "adjust", "expire"
# One planned ledger entry: (at epoch s, card index, seq on the card, kind, points, expires
# ordinal or 0, seq of the lot an expiry closes or -1)
Planned = tuple[float, int, int, str, int, int, int]


@dataclass(frozen=True)
class MemberFill:
    cards: int
    entries: int
    consumptions: int
    seconds: float


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _local_day(ts: float) -> date:
    return datetime.fromtimestamp(ts).date()


def _day_start(day: date) -> float:
    return datetime(day.year, day.month, day.day).timestamp()


@dataclass
class _Card:
    id: str
    customer_id: str
    issued: date
    tier: str


def _card_rows(
    customer_ids: Sequence[str], prefix: str, key_id: str, today: date, rng: random.Random
) -> tuple[list[_Card], list[dict[str, object]], list[dict[str, object]]]:
    """Cards issued over the last HISTORY_DAYS: most renewed once a year, some lapsed, a few
    frozen, lost or cancelled; an "issued" event for each and a "renewed" one where due."""
    codes = [code for code, _w in _TIERS]
    weights = [w for _c, w in _TIERS]
    cards: list[_Card] = []
    rows: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    for n, customer_id in enumerate(customer_ids, start=1):
        issued = today - timedelta(days=rng.randint(1, HISTORY_DAYS))
        tier = rng.choices(codes, weights)[0]
        start = issued
        renewals = []
        while add_months(start, 12) <= today and rng.random() < 0.7:
            start = add_months(start, 12)
            renewals.append(start)
        until = add_months(start, 12) - timedelta(days=1)
        roll = rng.random()
        state = "active"
        frozen: tuple[str | None, str | None] = (None, None)
        if roll < 0.01 and until >= today:
            state = "frozen"
            frozen = ((today - timedelta(5)).isoformat(), (today + timedelta(25)).isoformat())
        elif roll < 0.02:
            state = "lost"
        elif roll < 0.03:
            state = "cancelled"
        card = _Card(uuid.uuid4().hex, customer_id, issued, tier)
        cards.append(card)
        at = _utc(_day_start(issued) + 10 * 3600)
        rows.append(
            {
                "id": card.id,
                "card_no": make_card_no(prefix, n),
                "customer_id": customer_id,
                "key_id": key_id,
                "tier_code": tier,
                "state": state,
                "issued_on": issued.isoformat(),
                "period_start": start.isoformat(),
                "valid_until": until.isoformat(),
                "frozen_from": frozen[0],
                "frozen_to": frozen[1],
                "freeze_reason": None,
                "replaced_by_id": None,
                "created_at": at,
            }
        )
        for kind, day in (("issued", issued), *(("renewed", d) for d in renewals)):
            events.append(
                {
                    "id": uuid.uuid4().hex,
                    "card_id": card.id,
                    "key_id": key_id,
                    "kind": kind,
                    "from_state": "" if kind == "issued" else "active",
                    "to_state": "active",
                    "from_tier": "" if kind == "issued" else tier,
                    "to_tier": tier,
                    "reason": None,
                    "staff_id": None,
                    "at": at if kind == "issued" else _utc(_day_start(day) + 10 * 3600),
                }
            )
    return cards, rows, events


def _plan_card(
    index: int, card: _Card, budget: int, now: float, rng: random.Random
) -> tuple[list[Planned], list[list[int]]]:
    """A card's entries in time order: earnings, gift redemptions, a few manager top-ups, and
    the daily expiry of what is left of each lot on its day."""
    start = _day_start(card.issued) + 9 * 3600
    times = sorted(rng.uniform(start, now - 3600) for _ in range(budget))
    lots: list[list[int]] = []  # [seq, remaining, expires ordinal]
    out: list[Planned] = []

    def expire_until(day: int) -> None:
        for lot in lots:
            if lot[1] > 0 and lot[2] <= day and len(out) < budget:
                at = _day_start(date.fromordinal(lot[2])) + 60
                out.append((at, index, len(out), _EXPIRE, -lot[1], 0, lot[0]))
                lot[1] = 0

    for ts in times:
        if len(out) >= budget:
            break
        expire_until(_local_day(ts).toordinal())
        if len(out) >= budget:
            break
        balance = sum(lot[1] for lot in lots)
        roll = rng.random()
        if roll < 0.22 and balance > 0:
            take = left = rng.randint(1, min(balance, 500))
            for lot in sorted(lots, key=lambda lt: (lt[2], lt[0])):
                step = min(left, lot[1])
                lot[1] -= step
                left -= step
            out.append((ts, index, len(out), _REDEEM, -take, 0, -1))
            continue
        kind = _ADJUST if roll > 0.97 else _EARN
        points = rng.randint(5, 300)
        expires = _local_day(ts).toordinal() + EXPIRY_DAYS
        lots.append([len(out), points, expires])
        out.append((ts, index, len(out), kind, points, expires, -1))
    expire_until(_local_day(now).toordinal())
    return out, lots


def _chunks(rows: Iterator[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    batch: list[dict[str, object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(conn: Connection, model: Any, rows: Iterator[dict[str, object]]) -> None:
    table = _table(model)
    for batch in _chunks(rows):
        conn.execute(insert(table), batch)


def fill_members(
    uow: UnitOfWork, keys: VaultKeys, ledger_rows: int, limit: int, *, seed: int = 4
) -> MemberFill:
    """Cards for the first `limit` customers by number and about `ledger_rows` ledger entries
    spread over them, with a consumption record behind each earning."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now = time.time()
    today = _local_day(now)
    with uow() as s:
        ensure_tiers(s)
        prefix = read_member_settings(s).card_prefix
        customer_ids = list(s.scalars(select(Customer.id).order_by(Customer.number).limit(limit)))
    cards, card_rows, events = _card_rows(customer_ids, prefix, keys.active_key_id, today, rng)
    per_card, extra = divmod(ledger_rows, max(len(cards), 1))
    planned: list[Planned] = []
    lots: list[list[list[int]]] = []
    for i, card in enumerate(cards):
        entries, card_lots = _plan_card(i, card, per_card + (i < extra), now, rng)
        planned += entries
        lots.append(card_lots)
    planned.sort()
    ids: list[list[int]] = [[] for _ in cards]
    for entry_id, p in enumerate(planned, start=1):
        ids[p[1]].append(entry_id)
    consumption_ids: dict[int, str] = {}
    with uow.engine.begin() as conn:
        _insert(conn, MemberCard, iter(card_rows))
        _insert(conn, CardEvent, iter(events))
        _insert(conn, Consumption, _consumptions(planned, cards, keys, consumption_ids))
        _insert(conn, PointsEntry, _entries(planned, cards, ids, keys, consumption_ids))
        _insert(conn, PointsLot, _lots(lots, cards, ids))
    return MemberFill(len(cards), len(planned), len(consumption_ids), time.perf_counter() - started)


def _consumptions(
    planned: list[Planned], cards: list[_Card], keys: VaultKeys, made: dict[int, str]
) -> Iterator[dict[str, object]]:
    receipts: dict[date, int] = {}
    for entry_id, (ts, index, _seq, kind, points, _exp, _ref) in enumerate(planned, start=1):
        if kind != _EARN:
            continue
        day = _local_day(ts)
        receipts[day] = receipts.get(day, 0) + 1
        row_id = uuid.uuid4().hex
        made[entry_id] = row_id
        card = cards[index]
        yield {
            "id": row_id,
            "receipt_no": f"R{day:%Y%m%d}-{receipts[day]:04d}",
            "customer_id": card.customer_id,
            "card_id": card.id,
            "key_id": keys.active_key_id,
            "day": day.isoformat(),
            "department": "茶室",
            "items": keys.seal_text(ITEMS, table="consumptions", column="items", row_id=row_id),
            "amount_fen": points * 1_000,
            "discount_fen": 0,
            "payment_method": "wechat",
            "points_paid": 0,
            "staff_id": None,
            "created_at": _utc(ts),
            "reversed_at": None,
        }


def _entries(
    planned: list[Planned],
    cards: list[_Card],
    ids: list[list[int]],
    keys: VaultKeys,
    consumptions: dict[int, str],
) -> Iterator[dict[str, object]]:
    for entry_id, (ts, index, _seq, kind, points, expires, ref) in enumerate(planned, start=1):
        yield {
            "id": entry_id,
            "card_id": cards[index].id,
            "key_id": keys.active_key_id,
            "kind": kind,
            "points": points,
            "expires_on": date.fromordinal(expires).isoformat() if expires else None,
            "consumption_id": consumptions.get(entry_id),
            "ref_entry_id": ids[index][ref] if ref >= 0 else None,
            "reason": None,
            "staff_id": None,
            "at": _utc(ts),
        }


def _lots(
    lots: list[list[list[int]]], cards: list[_Card], ids: list[list[int]]
) -> Iterator[dict[str, object]]:
    for index, card_lots in enumerate(lots):
        for seq, remaining, expires in card_lots:
            yield {
                "entry_id": ids[index][seq],
                "card_id": cards[index].id,
                "remaining": remaining,
                "expires_on": date.fromordinal(expires).isoformat(),
            }
