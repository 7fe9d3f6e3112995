"""The OS keyring copy: real system keychains accepted, fail and plaintext backends refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import SecretService, chainer, fail, null
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from app.security.keystore import KeyringStore, backend_refusal, choose_backend
from app.setup import create_venue
from tests.conftest import TEST_KDF, require_tools, setup_input

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_insecure_backends_refused(backend: object) -> None:
    reason = backend_refusal(backend)
    assert reason is not None
    store = KeyringStore(backend)
    assert not store.usable()
    assert store.save("venue", bytes(32)) is False
    assert store.load("venue") is None


def test_file_backed_encrypted_keyring_refused_too() -> None:
    # keyrings.alt's file keyrings are not system keychains, whatever their cipher
    backend = EncryptedKeyring.__new__(EncryptedKeyring)
    assert backend_refusal(backend) is not None


def test_plaintext_keyring_never_written(tmp_path: Path) -> None:
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    result = create_venue(
        tmp_path / "v", setup_input(), keystore=KeyringStore(plain), kdf_params=TEST_KDF
    )
    result.venue.dispose()
    assert result.keyring_saved is False
    assert result.keyring_refusal and "PlaintextKeyring" in result.keyring_refusal
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_secret_service_chosen_from_a_chain_with_a_plaintext_backend() -> None:
    class Chain(chainer.ChainerBackend):
        backends = (PlaintextKeyring(), SecretService.Keyring())  # type: ignore[assignment]

    chosen, reason = choose_backend(Chain())
    assert reason is None
    assert isinstance(chosen, SecretService.Keyring)


def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    require_tools("dbus-run-session", "gnome-keyring-daemon")
    script = (
        'eval "$(printf test-unlock | gnome-keyring-daemon --unlock --components=secrets)";'
        f' exec "{sys.executable}" -m tests.app.keyring_roundtrip "{tmp_path / "venue"}"'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env["HOME"] = str(tmp_path)  # the test keyring lives in the temp dir, never the user's
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "keyring round trip ok" in done.stdout
