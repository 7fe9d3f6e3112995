"""House rules for ui/: no SQLAlchemy or db access, QSettings only through ui/settings.py,
and every translatable string translated in the shipped zh_CN catalogue."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import Services
from ui.i18n import TRANSLATIONS_DIR, install_translations
from ui.launcher import display_missing
from ui.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "ui"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_ui_never_imports_sqlalchemy_or_db(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in {"sqlalchemy", "db", "alembic"}}
    assert not bad, f"{path} imports {bad}"


def test_qsettings_only_in_the_settings_wrapper() -> None:
    users = [p.name for p in UI.rglob("*.py") if "QSettings(" in p.read_text(encoding="utf-8")]
    assert users == ["settings.py"]


def test_ui_modules_stay_small() -> None:
    big = [
        p.name for p in UI.rglob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > 300
    ]
    assert not big


def _unfinished(ts: Path) -> list[str]:
    unfinished = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "missing"
        if kind or not (message.findtext("translation") or "").strip():
            unfinished.append(message.findtext("source") or "")
    return unfinished


def _qt_tool(name: str) -> Path:
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        pytest.fail(f"{name} is not installed next to this Python (pip install pyside6-essentials)")
    return tool


def test_every_ui_string_is_translated_in_the_zh_cn_catalogue(tmp_path: Path) -> None:
    """lupdate over ui/ adds nothing new to the shipped .ts, and nothing in it is unfinished."""
    ts = tmp_path / "check.ts"
    shutil.copy(TRANSLATIONS_DIR / "frontdesk_zh_CN.ts", ts)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(_qt_tool("pyside6-lupdate")), *sources, "-ts", str(ts), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert _unfinished(ts) == []


def test_every_ui_string_is_catalogued_under_the_context_it_is_looked_up_in() -> None:
    """A helper like `def tr(text): return translate("Ctx", text)` hides the context from
    lupdate: its strings land in an unnamed context and stay English on screen."""
    root = ET.parse(TRANSLATIONS_DIR / "frontdesk_zh_CN.ts").getroot()
    nameless = [
        m.findtext("source")
        for context in root.iter("context")
        if not (context.findtext("name") or "").strip()
        for m in context.iter("message")
    ]
    assert nameless == []


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run(
        [
            str(_qt_tool("pyside6-lrelease")),
            str(TRANSLATIONS_DIR / "frontdesk_zh_CN.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (TRANSLATIONS_DIR / "frontdesk_zh_CN.qm").read_bytes()


@pytest.mark.parametrize(
    ("env", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_display_detection(env: dict[str, str], platform: str, missing: bool) -> None:
    assert display_missing(env, platform) is missing


def test_x11_library_check_only_applies_to_x11_on_linux() -> None:
    from ui.launcher import xcb_library_missing

    assert xcb_library_missing({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux") == ""
    assert xcb_library_missing({"WAYLAND_DISPLAY": "w-0", "DISPLAY": ":0"}, "linux") == ""
    assert xcb_library_missing({"DISPLAY": ":0"}, "win32") == ""
    assert xcb_library_missing({}, "linux") == ""


def test_english_when_the_venue_says_en(qtbot: QtBot, admin: Services) -> None:
    assert install_translations("en")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("FrontDesk")
    assert window.nav.item(0).text().endswith("Customer files")
