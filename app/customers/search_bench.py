"""Benchmark of the customer search index against `LIKE '%q%'` on a plaintext SQLite copy.

Issue 3 asks for build <= 1.5 s and search p95 <= 20 ms at 100,000 customers; this measures both
on generated but realistic data (common surnames, rare characters, mobiles and landlines, IDs).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from stdnum.cn import ric

from app.customers.search_index import CustomerSearchIndex, IndexEntry
from app.customers.search_keys import clear_pinyin_cache, name_pinyin

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单仇解"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力"
    "鹏飞宇浩然子轩梓涵欣怡思雨一诺嘉佳晨博雅婷雪琳颖慧鑫斌波亮宁凯浩俊峰"
)
RARE = "𠮷堃喆昇甦犇淼垚嫚"
AREAS = ("10", "21", "22", "23", "20", "755", "571", "25", "27", "28", "29", "411", "591")
REGIONS = ("110101", "310104", "440305", "330106", "510107", "420102", "320102", "610113")
QUERY_KINDS = ("name", "pinyin_initials", "phone_suffix")


def _name(rng: random.Random) -> str:
    given_len = rng.choice((1, 2, 2, 2))
    given = "".join(rng.choice(GIVEN) for _ in range(given_len))
    if rng.random() < 0.01:
        given = rng.choice(RARE) + given[1:]
    return rng.choice(SURNAMES) + given


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.85:
        prefix = rng.choice(("138", "139", "136", "150", "186", "177", "199", "158"))
        return f"+86{prefix}{rng.randrange(10**8):08d}"
    area = rng.choice(AREAS)
    local_len = 8 if len(area) == 2 else rng.choice((7, 8))
    return f"+86{area}{rng.randrange(2 * 10 ** (local_len - 1), 10**local_len)}"


def _id_number(rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 80))
    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def generate_entries(n: int, seed: int) -> list[IndexEntry]:
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        phones = (_phone(rng),) if rng.random() < 0.9 else (_phone(rng), _phone(rng))
        entries.append(
            IndexEntry(
                customer_id=f"id-{i:07d}",
                number=f"C{i + 1:07d}",
                name=_name(rng),
                phones=phones,
                card_no=f"8{i + 1:08d}" if rng.random() < 0.4 else "",
                id_number=_id_number(rng) if rng.random() < 0.5 else "",
                tags=("VIP",) if rng.random() < 0.05 else (),
            )
        )
    return entries


def sample_queries(
    entries: list[IndexEntry], rng: random.Random, per_kind: int
) -> dict[str, list[str]]:
    sample = rng.sample(entries, per_kind)
    return {
        "name": [e.name[: rng.choice((1, 2, len(e.name)))] for e in sample],
        "pinyin_initials": [name_pinyin(e.name)[1][0][: rng.choice((2, 3))] for e in sample],
        "phone_suffix": [e.phones[0][-4:] for e in sample],
    }


def timings(run: Callable[[str], object], queries: list[str]) -> dict[str, float]:
    times = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=20)
    return {"p50_ms": round(statistics.median(times), 3), "p95_ms": round(cuts[18], 3)}


def _sqlite_baseline(entries: list[IndexEntry]) -> Callable[[str], object]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE c (id TEXT, number TEXT, name TEXT, phones TEXT, card TEXT)")
    db.executemany(
        "INSERT INTO c VALUES (?, ?, ?, ?, ?)",
        ((e.customer_id, e.number, e.name, " ".join(e.phones), e.card_no) for e in entries),
    )

    def run(q: str) -> object:
        like = f"%{q}%"
        sql = "SELECT id FROM c WHERE name LIKE ? OR phones LIKE ? OR card LIKE ? LIMIT 50"
        return db.execute(sql, (like, like, like)).fetchall()

    return run


def bench_search_index(n: int, seed: int) -> dict[str, object]:
    """Build seconds, p50/p95 per query kind for the index, and the same for the SQLite LIKE."""
    entries = generate_entries(n, seed)
    clear_pinyin_cache()  # measure the pinyin conversion too, as at unlock
    index = CustomerSearchIndex()
    start = time.perf_counter()
    index.build(entries)
    build_s = time.perf_counter() - start
    queries = sample_queries(entries, random.Random(seed + 1), per_kind=min(200, n))
    baseline = _sqlite_baseline(entries)
    result: dict[str, object] = {"n": n, "build_s": round(build_s, 3)}
    for kind in QUERY_KINDS:
        result[kind] = timings(index.search, queries[kind])
        # LIKE cannot answer pinyin; it runs the same text anyway, as the baseline.
        result[f"{kind}_sqlite_like"] = timings(baseline, queries[kind])
    index.wipe()
    return result
