"""Secrets and sign-in for the command line: environment first (Task Scheduler, tests), a getpass
prompt only when a person sits at a terminal, never an argument (visible in the process list)."""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.errors import DomainError, ValidationError
from app.security.keys import VaultKeys
from app.security.keystore import KeyringStore
from app.security.permissions import Permission
from app.services import Services, build_services
from app.venue import Venue, open_venue

ENV_PASSPHRASE = "FRONTDESK_PASSPHRASE"
ENV_USER = "FRONTDESK_USER"
ENV_PASSWORD = "FRONTDESK_PASSWORD"
ENV_RECOVERY_KEY = "FRONTDESK_RECOVERY_KEY"


class MissingSecret(DomainError):
    code = "missing_secret"


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_value(env: str, prompt: str) -> str:
    value = os.environ.get(env, "").strip()
    if value:
        return value
    if not interactive():
        raise MissingSecret(f"set {env} (there is no terminal to ask on)")
    return input(prompt).strip()


def read_secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not interactive():
        raise MissingSecret(f"set {env} (there is no terminal to ask on)")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != value:
        raise ValidationError(env.lower(), "mismatch", "the two entries differ")
    return value


def unlock(venue: Venue) -> VaultKeys:
    """The OS keyring copy of the key first, so a scheduled task needs no passphrase there."""
    keys = venue.unlock_from_keyring(KeyringStore())
    if keys is not None:
        return keys
    return venue.unlock_with_passphrase(read_secret(ENV_PASSPHRASE, "Venue passphrase: "))


@contextlib.contextmanager
def signed_in(data_dir: Path, permission: Permission) -> Iterator[Services]:
    """Open, unlock and sign in a staff member who holds `permission`; wipe keys on the way out."""
    venue = open_venue(data_dir)
    try:
        keys = unlock(venue)
    except BaseException:
        venue.dispose()
        raise
    services = build_services(venue, keys)
    try:
        user = read_value(ENV_USER, "Staff user name: ")
        services.staff.sign_in(user, read_secret(ENV_PASSWORD, "Password: "))
        services.desk.require(permission)
        yield services
        services.staff.sign_out()
    finally:
        services.close()
