"""AES-256-GCM field sealing: known answers, and refusal of anything moved or altered."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given
from hypothesis import strategies as st

from app.errors import DecryptionFailed
from app.security.cipher import HEADER_LEN, FieldCipher, key_id_of

KEY = bytes(range(32))
CIPHER = FieldCipher("k1k2k3k4", KEY)
WHERE = {"table": "customers", "column": "name", "row_id": "abc123"}


@pytest.mark.parametrize(
    ("plaintext", "ciphertext_and_tag"),
    [
        # McGrew & Viega GCM spec, test cases 13 and 14 (256-bit zero key, zero IV).
        (b"", "530f8afbc74536b9a963b4f1c4cb738b"),
        (bytes(16), "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"),
    ],
)
def test_aes_gcm_known_answers(plaintext: bytes, ciphertext_and_tag: str) -> None:
    assert AESGCM(bytes(32)).encrypt(bytes(12), plaintext, None).hex() == ciphertext_and_tag


def test_seal_layout_fresh_nonce_and_round_trip() -> None:
    a = CIPHER.seal("张三".encode(), **WHERE)
    b = CIPHER.seal("张三".encode(), **WHERE)
    assert a != b and a[9:HEADER_LEN] != b[9:HEADER_LEN]  # a fresh 96-bit nonce per value
    assert key_id_of(a) == "k1k2k3k4"
    assert "张三".encode() not in a
    assert CIPHER.open(a, **WHERE).decode() == "张三"


@pytest.mark.parametrize(
    "moved",
    [
        {"table": "staff"},
        {"column": "phone"},
        {"row_id": "abc124"},
    ],
)
def test_value_copied_elsewhere_refuses(moved: dict[str, str]) -> None:
    blob = CIPHER.seal(b"13800138000", **WHERE)
    with pytest.raises(DecryptionFailed):
        CIPHER.open(blob, **{**WHERE, **moved})


def test_every_flipped_bit_refuses() -> None:
    blob = CIPHER.seal(b"1990-02-03", **WHERE)
    for index in range(len(blob)):
        for bit in (0, 7):
            damaged = bytearray(blob)
            damaged[index] ^= 1 << bit
            with pytest.raises(DecryptionFailed):
                CIPHER.open(bytes(damaged), **WHERE)


def test_other_key_with_same_id_refuses() -> None:
    blob = CIPHER.seal(b"x", **WHERE)
    with pytest.raises(DecryptionFailed):
        FieldCipher("k1k2k3k4", os.urandom(32)).open(blob, **WHERE)


def test_truncated_value_refuses() -> None:
    with pytest.raises(DecryptionFailed):
        CIPHER.open(CIPHER.seal(b"x", **WHERE)[:20], **WHERE)


@given(st.text(max_size=300))
def test_any_unicode_round_trips(text: str) -> None:
    assert CIPHER.open(CIPHER.seal(text.encode(), **WHERE), **WHERE).decode() == text


def test_column_opener_agrees_with_open_and_refuses_the_same_things() -> None:
    from app.security.cipher import column_opener

    other = FieldCipher("zzzzzzzz", bytes(32))
    opener = column_opener({CIPHER.key_id: CIPHER, other.key_id: other}, "customers", "name")
    mine = CIPHER.seal("阿卜杜拉·买买提".encode(), **WHERE)
    theirs = other.seal(b"x", **WHERE)
    assert opener(mine, "abc123") == CIPHER.open(mine, **WHERE)
    assert opener(theirs, "abc123") == b"x"
    with pytest.raises(DecryptionFailed):
        opener(mine, "abc124")  # moved to another row
    with pytest.raises(DecryptionFailed):
        column_opener({CIPHER.key_id: CIPHER}, "customers", "phone")(mine, "abc123")
    with pytest.raises(DecryptionFailed):
        column_opener({}, "customers", "name")(mine, "abc123")  # key not in the vault
    flipped = bytearray(mine)
    flipped[-1] ^= 1
    with pytest.raises(DecryptionFailed):
        opener(bytes(flipped), "abc123")
