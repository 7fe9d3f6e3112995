"""Shared fixtures: a real venue in a temporary data dir, with fast-but-real Argon2id."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.errors import ValidationError
from app.security.kdf import KdfParams
from app.security.keystore import KeyringStore
from app.services import Services, build_services
from app.setup import VenueSetupInput, VenueSetupResult, create_venue
from app.staff.service import StaffInput

PASSPHRASE = "春江潮水连海平-2026"
ADMIN_PASSWORD = "admin-密码-123"
# The real KDF at the floor (64 MiB, 3 passes), not tuned up to 0.5 s: quick tests.
TEST_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)


class NoKeyring(KeyringStore):
    """This test machine has no system keychain: behave exactly as the app does then."""

    def refusal(self) -> str | None:
        return "no system keychain in tests"


def require_tools(*names: str) -> None:
    """Fail (never skip) when a system tool the tests read PDFs or keyrings with is missing:
    .ci/run installs them, and a skipped check would hide a broken form."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed (see the apt-get line in .ci/run)")


def setup_input(venue_name: str = "静安·云栖会所") -> VenueSetupInput:
    return VenueSetupInput(
        venue_name=venue_name,
        admin=StaffInput("admin", "管理员 王𠮷", "admin", ADMIN_PASSWORD),
        passphrase=PASSPHRASE,
        passphrase_again=PASSPHRASE,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "venue"


@pytest.fixture
def venue_setup(data_dir: Path) -> Iterator[VenueSetupResult]:
    result = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    yield result
    result.venue.dispose()


@pytest.fixture
def services(venue_setup: VenueSetupResult) -> Iterator[Services]:
    keys = venue_setup.venue.unlock_with_passphrase(PASSPHRASE)
    svc = build_services(venue_setup.venue, keys)
    yield svc
    svc.desk.close()


@pytest.fixture
def admin(services: Services) -> Services:
    services.staff.sign_in("admin", ADMIN_PASSWORD)
    return services


def sign_in_as(services: Services, username: str, role: str) -> None:
    """Sign the desk in as a staff member of `role`, creating the account the first time."""
    services.staff.sign_out()
    services.staff.sign_in("admin", ADMIN_PASSWORD)
    with contextlib.suppress(ValidationError):  # already created by an earlier call
        services.staff.create(StaffInput(username, f"员工{username}", role, f"{username}-pass-123"))
    services.staff.sign_out()
    services.staff.sign_in(username, f"{username}-pass-123")
