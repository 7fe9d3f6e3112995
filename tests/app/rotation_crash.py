"""Started by test_rotation.py: rotate the data key and die by SIGKILL inside the third batch."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.security.rotation import run_rotation, start_rotation
from app.services import build_services
from app.venue import open_venue
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def _die_in_batch(batch_no: int) -> None:
    if batch_no == 3:
        os.kill(os.getpid(), signal.SIGKILL)


def main(data_dir: Path) -> None:
    venue = open_venue(data_dir)
    services = build_services(venue, venue.unlock_with_passphrase(PASSPHRASE))
    actor = services.staff.sign_in("admin", ADMIN_PASSWORD)
    start_rotation(venue.uow, services.desk.keys)
    run_rotation(
        venue.uow,
        services.desk.keys,
        services.audit,
        actor,
        batch_size=10,
        before_commit=_die_in_batch,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
