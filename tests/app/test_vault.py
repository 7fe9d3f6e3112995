"""The vault: unlock paths, wrong secret versus damaged file, and nothing secret in the clear."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import VaultDamaged, WrongPassphrase
from app.security import vault
from app.setup import VenueSetupResult
from app.venue import open_venue
from tests.conftest import PASSPHRASE, TEST_KDF


def _db(result: VenueSetupResult) -> Path:
    return result.venue.db_path


def test_passphrase_and_recovery_key_open_the_same_keys(venue_setup: VenueSetupResult) -> None:
    venue = venue_setup.venue
    by_pass = venue.unlock_with_passphrase(PASSPHRASE)
    by_recovery = venue.unlock_with_recovery_key(venue_setup.recovery_key)
    assert by_pass.active_key_id == by_recovery.active_key_id == venue_setup.key_id
    assert by_pass.master_key == by_recovery.master_key
    # typed sloppily: lower case, spaces instead of dashes, 0 for O
    sloppy = venue_setup.recovery_key.lower().replace("-", " ").replace("o", "0")
    assert venue.unlock_with_recovery_key(sloppy).master_key == by_pass.master_key


def test_recovery_key_format(venue_setup: VenueSetupResult) -> None:
    groups = venue_setup.recovery_key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)


def test_wrong_passphrase_is_its_own_error(venue_setup: VenueSetupResult) -> None:
    with pytest.raises(WrongPassphrase) as info:
        venue_setup.venue.unlock_with_passphrase(PASSPHRASE + "x")
    assert not isinstance(info.value, VaultDamaged)
    with pytest.raises(vault.WrongRecoveryKey):
        venue_setup.venue.unlock_with_recovery_key(vault.new_recovery_key())
    with pytest.raises(vault.WrongRecoveryKey):
        venue_setup.venue.unlock_with_recovery_key("not a key")


@pytest.mark.parametrize("column", ["wrapped", "salt", "kdf"])
def test_damaged_key_record_is_damage_not_wrong_passphrase(
    venue_setup: VenueSetupResult, column: str
) -> None:
    venue_setup.venue.dispose()
    with sqlite3.connect(_db(venue_setup)) as conn:
        value = conn.execute(f"SELECT {column} FROM vault_wraps WHERE kind='passphrase'").fetchone()
        old = value[0]
        if isinstance(old, bytes):
            changed: bytes | str = old[:-1] + bytes([old[-1] ^ 1])
        else:
            changed = old.replace('"iterations": 3', '"iterations": 4')
        assert changed != old
        conn.execute(f"UPDATE vault_wraps SET {column}=? WHERE kind='passphrase'", (changed,))
    with pytest.raises(VaultDamaged):
        open_venue(_db(venue_setup).parent).unlock_with_passphrase(PASSPHRASE)


def test_damaged_data_key_refuses_whole_unlock(venue_setup: VenueSetupResult) -> None:
    venue_setup.venue.dispose()
    with sqlite3.connect(_db(venue_setup)) as conn:
        conn.execute("UPDATE data_keys SET wrapped = zeroblob(length(wrapped))")
    with pytest.raises(VaultDamaged):
        open_venue(_db(venue_setup).parent).unlock_with_passphrase(PASSPHRASE)


def test_not_a_database_is_damage(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    data_dir.mkdir()
    (data_dir / "frontdesk.sqlite3").write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(VaultDamaged):
        open_venue(data_dir)


def test_change_passphrase(venue_setup: VenueSetupResult) -> None:
    venue = venue_setup.venue
    keys = venue.unlock_with_passphrase(PASSPHRASE)
    with venue.uow() as s:
        vault.change_passphrase(s, keys, "新的口令-也要够长才行", TEST_KDF)
    with pytest.raises(WrongPassphrase):
        venue.unlock_with_passphrase(PASSPHRASE)
    assert venue.unlock_with_passphrase("新的口令-也要够长才行").master_key == keys.master_key


def test_kdf_parameters_kept_with_the_wrap(venue_setup: VenueSetupResult) -> None:
    with venue_setup.venue.uow() as s:
        params = vault.kdf_params(s)
    assert params == TEST_KDF
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3


def test_no_secret_in_clear_in_the_file(venue_setup: VenueSetupResult) -> None:
    keys = venue_setup.venue.unlock_with_passphrase(PASSPHRASE)
    venue_setup.venue.dispose()
    raw = b"".join(p.read_bytes() for p in _db(venue_setup).parent.glob("frontdesk.sqlite3*"))
    assert bytes(keys.master_key) not in raw
    assert keys.active.key not in raw
    assert PASSPHRASE.encode() not in raw
    assert venue_setup.recovery_key.encode() not in raw
