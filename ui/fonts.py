"""Register the bundled CJK font with Qt so every screen shows Chinese the same way on any PC."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.fonts import FONT_PATH

_UI_FAMILY = "WenQuanYi Micro Hei"  # face 0 of the collection; face 1 is the Mono variant
_family: str | None = None


def register_qt_font() -> str:
    """Load the font file once (needs a QGuiApplication) and return the family for QFont."""
    global _family
    if _family is not None:
        return _family
    if not FONT_PATH.is_file():
        raise RuntimeError(f"bundled font missing: {FONT_PATH}")
    font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
    if font_id == -1:
        raise RuntimeError(
            f"Qt could not load the bundled font {FONT_PATH} "
            "(is the file damaged, or was it called before QApplication existed?)"
        )
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"Qt loaded {FONT_PATH} but found no font family in it")
    _family = _UI_FAMILY if _UI_FAMILY in families else families[0]
    return _family
