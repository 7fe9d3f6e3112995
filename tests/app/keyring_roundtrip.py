"""Run inside a D-Bus session with gnome-keyring (see test_keystore.py): the real Secret Service."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from app.security.kdf import KdfParams
from app.security.keystore import SERVICE, KeyringStore
from app.setup import create_venue
from app.venue import open_venue
from tests.conftest import setup_input


def main(data_dir: Path) -> int:
    store = KeyringStore()
    assert store.refusal() is None, store.refusal()
    assert type(store.backend).__module__ == "keyring.backends.SecretService"
    result = create_venue(data_dir, setup_input(), keystore=store, kdf_params=KdfParams())
    assert result.keyring_saved, "the key was not stored in the system keychain"
    result.venue.dispose()
    assert keyring.get_keyring().get_password(SERVICE, result.venue_id)
    venue = open_venue(data_dir)
    keys = venue.unlock_from_keyring(KeyringStore())
    assert keys is not None and keys.active_key_id == result.key_id
    store.delete(result.venue_id)
    assert venue.unlock_from_keyring(KeyringStore()) is None
    print("keyring round trip ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
