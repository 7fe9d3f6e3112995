"""The as-you-type customer search: what it finds, how it ranks, and that the fast index agrees
with the reference rule (match_entry) on any data."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.customers import search_index
from app.customers.search_bench import bench_search_index, generate_entries
from app.customers.search_columns import fold_all
from app.customers.search_index import CustomerSearchIndex, IndexEntry, SearchHit
from app.customers.search_keys import (
    entry_keys,
    fold,
    match_entry,
    name_pinyin,
    parse_query,
)
from tests.app.pinyin_reference import pinyin_all

ZHANG_SAN = IndexEntry(
    "c1", "C0000001", "张三", ("+8613800138000",), "88001234", "110101199003070418"
)
ZHANG_SANFENG = IndexEntry("c2", "C0000002", "张三丰", ("+862158881234",), "", "", ("VIP",))
LI_SI = IndexEntry("c3", "C0000003", "李四", ("+8613912345678",), "88005678")
SHAN = IndexEntry("c4", "C0000004", "单田芳", ("+8613700001111",))
RARE = IndexEntry("c5", "C0000005", "王𠮷", ("+85291234567",))
UYGHUR = IndexEntry("c6", "C0000006", "阿卜杜拉·买买提", ())
EMOJI = IndexEntry("c7", "C0000007", "Lily 🌸 陈", ("+8613800009999",))
ALL = [ZHANG_SAN, ZHANG_SANFENG, LI_SI, SHAN, RARE, UYGHUR, EMOJI]


def _index(entries: list[IndexEntry] = ALL) -> CustomerSearchIndex:
    index = CustomerSearchIndex()
    index.build(entries)
    return index


def _ids(hits: list[SearchHit]) -> list[str]:
    return [h.customer_id for h in hits]


def test_name_pinyin_and_initials_find_zhang_san() -> None:
    index = _index()
    for query in ("张三", "zs", "ZS", "zhangsan", "zhang san", "Zhang San", "ｚｓ"):
        assert _ids(index.search(query))[:2] == ["c1", "c2"], query
    assert index.search("张三")[0] == SearchHit("c1", 90, "name")
    assert index.search("zs")[0].matched == "initials"


def test_any_part_of_a_name() -> None:
    index = _index()
    assert _ids(index.search("三丰")) == ["c2"]
    assert _ids(index.search("𠮷")) == ["c5"]
    assert _ids(index.search("买买提")) == ["c6"]
    assert _ids(index.search("🌸")) == ["c7"]
    assert _ids(index.search("lily")) == ["c7"]


def test_interpunct_look_alikes_find_the_same_name() -> None:
    index = _index()
    for dot in ("·", "•", "・"):
        assert _ids(index.search(f"阿卜杜拉{dot}买买提")) == ["c6"]


def test_surname_with_special_reading_is_found_both_ways() -> None:
    index = _index()
    assert "c4" in _ids(index.search("shantianfang"))
    assert "c4" in _ids(index.search("stf"))
    assert "c4" in _ids(index.search("dantianfang"))
    assert name_pinyin("曾小贤")[0] == ("cengxiaoxian", "zengxiaoxian")
    assert name_pinyin("王𠮷") == (("wangji",), ("wj",))


def test_phone_exact_and_any_part() -> None:
    index = _index()
    for query in (
        "13800138000",
        "+86 138-0013-8000",
        "0086 13800138000",
        "138 0013 8000",
        "8613800138000",
        "(+86)13800138000",
    ):
        hit = index.search(query)[0]
        assert (hit.customer_id, hit.matched, hit.score) == ("c1", "phone", 100), query
    assert index.search("0138")[0] == SearchHit("c1", 30, "phone")  # a part
    assert index.search("8000")[0] == SearchHit("c1", 40, "phone")  # the last digits: 尾号
    assert _ids(index.search("8000")) == ["c1", "c7"]  # c1 ends with 8000, c7 only holds it
    assert _ids(index.search("5888")) == ["c2"]
    assert _ids(index.search("021-5888")) == ["c2"]
    assert _ids(index.search("+852 9123 4567")) == ["c5"]
    assert index.search("13") == []  # two digits are too short to mean a phone part


def test_card_number_customer_number_and_tag() -> None:
    index = _index()
    assert index.search("88001234")[0] == SearchHit("c1", 100, "card")
    assert _ids(index.search("8800")) == ["c1", "c3"]  # card prefix, by name
    assert index.search("c0000003")[0] == SearchHit("c3", 100, "number")
    assert index.search("vip")[0] == SearchHit("c2", 40, "tag")


def test_id_number_only_by_its_tail() -> None:
    index = _index()
    assert index.search("070418")[0] == SearchHit("c1", 40, "id_tail")
    assert _ids(index.search("0418")) == ["c1"]
    assert index.search("19900307") == []  # the middle (a birthday) never matches
    assert index.search("110101") == []


def test_ranking_exact_before_prefix_before_part_then_by_name() -> None:
    a = IndexEntry("a", "C1", "王小明", ("+8613800000001",))
    b = IndexEntry("b", "C2", "小明", ())
    c = IndexEntry("c", "C3", "小明华", ())
    d = IndexEntry("d", "C4", "陈小明", ())
    index = _index([a, b, c, d])
    assert _ids(index.search("小明")) == ["b", "c", "a", "d"]
    assert [h.score for h in index.search("小明")] == [90, 80, 30, 30]


def test_limit_keeps_the_best() -> None:
    entries = [IndexEntry(f"id{i}", f"C{i:07d}", f"张{i:03d}", ()) for i in range(120)]
    index = _index(entries)
    hits = index.search("张", limit=10)
    assert _ids(hits) == [f"id{i}" for i in range(10)]


def test_upsert_remove_and_wipe() -> None:
    index = _index()
    index.upsert(IndexEntry("c3", "C0000003", "李思思", ("+8613912345678",)))
    assert _ids(index.search("李四")) == []
    assert _ids(index.search("李思")) == ["c3"]
    index.upsert(IndexEntry("c9", "C0000009", "张三", ()))
    assert _ids(index.search("张三"))[:2] == ["c1", "c9"]
    index.remove("c1")
    assert "c1" not in _ids(index.search("zs"))
    assert index.get("c1") is None and index.get("c9") is not None
    assert len(index) == len(ALL)
    index.wipe()
    assert len(index) == 0 and index.search("张") == [] and index.get("c2") is None


def test_compaction_keeps_results(monkeypatch: pytest.MonkeyPatch) -> None:
    index = _index()
    monkeypatch.setattr(search_index, "COMPACT_AT", 3)
    for i in range(5):
        index.upsert(IndexEntry(f"n{i}", f"C9{i}", f"周{i}", ()))
    assert len(index._overlay) < 3  # folded into the haystacks
    assert _ids(index.search("周")) == [f"n{i}" for i in range(5)]
    assert len(index) == len(ALL) + 5


def test_generated_entries_search_like_the_reference() -> None:
    entries = generate_entries(400, seed=7)
    index = _index(entries)
    queries = ["张", "zh", "w", "138", "8000", "c00001", "vip", "李", "l", "华", "0571"]
    queries += [e.name for e in entries[:20]] + [e.phones[0][-4:] for e in entries[:20]]
    for q in queries:
        assert index.search(q, limit=30) == _reference(entries, q, 30), q


def _reference(entries: list[IndexEntry], query: str, limit: int) -> list[SearchHit]:
    q = parse_query(query)
    scored = []
    for e in entries:
        keys = entry_keys(e)
        found = match_entry(keys, q)
        if found:
            scored.append((found[0], (keys.name, e.name, e.number, e.customer_id), found[1]))
    scored.sort()
    from app.customers.search_keys import SCORES

    return [SearchHit(k[3], SCORES[t], m) for t, k, m in scored[:limit]]


_names = st.text(alphabet="张三李四王𠮷单曾小明 ·•Ab😀", min_size=1, max_size=5)
_entries = st.lists(
    st.builds(
        IndexEntry,
        customer_id=st.uuids().map(str),
        number=st.integers(1, 50).map(lambda n: f"C{n:07d}"),
        name=_names,
        phones=st.lists(
            st.sampled_from(["+8613800138000", "+862158881234", "+85291234567", "+8613512340000"]),
            max_size=2,
        ).map(tuple),
        card_no=st.sampled_from(["", "8800", "880012", "A77"]),
        id_number=st.sampled_from(["", "110101199003070418", "H1234567801", "12345"]),
        tags=st.lists(st.sampled_from(["VIP", "vip", "老客户"]), max_size=2).map(tuple),
    ),
    max_size=25,
)
_queries = st.one_of(_names, st.sampled_from(["zs", "z", "shan", "8000", "88", "c0000001", "0418"]))


@settings(max_examples=200, deadline=None)
@given(entries=_entries, query=_queries, limit=st.integers(1, 8), edits=st.integers(0, 3))
@example(  # two customers with the same phone twice each once cut the phone-suffix tier short
    entries=[
        IndexEntry(f"id{i}", "C0000001", "A", ("+8613800138000",) * (2 if i < 2 else 1), "", "", ())
        for i in range(4)
    ],
    query="8000",
    limit=3,
    edits=0,
)
def test_index_agrees_with_reference_rule(
    entries: list[IndexEntry], query: str, limit: int, edits: int
) -> None:
    unique = list({e.customer_id: e for e in entries}.values())
    index = _index(unique)
    # Edits after the build live in the overlay and hide the old version: same answers expected.
    edited = [dataclasses.replace(e, name=e.name[::-1] + "明") for e in unique[:edits]]
    for e in edited:
        index.upsert(e)
    final = edited + unique[edits + 1 :]
    if len(unique) > edits:
        index.remove(unique[edits].customer_id)
    assert len(index) == len(final)
    assert index.search(query, limit) == _reference(final, query, limit)


def test_bench_reports_every_figure() -> None:
    result = bench_search_index(300, seed=1)
    assert result["n"] == 300
    for kind in ("name", "pinyin_initials", "phone_suffix"):
        figures = result[kind]
        assert isinstance(figures, dict) and set(figures) == {"p50_ms", "p95_ms"}
        assert isinstance(result[f"{kind}_sqlite_like"], dict)
    assert isinstance(result["build_s"], float)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(max_size=6), max_size=6))
def test_column_functions_equal_their_one_value_counterparts(texts: list[str]) -> None:
    folded = fold_all(texts)
    assert folded == [fold(t) for t in texts]
    full, initials = pinyin_all(folded)
    assert list(zip(full, initials, strict=True)) == [name_pinyin(n) for n in folded]
