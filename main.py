"""Composition root: the command line and the desktop app share app/ services; only here do
app/, db/ and ui/ meet."""

from __future__ import annotations

import sys
from pathlib import Path

from app.gui_hooks import GuiHooks
from app.services import Services


def _open_desktop(data_dir: Path) -> int:
    from ui.launcher import open_desktop

    return open_desktop(data_dir)


def _screenshots(data_dir: Path | None, out: Path) -> int:
    from ui.screenshots import render_screenshots

    return render_screenshots(data_dir, out)


def _time_main_window(services: Services) -> float:
    from ui.launcher import time_main_window

    return time_main_window(services)


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    hooks = GuiHooks(_open_desktop, _screenshots, _time_main_window)
    return run(sys.argv[1:] if argv is None else argv, hooks)


if __name__ == "__main__":
    sys.exit(main())
