"""The archive commands as support runs them (print lending-slip / destruction-record, report
lending, list loans): real subprocesses on a venue with a returned loan, an overdue loan and a
destroyed file; exit codes 0 / 2 and one stderr line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.customers.schemas import CustomerInput
from app.lending.schemas import AccessRequestInput, DestructionDone, DestructionInput, ReturnInput
from app.services import build_services
from app.setup import create_venue
from tests.app.lending_helpers import archive_desk, catalogue, lent_loan, password
from tests.app.member_helpers import Clock
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
    require_tools("pdftotext")


@dataclass(frozen=True)
class Built:
    data_dir: Path
    returned: str
    overdue: str
    month: str
    destroyed: str
    secret_number: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    data_dir = tmp_path_factory.mktemp("cli-lending") / "venue"
    setup = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    services = build_services(setup.venue, setup.venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        start = datetime.now(UTC).replace(hour=4) - timedelta(days=10)
        if (start + timedelta(days=1)).month != start.month:  # both loans in one month
            start -= timedelta(days=1)
        t = archive_desk(services, Clock(start))
        returned = lent_loan(t, catalogue(t), days=2)
        t.clock.advance(days=1)
        t.register.write_off(returned.number, ReturnInput())
        overdue = lent_loan(t, catalogue(t, "李四"), days=2)
        doomed = catalogue(t, "王五")
        t.clock.advance(days=366 * 11)
        t.act("keeper")
        proposal = t.destruction.propose(
            DestructionInput(t.archive.item(doomed).customer_id, "pulp")
        )
        t.destruction.approve(proposal.number)
        t.act("head")
        t.destruction.approve(proposal.number)
        t.act("keeper")
        done = DestructionDone(t.ids["keeper"], t.ids["head"], t.clock.today())
        t.destruction.record_destroyed(proposal.number, done)
        t.act("admin")
        secret = services.customers.create(
            CustomerInput("赵机密", "+86 137 0013 7000", confidentiality="top_secret")
        )
        access = services.file_access.request(AccessRequestInput(secret.id, "经理复核", 1))
        t.act("head")  # even a manager opens a confidential file only on an approved request
        services.file_access.approve(access.number)
        t.act("admin")
        services.customers.open(secret.id, reason="经理复核")
        services.staff.sign_out()
        assert returned.lent_at is not None
        month = returned.lent_at.astimezone().strftime("%Y-%m")
    finally:
        services.close()
    yield Built(data_dir, returned.number, overdue.number, month, proposal.number, secret.number)


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return done.stdout


def _loans(data_dir: Path, *args: str, **env: str) -> list[dict[str, object]]:
    result = frontdesk(data_dir, "list", "loans", *args, "--json", **env)
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_print_lending_slip_writes_both_parts(built: Built, tmp_path: Path) -> None:
    pdf = tmp_path / "借阅单.pdf"
    result = frontdesk(built.data_dir, "print", "lending-slip", built.overdue, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(pdf)
    text = _pdf_text(pdf)
    assert "存档联" in text and "随档联" in text and text.count(built.overdue) >= 2


def test_print_refuses_an_unknown_loan_in_one_line(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = frontdesk(built.data_dir, "print", "lending-slip", "JY-000000-0000", "--out", str(out))
    assert "loan: not_found" in assert_one_error_line(result, 2)
    assert not out.exists()


def test_print_destruction_record(built: Built, tmp_path: Path) -> None:
    pdf = tmp_path / "销毁记录.pdf"
    result = frontdesk(
        built.data_dir, "print", "destruction-record", built.destroyed, "--out", str(pdf)
    )
    assert result.returncode == 0, result.stderr
    text = _pdf_text(pdf)
    assert "档案销毁记录" in text and built.destroyed in text and "化浆" in text


def test_report_lending_csv_and_pdf(built: Built, tmp_path: Path) -> None:
    csv_out = tmp_path / "lending.csv"
    result = frontdesk(
        built.data_dir, "report", "lending", "--month", built.month, "--out", str(csv_out)
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig"))))
    numbers = [r[1] for r in rows[1:] if r and r[1].startswith("JY-")]
    assert numbers == [built.returned, built.overdue]
    figures = {r[1]: r[2] for r in rows if len(r) == 3}
    assert figures["本月借出（笔）"] == "2" and figures["平均借出天数"] == "1.0"
    pdf_out = tmp_path / "lending.pdf"
    result = frontdesk(
        built.data_dir, "report", "lending", "--month", built.month, "--out", str(pdf_out)
    )
    assert result.returncode == 0, result.stderr
    assert built.overdue in _pdf_text(pdf_out)


def test_report_refuses_bad_input_and_borrowers(built: Built, tmp_path: Path) -> None:
    txt = str(tmp_path / "lending.txt")
    result = frontdesk(built.data_dir, "report", "lending", "--month", built.month, "--out", txt)
    assert "out: invalid" in assert_one_error_line(result, 2)
    pdf = str(tmp_path / "lending.pdf")
    result = frontdesk(built.data_dir, "report", "lending", "--month", "2026-13", "--out", pdf)
    assert "month: invalid" in assert_one_error_line(result, 2)
    as_borrower = {"FRONTDESK_USER": "borrower", "FRONTDESK_PASSWORD": password("borrower")}
    result = frontdesk(
        built.data_dir, "report", "lending", "--month", built.month, "--out", pdf, **as_borrower
    )
    assert_one_error_line(result, 2)


def test_list_loans_json_and_overdue(built: Built) -> None:
    loans = _loans(built.data_dir)
    assert [item["number"] for item in loans] == [built.overdue, built.returned]
    overdue = loans[0]
    assert (overdue["state"], overdue["overdue"], overdue["copies"]) == ("lent", True, 1)
    assert overdue["borrower"] == "前台 阿卜杜拉·买买提"
    assert [item["number"] for item in _loans(built.data_dir, "--overdue")] == [built.overdue]
    assert [item["number"] for item in _loans(built.data_dir, "--state", "returned")] == [
        built.returned
    ]
    plain = frontdesk(built.data_dir, "list", "loans")
    assert plain.returncode == 0 and built.overdue in plain.stdout.splitlines()[0]


def test_report_file_views(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "views.csv"
    month = datetime.now().strftime("%Y-%m")
    result = frontdesk(built.data_dir, "report", "file-views", "--month", month, "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [(r[2], r[3], r[4], r[5]) for r in rows[1:]] == [
        ("admin", built.secret_number, "绝密", "已批准的查阅申请")
    ]
    as_keeper = {"FRONTDESK_USER": "keeper", "FRONTDESK_PASSWORD": password("keeper")}
    result = frontdesk(
        built.data_dir, "report", "file-views", "--month", month, "--out", str(out), **as_keeper
    )
    assert "view_file_viewers" in assert_one_error_line(result, 2)
