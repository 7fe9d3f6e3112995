"""The member commands as support and Task Scheduler run them (print member-card / visit-register,
list cards / visits, report members, expire-points): real subprocesses on a venue whose records
are known (tests.app.test_members_report.members_scenario), exit codes 0 / 1 / 2, one stderr
line."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.members.card_numbers import make_card_no
from app.services import build_services
from app.setup import create_venue
from tests.app.test_members_report import Scenario, members_scenario
from tests.cli.test_cli import assert_one_error_line, frontdesk
from tests.conftest import (
    ADMIN_PASSWORD,
    PASSPHRASE,
    TEST_KDF,
    NoKeyring,
    require_tools,
    setup_input,
)


@pytest.fixture(autouse=True)
def _tools() -> None:
    require_tools("zbarimg", "pdftoppm", "pdftotext", "pdfinfo")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Scenario]]:
    data_dir = tmp_path_factory.mktemp("cli-members") / "venue"
    setup = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    services = build_services(setup.venue, setup.venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        _t, scenario = members_scenario(services)
        services.staff.sign_out()
    finally:
        services.close()
    yield data_dir, scenario


@pytest.fixture
def venue(built: tuple[Path, Scenario], tmp_path: Path) -> Path:
    target = tmp_path / "venue"
    shutil.copytree(built[0], target)
    return target


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    """pdftotext may put spaces or breaks between CJK glyphs; compare without them."""
    return "".join(text.split())


def _listed(data_dir: Path, *args: str) -> list[dict[str, object]]:
    result = frontdesk(data_dir, "list", *args, "--json")
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_member_card_pdf_scans_back_to_the_number(
    built: tuple[Path, Scenario], tmp_path: Path
) -> None:
    data_dir, scenario = built
    pdf = tmp_path / "卡.pdf"
    result = frontdesk(data_dir, "print", "member-card", scenario.visitor_card, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(pdf)
    _run("pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "card"))
    decoded = _run("zbarimg", "-q", str(tmp_path / "card-1.png")).split()
    assert f"CODE-128:{scenario.visitor_card}" in decoded
    assert "242.646 x 153.071 pts" in _run("pdfinfo", str(pdf))  # CR80: 85.6 x 54 mm
    sheet = tmp_path / "sheet.pdf"
    cards = (scenario.visitor_card, scenario.after_card)
    result = frontdesk(data_dir, "print", "member-card", *cards, "--sheet", "--out", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "(A4)" in _run("pdfinfo", str(sheet))
    _run("pdftoppm", "-r", "300", "-png", str(sheet), str(tmp_path / "sheet"))
    decoded = _run("zbarimg", "-q", str(tmp_path / "sheet-1.png")).split()
    assert {f"CODE-128:{n}" for n in cards} <= set(decoded)
    conn = sqlite3.connect(data_dir / "frontdesk.sqlite3")
    printed = conn.execute(
        "SELECT entity_id FROM audit_log WHERE action = 'form_printed' AND entity = 'member_card'"
    ).fetchall()
    conn.close()
    assert sorted(r[0] for r in printed) == sorted([scenario.visitor_card, *cards])


def test_unknown_or_mistyped_card_exits_2_with_one_line(
    built: tuple[Path, Scenario], tmp_path: Path
) -> None:
    data_dir, scenario = built
    out = tmp_path / "none.pdf"
    unknown = make_card_no("8866", 9_999_999)
    line = assert_one_error_line(
        frontdesk(data_dir, "print", "member-card", unknown, "--out", str(out)), 2
    )
    assert f"no card {unknown}" in line
    typo = scenario.visitor_card[:-1] + str((int(scenario.visitor_card[-1]) + 1) % 10)
    line = assert_one_error_line(
        frontdesk(data_dir, "print", "member-card", typo, "--out", str(out)), 2
    )
    assert "card_no: check_digit" in line
    two = frontdesk(data_dir, "print", "member-card", unknown, typo, "--out", str(out))
    assert "--sheet" in assert_one_error_line(two, 2)
    assert not out.exists() and not list(tmp_path.glob(".none.pdf*"))


def test_visit_register_pdf_names_the_visitor(built: tuple[Path, Scenario], tmp_path: Path) -> None:
    data_dir, scenario = built
    pdf = tmp_path / "register.pdf"
    day = scenario.visit_day.isoformat()
    result = frontdesk(data_dir, "print", "visit-register", day, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = _squash(_run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    for expected in ("来访登记表", scenario.visitor, "商务洽谈", scenario.visitor_card, day):
        assert expected in text
    bad = frontdesk(data_dir, "print", "visit-register", "2026-02-30", "--out", str(pdf))
    assert "not a date" in assert_one_error_line(bad, 2)


def test_list_cards_and_visits_as_json(built: tuple[Path, Scenario]) -> None:
    data_dir, scenario = built
    cards = {c["name"]: c for c in _listed(data_dir, "cards")}
    assert len(_listed(data_dir, "cards")) == 8  # 甲 乙 丙 丁 戊 (and its replacement) 己 庚
    d = cards[scenario.visitor]
    assert (d["card_no"], d["tier"], d["state"], d["points_balance"]) == (
        scenario.visitor_card,
        "gold",
        "active",
        67 + 20 - 5,
    )
    assert cards["甲"]["state"] == "expired" and cards["己"]["state"] == "cancelled"
    assert set(d) >= {"customer_number", "tier_name", "issued_on", "valid_until", "replaced_by"}
    (visit,) = _listed(data_dir, "visits", "--date", scenario.visit_day.isoformat())
    assert (visit["name"], visit["card_no"], visit["party_size"], visit["purpose"]) == (
        scenario.visitor,
        scenario.visitor_card,
        2,
        "商务洽谈",
    )
    assert str(visit["checked_in_at"]).startswith(f"{scenario.visit_day.isoformat()}T12:00")
    assert _listed(data_dir, "visits") == []  # today: nobody yet
    wrong = frontdesk(data_dir, "list", "cards", "--date", "2026-01-01")
    assert "unrecognized arguments: --date" in assert_one_error_line(wrong, 2)


def test_report_members_csv_and_pdf_carry_the_figures(
    built: tuple[Path, Scenario], tmp_path: Path
) -> None:
    data_dir, scenario = built
    want = scenario.expected[scenario.month]
    out = tmp_path / "members.csv"
    result = frontdesk(data_dir, "report", "members", "--month", scenario.month, "--out", str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))[1:]
    values = {code: int(value) for _m, _section, _label, code, value in rows}
    assert values == {
        **{k: v for k, v in want.items() if k != "by_tier"},
        **want["by_tier"],  # type: ignore[dict-item]
        "total": 4,
    }
    pdf = tmp_path / "members.pdf"
    result = frontdesk(data_dir, "report", "members", "--month", scenario.month, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    lines = {
        " ".join(line.split()) for line in _run("pdftotext", "-layout", str(pdf), "-").split("\n")
    }
    for label, key in (
        ("新开卡（不含补卡）", "new_cards"),
        ("续期", "renewed"),
        ("过期积分", "points_expired"),
    ):
        assert f"{label} {want[key]}" in lines
    assert f"月末未兑积分（负债） {want['points_outstanding']}" in lines
    bad_suffix = frontdesk(
        data_dir, "report", "members", "--month", scenario.month, "--out", "r.txt"
    )
    assert "out: invalid" in assert_one_error_line(bad_suffix, 2)
    bad_month = frontdesk(data_dir, "report", "members", "--month", "2026-13", "--out", str(pdf))
    assert "month: invalid" in assert_one_error_line(bad_month, 2)


def test_expire_points_takes_what_is_due_once(venue: Path, built: tuple[Path, Scenario]) -> None:
    scenario = built[1]
    first = frontdesk(venue, "expire-points")
    assert first.returncode == 0, first.stderr
    assert re.match(r"Expired 10 points due by \d{4}-\d{2}-\d{2}\.", first.stdout)
    again = frontdesk(venue, "expire-points")
    assert again.returncode == 0 and again.stdout.startswith("Expired 0 points")
    (g,) = [c for c in _listed(venue, "cards") if c["card_no"] == scenario.after_card]
    assert g["points_balance"] == 0
    future = frontdesk(venue, "expire-points", "--date", "2999-01-01")
    assert "in_future" in assert_one_error_line(future, 2)
