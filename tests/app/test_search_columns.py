"""The bulk steps of the search index build give exactly what their one-value counterparts give,
the columns the directory decrypts at unlock are the values sealed, and the index built from
columns answers like the one built from entries."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.customers.directory import CustomerDirectory
from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.customers.sealed_columns import ColumnOpener
from app.customers.search_bench import generate_entries
from app.customers.search_columns import (
    IndexColumns,
    fold_all,
    phone_digits_all,
    ranked,
)
from app.customers.search_index import CustomerSearchIndex, IndexEntry
from app.customers.search_keys import fold, name_pinyin
from app.customers.validation import phone_digits
from app.errors import DecryptionFailed
from app.security.cipher import FieldCipher
from app.security.keys import VaultKeys
from app.services import Services
from tests.app.pinyin_reference import pinyin_all

_PHONES = st.one_of(
    st.from_regex(r"\+86[0-9]{4,12}", fullmatch=True),
    st.sampled_from(
        [
            "+8613800138000",
            "+8610800138000",  # Beijing, not a mobile
            "+864001234567",
            "+868001234567",
            "+862158881234",
            "+85291234567",
            "+14155552671",
            "+86１３８００１３８０００",  # full-width digits take phone_digits' own path
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(phones=st.lists(_PHONES, max_size=8))
def test_phone_digits_all_equals_phone_digits(phones: list[str]) -> None:
    assert phone_digits_all(phones) == [phone_digits(p) for p in phones]


_CHINESE_NAMES = st.text(alphabet="单曾朴长查解万张三李四王𠮷堃 ·•Ab9😀", max_size=6)


@settings(max_examples=300, deadline=None)
@given(names=st.lists(_CHINESE_NAMES, max_size=8))
def test_pinyin_all_equals_name_pinyin_for_special_surnames_and_latin(names: list[str]) -> None:
    folded = fold_all(names)
    full, initials = pinyin_all(folded)
    assert list(zip(full, initials, strict=True)) == [name_pinyin(n) for n in folded]


def test_fold_all_strips_and_unifies_like_fold() -> None:
    texts = ["  张三 ", "阿卜杜拉•买买提", "ＺＳ", "", "\u3000李四", "A\x00B"]
    assert fold_all(texts) == [fold(t) for t in texts]
    assert pinyin_all(fold_all(["单田芳"]))[0] == [("dantianfang", "shantianfang")]


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["张三", "张三 ", "李四", "a\x00b", "a", "A"]),
            st.sampled_from(["C1", "C2", "C\x001"]),
            st.sampled_from(["x", "y", "z", "x\x00"]),
        ),
        max_size=8,
        unique_by=lambda r: r[2],
    )
)
def test_ranked_orders_like_the_sort_key_tuple(rows: list[tuple[str, str, str]]) -> None:
    entries = [IndexEntry(cid, number, name) for name, number, cid in rows]
    ordered, folded = ranked(IndexColumns.of(entries))
    expected = sorted(entries, key=lambda e: (fold(e.name), e.name, e.number, e.customer_id))
    assert [ordered.entry(i) for i in range(len(ordered))] == expected
    assert folded == [fold(e.name) for e in expected]


def test_columns_round_trip_and_the_last_duplicate_wins() -> None:
    a = IndexEntry("a", "C1", "张三", ("+8613800138000",), "88", "110101", ("VIP",), "high")
    b = IndexEntry("b", "C2", "李四")
    a2 = IndexEntry("a", "C3", "张三丰")
    columns = IndexColumns.of([a, b, a2])
    assert [columns.entry(i) for i in range(3)] == [a, b, a2]
    unique = columns.unique()
    assert [unique.entry(i) for i in range(len(unique))] == [b, a2]


def test_index_from_columns_answers_like_the_index_from_entries() -> None:
    entries = generate_entries(500, seed=3)
    entries += [IndexEntry("x1", "C9000001", "曾小贤", ("+85291234567",), "", "", ("老客户",))]
    entries += [IndexEntry("x2", "C9000002", "Lily 陈", ("+14155552671", "+8613800009999"))]
    by_entries, by_columns = CustomerSearchIndex(), CustomerSearchIndex()
    by_entries.build(entries)
    by_columns.build_columns(IndexColumns.of(entries))
    queries = ["张", "zh", "zxx", "cengxiao", "lily", "+852 9123 4567", "14155552671", "老客户"]
    queries += [e.name for e in entries[:15]] + [e.phones[0][-4:] for e in entries[:15]]
    for q in queries:
        assert by_columns.search(q, 20) == by_entries.search(q, 20), q
    assert by_columns.search("zxx")[0].customer_id == "x1"
    assert by_columns.search("+852 9123 4567")[0].customer_id == "x1"
    assert by_columns.get("x2") == entries[-1]


def _keys(*key_ids: str) -> VaultKeys:
    ciphers = {k: FieldCipher(k, os.urandom(32)) for k in key_ids}
    return VaultKeys("venue", bytearray(os.urandom(32)), ciphers, key_ids[0])


def _seal(keys: VaultKeys, key_id: str, value: str | None, row_id: str) -> bytes | None:
    if value is None:
        return None
    return keys.ciphers[key_id].seal(
        value.encode(), table="customers", column="name", row_id=row_id
    )


def test_column_opener_opens_every_value_with_one_or_two_keys() -> None:
    keys = _keys("k0000001", "k0000002")
    ids = [f"r{i}" for i in range(6)]
    values = ["张三", None, "", "a\x00b", "李四😀", "王"]
    one_key = [_seal(keys, "k0000001", v, r) for v, r in zip(values, ids, strict=True)]
    assert ColumnOpener(keys, ids).open("name", one_key) == [v or "" for v in values]
    mixed = [  # part-way through a key rotation
        _seal(keys, "k0000002" if i % 2 else "k0000001", v, r)
        for i, (v, r) in enumerate(zip(values, ids, strict=True))
    ]
    assert ColumnOpener(keys, ids).open("name", mixed) == [v or "" for v in values]
    assert ColumnOpener(keys, ids).open("tags", [None] * 6) == [""] * 6


def test_column_opener_refuses_moved_or_altered_values() -> None:
    keys = _keys("k0000001")
    ids = ["r0", "r1"]
    blobs = [_seal(keys, "k0000001", "张三", r) for r in ids]
    swapped = [blobs[1], blobs[0]]  # each sealed for the other row
    with pytest.raises(DecryptionFailed):
        ColumnOpener(keys, ids).open("name", swapped)
    with pytest.raises(DecryptionFailed):
        ColumnOpener(keys, ids).open("phone", blobs)  # sealed as another column
    altered = bytearray(blobs[0] or b"")
    altered[-1] ^= 1
    with pytest.raises(DecryptionFailed):
        ColumnOpener(keys, ids).open("name", [bytes(altered), blobs[1]])
    with pytest.raises(DecryptionFailed):
        ColumnOpener(_keys("k0000009"), ids).open("name", blobs)  # not this vault's key


def test_directory_finds_other_phones_tags_and_id_tails_after_unlock(admin: Services) -> None:
    zhang = admin.customers.create(
        CustomerInput(
            "张三",
            "13812345678",
            other_phones=("+852 9123 4567", "021-5888 1234"),
            tags=("VIP室",),
        )
    )
    consent = ConsentInput(ConsentPurpose.SENSITIVE_ID, "paper")
    li = admin.customers.create(
        CustomerInput(
            "李四",
            "",
            id_doc_type="hk_macao_permit",
            id_number="H1234567801",
            consents=(consent,),
        )
    )
    admin.customers.create(CustomerInput("曾小贤", "13987654321"))
    directory: CustomerDirectory = admin.directory
    directory.wipe()
    for query, expected, matched in [
        ("+852 9123 4567", zhang.id, "phone"),
        ("5888", zhang.id, "phone"),
        ("vip室", zhang.id, "tag"),
        ("567801", li.id, "id_tail"),
        ("lisi", li.id, "pinyin"),
    ]:
        hit = directory.search(query)[0]
        assert (hit.customer_id, hit.matched) == (expected, matched), query
    assert directory.search("zxx")[0].name == "曾小贤"
    first = directory.search("zs")[0]
    assert (first.number, first.phone) == (zhang.number, "+8613812345678")
