"""Argon2id: the RFC 9106 vector, the floor of the venue parameters, and the per-PC tuning."""

from __future__ import annotations

import time

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.security.kdf import MIN_ITERATIONS, MIN_MEMORY_KIB, KdfParams, derive_key, tune


def test_argon2id_rfc9106_vector() -> None:
    kdf = Argon2id(
        salt=bytes([2] * 16),
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=bytes([4] * 12),
        secret=bytes([3] * 8),
    )
    expected = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    assert kdf.derive(bytes([1] * 32)).hex() == expected


def test_derive_key_depends_on_every_input() -> None:
    base = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=3, lanes=4)
    salt = bytes(16)
    key = derive_key("口令 passphrase", salt, base)
    assert len(key) == 32
    assert key == derive_key("口令 passphrase", salt, base)
    assert key != derive_key("口令 passphrasE", salt, base)
    assert key != derive_key("口令 passphrase", bytes([1]) * 16, base)
    assert key != derive_key("口令 passphrase", salt, KdfParams(MIN_MEMORY_KIB, 4, 4))


def test_params_json_round_trip() -> None:
    params = KdfParams(memory_kib=65536, iterations=7, lanes=4)
    assert KdfParams.from_json(params.to_json()) == params


def _seconds(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key("x", bytes(16), params)
    return time.perf_counter() - started


def test_tune_keeps_floor_and_reaches_target() -> None:
    params = tune(target=(0.3, 0.6))
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert params.iterations >= MIN_ITERATIONS
    if _seconds(KdfParams()) < 0.3:
        assert params.iterations > MIN_ITERATIONS
    assert _seconds(params) >= 0.3 * 0.6  # tuned to the target, with room for scheduling noise
