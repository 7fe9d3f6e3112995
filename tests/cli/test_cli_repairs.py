"""The repair commands as support runs them (print repair-order, report repairs, list repairs):
real subprocesses on a venue whose orders are known (tests.app.test_repairs_register), exit
codes 0 / 2 and one stderr line."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import build_services
from app.setup import create_venue
from tests.app.test_repairs_register import MONTH, month_of_orders
from tests.cli.test_cli import assert_one_error_line, frontdesk
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, TEST_KDF, NoKeyring, setup_input

Built = tuple[Path, dict[str, str]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    data_dir = tmp_path_factory.mktemp("cli-repairs") / "venue"
    setup = create_venue(data_dir, setup_input(), keystore=NoKeyring(), kdf_params=TEST_KDF)
    services = build_services(setup.venue, setup.venue.unlock_with_passphrase(PASSPHRASE))
    try:
        services.staff.sign_in("admin", ADMIN_PASSWORD)
        _t, numbers = month_of_orders(services)
        services.staff.sign_out()
    finally:
        services.close()
    yield data_dir, numbers


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_print_repair_order_in_both_layouts(built: Built, tmp_path: Path) -> None:
    data_dir, numbers = built
    sheet = tmp_path / "维修单.pdf"
    result = frontdesk(data_dir, "print", "repair-order", numbers["a"], "--out", str(sheet))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(sheet)
    text = _text(sheet)
    assert text.count("\f") == 1 and text.count(numbers["a"]) == 3
    assert all(label in text for label in ("客户联", "工程存档联", "财务联"))
    pages = tmp_path / "pages.pdf"
    result = frontdesk(
        data_dir, "print", "repair-order", numbers["b"], "--out", str(pages), "--layout", "pages"
    )
    assert result.returncode == 0, result.stderr
    assert _text(pages).count("\f") == 3
    missing = frontdesk(data_dir, "print", "repair-order", "WX-190001-0001", "--out", str(sheet))
    assert "number: not_found" in assert_one_error_line(missing, 2)
    bad = frontdesk(
        data_dir, "print", "repair-order", numbers["a"], "--out", str(sheet), "--layout", "A5"
    )
    assert "invalid choice" in assert_one_error_line(bad, 2)


def test_report_repairs_to_pdf_and_csv(built: Built, tmp_path: Path) -> None:
    data_dir, numbers = built
    pdf = tmp_path / "repairs.pdf"
    result = frontdesk(data_dir, "report", "repairs", "--month", MONTH, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    assert "有偿服务登记表" in text and "180.00" in text and "75.0%（3/4）" in text
    out = tmp_path / "repairs.csv"
    result = frontdesk(data_dir, "report", "repairs", "--month", MONTH, "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    figures = {(r[1], r[2], r[3]): r[4] for r in rows[1:]}
    assert figures[("汇总", "", "合格率")] == "66.7%（2/3）"
    assert figures[("有偿服务登记表", numbers["a"], "金额（元）")] == "100.00"
    bad_month = frontdesk(data_dir, "report", "repairs", "--month", "2026-13", "--out", str(pdf))
    assert "month: invalid" in assert_one_error_line(bad_month, 2)
    bad_suffix = frontdesk(data_dir, "report", "repairs", "--month", MONTH, "--out", "r.txt")
    assert "out: invalid" in assert_one_error_line(bad_suffix, 2)


def test_list_repairs_as_json_and_lines(built: Built, tmp_path: Path) -> None:
    data_dir, numbers = built
    venue = tmp_path / "venue"
    shutil.copytree(data_dir, venue)
    result = frontdesk(venue, "list", "repairs", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 6  # five in November, one in October
    by_number = {item["number"]: item for item in items}
    assert by_number[numbers["b"]]["late"] is True
    assert by_number[numbers["b"]]["customer"] == "李雷"
    assert by_number[numbers["b"]]["technician"] == "阿卜杜拉·买买提"
    assert by_number[numbers["a"]]["total"] == "100.00"
    assert by_number[numbers["e"]]["state"] == "cancelled"
    cancelled = frontdesk(venue, "list", "repairs", "--state", "cancelled")
    assert cancelled.returncode == 0, cancelled.stderr
    assert [line.split("\t")[0] for line in cancelled.stdout.splitlines()] == [numbers["e"]]
    october = frontdesk(venue, "list", "repairs", "--month", "2026-10", "--json")
    assert len(json.loads(october.stdout)) == 1
