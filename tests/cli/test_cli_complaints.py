"""The complaint commands as support runs them (print complaint-card, report complaints, list
complaints): real subprocesses on a venue with known cards, exit codes 0 / 2, one stderr line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.complaints.schemas import InvestigationInput, ReplyInput
from app.services import build_services
from app.setup import create_venue
from tests.app.complaint_helpers import intake
from tests.cli.test_cli import assert_one_error_line, frontdesk
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, TEST_KDF, NoKeyring, setup_input


@dataclass(frozen=True)
class Cards:
    closed: str
    major: str
    praise: str
    month: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Cards]]:
    data_dir = tmp_path_factory.mktemp("cli-complaints") / "venue"
    setup = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    services = build_services(setup.venue, setup.venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        c = services.complaints
        closed = c.record(intake())
        c.start_investigation(closed.id)
        c.record_investigation(
            closed.id, InvestigationInput(cause="人手不足", facts="高峰时段", conclusion="属实")
        )
        c.record_reply(closed.id, ReplyInput("phone", "已致歉", satisfaction=4))
        c.close(closed.id)
        major = c.record(intake(category="safety", severity="major", major_reasons=("injury",)))
        praise = c.record(intake(kind="praise", category="other", requests=()))
        services.staff.sign_out()
    finally:
        services.close()
    yield data_dir, Cards(closed.number, major.number, praise.number, closed.month)


def _squash(text: str) -> str:
    return "".join(text.split())


def test_print_complaint_card(built: tuple[Path, Cards], tmp_path: Path) -> None:
    data_dir, cards = built
    pdf = tmp_path / "卡.pdf"
    result = frontdesk(data_dir, "print", "complaint-card", cards.closed, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(pdf)
    text = _squash(
        subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for expected in ("投诉记录卡", cards.closed, "人手不足", "已致歉", "处理人签字"):
        assert expected in text
    conn = sqlite3.connect(data_dir / "frontdesk.sqlite3")
    printed = conn.execute(
        "SELECT entity_id FROM audit_log WHERE action = 'form_printed'"
        " AND entity = 'complaint_card'"
    ).fetchall()
    conn.close()
    assert [r[0] for r in printed] == [cards.closed]
    missing = frontdesk(data_dir, "print", "complaint-card", "TS-209901-0001", "--out", str(pdf))
    assert "number: not_found" in assert_one_error_line(missing, 2)


def test_list_complaints_as_json_and_filtered(built: tuple[Path, Cards]) -> None:
    data_dir, cards = built
    result = frontdesk(data_dir, "list", "complaints", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["number"] for i in items] == [cards.praise, cards.major, cards.closed]
    first = {i["number"]: i for i in items}[cards.closed]
    assert (first["state"], first["complainant"], first["satisfaction"]) == (
        "following_up",
        "王𠮷",
        4,
    )
    assert {
        i["number"]
        for i in json.loads(
            frontdesk(data_dir, "list", "complaints", "--json", "--state", "open").stdout
        )
    } == {cards.major, cards.praise}
    none = frontdesk(data_dir, "list", "complaints", "--json", "--month", "1999-01")
    assert json.loads(none.stdout) == []
    plain = frontdesk(data_dir, "list", "complaints", "--kind", "praise")
    assert plain.stdout.startswith(cards.praise + "\t")
    bad = frontdesk(data_dir, "list", "complaints", "--month", "2026-13")
    assert "month: invalid" in assert_one_error_line(bad, 2)
    wrong = frontdesk(data_dir, "list", "complaints", "--state", "lost")
    assert "invalid choice" in assert_one_error_line(wrong, 2)


def test_report_complaints_csv_and_pdf(built: tuple[Path, Cards], tmp_path: Path) -> None:
    data_dir, cards = built
    out = tmp_path / "complaints.csv"
    result = frontdesk(data_dir, "report", "complaints", "--month", cards.month, "--out", str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))[1:]
    figures = {code: value for _m, section, _label, code, value in rows if section == "指标"}
    assert figures["total"] == "3" and figures["closed"] == "1"
    assert figures["satisfaction_average"] == "4.00"
    assert [code for _m, section, _l, code, _v in rows if section == "重大投诉"] == [cards.major]
    pdf = tmp_path / "complaints.pdf"
    result = frontdesk(data_dir, "report", "complaints", "--month", cards.month, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = _squash(
        subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert "投诉月报" in text and "受理总数3" in text and cards.major in text
    bad = frontdesk(data_dir, "report", "complaints", "--month", "2026-13", "--out", str(pdf))
    assert "month: invalid" in assert_one_error_line(bad, 2)
    suffix = frontdesk(data_dir, "report", "complaints", "--month", cards.month, "--out", "r.txt")
    assert "out: invalid" in assert_one_error_line(suffix, 2)
