"""The customer-file figures of issue 3 for `frontdesk bench`, each beside a plaintext baseline
from the same run: index build at unlock, search p95 by kind, opening a file, importing an XLSX
list, and the resident memory of the signed-in app with the index built."""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.bench_memory import unlock_master
from app.customers.schemas import CustomerInput
from app.customers.search_bench import QUERY_KINDS, sample_queries, timings
from app.customers.search_columns import listings, phone_lists
from app.customers.search_index import CustomerSearchIndex, IndexColumns, IndexEntry
from app.customers.search_keys import clear_pinyin_cache
from app.importing.customer_rows import TEMPLATE_HEADERS
from app.services import Services, build_services
from app.venue import open_venue
from db.models import Customer

Entry = dict[str, Any]
EntryMaker = Callable[[str, float | None, float | None, str, float | None], Entry]
SEARCH_LIMIT_S, OPEN_LIMIT_S, BUILD_LIMIT_S, IMPORT_LIMIT_S, RSS_LIMIT_MB = 0.02, 0.05, 1.5, 10, 400
_GENDER_ZH = {"male": "男", "female": "女"}
_PLAIN_COLUMNS = "id, number, name, phone, other_phones, id_number, tags"


def _plain_columns(plain_db: Path) -> IndexColumns:
    """The same columns the directory reads at unlock, read the same way, without the vault."""
    conn = sqlite3.connect(plain_db)
    rows = conn.execute(f"SELECT {_PLAIN_COLUMNS} FROM customers_plain").fetchall()
    conn.close()
    ids, numbers, names, phone, others, id_numbers, tags = (
        zip(*rows, strict=True) if rows else [()] * 7
    )
    phones, no_cards = phone_lists(phone, others), [""] * len(ids)
    id_texts, confs = [i or "" for i in id_numbers], ["normal"] * len(ids)
    return IndexColumns(ids, numbers, names, phones, no_cards, id_texts, listings(tags), confs)


def _index_build(
    services: Services, plain_db: Path, make: EntryMaker
) -> tuple[Entry, list[IndexEntry]]:
    """Read and build from plaintext, then the real build at unlock (decrypt every row)."""

    def plain_build() -> IndexColumns:
        columns = _plain_columns(plain_db)
        CustomerSearchIndex().build_columns(columns)
        return columns

    clear_pinyin_cache()
    started = time.perf_counter()
    columns = plain_build()
    baseline = time.perf_counter() - started
    clear_pinyin_cache()
    started = time.perf_counter()
    services.directory.ensure_built()
    real = time.perf_counter() - started
    entries = [columns.entry(i) for i in range(len(columns))]
    return make("index_build_at_unlock", real, baseline, "<= 1.5 s", BUILD_LIMIT_S), entries


def _search(
    services: Services, plain_db: Path, entries: list[IndexEntry], make: EntryMaker
) -> list[Entry]:
    """p95 through the directory (as the search box calls it) against LIKE '%q%' on the copy."""
    conn = sqlite3.connect(plain_db)
    sql = (
        "SELECT id FROM customers_plain WHERE name LIKE ?1 OR phone LIKE ?1 "
        "OR other_phones LIKE ?1 LIMIT 50"
    )

    def like(q: str) -> object:
        return conn.execute(sql, (f"%{q}%",)).fetchall()

    phoned = [e for e in entries if e.phones]  # the sample feeds the phone-suffix queries too
    if len(phoned) < 2:
        return [
            make(f"search_p95_{k}", None, None, "<= 20 ms and <= LIKE", None) for k in QUERY_KINDS
        ]
    queries = sample_queries(phoned, random.Random(7), per_kind=min(200, len(phoned)))
    out = []
    for kind in QUERY_KINDS:
        real_ms = timings(services.directory.search, queries[kind])["p95_ms"]
        base_ms = timings(like, queries[kind])["p95_ms"]
        real, base = real_ms / 1000, base_ms / 1000
        item = make(f"search_p95_{kind}", real, base, "<= 20 ms and <= LIKE", SEARCH_LIMIT_S)
        item.update(ok=real <= SEARCH_LIMIT_S and real <= base, p95_ms=real_ms, baseline_ms=base_ms)
        out.append(item)
    conn.close()
    return out


def _p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) > 1 else samples[0]


def _open_file(services: Services, plain_db: Path, make: EntryMaker) -> Entry:
    """`customers.open` (decrypt + audit row in its own transaction) against a plain SELECT."""
    with services.venue.uow() as s:
        ids = list(s.scalars(select(Customer.id)))
    if len(ids) < 2:
        return make("open_customer_p95", None, None, "<= 50 ms", None)
    sample = random.Random(11).sample(ids, min(200, len(ids)))
    real = []
    for cid in sample:
        started = time.perf_counter()
        services.customers.open(cid, reason="bench")
        real.append(time.perf_counter() - started)
    conn = sqlite3.connect(plain_db)
    numbers = [r[0] for r in conn.execute("SELECT number FROM customers_plain")]
    base = []
    for number in random.Random(11).sample(numbers, min(200, len(numbers))):
        started = time.perf_counter()
        conn.execute("SELECT * FROM customers_plain WHERE number = ?", (number,)).fetchone()
        base.append(time.perf_counter() - started)
    conn.close()
    return make("open_customer_p95", _p95(real), _p95(base), "<= 50 ms", OPEN_LIMIT_S)


def write_import_xlsx(path: Path, items: Sequence[CustomerInput]) -> Path:
    """A list as a venue would bring it: phones as typed, birthdays as date cells."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(list(TEMPLATE_HEADERS))
    for item in items:
        gender = _GENDER_ZH.get(item.gender, "")
        sheet.append([item.name, gender, item.phone, item.birthday, "", "", "", item.notes, ""])
    book.save(path)
    return path


def _import(
    services: Services,
    xlsx: Path,
    plain_insert: Callable[[], None],
    make: EntryMaker,
) -> Entry:
    started = time.perf_counter()
    summary = services.importer.run(xlsx)
    real = time.perf_counter() - started
    started = time.perf_counter()
    plain_insert()
    base = time.perf_counter() - started
    item = make("import_xlsx_rows", real, base, "<= 10 s", IMPORT_LIMIT_S)
    item["rows"] = {
        "imported": summary.imported,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "rejected": summary.rejected,
    }
    return item


def _measure_rss(params: dict[str, str]) -> float | None:
    result = subprocess.run(
        [sys.executable, "-m", "app.bench_memory"],
        input=json.dumps(params),
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    value = json.loads(result.stdout.strip().splitlines()[-1])["rss_mb"]
    return None if value is None else float(value)


def _rss(data_dir: Path, master: bytes, plain_db: Path, user: tuple[str, str]) -> Entry:
    app_params = {
        "data_dir": str(data_dir),
        "master": master.hex(),
        "user": user[0],
        "password": user[1],
    }
    real = _measure_rss(app_params)
    base = _measure_rss({"plain_db": str(plain_db)})
    ratio = real / base if real is not None and base else None
    return {
        "name": "rss_signed_in_index_built",
        "seconds": None,
        "baseline_seconds": None,
        "ratio": None if ratio is None else round(ratio, 2),
        "target": "<= 400 MB (fresh process: services signed in, index built; no window)",
        "ok": None if real is None else real <= RSS_LIMIT_MB,
        "mb": real,
        "baseline_mb": base,
    }


def customer_entries(
    data_dir: Path,
    master: bytes,
    plain_db: Path,
    user: tuple[str, str],
    xlsx: Path,
    plain_insert: Callable[[], None],
    make: EntryMaker,
) -> list[Entry]:
    venue = open_venue(data_dir)
    services = build_services(venue, unlock_master(venue, master))
    try:
        services.staff.sign_in(*user)
        build, entries = _index_build(services, plain_db, make)
        out = [build, *_search(services, plain_db, entries, make)]
        out.append(_open_file(services, plain_db, make))
        out.append(_rss(data_dir, master, plain_db, user))
        out.append(_import(services, xlsx, plain_insert, make))
    finally:
        services.close()
    return out
