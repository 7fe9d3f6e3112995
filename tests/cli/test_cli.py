"""The real `python main.py ...` in a subprocess, as Task Scheduler and support would run it."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "春江潮水连海平-2026"
ADMIN_PASSWORD = "admin-密码-123"
BENCH_ENTRIES = {
    "unlock_passphrase_kdf",
    "unlock_passphrase_other",
    "encrypt_store_customers",
    "start_keyring_to_signed_in",
    "start_keyring_to_main_window",
    "backup_and_verify",
    "audit_chain_verify",
    "index_build_at_unlock",
    "search_p95_name",
    "search_p95_pinyin_initials",
    "search_p95_phone_suffix",
    "open_customer_p95",
    "rss_signed_in_index_built",
    "import_xlsx_rows",
    "members_scan_to_member_p95",
    "members_balance_history_p95",
    "members_record_consumption_p95",
    "members_month_report",
    "members_list_cards",
    "care_attributes_warm_up",
    "care_dashboard_month",
    "care_dashboard_month_again",
    "care_today_first_of_day",
    "care_today_list",
    "care_classify_all",
}


def frontdesk(
    data_dir: Path, *args: str, **env_overrides: str | None
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(data_dir.parent),
        "FRONTDESK_DATA_DIR": str(data_dir),
        "FRONTDESK_PASSPHRASE": PASSPHRASE,
        "FRONTDESK_USER": "admin",
        "FRONTDESK_PASSWORD": ADMIN_PASSWORD,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for key, value in env_overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("frontdesk:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One initialised and seeded venue for the read-only tests; returns (data dir, init stdout)."""
    data_dir = tmp_path_factory.mktemp("cli") / "venue"
    init = frontdesk(data_dir, "init", "--venue", "静安·云栖会所", "--kdf-iterations", "3")
    assert init.returncode == 0, init.stderr
    seed = frontdesk(data_dir, "seed-demo", "--customers", "120")
    assert seed.returncode == 0, seed.stderr
    assert "Added 120 demo customers" in seed.stdout
    return data_dir, init.stdout


@pytest.fixture
def venue_copy(seeded: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "venue"
    shutil.copytree(seeded[0], target)
    return target


def test_init_shows_the_recovery_key_once(seeded: tuple[Path, str]) -> None:
    data_dir, stdout = seeded
    keys = re.findall(r"(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}", stdout)
    assert len(keys) == 1
    assert "Write this recovery key down" in stdout
    assert keys[0] not in "".join(p.name for p in data_dir.rglob("*"))


def test_verify_passes_on_a_fresh_venue(seeded: tuple[Path, str]) -> None:
    result = frontdesk(seeded[0], "verify")
    assert result.returncode == 0, result.stderr
    assert "All checks passed." in result.stdout
    for name in ("sqlite_integrity", "audit_chain", "sample_decryptions", "schema_revision"):
        assert f"ok     {name}" in result.stdout


def test_backup_restore_on_another_data_dir_then_verify(venue_copy: Path, tmp_path: Path) -> None:
    backup = frontdesk(venue_copy, "backup")
    assert backup.returncode == 0, backup.stderr
    written = list((venue_copy / "backups").glob("frontdesk-*.fdbackup"))
    assert len(written) == 1 and str(written[0]) in backup.stdout
    other = tmp_path / "other-pc"
    restore = frontdesk(other, "restore", str(written[0]), "--to", str(other))
    assert restore.returncode == 0, restore.stderr
    assert "(120 customers)" in restore.stdout
    verify = frontdesk(other, "verify")
    assert verify.returncode == 0, verify.stderr


def test_restore_with_the_recovery_key(seeded: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, init_out = seeded
    recovery = re.findall(r"(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}", init_out)[0]
    file = tmp_path / "copy.fdbackup"
    assert frontdesk(data_dir, "backup", "--to", str(file)).returncode == 0
    target = tmp_path / "restored"
    result = frontdesk(
        target,
        "restore",
        str(file),
        "--to",
        str(target),
        FRONTDESK_PASSPHRASE=None,
        FRONTDESK_RECOVERY_KEY=recovery.lower(),
    )
    assert result.returncode == 0, result.stderr
    assert (target / "frontdesk.sqlite3").exists()


def test_an_edited_audit_row_makes_verify_fail_naming_the_chain(venue_copy: Path) -> None:
    conn = sqlite3.connect(venue_copy / "frontdesk.sqlite3")
    with conn:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'"
        ).fetchone()[0]
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'someone-else' WHERE id = 1")
        conn.execute(sql)
    conn.close()
    result = frontdesk(venue_copy, "verify")
    line = assert_one_error_line(result, 1)
    assert "audit_chain" in line and "row 1 was altered" in line
    assert "FAILED audit_chain" in result.stdout


def test_wrong_passphrase_exits_2_with_one_line(seeded: tuple[Path, str]) -> None:
    result = frontdesk(seeded[0], "verify", FRONTDESK_PASSPHRASE="definitely-wrong-phrase")
    line = assert_one_error_line(result, 2)
    assert "passphrase is wrong" in line


def test_missing_venue_and_bad_arguments_exit_2(tmp_path: Path) -> None:
    missing = frontdesk(tmp_path / "nothing-here", "verify")
    assert "no venue in" in assert_one_error_line(missing, 2)
    assert not (tmp_path / "nothing-here").exists()
    bad = frontdesk(tmp_path / "x", "backup", "--bogus")
    assert_one_error_line(bad, 2)
    junk = tmp_path / "junk.fdbackup"
    junk.write_bytes(b"PK\x03\x04 a zip, not a backup")
    refused = frontdesk(tmp_path / "x", "restore", str(junk), "--to", str(tmp_path / "r"))
    assert "not a FrontDesk backup" in assert_one_error_line(refused, 2)


def test_init_without_a_terminal_needs_the_environment(tmp_path: Path) -> None:
    result = frontdesk(tmp_path / "v", "init", "--venue", "会所", FRONTDESK_USER=None)
    assert "FRONTDESK_USER" in assert_one_error_line(result, 2)
    assert not (tmp_path / "v" / "frontdesk.sqlite3").exists()


def test_bench_prints_json_with_every_entry(tmp_path: Path) -> None:
    result = frontdesk(
        tmp_path / "unused",
        *("bench", "--customers", "300", "--audit-rows", "5000", "--import-rows", "200"),
        *("--ledger-rows", "3000"),
    )
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert {e["name"] for e in report["entries"]} == BENCH_ENTRIES
    for item in report["entries"]:
        assert set(item) >= {"name", "seconds", "baseline_seconds", "ratio", "target", "ok"}
    assert report["customers"] == 300 and report["peak_rss_mb"] > 0
    figures = {e["name"]: e for e in report["entries"]}
    assert sum(figures["import_xlsx_rows"]["rows"].values()) == 200
    assert figures["rss_signed_in_index_built"]["mb"] > 0
    assert figures["index_build_at_unlock"]["baseline_seconds"] > 0
    assert (report["members"], report["ledger_rows"]) == (300, 3000)
    for name in (n for n in BENCH_ENTRIES if n.startswith("members_")):
        assert figures[name]["seconds"] > 0 and figures[name]["baseline_seconds"] is not None
    for name in ("care_dashboard_month", "care_dashboard_month_again"):
        assert figures[name]["seconds"] > 0 and figures[name]["baseline_seconds"] > 0
    assert not (tmp_path / "unused").exists()


def test_rotate_key_then_verify(venue_copy: Path) -> None:
    rotated = frontdesk(venue_copy, "rotate-key")
    assert rotated.returncode == 0, rotated.stderr
    assert "120 rows re-sealed" in rotated.stdout
    assert frontdesk(venue_copy, "verify").returncode == 0
