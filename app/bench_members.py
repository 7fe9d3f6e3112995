"""Issue 4's figures for `frontdesk bench`, on the benchmark venue filled with a card per customer
and the points ledger (app.bench_members_data), each beside the same reads and writes in plain
SQL on a plaintext copy of those tables in the same run: scan to member shown, recording a
consumption with points, a member's balance and history, the monthly members report, and
`frontdesk list cards` (every card with holder, tier and balance)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.bench_members_data import ITEMS, fill_members
from app.bench_memory import unlock_master
from app.members.report import month_bounds
from app.members.store import local_today
from app.points.consumption import ConsumptionInput
from app.services import Services, build_services
from app.venue import open_venue
from db import sqlite_ops
from db.models import Customer, MemberCard
from db.types import format_utc, utc_now

Entry = dict[str, Any]
EntryMaker = Callable[[str, float | None, float | None, str, float | None], Entry]
SCAN_LIMIT_S, RECORD_LIMIT_S, HISTORY_LIMIT_S, REPORT_LIMIT_S = 0.05, 0.03, 0.01, 2.0
LIST_CARDS_RATIO = 1.5
SAMPLES = 200
ENTRY_NAMES = (
    "members_scan_to_member_p95",
    "members_balance_history_p95",
    "members_record_consumption_p95",
    "members_month_report",
    "members_list_cards",
)
_COPIED = (
    "member_tiers",
    "member_cards",
    "card_events",
    "consumptions",
    "points_ledger",
    "points_lots",
    "visits",
)


def _p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) > 1 else samples[0]


def _each(action: Callable[[str], object], values: Sequence[str]) -> list[float]:
    out = []
    for value in values:
        started = time.perf_counter()
        action(value)
        out.append(time.perf_counter() - started)
    return out


def _plain_copy(services: Services, plain_db: Path) -> sqlite3.Connection:
    """The member tables, same schema and indexes, next to customers_plain (whose ids are set to
    the venue's so the join is the same); the guard triggers are left out, as in any plain app."""
    sqlite_ops.copy_tables(services.venue.db_path, plain_db, _COPIED)
    with services.venue.uow() as s:
        numbered = [
            (cid, number) for cid, number in s.execute(select(Customer.id, Customer.number))
        ]
    conn = sqlite3.connect(plain_db, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany("UPDATE customers_plain SET id = ? WHERE number = ?", numbered)
    conn.execute("COMMIT")
    return conn


def _plain_lookup(conn: sqlite3.Connection, card_no: str) -> object:
    card = conn.execute(
        "SELECT mc.*, cu.number, cu.name, cu.birthday, cu.has_photo FROM member_cards mc "
        "JOIN customers_plain cu ON cu.id = mc.customer_id WHERE mc.card_no = ?",
        (card_no,),
    ).fetchone()
    conn.execute("SELECT * FROM member_tiers WHERE code = ?", (card[4],)).fetchone()
    conn.execute(
        "SELECT * FROM visits WHERE customer_id = ? AND undone_at IS NULL "
        "ORDER BY checked_in_at DESC LIMIT 1",
        (card[2],),
    ).fetchone()
    return conn.execute(
        "SELECT coalesce(sum(points), 0) FROM points_ledger WHERE card_id = ?", (card[0],)
    ).fetchone()


def _plain_history(conn: sqlite3.Connection, card_no: str) -> object:
    (card_id,) = conn.execute(
        "SELECT id FROM member_cards WHERE card_no = ?", (card_no,)
    ).fetchone()
    conn.execute(
        "SELECT coalesce(sum(points), 0) FROM points_ledger WHERE card_id = ?", (card_id,)
    ).fetchone()
    return conn.execute(
        "SELECT * FROM points_ledger WHERE card_id = ? ORDER BY id", (card_id,)
    ).fetchall()


def _plain_record(conn: sqlite3.Connection, card_no: str, n: int) -> None:
    """The same rows `record` writes (consumption, earn entry, its lot) in one FULL-sync commit."""
    now = format_utc(utc_now())
    day = date.today().isoformat()
    conn.execute("BEGIN IMMEDIATE")
    card_id, tier = conn.execute(
        "SELECT id, tier_code FROM member_cards WHERE card_no = ?", (card_no,)
    ).fetchone()
    conn.execute("SELECT * FROM member_tiers WHERE code = ?", (tier,)).fetchone()
    consumption_id = f"plain{n:027d}"
    conn.execute(
        "INSERT INTO consumptions (id, receipt_no, card_id, key_id, day, department, items, "
        "amount_fen, discount_fen, payment_method, points_paid, created_at) "
        "VALUES (?, ?, ?, '', ?, '茶室', ?, 8800, 0, 'wechat', 0, ?)",
        (consumption_id, f"P{n:012d}", card_id, day, ITEMS.encode(), now),
    )
    (entry_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM points_ledger").fetchone()
    conn.execute(
        "INSERT INTO points_ledger (id, card_id, key_id, kind, points, consumption_id, at) "
        "VALUES (?, ?, '', 'earn', 8, ?, ?)",
        (entry_id, card_id, consumption_id, now),
    )
    conn.execute(
        "INSERT INTO points_lots (entry_id, card_id, remaining) VALUES (?, ?, 8)",
        (entry_id, card_id),
    )
    conn.execute("COMMIT")


_PLAIN_REPORT = (
    "SELECT tier_code, count(*) FROM member_cards WHERE issued_on <= :last "
    "AND replaced_by_id IS NULL AND state IN ('active', 'frozen') AND valid_until >= :last "
    "GROUP BY tier_code",
    "SELECT count(*) FROM member_cards WHERE valid_until BETWEEN :first AND :last "
    "AND state = 'active' AND valid_until < :last",
    "SELECT count(*) FROM member_cards WHERE issued_on BETWEEN :first AND :last",
    "SELECT count(*) FROM card_events WHERE kind = 'renewed' AND at >= :start AND at < :end",
    "SELECT kind, sum(points) FROM points_ledger WHERE at >= :start AND at < :end GROUP BY kind",
    "SELECT sum(points) FROM points_ledger WHERE at < :end",
)


def _plain_report(conn: sqlite3.Connection, month: str) -> None:
    first, next_first = month_bounds(month)
    params = {
        "first": first.isoformat(),
        "last": (next_first - timedelta(days=1)).isoformat(),
        "start": format_utc(_local_midnight(first)),
        "end": format_utc(_local_midnight(next_first)),
    }
    for sql in _PLAIN_REPORT:
        conn.execute(sql, params).fetchall()


_PLAIN_LIST = (
    "SELECT card_id, sum(points) FROM points_ledger GROUP BY card_id",
    "SELECT mc.*, cu.number, cu.name, t.name, r.card_no FROM member_cards mc "
    "JOIN customers_plain cu ON cu.id = mc.customer_id "
    "JOIN member_tiers t ON t.code = mc.tier_code "
    "LEFT JOIN member_cards r ON r.id = mc.replaced_by_id ORDER BY mc.card_no",
)


def _plain_list(conn: sqlite3.Connection) -> None:
    """`frontdesk list cards` in plain SQL: every card with its holder, tier and balance."""
    for sql in _PLAIN_LIST:
        conn.execute(sql).fetchall()


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()


def _last_month(today: date) -> str:
    return f"{today.replace(day=1) - timedelta(days=1):%Y-%m}"


def _samples(services: Services) -> tuple[list[str], list[str]]:
    """Any card for the lookups and reads; active ones (that may earn) for the consumptions."""
    today = local_today(utc_now()).isoformat()
    with services.venue.uow() as s:
        query = select(MemberCard.card_no, MemberCard.state, MemberCard.valid_until)
        cards = [(row[0], row[1], row[2]) for row in s.execute(query)]
    rng = random.Random(17)
    every = [c for c, _s, _u in cards]
    active = [c for c, state, until in cards if state == "active" and until >= today]
    return (
        rng.sample(every, min(SAMPLES, len(every))),
        rng.sample(active, min(SAMPLES, len(active))),
    )


def _timed_report(services: Services, month: str) -> tuple[float, Any]:
    started = time.perf_counter()
    report = services.membership.month_report(month)
    return time.perf_counter() - started, report


def member_entries(
    data_dir: Path,
    master: bytes,
    plain_db: Path,
    user: tuple[str, str],
    customers: int,
    ledger_rows: int,
    make: EntryMaker,
) -> tuple[list[Entry], dict[str, int | float]]:
    venue = open_venue(data_dir)
    services = build_services(venue, unlock_master(venue, master))
    conn: sqlite3.Connection | None = None
    try:
        services.staff.sign_in(*user)
        fill = fill_members(venue.uow, services.desk.keys, ledger_rows, customers)
        sizes = {
            "members": fill.cards,
            "ledger_rows": fill.entries,
            "members_fill_seconds": round(fill.seconds, 1),
        }
        conn = _plain_copy(services, plain_db)
        if fill.cards < 2:
            return [make(n, None, None, "", None) for n in ENTRY_NAMES], sizes
        any_cards, active_cards = _samples(services)
        out: list[Entry] = []
        plain = conn
        scan = _p95(_each(services.checkin.lookup, any_cards))
        base = _p95(_each(lambda n: _plain_lookup(plain, n), any_cards))
        out.append(make("members_scan_to_member_p95", scan, base, "<= 50 ms", SCAN_LIMIT_S))

        def history(card_no: str) -> None:
            services.points.balance(card_no)
            services.points.history(card_no)

        real = _p95(_each(history, any_cards))
        base = _p95(_each(lambda n: _plain_history(plain, n), any_cards))
        out.append(make("members_balance_history_p95", real, base, "<= 10 ms", HISTORY_LIMIT_S))

        def record(card_no: str) -> None:
            services.consumption.record(ConsumptionInput("茶室", ITEMS, 8_800, "wechat", card_no))

        real = _p95(_each(record, active_cards))
        counter = iter(range(1, len(active_cards) + 1))
        base = _p95(_each(lambda n: _plain_record(plain, n, next(counter)), active_cards))
        item = make("members_record_consumption_p95", real, base, "<= 30 ms", RECORD_LIMIT_S)
        out.append(item)

        month = _last_month(local_today(utc_now()))
        runs = [_timed_report(services, month) for _ in range(3)]  # the slowest is reported
        report_s, report = max(runs, key=lambda r: r[0])
        base = max(_each(lambda m: _plain_report(plain, m), [month] * 3))
        item = make("members_month_report", report_s, base, "<= 2 s", REPORT_LIMIT_S)
        item.update(month=month, points_outstanding=report.points_outstanding)
        out.append(item)

        listed = max(_each(lambda _n: services.cards.all_cards(), ["cards"] * 3))
        base = max(_each(lambda _n: _plain_list(plain), ["cards"] * 3))
        # Listing is mostly building rows, sealed or not: measured against the plain baseline.
        item = make("members_list_cards", listed, base, "ratio <= 1.5", LIST_CARDS_RATIO)
        item.update(cards=fill.cards)
        out.append(item)
        return out, sizes
    finally:
        if conn is not None:
            conn.close()
        services.close()
