"""The bundled CJK font, for PDF forms (ReportLab); Qt registers the same file in ui/fonts.py.

Forms must print Chinese on any reception PC, so they never rely on a system font.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_PATH: Path = (
    Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
)
PDF_FONT = "WQYMicroHei"
# Face 1 of the collection: fixed-width Latin, for keys and numbers that staff copy by hand.
PDF_MONO_FONT = "WQYMicroHeiMono"
# 〓 (geta mark): typesetters' sign for "this character was not in the type case".
PLACEHOLDER = "\u3013"

_ZWJ = "\u200d"
_lock = threading.Lock()


def register_pdf_font() -> str:
    """Register both faces with ReportLab once; returns PDF_FONT. ReportLab embeds a subset."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, index in ((PDF_FONT, 0), (PDF_MONO_FONT, 1)):
            if name not in registered:
                if not FONT_PATH.is_file():
                    raise FileNotFoundError(f"bundled font missing: {FONT_PATH}")
                pdfmetrics.registerFont(TTFont(name, str(FONT_PATH), subfontIndex=index))
    return PDF_FONT


def _covered() -> dict[int, int]:
    register_pdf_font()
    char_to_glyph: dict[int, int] = pdfmetrics.getFont(PDF_FONT).face.charToGlyph
    return char_to_glyph


def _is_invisible(ch: str) -> bool:
    """Joiners, variation selectors and skin-tone modifiers have no glyph of their own; dropping
    them (and combining marks the font lacks) keeps the text readable without a mark."""
    return unicodedata.category(ch) in {"Mn", "Me", "Cf"} or 0x1F3FB <= ord(ch) <= 0x1F3FF


def _substitute(text: str) -> tuple[str, list[str]]:
    covered = _covered()
    out: list[str] = []
    missing: list[str] = []
    after_zwj = False
    for ch in text:
        if ch == _ZWJ:  # invisible; only matters for joining emoji into one mark
            after_zwj = bool(out) and out[-1] == PLACEHOLDER
        elif ch == "\n" or ord(ch) in covered:
            out.append(ch)
            after_zwj = False
        elif ch == "\t":
            out.append(" ")
        elif ch == "\r" or _is_invisible(ch):
            continue
        else:
            if ch not in missing:
                missing.append(ch)
            if not after_zwj:  # one mark for a whole emoji ZWJ sequence
                out.append(PLACEHOLDER)
            after_zwj = False
    return "".join(out), missing


def missing_glyphs(text: str) -> list[str]:
    """Visible characters the bundled font cannot draw (e.g. rare 𠮷, emoji), in order of first
    appearance, so the UI can warn before printing."""
    return _substitute(text)[1]


def printable(text: str) -> str:
    """`text` with every character the font lacks shown as 〓, never silently dropped or boxed."""
    return _substitute(text)[0]
