"""维修单: one repair order printed in three parts, 客户联 (customer), 工程存档联 (engineering
archive) and 财务联 (finance), either on one A4 sheet with cut lines (a third each) or on three
A4 pages. What each part says comes from app.forms.repair_order_data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.forms.pdf_blocks import draw_cut_line, draw_field_grid
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, mm, text_width, wrap_text
from app.forms.repair_order_data import FEE_COLUMNS, TITLE, OrderPart, RepairOrderData
from app.forms.signature_image import draw_signature_image
from app.repairs.schemas import PrintLayout

SHEET_MARGIN = 6 * mm  # the sheet's top and bottom edge, outside the three parts
SHEET_SIDE = 12 * mm


@dataclass(frozen=True)
class Style:
    """How dense a part is drawn: a third of A4 needs small type and three fields to a row."""

    size: float
    label_width: float
    pair_columns: int
    part_columns: int  # of the details and of the part's own rows
    row_height: float  # of a one-line grid row or fee row
    signature_height: float


SHEET_STYLE = Style(7.5, 16.5 * mm, 3, 2, 4.4 * mm, 10 * mm)
PAGE_STYLE = Style(10.5, 24 * mm, 2, 1, 7 * mm, 20 * mm)


def _draw_fee_table(
    c: FormCanvas, data: RepairOrderData, x: float, top: float, width: float, style: Style
) -> float:
    """收费项目 | 单位 | 单价 | 数量 | 金额, then the total across the whole width."""
    size, row_h, pad = style.size, style.row_height, 1.5 * mm
    widths = [width * share for share in FEE_COLUMNS]
    rows: list[Sequence[str]] = [data.fee_headers, *data.fee_rows]
    if not data.fee_rows:
        rows.append(("无收费项目", "", "", "", ""))
    c.saveState()
    c.setLineWidth(0.6)
    for index, row in enumerate(rows):
        names = wrap_text(row[0], widths[0] - 2 * pad, font_size=size)
        height = row_h + (len(names) - 1) * size * 1.3
        cx = x
        for column, (cell, w) in enumerate(zip(row, widths, strict=True)):
            if index == 0:
                c.setFillGray(0.93)
                c.rect(cx, top - height, w, height, stroke=1, fill=1)
                c.setFillGray(0)
            else:
                c.rect(cx, top - height, w, height)
            baseline = top - (row_h + size * 0.6) / 2
            if column == 0:
                for line in names:
                    draw_text(c, line, cx + pad, baseline, size=size)
                    baseline -= size * 1.3
            elif index and column >= 2:
                draw_text(c, cell, cx + w - pad, baseline, size=size, align="right")
            else:
                draw_text(c, cell, cx + pad, baseline, size=size)
            cx += w
        top -= height
    c.rect(x, top - row_h, width, row_h)
    draw_text(
        c,
        data.fee_total,
        x + width - pad,
        top - (row_h + size * 0.6) / 2,
        size=size,
        align="right",
        bold=True,
    )
    c.restoreState()
    return top - row_h


def _line_y(bottom: float) -> float:
    """Where the line to sign on is drawn in a signature row starting at `bottom`."""
    return bottom + 2 * mm - 1.5


def _sign_here(
    c: FormCanvas, label: str, x: float, bottom: float, width: float, size: float
) -> None:
    """'label ________' at the part's type size (draw_signature_line keeps the body size)."""
    baseline = bottom + 2 * mm
    draw_text(c, label, x, baseline, size=size)
    c.saveState()
    c.setLineWidth(0.6)
    c.line(x + text_width(label, size) + 2 * mm, _line_y(bottom), x + width, _line_y(bottom))
    c.restoreState()


def _draw_signature(
    c: FormCanvas, data: RepairOrderData, x: float, top: float, width: float, style: Style
) -> float:
    """The customer's line with the signature image sitting on it, cropped to the ink and fitted
    between the label and the note; the supervisor's line beside it."""
    size, height = style.size, style.signature_height
    half = width / 2 - 3 * mm
    note_w = 0.0
    if data.signature_note:
        note_size = size * 0.85
        note_w = text_width(data.signature_note, note_size) + 2 * mm
        draw_text(
            c, data.signature_note, x + half, top - height + 2 * mm, size=note_size, align="right"
        )
    if data.signature_png is not None:
        label_w = text_width("客户签名", size) + 2 * mm
        draw_signature_image(
            c,
            data.signature_png,
            x + label_w,
            top - height + 0.5 * mm,
            half - label_w - note_w,
            height - 1 * mm,
            line_y=_line_y(top - height),
        )
    # after the image, so the image's white background does not hide the line
    _sign_here(c, "客户签名", x, top - height, half - note_w, size)
    _sign_here(c, "主管验收", x + width / 2 + 3 * mm, top - height, half, size)
    return top - height


def _draw_part(
    c: FormCanvas,
    data: RepairOrderData,
    part: OrderPart,
    x: float,
    top: float,
    width: float,
    *,
    style: Style,
    heading: bool,
) -> float:
    """One copy: its label box, the order, the fees, the part's own rows and the signatures."""
    size = style.size
    label_size = size + 3
    box_w = text_width(part.label, label_size) + 6 * mm
    box_h = label_size + 3 * mm
    if heading:  # on the sheet each third carries the venue and the form's name itself
        draw_text(c, data.venue_name, x, top - label_size, size=size)
        draw_text(
            c,
            TITLE,
            x + width / 2,
            top - label_size,
            size=label_size + 1,
            align="center",
            bold=True,
        )
    c.saveState()
    c.setLineWidth(1)
    c.rect(x + width - box_w, top - box_h, box_w, box_h)
    c.restoreState()
    draw_text(
        c,
        part.label,
        x + width - box_w / 2,
        top - box_h + 1.6 * mm,
        size=label_size,
        align="center",
        bold=True,
    )
    draw_text(
        c,
        part.purpose,
        x + width - box_w - 2 * mm,
        top - box_h + 1.6 * mm,
        size=size * 0.85,
        align="right",
    )
    top -= box_h + 1.5 * mm
    grid = {"size": size, "label_width": style.label_width, "min_row_height": style.row_height}
    top = draw_field_grid(c, data.pairs, x, top, width, columns=style.pair_columns, **grid)
    top = draw_field_grid(c, data.details, x, top, width, columns=style.part_columns, **grid)
    top = _draw_fee_table(c, data, x, top - 1 * mm, width, style)
    top = draw_field_grid(c, part.rows, x, top - 1 * mm, width, columns=style.part_columns, **grid)
    return _draw_signature(c, data, x, top - 0.5 * mm, width, style)


class _SheetCanvas(FormCanvas):
    """A4 cut in three: every third carries its own heading, so the page has none."""

    def _draw_header(self) -> None:
        pass

    def _draw_footer(self, number: int, total: int) -> None:
        pass


def _sheet(data: RepairOrderData) -> bytes | None:
    """Three thirds of one A4 sheet with cut lines; None when a part would not fit its third."""
    c = _SheetCanvas(
        venue_name=data.venue_name, form_title=TITLE, page_size=A4, printed_at=data.printed_at
    )
    third = (c.page_height - 2 * SHEET_MARGIN) / 3
    width = c.page_width - 2 * SHEET_SIDE
    stamp = f"打印时间 {data.printed_at:%Y-%m-%d %H:%M}"
    for index, part in enumerate(data.parts):
        top = c.page_height - SHEET_MARGIN - index * third
        bottom = _draw_part(
            c, data, part, SHEET_SIDE, top - 4 * mm, width, style=SHEET_STYLE, heading=True
        )
        if bottom < top - third + 4 * mm:
            return None
        draw_text(
            c,
            f"{stamp}  第 {index + 1} 联 / 共 3 联",
            c.page_width - SHEET_SIDE,
            top - third + 2 * mm,
            size=6.5,
            align="right",
        )
        if index:
            draw_cut_line(c, top)
    return bytes(c.pdf_bytes())


def _pages(data: RepairOrderData) -> bytes:
    """Each part on its own A4 page under the venue's header."""
    c = FormCanvas(
        venue_name=data.venue_name, form_title=TITLE, page_size=A4, printed_at=data.printed_at
    )
    for index, part in enumerate(data.parts):
        if index:
            c.showPage()
        _draw_part(c, data, part, c.left, c.top - 2 * mm, c.width, style=PAGE_STYLE, heading=False)
    return bytes(c.pdf_bytes())


def render_repair_order(data: RepairOrderData, layout: str = PrintLayout.SHEET) -> bytes:
    """The PDF; a sheet whose parts would not fit a third (many fee lines) prints as pages."""
    if layout == PrintLayout.SHEET:
        sheet = _sheet(data)
        if sheet is not None:
            return sheet
    return _pages(data)
