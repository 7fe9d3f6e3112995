"""The page every printed form shares (A4/A5, venue header, footer) and CJK-aware text.

Helpers lay out top-down: each takes the `top` of its block and returns the y below it, so a
form reads like the paper. All text goes through app.fonts.printable and font_runs: a rare
character prints from the bundled fallback font; one no bundled font has prints as 〓 instead of
vanishing. Boxes, lines and codes are in pdf_blocks.py.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, Literal

from reportlab.lib import pagesizes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.fonts import PDF_FONT, font_runs, printable, register_pdf_font

PageSize = tuple[float, float]
Align = Literal["left", "center", "right"]

mm: float = 72 / 25.4
A4: PageSize = pagesizes.A4
A5: PageSize = pagesizes.A5
MARGIN = 15 * mm
BODY_SIZE = 10.5  # 五号, the usual body size of Chinese office forms
AUTHOR = "FrontDesk"
_HEADER_HEIGHT = 22 * mm
_FOOTER_HEIGHT = 10 * mm
ASCENT = 0.8  # WQY ascent is 0.765 em; a touch more keeps glyphs off cell borders

# Kinsoku: punctuation that may not start a line, and brackets that may not end one.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}")
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")


def text_width(text: str, size: float = BODY_SIZE, font_name: str = PDF_FONT) -> float:
    """Width of printable text, rare characters measured in the font that draws them."""
    return sum(
        float(pdfmetrics.stringWidth(run, font, size)) for font, run in font_runs(text, font_name)
    )


class FormCanvas(Canvas):  # type: ignore[misc]
    """A canvas that stamps the venue header and "第 n 页 / 共 N 页" footer on every page at save,
    once the page count is known. Same inputs give the same bytes (invariant mode)."""

    def __init__(
        self,
        *,
        venue_name: str,
        form_title: str,
        page_size: PageSize = A4,
        printed_at: datetime | None = None,
        classification: str | None = None,
    ) -> None:
        register_pdf_font()
        self._buffer = io.BytesIO()
        super().__init__(
            self._buffer,
            pagesize=page_size,
            invariant=1,
            lang="zh-CN",
            initialFontName=PDF_FONT,  # else an unused, unembedded Helvetica is referenced
            initialFontSize=BODY_SIZE,
        )
        self.venue_name, self.form_title, self.classification = (
            venue_name,
            form_title,
            classification,
        )
        self.printed_at = (printed_at or datetime.now()).replace(second=0, microsecond=0)
        self.page_width, self.page_height = float(page_size[0]), float(page_size[1])
        self.left, self.right = MARGIN, self.page_width - MARGIN
        self.width = self.right - self.left
        self.top = self.page_height - MARGIN - _HEADER_HEIGHT  # content starts here on each page
        self.bottom = MARGIN + _FOOTER_HEIGHT  # content must stay above this
        self._pages: list[dict[str, Any]] = []
        self.setTitle(printable(form_title))
        self.setSubject(printable(venue_name))
        self.setAuthor(AUTHOR)
        self.setCreator(AUTHOR)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code or not self._pages:
            self.showPage()
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_header()
            self._draw_footer(number, len(self._pages))
            Canvas.showPage(self)
        Canvas.save(self)

    def pdf_bytes(self) -> bytes:
        """Finish the document; the canvas cannot be drawn on afterwards."""
        self.save()
        return self._buffer.getvalue()

    def _draw_header(self) -> None:
        y, mid = self.page_height - MARGIN, self.page_width / 2
        free = self.width - 2 * 24 * mm  # keep clear of the classification box
        for text, size, baseline, bold in (
            (self.venue_name, 12.0, y - 12, False),
            (self.form_title, 18.0, y - 34, True),
        ):  # shrink a long name rather than run it into the margin
            size = min(size, size * free / max(text_width(printable(text), size), 1))
            draw_text(self, text, mid, baseline, size=size, align="center", bold=bold)
        if self.classification:
            w = text_width(printable(self.classification), 12) + 4 * mm
            self.saveState()
            self.setLineWidth(1.2)
            self.rect(self.right - w, y - 8 * mm, w, 8 * mm)
            draw_text(
                self,
                self.classification,
                self.right - w / 2,
                y - 5.7 * mm,
                size=12,
                align="center",
                bold=True,
            )
            self.restoreState()
        self.setLineWidth(0.8)
        self.line(self.left, self.top + 3 * mm, self.right, self.top + 3 * mm)

    def _draw_footer(self, number: int, total: int) -> None:
        self.setLineWidth(0.4)
        self.line(self.left, MARGIN + 5 * mm, self.right, MARGIN + 5 * mm)
        stamp = self.printed_at.strftime("%Y-%m-%d %H:%M")
        draw_text(self, f"打印时间 {stamp}", self.left, MARGIN, size=9)
        draw_text(
            self, f"第 {number} 页 / 共 {total} 页", self.right, MARGIN, size=9, align="right"
        )


def ensure_space(c: FormCanvas, top: float, needed: float) -> float:
    """Start a new page when a block of `needed` height would run into the footer."""
    if top - needed >= c.bottom:
        return top
    c.showPage()
    return c.top


def _tokens(paragraph: str) -> list[str]:
    """Unbreakable pieces: one per CJK character, whole Latin words with their trailing spaces,
    closing punctuation glued to what precedes it and opening brackets to what follows."""

    def word(ch: str) -> bool:
        return ch.isascii() and (ch.isalnum() or ch in "-_'@/&")

    tokens: list[str] = []
    glue_next = False
    for ch in paragraph:
        if tokens and (
            glue_next or ch == " " or ch in _NO_LINE_START or (word(ch) and word(tokens[-1][-1]))
        ):
            tokens[-1] += ch
        else:
            tokens.append(ch)
        glue_next = ch in _NO_LINE_END
    return tokens


def wrap_text(
    text: str, max_width: float, *, font_name: str = PDF_FONT, font_size: float = BODY_SIZE
) -> list[str]:
    """Break text into lines no wider than max_width, measured glyph by glyph: Chinese has no
    spaces to break at. Without newlines, "".join(lines) == text."""
    register_pdf_font()

    def fits(s: str) -> bool:  # trailing spaces may hang past the margin
        return text_width(s.rstrip(" "), font_size, font_name) <= max_width + 1e-6

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if fits(line + token):
                line += token
                continue
            if line:
                lines.append(line)
                line = ""
            pieces = [token] if fits(token) else list(token)  # an over-long word breaks anywhere
            for piece in pieces:
                if line and not fits(line + piece):
                    lines.append(line)
                    line = ""
                line += piece
        lines.append(line)
    return lines


def draw_text(
    c: Canvas,
    text: str,
    x: float,
    baseline: float,
    *,
    size: float = BODY_SIZE,
    font_name: str = PDF_FONT,
    align: Align = "left",
    bold: bool = False,
) -> None:
    """One line of text; `bold` strokes the outline since the bundled font has no bold face."""
    shown = printable(text)
    x -= {"left": 0.0, "center": 0.5, "right": 1.0}[align] * text_width(shown, size, font_name)
    t = c.beginText(x, baseline)
    c.saveState()
    if bold:
        c.setLineWidth(size * 0.035)
        t.setTextRenderMode(2)
    for font, run in font_runs(shown, font_name):
        t.setFont(font, size)
        t.textOut(run)
    c.drawText(t)
    c.restoreState()


def draw_paragraph(
    c: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    *,
    size: float = BODY_SIZE,
    leading: float | None = None,
    font_name: str = PDF_FONT,
) -> float:
    """Wrapped text starting at `top`; returns the y below its last line."""
    leading = leading or size * 1.5
    baseline = top - (leading - size) / 2 - size * ASCENT
    lines = wrap_text(printable(text), width, font_name=font_name, font_size=size)
    for line in lines:
        draw_text(c, line, x, baseline, size=size, font_name=font_name)
        baseline -= leading
    return top - len(lines) * leading
