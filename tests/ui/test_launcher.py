from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.services import Services
from ui.launcher import NO_DISPLAY, open_desktop, time_main_window
from ui.screenshots import render_screenshots


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display check")
def test_no_display_prints_one_line_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert open_desktop(tmp_path / "venue") == 2
    err = capsys.readouterr().err
    assert err == NO_DISPLAY + "\n"
    assert "xvfb-run make run" in err
    assert not (tmp_path / "venue").exists()


def test_time_main_window_measures_a_signed_in_window(admin: Services) -> None:
    seconds = time_main_window(admin)
    assert 0 < seconds < 10


@pytest.mark.slow
def test_render_screenshots_writes_one_png_per_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shots"
    assert render_screenshots(None, out) == 0
    pngs = sorted(out.glob("*.png"))
    names = {p.stem.split("_", 1)[1] for p in pngs}
    expected = {
        "wizard_venue",
        "wizard_passphrase",
        "wizard_recovery_key",
        "recovery_sheet_preview",
        "unlock",
        "unlock_recovery_key",
        "sign_in",
        "room_customers",
        "room_checkin",
        "admin_staff",
        "admin_settings",
        "admin_audit",
        "lock_screen",
    }
    assert expected <= names
    assert len(names) == len(pngs)
    for png in pngs:
        image = QImage(str(png))
        assert image.width() >= 300 and image.height() >= 120, png
        assert png.stat().st_size > 2000
    # every text a user reads on every screen is in Chinese (english.txt lists the leftovers)
    assert (out / "english.txt").read_text("utf-8") == ""
    printed = capsys.readouterr().out.split()
    assert printed == [str(p) for p in pngs]
