"""Unlocked key material held in memory while the vault is open, and wiped on close."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import DecryptionFailed
from app.security.cipher import FieldCipher, key_id_of


def hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass
class VaultKeys:
    """The master key, the data keys it unwrapped, and which data key seals new values."""

    venue_id: str
    master_key: bytearray
    ciphers: dict[str, FieldCipher]
    active_key_id: str
    audit_key: bytes = field(init=False)
    lookup_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.audit_key = hkdf(bytes(self.master_key), b"frontdesk audit chain v1")
        self.lookup_key = hkdf(bytes(self.master_key), b"frontdesk lookup digests v1")

    @property
    def active(self) -> FieldCipher:
        return self.ciphers[self.active_key_id]

    def seal_bytes(
        self, value: bytes | None, *, table: str, column: str, row_id: str
    ) -> bytes | None:
        if value is None:
            return None
        return self.active.seal(value, table=table, column=column, row_id=row_id)

    def open_bytes(
        self, blob: bytes | None, *, table: str, column: str, row_id: str
    ) -> bytes | None:
        if blob is None:
            return None
        cipher = self.ciphers.get(key_id_of(blob))
        if cipher is None:
            raise DecryptionFailed(f"{table}.{column} of {row_id}: its key is not in the vault")
        return cipher.open(blob, table=table, column=column, row_id=row_id)

    def seal_text(self, value: str | None, *, table: str, column: str, row_id: str) -> bytes | None:
        if value is None:
            return None
        return self.seal_bytes(value.encode("utf-8"), table=table, column=column, row_id=row_id)

    def open_text(self, blob: bytes | None, *, table: str, column: str, row_id: str) -> str | None:
        raw = self.open_bytes(blob, table=table, column=column, row_id=row_id)
        return None if raw is None else raw.decode("utf-8")

    def lookup_digest(self, kind: str, value: str) -> bytes:
        """A keyed digest for finding duplicates (same phone, same ID) without storing plaintext."""
        return hmac.new(self.lookup_key, f"{kind}|{value}".encode(), hashlib.sha256).digest()

    def wipe(self) -> None:
        for i in range(len(self.master_key)):
            self.master_key[i] = 0
        self.ciphers.clear()
        self.audit_key = b""
        self.lookup_key = b""

    def adopt(self, other: VaultKeys) -> None:
        """Take over freshly loaded keys in place, so every service holding us sees them."""
        self.ciphers.clear()
        self.ciphers.update(other.ciphers)
        self.active_key_id = other.active_key_id
