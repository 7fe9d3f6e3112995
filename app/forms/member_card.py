"""会员卡: the member card at CR80 size (85.6 x 54 mm), alone for a card printer or ten to an A4
sheet to cut by hand. The number is printed as Code 128 and as QR so either scanner reads it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from app.fonts import PDF_FONT, PDF_MONO_FONT, printable, register_pdf_font
from app.forms.pdf_blocks import draw_code128, draw_qr
from app.forms.pdf_canvas import A4, AUTHOR, BODY_SIZE, draw_text, mm, text_width
from app.members.schemas import CardRecord

CARD_W, CARD_H = 85.6 * mm, 54 * mm
SHEET_COLUMNS, SHEET_ROWS = 2, 5
CORNER = 3.18 * mm  # ISO/IEC 7810 corner radius
TITLE = "会员卡"
# Band colour per tier; text on it stays black or white for contrast.
TIER_COLOURS: dict[str, tuple[str, str]] = {
    "standard": ("#2F5D8A", "#FFFFFF"),
    "silver": ("#B8BEC6", "#000000"),
    "gold": ("#C9A227", "#000000"),
    "platinum": ("#3A3A3A", "#FFFFFF"),
}


@dataclass(frozen=True)
class MemberCardData:
    venue_name: str
    member_name: str
    tier_code: str
    tier_name: str
    card_no: str
    valid_until: date


def member_card_data(card: CardRecord, venue_name: str) -> MemberCardData:
    return MemberCardData(
        venue_name, card.member_name, card.tier_code, card.tier_name, card.card_no, card.valid_until
    )


def _canvas(buffer: io.BytesIO, size: tuple[float, float], title: str) -> Canvas:
    register_pdf_font()
    c = Canvas(
        buffer,
        pagesize=size,
        invariant=1,
        lang="zh-CN",
        initialFontName=PDF_FONT,
        initialFontSize=BODY_SIZE,
    )
    c.setTitle(title)
    c.setAuthor(AUTHOR)
    c.setCreator(AUTHOR)
    return c


def _fit(text: str, size: float, width: float) -> float:
    """A font size no larger than `size` at which `text` fits `width`."""
    return min(size, size * width / max(text_width(printable(text), size), 1))


def draw_member_card(c: Canvas, card: MemberCardData, x: float, y: float) -> None:
    """One card with its lower-left corner at (x, y)."""
    band, ink = TIER_COLOURS.get(card.tier_code, TIER_COLOURS["standard"])
    pad, band_h = 4 * mm, 11 * mm
    c.saveState()
    c.translate(x, y)
    edge = c.beginPath()
    edge.roundRect(0, 0, CARD_W, CARD_H, CORNER)
    c.clipPath(edge, stroke=0, fill=0)  # the band follows the card's rounded corners
    c.setFillColor(colors.HexColor(band))
    c.rect(0, CARD_H - band_h, CARD_W, band_h, stroke=0, fill=1)
    c.setFillColor(colors.HexColor(ink))
    c.setStrokeColor(colors.HexColor(ink))  # bold text is stroked: same colour as its fill
    tier_size = 11.0
    tier_w = text_width(printable(card.tier_name), tier_size)
    venue_size = _fit(card.venue_name, 10.5, CARD_W - 3 * pad - tier_w)
    baseline = CARD_H - band_h / 2 - 3.6
    draw_text(c, card.venue_name, pad, baseline, size=venue_size)
    draw_text(c, card.tier_name, CARD_W - pad, baseline, size=tier_size, align="right", bold=True)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    qr_size = 24 * mm
    name_w = CARD_W - 2 * pad - qr_size
    draw_text(
        c,
        card.member_name,
        pad,
        CARD_H - band_h - 8.5 * mm,
        size=_fit(card.member_name, 14, name_w),
    )
    draw_text(c, "会员卡号", pad, CARD_H - band_h - 14 * mm, size=7)
    draw_text(
        c, card.card_no, pad + 12 * mm, CARD_H - band_h - 14 * mm, size=9, font_name=PDF_MONO_FONT
    )
    draw_code128(
        c, card.card_no, pad - 2 * mm, 19 * mm, height=9 * mm, bar_width=0.3 * mm, caption=False
    )
    draw_text(c, f"有效期至 {card.valid_until.isoformat()}", pad, 4 * mm, size=8)
    qr_top = (CARD_H - band_h + qr_size) / 2
    draw_qr(c, card.card_no, CARD_W - pad - qr_size + 2 * mm, qr_top, qr_size)
    c.restoreState()


def _outline(c: Canvas, x: float, y: float) -> None:
    """A hairline to cut along, with rounded corners like a real card."""
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.3)
    c.roundRect(x, y, CARD_W, CARD_H, CORNER, stroke=1, fill=0)
    c.restoreState()


def render_member_card(card: MemberCardData) -> bytes:
    """One CR80 page, for a card printer."""
    buffer = io.BytesIO()
    c = _canvas(buffer, (CARD_W, CARD_H), f"{TITLE} {card.card_no}")
    draw_member_card(c, card, 0, 0)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_card_sheet(cards: Sequence[MemberCardData]) -> bytes:
    """Ten cards to each A4 page (2 across, 5 down), centred, outlined for cutting."""
    buffer = io.BytesIO()
    c = _canvas(buffer, A4, f"{TITLE} x{len(cards)}")
    page_w, page_h = A4
    left = (page_w - SHEET_COLUMNS * CARD_W) / 2
    bottom = (page_h - SHEET_ROWS * CARD_H) / 2
    per_page = SHEET_COLUMNS * SHEET_ROWS
    for start in range(0, max(len(cards), 1), per_page):
        for i, card in enumerate(cards[start : start + per_page]):
            row, col = divmod(i, SHEET_COLUMNS)
            x, y = left + col * CARD_W, bottom + (SHEET_ROWS - 1 - row) * CARD_H
            draw_member_card(c, card, x, y)
            _outline(c, x, y)
        c.showPage()
    c.save()
    return buffer.getvalue()
