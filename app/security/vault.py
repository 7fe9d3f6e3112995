"""The vault: a random master key, wrapped by the venue passphrase (Argon2id) and by a recovery
key; it in turn wraps the data keys that seal personal fields. Nothing secret is stored in clear.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import VaultDamaged, WrongPassphrase
from app.security.cipher import FieldCipher
from app.security.kdf import KdfParams, derive_key
from app.security.keys import VaultKeys, hkdf
from db.models import DataKey, VaultWrap

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
MIN_PASSPHRASE_LENGTH = 10
_RECOVERY_KDF = '{"algorithm": "hkdf-sha256"}'


class WrongRecoveryKey(WrongPassphrase):
    code = "wrong_recovery_key"


def new_recovery_key() -> str:
    """160 random bits as 32 base32 characters in groups of four, easy to read and type."""
    text = base64.b32encode(secrets.token_bytes(20)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_bytes(recovery_key: str) -> bytes:
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:
        raise WrongRecoveryKey("the recovery key is not in the printed format") from exc
    if len(raw) != 20:
        raise WrongRecoveryKey("the recovery key has the wrong length")
    return raw


def _checksum(wrap: VaultWrap) -> str:
    digest = hashlib.sha256()
    for part in (wrap.kind.encode(), wrap.kdf.encode(), wrap.salt, wrap.nonce, wrap.wrapped):
        digest.update(len(part).to_bytes(4, "big") + part)
    return digest.hexdigest()


def _wrap_aad(venue_id: str, kind: str) -> bytes:
    return f"frontdesk-wrap|{venue_id}|{kind}".encode()


def _dek_aad(venue_id: str, key_id: str) -> bytes:
    return f"frontdesk-dek|{venue_id}|{key_id}".encode()


def _kek_for(kind: str, secret: str, wrap_salt: bytes, kdf_json: str) -> bytes:
    if kind == RECOVERY:
        return hkdf(_recovery_bytes(secret), b"frontdesk recovery wrap v1", salt=wrap_salt)
    return derive_key(secret, wrap_salt, KdfParams.from_json(kdf_json))


def _store_wrap(
    session: Session, venue_id: str, kind: str, secret: str, master: bytes, kdf_json: str
) -> None:
    salt = os.urandom(16)
    kek = _kek_for(kind, secret, salt, kdf_json)
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, master, _wrap_aad(venue_id, kind))
    wrap = session.get(VaultWrap, kind) or VaultWrap(kind=kind)
    wrap.kdf, wrap.salt, wrap.nonce, wrap.wrapped = kdf_json, salt, nonce, wrapped
    wrap.checksum = _checksum(wrap)
    session.add(wrap)


def check_passphrase_rules(passphrase: str) -> None:
    from app.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", "too_short", f"at least {MIN_PASSPHRASE_LENGTH} chars")


def new_key_id() -> str:
    return secrets.token_hex(4)


def add_data_key(session: Session, venue_id: str, master: bytes, state: str = "active") -> str:
    key_id = new_key_id()
    nonce = os.urandom(12)
    wrapped = AESGCM(master).encrypt(nonce, os.urandom(32), _dek_aad(venue_id, key_id))
    session.add(DataKey(key_id=key_id, state=state, nonce=nonce, wrapped=wrapped))
    session.flush()
    return key_id


def create_vault(
    session: Session, venue_id: str, passphrase: str, params: KdfParams
) -> tuple[VaultKeys, str]:
    """Make the master key and first data key; return them unlocked, plus the recovery key."""
    check_passphrase_rules(passphrase)
    master = os.urandom(32)
    recovery_key = new_recovery_key()
    _store_wrap(session, venue_id, PASSPHRASE, passphrase, master, params.to_json())
    _store_wrap(session, venue_id, RECOVERY, recovery_key, master, _RECOVERY_KDF)
    add_data_key(session, venue_id, master)
    return load_keys(session, venue_id, master), recovery_key


def change_passphrase(
    session: Session, keys: VaultKeys, new_passphrase: str, params: KdfParams
) -> None:
    check_passphrase_rules(new_passphrase)
    _store_wrap(
        session, keys.venue_id, PASSPHRASE, new_passphrase, bytes(keys.master_key), params.to_json()
    )


def _unwrap(session: Session, venue_id: str, kind: str, secret: str) -> bytes:
    wrap = session.get(VaultWrap, kind)
    if wrap is None or wrap.checksum != _checksum(wrap):
        raise VaultDamaged(f"the {kind} key record is missing or damaged")
    try:
        kek = _kek_for(kind, secret, wrap.salt, wrap.kdf)
    except ValueError as exc:
        raise VaultDamaged(f"the {kind} key record has unreadable parameters") from exc
    try:
        return AESGCM(kek).decrypt(wrap.nonce, wrap.wrapped, _wrap_aad(venue_id, kind))
    except InvalidTag as exc:
        if kind == RECOVERY:
            raise WrongRecoveryKey("the recovery key does not open this venue") from exc
        raise WrongPassphrase("the venue passphrase is wrong") from exc


def load_keys(session: Session, venue_id: str, master: bytes) -> VaultKeys:
    """Unwrap every data key with the master key; any failure means a damaged or foreign file."""
    rows = session.scalars(select(DataKey).order_by(DataKey.created_at)).all()
    ciphers: dict[str, FieldCipher] = {}
    active: str | None = None
    for row in rows:
        try:
            key = AESGCM(master).decrypt(row.nonce, row.wrapped, _dek_aad(venue_id, row.key_id))
        except InvalidTag as exc:
            raise VaultDamaged(f"data key {row.key_id} does not unwrap") from exc
        ciphers[row.key_id] = FieldCipher(row.key_id, key)
        if row.state == "active":
            active = row.key_id
    if active is None:
        raise VaultDamaged("the vault has no active data key")
    return VaultKeys(venue_id, bytearray(master), ciphers, active)


def unlock_with_passphrase(session: Session, venue_id: str, passphrase: str) -> VaultKeys:
    return load_keys(session, venue_id, _unwrap(session, venue_id, PASSPHRASE, passphrase))


def unlock_with_recovery_key(session: Session, venue_id: str, recovery_key: str) -> VaultKeys:
    return load_keys(session, venue_id, _unwrap(session, venue_id, RECOVERY, recovery_key))


def unlock_with_master(session: Session, venue_id: str, master: bytes) -> VaultKeys | None:
    """Unlock with the keyring's copy; None when that copy is stale or belongs elsewhere."""
    try:
        return load_keys(session, venue_id, master)
    except (VaultDamaged, ValueError):
        return None


def kdf_params(session: Session) -> KdfParams:
    wrap = session.get(VaultWrap, PASSPHRASE)
    if wrap is None:
        raise VaultDamaged("the passphrase key record is missing")
    return KdfParams.from_json(wrap.kdf)
