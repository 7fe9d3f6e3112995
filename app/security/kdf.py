"""Argon2id key derivation for the venue passphrase, tuned once per PC at set-up."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4
    algorithm: str = "argon2id"

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        data = json.loads(text)
        params = cls(**data)
        if params.algorithm != "argon2id":
            raise ValueError(f"unknown KDF {params.algorithm}")
        return params


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def tune(target: tuple[float, float] = TARGET_SECONDS, max_iterations: int = 64) -> KdfParams:
    """Raise the pass count from 3 until one derivation takes at least target[0] on this PC."""
    salt = os.urandom(16)
    params = KdfParams()
    while True:
        started = time.perf_counter()
        derive_key("tuning", salt, params)
        elapsed = time.perf_counter() - started
        if elapsed >= target[0] or params.iterations >= max_iterations:
            return params
        # scale towards the middle of the target window, at least one more pass
        wanted = params.iterations * (sum(target) / 2) / max(elapsed, 1e-3)
        next_iterations = min(max_iterations, max(params.iterations + 1, int(wanted)))
        params = KdfParams(params.memory_kib, next_iterations, params.lanes)
