"""The greeting list for the venue's own phone and SMS tools (CSV: name, phone, text) and as a
printed call sheet with a column for the result of each call."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from app.care.schemas import GreetingTarget
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, mm, wrap_text
from app.importing.customer_rows import safe_cell

CSV_HEADERS = ("客户编号", "姓名", "手机", "祝福语")
TITLE = "节日关怀通话单"


def sms_phone(phone: str) -> str:
    """Mainland numbers without +86, as SMS tools expect; others as stored."""
    digits = phone.replace(" ", "").replace("-", "")
    return digits[3:] if digits.startswith("+86") else digits


def greeting_csv(targets: Sequence[GreetingTarget]) -> bytes:
    """UTF-8 with BOM so Excel shows the Chinese; cells Excel would run are defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for t in targets:
        writer.writerow([safe_cell(v) for v in (t.number, t.name, sms_phone(t.phone), t.greeting)])
    return buffer.getvalue().encode("utf-8-sig")


def render_call_sheet(
    day_name: str,
    targets: Sequence[GreetingTarget],
    venue_name: str,
    printed_at: datetime | None = None,
) -> bytes:
    c = FormCanvas(venue_name=venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at)
    top = c.top
    draw_text(
        c, f"{day_name} {TITLE}（共 {len(targets)} 位）", c.left, top - 14, size=13, bold=True
    )
    if targets:
        greeting = wrap_text(f"祝福语：{targets[0].greeting}", c.width, font_size=9.5)
        for i, line in enumerate(greeting):
            draw_text(c, line, c.left, top - 30 - i * 12, size=9.5)
        top -= 36 + 12 * len(greeting)
    columns = ((0, "客户编号"), (28 * mm, "姓名"), (70 * mm, "手机"), (105 * mm, "通话结果 / 备注"))
    top = _header(c, top, columns)
    for t in targets:
        if top - 9 * mm < c.bottom:
            c.showPage()
            top = _header(c, c.top, columns)
        for (x, _label), value in zip(
            columns, (t.number, t.name, sms_phone(t.phone), ""), strict=True
        ):
            draw_text(c, value, c.left + x, top - 6 * mm, size=10)
        c.setLineWidth(0.3)
        c.line(c.left, top - 8 * mm, c.right, top - 8 * mm)
        top -= 9 * mm
    return c.pdf_bytes()


def _header(c: FormCanvas, top: float, columns: Sequence[tuple[float, str]]) -> float:
    for x, label in columns:
        draw_text(c, label, c.left + x, top - 5 * mm, size=10, bold=True)
    c.setLineWidth(0.8)
    c.line(c.left, top - 7 * mm, c.right, top - 7 * mm)
    return top - 8 * mm
