"""What the command line needs from the desktop UI, handed in by main.py (app/ never imports Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.services import Services


@dataclass(frozen=True)
class GuiHooks:
    # Open the desktop app on this data dir; returns the process exit code.
    open_desktop: Callable[[Path], int]
    # Render every main screen offscreen to PNG files in `out` (data dir None = a demo venue).
    screenshots: Callable[[Path | None, Path], int]
    # Benchmark: seconds to build and show the signed-in main window for these services.
    time_main_window: Callable[[Services], float]
