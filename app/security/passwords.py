"""Staff password hashes: Argon2id in PHC string form (parameters travel with the hash)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import ValidationError

# OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane (sign-in stays well under 0.1 s).
MEMORY_KIB = 19 * 1024
ITERATIONS = 2
LANES = 1
MIN_LENGTH = 8


def check_password_rules(password: str, field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, "too_short", f"at least {MIN_LENGTH} characters")
    if len(password) > 256:
        raise ValidationError(field, "too_long", "at most 256 characters")


def hash_password(password: str) -> str:
    kdf = Argon2id(
        salt=os.urandom(16), length=32, iterations=ITERATIONS, lanes=LANES, memory_cost=MEMORY_KIB
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True
