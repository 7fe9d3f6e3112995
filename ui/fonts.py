"""Register the bundled CJK fonts with Qt so every screen shows Chinese the same way on any PC.

WenQuanYi Micro Hei draws the screens; the Hanazono subsets follow it in the application font's
family list, so a rare character in a name (𠮷, 䶮) shows instead of an empty box even on a PC
without a system font that has it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from app.fonts import FONT_PATH, RARE_FONTS

_UI_FAMILY = "WenQuanYi Micro Hei"  # face 0 of the collection; face 1 is the Mono variant
_families: list[str] = []


def _add(path: Path, preferred: str | None = None) -> str:
    if not path.is_file():
        raise RuntimeError(f"bundled font missing: {path}")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id == -1:
        raise RuntimeError(
            f"Qt could not load the bundled font {path} "
            "(is the file damaged, or was it called before QApplication existed?)"
        )
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"Qt loaded {path} but found no font family in it")
    return preferred if preferred in families else families[0]


def register_qt_font() -> str:
    """Load the font files once (needs a QGuiApplication) and return the family for QFont."""
    if not _families:
        _families.append(_add(FONT_PATH, _UI_FAMILY))
        _families.extend(_add(path) for _name, path in RARE_FONTS)
    return _families[0]


def ui_font(point_size: int) -> QFont:
    """The application font: the bundled family first, the rare-character fonts behind it."""
    register_qt_font()
    font = QFont(_families[0])
    font.setFamilies(list(_families))
    font.setPointSize(point_size)
    return font
