"""The care commands as the desk and Task Scheduler run them: the day's list, a greeting list
for the SMS tool (only customers who agreed), the daily classification and the analysis report;
real subprocesses, exit codes, one stderr line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.services import build_services
from app.setup import create_venue
from tests.cli.test_cli import assert_one_error_line, frontdesk
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, TEST_KDF, NoKeyring, setup_input

TODAY = date.today()


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data_dir = tmp_path_factory.mktemp("cli-care") / "venue"
    setup = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    services = build_services(setup.venue, setup.venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        yes = services.customers.create(
            CustomerInput("王𠮷", "+86 138 0013 8000", "female", TODAY.replace(year=1988),
                          '爱喝"龙井", 不加糖', address="上海市静安区南京西路1号")
        )  # fmt: skip
        services.consents.record(yes.id, ConsentInput(ConsentPurpose.MARKETING))
        services.customers.create(CustomerInput("李四", "139 0013 9000"))
        services.staff.sign_out()
    finally:
        services.close()
    yield data_dir


def test_greeting_list_as_csv_for_the_sms_tool(venue: Path, tmp_path: Path) -> None:
    out = tmp_path / "中秋.csv"
    result = frontdesk(venue, "care", "greetings", "中秋节", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["客户编号", "姓名", "手机", "祝福语"]
    assert [(r[1], r[2]) for r in rows[1:]] == [("王𠮷", "13800138000")]  # 李四 did not agree
    assert "中秋" in rows[1][3]


def test_call_sheet_pdf(venue: Path, tmp_path: Path) -> None:
    out = tmp_path / "call.pdf"
    assert frontdesk(venue, "care", "greetings", "春节", "--out", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "春节" in text and "王" in text and "13800138000" in text


def test_today_lists_the_birthday(venue: Path) -> None:
    result = frontdesk(venue, "care", "today", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {(i["section"], i["name"]) for i in items} >= {("birthday_today", "王𠮷")}


def test_classify_and_the_analysis_report(venue: Path, tmp_path: Path) -> None:
    classified = frontdesk(venue, "care", "classify")
    assert classified.returncode == 0 and "Classified" in classified.stdout
    month = TODAY.strftime("%Y-%m")
    pdf, table = tmp_path / "a.pdf", tmp_path / "a.csv"
    assert (
        frontdesk(venue, "report", "analysis", "--month", month, "--out", str(pdf)).returncode == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (
        frontdesk(venue, "report", "analysis", "--month", month, "--out", str(table)).returncode
        == 0
    )
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    assert [month, "所在区县（前十）", "静安区", "1"] in rows
    assert [month, "近12个月新增客户", month[2:], "2"] in rows


def test_bad_input_is_one_line(venue: Path, tmp_path: Path) -> None:
    wrong_day = frontdesk(venue, "care", "greetings", "光棍节", "--out", str(tmp_path / "x.csv"))
    assert "day: not_found" in assert_one_error_line(wrong_day, 2)
    wrong_out = frontdesk(venue, "care", "greetings", "春节", "--out", str(tmp_path / "x.txt"))
    assert "out: invalid" in assert_one_error_line(wrong_out, 2)
    wrong_month = frontdesk(
        venue, "report", "analysis", "--month", "2026-13", "--out", str(tmp_path / "a.pdf")
    )
    assert "month: invalid" in assert_one_error_line(wrong_month, 2)
