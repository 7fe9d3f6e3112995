"""Who is at the desk right now, whether the screen is locked, and the keys while open."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import NotSignedIn, SessionLocked
from app.security.audit import Actor
from app.security.keys import VaultKeys
from app.security.permissions import Permission, allows, require


class DeskSession:
    """Shared by the services of one running app; they ask it before doing anything."""

    def __init__(self, keys: VaultKeys) -> None:
        self.keys = keys
        self.actor: Actor | None = None
        self.locked = False
        self._lock_listeners: list[Callable[[], None]] = []

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Register a wipe of decrypted data (caches, search index) to run on lock/sign-out."""
        self._lock_listeners.append(callback)

    def signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.locked = False

    def current(self) -> Actor:
        if self.actor is None:
            raise NotSignedIn("nobody is signed in")
        if self.locked:
            raise SessionLocked("the desk is locked")
        return self.actor

    def require(self, permission: Permission) -> Actor:
        actor = self.current()
        require(actor.role, permission)
        return actor

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and not self.locked and allows(self.actor.role, permission)

    def _wipe_caches(self) -> None:
        for callback in self._lock_listeners:
            callback()

    def lock(self) -> None:
        self.locked = True
        self._wipe_caches()

    def sign_out(self) -> None:
        self.actor = None
        self.locked = False
        self._wipe_caches()

    def close(self) -> None:
        self.sign_out()
        self.keys.wipe()
