"""Blocks forms are built from: boxed field grids, signature lines, cut lines, barcodes.

Same top-down convention as pdf_canvas: pass the `top` of the block, get the y below it back.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from app.fonts import PDF_FONT, missing_glyphs, printable
from app.forms.pdf_canvas import (
    ASCENT,
    BODY_SIZE,
    FormCanvas,
    draw_text,
    mm,
    text_width,
    wrap_text,
)

CUT_LABEL = "沿此线裁开"


def _render(drawing: Drawing, c: Canvas, x: float, y: float) -> None:
    """renderPDF.draw, minus the stray Helvetica it would otherwise reference unembedded."""
    drawing.initialFontName, drawing.initialFontSize = PDF_FONT, BODY_SIZE
    renderPDF.draw(drawing, c, x, y)


def draw_field_grid(
    c: Canvas,
    rows: Sequence[tuple[str, str]],
    x: float,
    top: float,
    width: float,
    *,
    columns: int = 1,
    label_width: float = 28 * mm,
    size: float = BODY_SIZE,
    min_row_height: float = 8 * mm,
) -> float:
    """Boxed "label | value" cells, `columns` pairs per row, both wrapped to fit; an empty value
    leaves a cell tall enough to fill in by pen. Returns the y below the grid."""
    pad, leading = 1.8 * mm, size * 1.35
    cell_width = width / columns
    c.saveState()
    c.setLineWidth(0.6)
    for start in range(0, len(rows), columns):
        cells = [
            (
                wrap_text(printable(label), label_width - 2 * pad, font_size=size),
                wrap_text(printable(value), cell_width - label_width - 2 * pad, font_size=size),
            )
            for label, value in rows[start : start + columns]
        ]
        n_lines = max(len(lines) for cell in cells for lines in cell)
        height = max(min_row_height, 2 * pad + size + (n_lines - 1) * leading)
        for i, (label_lines, value_lines) in enumerate(cells):
            cx = x + i * cell_width
            c.setFillGray(0.93)
            c.rect(cx, top - height, label_width, height, stroke=1, fill=1)
            c.setFillGray(0)
            c.rect(cx + label_width, top - height, cell_width - label_width, height)
            for column_x, lines in ((cx + pad, label_lines), (cx + label_width + pad, value_lines)):
                baseline = top - (height - size - (len(lines) - 1) * leading) / 2 - size * ASCENT
                for line in lines:
                    draw_text(c, line, column_x, baseline, size=size)
                    baseline -= leading
        top -= height
    c.restoreState()
    return top


def draw_signature_line(
    c: Canvas, label: str, x: float, top: float, width: float, *, height: float = 12 * mm
) -> float:
    """'label ________' with room above the rule for a handwritten signature."""
    baseline = top - height + 2 * mm
    draw_text(c, label, x, baseline)
    c.saveState()
    c.setLineWidth(0.6)
    c.line(x + text_width(printable(label)) + 2 * mm, baseline - 1.5, x + width, baseline - 1.5)
    c.restoreState()
    return top - height


def draw_cut_line(c: FormCanvas, y: float, *, label: str = CUT_LABEL) -> None:
    """A dashed line across the whole sheet between the parts of a multi-part form, with a drawn
    pair of scissors: the bundled font has no ✂ glyph."""
    size = 8.0
    label_width = text_width(printable(label), size) + 4 * mm
    c.saveState()
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    c.line(6 * mm, y, c.page_width - 6 * mm, y)
    c.setDash()
    sx = c.left
    c.setFillGray(1)  # white ground so the dashes stop at the scissors and the label
    c.rect(sx - 2, y - 5, 17, 10, 0, 1)
    c.rect((c.page_width - label_width) / 2, y - size / 2 - 1, label_width, size + 2, 0, 1)
    c.circle(sx + 1.6, y + 2.4, 1.6)
    c.circle(sx + 1.6, y - 2.4, 1.6)
    c.line(sx + 2.8, y + 1.3, sx + 13, y - 1.6)
    c.line(sx + 2.8, y - 1.3, sx + 13, y + 1.6)
    c.setFillGray(0)
    draw_text(c, label, c.page_width / 2, y - size * 0.35, size=size, align="center")
    c.restoreState()


def draw_code128(
    c: Canvas,
    value: str,
    x: float,
    top: float,
    *,
    height: float = 12 * mm,
    bar_width: float = 0.33 * mm,
    caption: bool = True,
) -> float:
    """A Code 128 barcode with the value printed under it; returns the y below. Raises ValueError
    for values a scanner would not read back exactly (empty, non-ASCII)."""
    if not value or not value.isascii() or missing_glyphs(value):
        raise ValueError(f"Code 128 needs a non-empty printable ASCII value, got {value!r}")
    drawing = createBarcodeDrawing(
        "Code128", value=value, barHeight=height, barWidth=bar_width, humanReadable=False
    )
    _render(drawing, c, x, top - height)
    if not caption:
        return top - height
    draw_text(c, value, x + float(drawing.width) / 2, top - height - 4 * mm, size=9, align="center")
    return top - height - 5.5 * mm


def draw_qr(c: Canvas, value: str, x: float, top: float, size: float, *, level: str = "M") -> float:
    """A QR code `size` wide, its quiet zone included; returns the y below it."""
    if not value:
        raise ValueError("QR code needs a value")
    drawing = Drawing(size, size)
    drawing.add(QrCodeWidget(value, barLevel=level, barWidth=size, barHeight=size, barBorder=4))
    _render(drawing, c, x, top - size)
    return top - size
