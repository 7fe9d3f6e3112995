"""The SQLite store: pragmas on every connection, migrations from every past schema, layering."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import NetworkShareRefused
from app.paths import check_local, network_share_reason, resolve_data_dir
from app.services import build_services
from app.venue import open_venue
from db.migrate import MIGRATIONS_DIR, current_revision, head_revision
from db.session import make_engine
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE
from tests.fixtures.make_schema_fixture import FIXTURE_CUSTOMERS, FIXTURES

REPO = Path(__file__).resolve().parents[2]


def test_every_connection_is_checked(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.sqlite3")
    for _ in range(3):
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        engine.dispose()  # the next round gets a brand-new DBAPI connection


def _revisions() -> list[str]:
    revs = []
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "revision":
                revs.append(ast.literal_eval(node.value))
    return sorted(revs)


def test_a_saved_database_exists_for_every_schema_version() -> None:
    revisions = _revisions()
    assert head_revision() in revisions
    for rev in revisions:
        assert (FIXTURES / f"schema_{rev}.sqlite3").exists(), f"save a fixture for {rev}"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_past_schema_opens_upgrades_and_reads_back(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "venue"
    data_dir.mkdir()
    shutil.copyfile(fixture, data_dir / "frontdesk.sqlite3")
    venue = open_venue(data_dir)
    try:
        assert current_revision(venue.engine) == head_revision()
        services = build_services(venue, venue.unlock_with_passphrase(PASSPHRASE))
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        records = services.customers.list_page()
        assert [(r.name, r.notes) for r in records] == [
            (c.name, c.notes) for c in FIXTURE_CUSTOMERS
        ]
        assert all(r.phone.replace(" ", "").endswith(("8000", "1234")) for r in records)
        assert services.audit_log.verify().ok
        if fixture.stem != f"schema_{head_revision()}":
            assert list((data_dir / "pre-upgrade").glob("*.sqlite3")), "no safety copy"
    finally:
        venue.dispose()


PROC_MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//nas/share /mnt/nas cifs rw 0 0
/dev/vdb /mnt/nfs/local-disk ext4 rw 0 0
sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ("/home/me/FrontDesk", False),
        ("/mnt/nfs/venue", True),
        ("/mnt/nas/前台/数据", True),
        ("/mnt/nfs/local-disk/venue", False),
        ("/home/me/remote/venue", True),
        ("/mnt/nfsx/venue", False),
    ],
)
def test_network_share_refused(path: str, refused: bool) -> None:
    assert (network_share_reason(Path(path), PROC_MOUNTS) is not None) is refused
    if refused:
        with pytest.raises(NetworkShareRefused, match="network"):
            check_local(Path(path), PROC_MOUNTS)


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("FRONTDESK_DATA_DIR")
    assert "FrontDesk" in str(resolve_data_dir(None))


def _imports(package: str) -> set[str]:
    found: set[str] = set()
    for path in (REPO / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def test_layers_point_one_way() -> None:
    assert "PySide6" not in _imports("app") and "ui" not in _imports("app")
    assert not {"PySide6", "app", "ui"} & _imports("db")
    assert "sqlalchemy" not in _imports("ui") and "db" not in _imports("ui")


def test_sql_outside_db_is_portable() -> None:
    """SQLite-only SQL (PRAGMA, sqlite_master) stays in db/ and the store checks in app/."""
    allowed = {"bench.py"}  # the benchmark measures a plaintext SQLite baseline on purpose
    for path in (REPO / "app").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "PRAGMA" in source or "sqlite_master" in source:
            assert path.name in allowed, f"{path} uses SQLite-only SQL"
