"""The convenience copy of the master key in the OS keyring.

Only a real system keychain is accepted (Windows Credential Manager, macOS Keychain, Secret
Service, KWallet). keyring's `fail`/`null` backends and any file-based backend (keyrings.alt's
PlaintextKeyring and friends) are refused, and the app then asks for the venue passphrase.
"""

from __future__ import annotations

import base64
import contextlib
import logging
from typing import Any

import keyring
from keyring.errors import KeyringError

SERVICE = "FrontDesk"
log = logging.getLogger(__name__)

_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_ACCEPTED_MODULE_PREFIXES = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)


def _leaf_backends(backend: Any) -> list[Any]:
    children = getattr(backend, "backends", None)
    if children is None:
        return [backend]
    leaves: list[Any] = []
    for child in children:
        leaves.extend(_leaf_backends(child))
    return leaves


def _leaf_refusal(leaf: Any) -> str | None:
    module = type(leaf).__module__
    name = f"{module}.{type(leaf).__name__}"
    if module.startswith(_REFUSED_MODULE_PREFIXES) or "plaintext" in name.lower():
        return f"keyring backend {name} is not a secure system keychain"
    if not module.startswith(_ACCEPTED_MODULE_PREFIXES):
        return f"keyring backend {name} is not a known system keychain"
    return None


def choose_backend(backend: Any) -> tuple[Any | None, str | None]:
    """The system keychain to use from `backend` (a chain is searched by priority), or why none."""
    leaves = _leaf_backends(backend)
    if not leaves:
        return None, "no keyring backend is available"
    refusals = []
    for leaf in leaves:
        reason = _leaf_refusal(leaf)
        if reason is None:
            return leaf, None
        refusals.append(reason)
    return None, "; ".join(refusals)


def backend_refusal(backend: Any) -> str | None:
    """Why no backend in `backend` may hold the key, or None if a real system keychain is there."""
    return choose_backend(backend)[1]


class KeyringStore:
    """Reads and writes the master key under (SERVICE, venue id); any failure means 'not there'."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> Any:
        chosen, _reason = choose_backend(self._configured())
        return chosen

    def _configured(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def refusal(self) -> str | None:
        return backend_refusal(self._configured())

    def usable(self) -> bool:
        return self.refusal() is None

    def save(self, venue_id: str, master_key: bytes) -> bool:
        if not self.usable():
            return False
        try:
            self.backend.set_password(SERVICE, venue_id, base64.b64encode(master_key).decode())
        except KeyringError as exc:
            log.warning("keyring refused the key: %s", exc)
            return False
        return True

    def load(self, venue_id: str) -> bytes | None:
        if not self.usable():
            return None
        try:
            value = self.backend.get_password(SERVICE, venue_id)
        except KeyringError as exc:
            log.warning("keyring could not be read: %s", exc)
            return None
        if not value:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def delete(self, venue_id: str) -> None:
        if not self.usable():
            return
        with contextlib.suppress(KeyringError):
            self.backend.delete_password(SERVICE, venue_id)
