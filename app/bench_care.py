"""Issue 8's figures for `frontdesk bench`, on the benchmark venue after the member figures (a
card, visits and purchases per customer): the daily classification of every customer, the
warm-up that decrypts birthdays, genders and addresses off the UI thread after sign-in, the
dashboard month beside the same counts on the plaintext copy in the same run, and the day's care
list (its first call of the day plans the follow-up calls)."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.bench_memory import unlock_master
from app.care.demographics import age_band, district_of
from app.members.store import local_today
from app.services import build_services
from app.venue import open_venue
from db.types import utc_now

Entry = dict[str, Any]
EntryMaker = Callable[[str, float | None, float | None, str, float | None], Entry]
DASHBOARD_LIMIT_S, TODAY_LIMIT_S, FIRST_LIST_LIMIT_S, CLASSIFY_LIMIT_S = 1.0, 1.0, 5.0, 10.0
WARM_LIMIT_S = 3.0


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _plain_dashboard(conn: sqlite3.Connection, month: str, today: date) -> None:
    """The same counts a plaintext app would make: SQL groups plus the per-customer parsing."""
    first = f"{month}-01"
    conn.execute(
        "SELECT day, count(*) FROM visits WHERE day >= ? GROUP BY day", (first,)
    ).fetchall()
    conn.execute(
        "SELECT department, sum(amount_fen - discount_fen) FROM consumptions WHERE day >= ? "
        "GROUP BY department",
        (first,),
    ).fetchall()
    conn.execute("SELECT customer_id, max(day) FROM visits GROUP BY customer_id").fetchall()
    ages: Counter[str] = Counter()
    places: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    for birthday, gender, address in conn.execute(
        "SELECT birthday, gender, address FROM customers_plain"
    ):
        ages[age_band(date.fromisoformat(birthday), today) if birthday else ""] += 1
        genders[gender or ""] += 1
        places[district_of(address) if address else ""] += 1


def care_entries(
    data_dir: Path, master: bytes, plain_db: Path, user: tuple[str, str], make: EntryMaker
) -> list[Entry]:
    venue = open_venue(data_dir)
    services = build_services(venue, unlock_master(venue, master))
    conn = sqlite3.connect(plain_db)
    try:
        services.staff.sign_in(*user)
        today = local_today(utc_now())
        month = today.strftime("%Y-%m")
        analysis = services.care_analysis
        # The morning's order: Task Scheduler classifies; at sign-in the customers' sealed
        # attributes are decrypted off the UI thread (timed here on its own); then the desk.
        classify = _timed(lambda: services.care.refresh_classes(force=True))
        warm_up = _timed(analysis.warm)
        dashboard = _timed(lambda: analysis.month(month))
        again = _timed(lambda: analysis.month(month))
        base = _timed(lambda: _plain_dashboard(conn, month, today))
        first_list = _timed(services.care.today)  # plans the calls of the day once
        care_list = _timed(services.care.today)
        return [
            make("care_classify_all", classify, None, "<= 10 s", CLASSIFY_LIMIT_S),
            make(
                "care_attributes_warm_up", warm_up, None, "<= 3 s, off the UI thread", WARM_LIMIT_S
            ),
            make("care_dashboard_month", dashboard, base, "<= 1 s", DASHBOARD_LIMIT_S),
            make("care_dashboard_month_again", again, base, "<= 1 s", DASHBOARD_LIMIT_S),
            make("care_today_first_of_day", first_list, None, "<= 5 s", FIRST_LIST_LIMIT_S),
            make("care_today_list", care_list, None, "<= 1 s", TODAY_LIMIT_S),
        ]
    finally:
        conn.close()
        services.close()
