"""The customer commands as support and Task Scheduler run them (import-customers,
export-customers, list customers, export-person): real subprocesses on a real venue, exit codes
0 / 1 / 2, one stderr line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.demo import DEMO_STAFF_PASSWORD
from tests.app.test_customer_import import BAD, BAD_LINES, GOOD, write_csv
from tests.cli.test_cli import assert_one_error_line, frontdesk

SEEDED = 20


@pytest.fixture(scope="module")
def seeded_venue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli-customers") / "venue"
    init = frontdesk(data_dir, "init", "--venue", "静安·云栖会所", "--kdf-iterations", "3")
    assert init.returncode == 0, init.stderr
    seed = frontdesk(data_dir, "seed-demo", "--customers", str(SEEDED))
    assert seed.returncode == 0, seed.stderr
    return data_dir


@pytest.fixture
def venue(seeded_venue: Path, tmp_path: Path) -> Path:
    target = tmp_path / "venue"
    shutil.copytree(seeded_venue, target)
    return target


def listed(venue: Path) -> list[dict[str, str]]:
    result = frontdesk(venue, "list", "customers", "--json")
    assert result.returncode == 0, result.stderr
    items: list[dict[str, str]] = json.loads(result.stdout)
    return items


def test_import_all_taken_exits_0(venue: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "good.csv", GOOD, "gb18030")
    result = frontdesk(venue, "import-customers", str(source))
    assert result.returncode == 0, result.stderr
    # The demo's first file is 王𠮷 on +86 138 0013 8000 too: corrected, not duplicated.
    assert result.stdout == "imported:  2\nupdated:   1\nunchanged: 0\nrejected:  0\n"
    assert "frontdesk:" not in result.stderr
    assert not (tmp_path / "good.rejects.csv").exists()
    items = listed(venue)
    assert len(items) == SEEDED + 2
    (wang,) = [i for i in items if i["name"] == "王𠮷"]
    assert wang["phone"] == "138 0013 8000" and wang["confidentiality"] == "normal"
    assert set(wang) == {"number", "name", "phone", "tier", "activity", "confidentiality"}


def test_import_with_rejects_exits_1_and_dry_run_changes_nothing(
    venue: Path, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "mixed.csv", GOOD + BAD, "utf-8-sig")
    dry = frontdesk(venue, "import-customers", str(source), "--dry-run")
    line = assert_one_error_line(dry, 1)
    assert "4 row(s) rejected" in line and "mixed.rejects.csv" in line
    assert "Dry run" in dry.stdout and "imported:  2" in dry.stdout
    assert len(listed(venue)) == SEEDED
    result = frontdesk(venue, "import-customers", str(source))
    assert_one_error_line(result, 1)
    assert f"rejects file: {tmp_path / 'mixed.rejects.csv'}" in result.stdout
    rejects = (tmp_path / "mixed.rejects.csv").read_text(encoding="utf-8-sig")
    assert all(f",{line_no}," in rejects for line_no in BAD_LINES.values())
    assert len(listed(venue)) == SEEDED + 2


def test_unreadable_file_exits_2_naming_it(venue: Path, tmp_path: Path) -> None:
    bad = tmp_path / "乱码.csv"
    bad.write_bytes(b"\x81\x30\xff\xff\xfe\x00" * 10)
    line = assert_one_error_line(frontdesk(venue, "import-customers", str(bad)), 2)
    assert "乱码.csv" in line and "GB18030" in line
    missing = assert_one_error_line(
        frontdesk(venue, "import-customers", str(tmp_path / "no.csv")), 2
    )
    assert "no.csv" in missing


def test_export_customers_csv_and_xlsx_for_managers_only(venue: Path, tmp_path: Path) -> None:
    out = tmp_path / "导出.csv"
    result = frontdesk(venue, "export-customers", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Exported {SEEDED} customers" in result.stdout
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("客户编号,姓名,性别,手机,生日")
    xlsx = frontdesk(venue, "export-customers", str(tmp_path / "导出.xlsx"))
    assert xlsx.returncode == 0 and (tmp_path / "导出.xlsx").stat().st_size > 0
    refused = frontdesk(
        venue,
        "export-customers",
        str(tmp_path / "r.csv"),
        FRONTDESK_USER="reception",
        FRONTDESK_PASSWORD=DEMO_STAFF_PASSWORD,
    )
    assert "export_data" in assert_one_error_line(refused, 2)
    assert not (tmp_path / "r.csv").exists()


def test_list_customers_plain_text(venue: Path) -> None:
    result = frontdesk(venue, "list", "customers")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == SEEDED and rows[0][0] == "C0000001"


def test_export_person_writes_json_and_pdf(venue: Path, tmp_path: Path) -> None:
    first = listed(venue)[0]
    out = tmp_path / "copy"
    result = frontdesk(venue, "export-person", first["number"], "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads((out / f"{first['number']}.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == first["name"]
    assert (out / f"{first['number']}.pdf").read_bytes().startswith(b"%PDF")
    unknown = frontdesk(venue, "export-person", "C9999999", "--out", str(out))
    assert "not_found" in assert_one_error_line(unknown, 2)
