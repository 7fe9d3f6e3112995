"""The bundled CJK fonts, for PDF forms (ReportLab); Qt registers the same files in ui/fonts.py.

Forms must print Chinese on any reception PC, so they never rely on a system font. WenQuanYi
Micro Hei draws the text; the rare ideographs it lacks (Extension A, and B to F such as 𠮷) are
drawn from the Hanazono subsets, loaded the first time a text needs them. Only what no bundled
font has (emoji) prints as 〓.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT_PATH: Path = FONT_DIR / "wqy-microhei.ttc"
# Fallbacks for rare ideographs, tried in this order (resources/fonts/make_rare_fonts.py).
RARE_FONTS: tuple[tuple[str, Path], ...] = (
    ("HanaMinRareBMP", FONT_DIR / "hanazono-rare-bmp.ttf"),
    ("HanaMinRareSIP", FONT_DIR / "hanazono-rare-sip.ttf"),
)
PDF_FONT = "WQYMicroHei"
# Face 1 of the collection: fixed-width Latin, for keys and numbers that staff copy by hand.
PDF_MONO_FONT = "WQYMicroHeiMono"
# 〓 (geta mark): typesetters' sign for "this character was not in the type case".
PLACEHOLDER = "\u3013"

_ZWJ = "\u200d"
_lock = threading.Lock()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with each character as UTF-16BE, as the PDF format requires:
    ReportLab 5.1 writes a code point above U+FFFF as five hex digits, so a PDF reader copies
    or finds 𠮷 (U+20BB7) as ₻ (U+20BB). Same output as ReportLab's for the BMP."""
    original: str = _reportlab_cmap(fontname, subset)
    head, _, rest = original.partition("beginbfchar\n")
    _, _, tail = rest.partition("endbfchar")
    pairs = "".join(
        f"<{i:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>\n" for i, cp in enumerate(subset)
    )
    return f"{head}beginbfchar\n{pairs}endbfchar{tail}"


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


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


@functools.cache
def _rare_fonts() -> tuple[tuple[str, dict[int, int]], ...]:
    """The fallback fonts with their coverage, registered on first use (a 30 MB file loads in
    about 0.1 s: no cost for the many texts that never need it)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, path in RARE_FONTS:
            if name not in registered:
                if not path.is_file():
                    raise FileNotFoundError(f"bundled font missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
    return tuple((name, pdfmetrics.getFont(name).face.charToGlyph) for name, _ in RARE_FONTS)


@functools.cache
def _covered() -> dict[int, int]:
    register_pdf_font()
    char_to_glyph: dict[int, int] = pdfmetrics.getFont(PDF_FONT).face.charToGlyph
    return char_to_glyph


@functools.cache
def _main_chars() -> frozenset[str]:
    return frozenset(map(chr, _covered())) | {"\n"}


def _in_main_font(text: str) -> bool:
    """Whether the form's font draws every character of `text` (the common case, checked in C)."""
    return _main_chars().issuperset(text)


def _rare_font_for(cp: int) -> str | None:
    """The fallback font that draws code point `cp`, if any."""
    for name, coverage in _rare_fonts():
        if cp in coverage:
            return name
    return None


def font_runs(text: str, font_name: str = PDF_FONT) -> list[tuple[str, str]]:
    """`text` (already through printable) cut into (font, run) pieces: the form's font where it
    has the glyph, a rare-character font where that has it."""
    if _in_main_font(text):
        return [(font_name, text)]
    covered = _covered()
    runs: list[tuple[str, str]] = []
    for ch in text:
        cp = ord(ch)
        font = font_name if cp in covered or ch == "\n" else _rare_font_for(cp) or font_name
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def _is_invisible(ch: str) -> bool:
    """Joiners, variation selectors and skin-tone modifiers have no glyph of their own; dropping
    them (and combining marks the font lacks) keeps the text readable without a mark."""
    return unicodedata.category(ch) in {"Mn", "Me", "Cf"} or 0x1F3FB <= ord(ch) <= 0x1F3FF


def _substitute(text: str, rare: bool = True) -> tuple[str, list[str]]:
    covered = _covered()
    out: list[str] = []
    missing: list[str] = []
    after_zwj = False
    for ch in text:
        if ch == _ZWJ:  # invisible; only matters for joining emoji into one mark
            after_zwj = bool(out) and out[-1] == PLACEHOLDER
        elif ch == "\n" or ord(ch) in covered or (rare and _rare_font_for(ord(ch))):
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
    """Visible characters no bundled font can draw (e.g. emoji), in order of first appearance,
    so the UI can warn before printing."""
    return _substitute(text)[1]


def printable(text: str, *, rare: bool = True) -> str:
    """`text` with every character the fonts lack shown as 〓, never silently dropped or boxed.
    rare=False: only the form's own font counts (chart labels, which draw in one font)."""
    return _substitute(text, rare)[0]
