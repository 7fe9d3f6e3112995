"""The first start: create the venue file, vault, admin account and settings in one go."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageError, ValidationError
from app.security import vault
from app.security.audit import AuditAction, AuditTrail
from app.security.kdf import KdfParams, tune
from app.security.keystore import KeyringStore
from app.staff.service import StaffInput, actor_of, add_staff, validate_staff
from app.venue import VENUE_ID, Venue, db_path_of, open_engine
from app.venue_settings import VenueSettings, validate_settings, write_settings
from db.migrate import upgrade_to_head
from db.models import VenueSetting


@dataclass(frozen=True)
class VenueSetupInput:
    venue_name: str
    admin: StaffInput
    passphrase: str
    passphrase_again: str
    backup_dir: str = ""


@dataclass(frozen=True)
class VenueSetupResult:
    venue: Venue
    venue_id: str
    key_id: str
    recovery_key: str
    keyring_saved: bool
    keyring_refusal: str | None


def validate_setup(data: VenueSetupInput) -> None:
    validate_settings(VenueSettings(venue_name=data.venue_name, backup_dir=data.backup_dir))
    validate_staff(data.admin)
    vault.check_passphrase_rules(data.passphrase)
    if data.passphrase != data.passphrase_again:
        raise ValidationError("passphrase_again", "mismatch")
    if data.passphrase == data.admin.password:
        raise ValidationError("passphrase", "same_as_password")


def create_venue(
    data_dir: Path,
    data: VenueSetupInput,
    *,
    keystore: KeyringStore | None = None,
    kdf_params: KdfParams | None = None,
) -> VenueSetupResult:
    """Validate everything first, so a refused set-up leaves no half-made venue behind."""
    validate_setup(data)
    if db_path_of(data_dir).exists():
        raise StorageError(f"{data_dir} already holds a venue")
    params = kdf_params or tune()
    engine, uow = open_engine(data_dir)
    try:
        upgrade_to_head(engine)
        venue_id = uuid.uuid4().hex
        settings = VenueSettings(venue_name=data.venue_name.strip(), backup_dir=data.backup_dir)
        with uow() as s:
            s.add(VenueSetting(key=VENUE_ID, value=venue_id))
            write_settings(s, settings)
            keys, recovery_key = vault.create_vault(s, venue_id, data.passphrase, params)
            admin = add_staff(s, data.admin)
            AuditTrail(keys.audit_key).record(
                s,
                actor_of(admin),
                AuditAction.VENUE_CREATED,
                entity="venue",
                entity_id=venue_id,
                detail={"venue_name": settings.venue_name, "kdf_iterations": params.iterations},
            )
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path_of(data_dir)) + suffix).unlink(missing_ok=True)
        raise
    store = keystore or KeyringStore()
    saved = store.save(venue_id, bytes(keys.master_key))
    venue = Venue(data_dir, engine, uow, venue_id, settings.venue_name)
    return VenueSetupResult(
        venue, venue_id, keys.active_key_id, recovery_key, saved, store.refusal()
    )
