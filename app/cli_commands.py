"""One function per `frontdesk` command; each returns the exit code (0 ok, 1 a check failed)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from app.backup import restore_backup
from app.cli_auth import (
    ENV_PASSPHRASE,
    ENV_PASSWORD,
    ENV_RECOVERY_KEY,
    ENV_USER,
    MissingSecret,
    interactive,
    read_secret,
    read_value,
    signed_in,
)
from app.errors import StorageError, ValidationError
from app.gui_hooks import GuiHooks
from app.integrity import check_store
from app.security.kdf import MIN_ITERATIONS, KdfParams
from app.security.keystore import KeyringStore
from app.security.permissions import Permission, Role
from app.setup import VenueSetupInput, create_venue
from app.staff.service import StaffInput
from app.venue import is_initialised


class CheckFailed(Exception):
    """A check ran and found a problem: exit code 1, not 2."""


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def cmd_init(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    if is_initialised(data_dir):
        raise StorageError(f"{data_dir} already holds a venue")
    params = None
    if args.kdf_iterations is not None:
        if args.kdf_iterations < MIN_ITERATIONS:
            raise ValidationError("kdf_iterations", "too_low", f"at least {MIN_ITERATIONS}")
        params = KdfParams(iterations=args.kdf_iterations)
    user = read_value(ENV_USER, "Admin user name: ")
    password = read_secret(ENV_PASSWORD, "Admin password: ", confirm=True)
    passphrase = read_secret(ENV_PASSPHRASE, "Venue passphrase: ", confirm=True)
    admin = StaffInput(user, user, Role.ADMIN.value, password)
    setup = VenueSetupInput(args.venue, admin, passphrase, passphrase)
    result = create_venue(data_dir, setup, keystore=KeyringStore(), kdf_params=params)
    result.venue.dispose()
    print(f'Venue "{result.venue.venue_name}" created in {data_dir}')
    print(f"Admin account: {user}")
    if result.keyring_saved:
        print("The venue key is in this PC's keychain: a normal start asks only for a sign-in.")
    else:
        print(f"No secure keychain ({result.keyring_refusal}): each start asks for the passphrase.")
    print()
    print(f"RECOVERY KEY: {result.recovery_key}")
    print(
        "Write this recovery key down now, or print the recovery sheet from the desktop app, and "
        "lock it away: it is shown only this once and opens the venue if the passphrase is lost."
    )
    return 0


def cmd_verify(_args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    with signed_in(data_dir, Permission.VERIFY_STORE) as services:
        report = check_store(services.venue.db_path, services.desk.keys)
    for check in report.checks:
        print(f"{'ok' if check.ok else 'FAILED':<6} {check.name}: {check.message}")
    if not report.ok:
        raise CheckFailed(f"verify found a problem: {report.summary()}")
    print("All checks passed.")
    return 0


def cmd_backup(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    target = Path(args.to).expanduser().resolve() if args.to else None
    with signed_in(data_dir, Permission.RUN_BACKUP) as services:
        result = services.backups.backup_now(target)
    print(f"Backup written and verified: {result.path} ({_megabytes(result.size)})")
    if result.pruned:
        print(f"Removed {len(result.pruned)} old backup(s) beyond the generations kept.")
    return 0


def cmd_restore(args: argparse.Namespace, _data_dir: Path, _hooks: GuiHooks) -> int:
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    recovery_key = os.environ.get(ENV_RECOVERY_KEY) or None
    if passphrase is None and recovery_key is None:
        if not interactive():
            raise MissingSecret(f"set {ENV_PASSPHRASE} or {ENV_RECOVERY_KEY}")
        passphrase = read_secret(ENV_PASSPHRASE, "Venue passphrase (Enter for the recovery key): ")
        if not passphrase:
            recovery_key = read_secret(ENV_RECOVERY_KEY, "Recovery key: ")
    target = Path(args.to).expanduser().resolve()
    result = restore_backup(
        Path(args.file), target, passphrase, recovery_key, keystore=KeyringStore()
    )
    print(f'Restored "{result.venue_name}" ({result.customers} customers) into {target}')
    print(f"All {len(result.report.checks)} checks passed. Start it with:")
    print(f'  frontdesk --data-dir "{target}"')
    return 0


def cmd_seed_demo(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    from app.demo import seed_demo

    with signed_in(data_dir, Permission.MANAGE_STAFF) as services:
        summary = seed_demo(services, args.customers)
    print(f"Added {summary.customers} demo customers.")
    if summary.staff:
        names = ", ".join(summary.staff)
        print(f"Demo staff accounts: {names} (password for each: {summary.staff_password})")
    return 0


def cmd_screenshots(args: argparse.Namespace, data_dir: Path, hooks: GuiHooks) -> int:
    source = data_dir if is_initialised(data_dir) else None
    return hooks.screenshots(source, Path(args.out).expanduser().resolve())


def cmd_bench(args: argparse.Namespace, _data_dir: Path, hooks: GuiHooks) -> int:
    from app.bench import run_bench

    result = run_bench(
        args.customers,
        hooks,
        audit_rows=args.audit_rows,
        import_rows=args.import_rows,
        ledger_rows=args.ledger_rows,
    )
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["ok"] else 1


def cmd_rotate_key(_args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    from app.security.rotation import KeyRotationService

    with signed_in(data_dir, Permission.ROTATE_KEYS) as services:
        rotation = KeyRotationService(services.venue.uow, services.desk, services.audit)
        progress = rotation.rotate()
    retired = ", ".join(progress.retired_key_ids) or "none"
    print(f"Data key {progress.active_key_id}: {progress.rows_resealed} rows re-sealed.")
    print(f"Retired keys: {retired}; rows still on an old key: {progress.rows_remaining}.")
    return 0
