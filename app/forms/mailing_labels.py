"""Mailing labels for a greeting day: an A4 sheet of 3 x 8 self-adhesive labels (70 x 37 mm, no
margins, the common 24-up sheet), each with the address and "name 收". Addresses are sealed, so
the labels come from app/care/labels_service.py."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from app.fonts import PDF_FONT, register_pdf_font
from app.forms.pdf_canvas import A4, AUTHOR, draw_text, mm, wrap_text

COLUMNS, ROWS = 3, 8
LABEL_WIDTH, LABEL_HEIGHT = A4[0] / COLUMNS, A4[1] / ROWS
PADDING = 5 * mm
ADDRESS_SIZE, NAME_SIZE = 10.0, 12.0
MAX_ADDRESS_LINES = 3
TITLE = "邮寄标签"


@dataclass(frozen=True)
class MailingLabel:
    customer_id: str
    number: str
    name: str
    address: str


def label_lines(label: MailingLabel) -> tuple[list[str], str]:
    """The address wrapped to the label (at most three lines, the last one cut with …) and the
    addressee line."""
    width = LABEL_WIDTH - 2 * PADDING
    lines = wrap_text(label.address.strip(), width, font_size=ADDRESS_SIZE)
    if len(lines) > MAX_ADDRESS_LINES:
        last = lines[MAX_ADDRESS_LINES - 1]
        lines = [*lines[: MAX_ADDRESS_LINES - 1], last[:-1] + "…"]
    return lines, f"{label.name} 收"


def render_mailing_labels(labels: Sequence[MailingLabel]) -> bytes:
    register_pdf_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, lang="zh-CN", initialFontName=PDF_FONT)
    c.setTitle(TITLE)
    c.setAuthor(AUTHOR)
    c.setCreator(AUTHOR)
    per_page = COLUMNS * ROWS
    for n, label in enumerate(labels):
        if n and n % per_page == 0:
            c.showPage()
        slot = n % per_page
        x = (slot % COLUMNS) * LABEL_WIDTH + PADDING
        top = A4[1] - (slot // COLUMNS) * LABEL_HEIGHT - PADDING
        address, addressee = label_lines(label)
        for i, line in enumerate(address):
            draw_text(c, line, x, top - ADDRESS_SIZE - i * ADDRESS_SIZE * 1.35, size=ADDRESS_SIZE)
        draw_text(c, addressee, x, top - LABEL_HEIGHT + 2 * PADDING + 2, size=NAME_SIZE, bold=True)
    c.showPage()
    c.save()
    return buffer.getvalue()
