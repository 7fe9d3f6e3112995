"""数据恢复密钥单: the one paper copy of the vault recovery key, kept in the venue's safe."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from app.fonts import PDF_MONO_FONT, missing_glyphs
from app.forms.pdf_blocks import draw_field_grid, draw_qr, draw_signature_line
from app.forms.pdf_canvas import (
    A4,
    ASCENT,
    BODY_SIZE,
    FormCanvas,
    draw_paragraph,
    draw_text,
    mm,
    text_width,
)

TITLE = "数据恢复密钥单 / Vault recovery sheet"
CLASSIFICATION = "绝密"
KEY_SIZE = 22.0
_ONE_LINE_MIN_SIZE = 18.0  # a 39-character key fits at 20 pt
_MIN_KEY_SIZE = 12.0
_QR_SIZE = 52 * mm
_LABEL_WIDTH = 40 * mm

INSTRUCTIONS: tuple[tuple[str, str], ...] = (
    (
        "请将本单装入信封密封，存放在保险柜中。不要复印、拍照或扫描，也不要保存在电脑里。",
        "Keep it sealed in the safe. Do not copy, photograph or scan it.",
    ),
    (
        "任何人拿到本单，都能打开全部客户资料。",
        "Whoever holds this sheet can open all customer data.",
    ),
    (
        "恢复密钥只在生成时显示这一次，软件不保存，也不能再次打印。",
        "The key is shown only this once; FrontDesk cannot show or print it again.",
    ),
    (
        "忘记场所口令时：在解锁窗口点击“使用恢复密钥”，或运行 frontdesk restore，"
        "然后输入上方的恢复密钥。",
        "Venue passphrase lost? Click “使用恢复密钥” in the unlock dialog, or run "
        "frontdesk restore, and enter the key above.",
    ),
    (
        "如有多张恢复密钥单，只有密钥编号与软件显示一致的那张有效，其余的请用碎纸机销毁。",
        "Only the sheet whose key ID matches FrontDesk is valid; shred any others.",
    ),
)


@dataclass(frozen=True)
class RecoverySheet:
    """What the sheet shows; the recovery key arrives formatted (ABCD-EFGH-...) by the vault."""

    venue_name: str
    venue_id: str
    key_id: str
    recovery_key: str
    created_on: date

    def __post_init__(self) -> None:
        key = self.recovery_key
        if not key or not key.isascii() or not key.isprintable() or " " in key:
            raise ValueError("recovery key must be non-empty printable ASCII without spaces")


def key_lines(key: str, max_width: float, size: float = KEY_SIZE) -> tuple[list[str], float]:
    """The key on one line if it fits at a still-large size, else split after a middle dash,
    shrinking further only as a last resort. The lines joined give the key back exactly."""

    def fits(lines: list[str], at: float) -> bool:
        return all(text_width(line, at, PDF_MONO_FONT) <= max_width for line in lines)

    for at in range(int(size), int(_ONE_LINE_MIN_SIZE) - 1, -1):
        if fits([key], at):
            return [key], float(at)
    groups = key.split("-")
    lines = [key]
    if len(groups) > 1:
        half = math.ceil(len(groups) / 2)
        lines = ["-".join(groups[:half]) + "-", "-".join(groups[half:])]
    while size > _MIN_KEY_SIZE and not fits(lines, size):
        size -= 1
    return lines, size


def render_recovery_sheet(sheet: RecoverySheet, *, printed_at: datetime | None = None) -> bytes:
    """One A4 page: who and when, the key large and as a QR code, what to do with it, signatures.
    Raises ValueError if the key or ids hold a character the font cannot print exactly."""
    for what, value in (("key id", sheet.key_id), ("venue id", sheet.venue_id)):
        if missing_glyphs(value):
            raise ValueError(f"{what} has characters the form font cannot print: {value!r}")
    c = FormCanvas(
        venue_name=sheet.venue_name,
        form_title=TITLE,
        page_size=A4,
        printed_at=printed_at,
        classification=CLASSIFICATION,
    )
    x, width = c.left, c.width
    y = draw_field_grid(
        c,
        [("场所名称 / Venue", sheet.venue_name), ("场所编号 / Venue ID", sheet.venue_id)],
        x,
        c.top,
        width,
        label_width=_LABEL_WIDTH,
    )
    y = draw_field_grid(
        c,
        [
            ("密钥编号 / Key ID", sheet.key_id),
            ("生成日期 / Created", sheet.created_on.strftime("%Y-%m-%d")),
        ],
        x,
        y,
        width,
        columns=2,
        label_width=_LABEL_WIDTH,
    )
    y = draw_field_grid(c, [("存放位置 / Kept in", "")], x, y, width, label_width=_LABEL_WIDTH)

    y -= 8 * mm
    draw_text(c, "恢复密钥 / Recovery key", x, y - 12, size=12, bold=True)
    y -= 18
    lines, size = key_lines(sheet.recovery_key, width - 12 * mm)
    leading = size * 1.45
    box_height = len(lines) * leading + 8 * mm
    c.setLineWidth(1.5)
    c.rect(x, y - box_height, width, box_height)
    baseline = y - 4 * mm - leading / 2 - size * 0.36  # centres the capitals in the line
    # One block, centred, lines left-aligned: the dash groups stand in columns for copying.
    key_x = x + (width - max(text_width(line, size, PDF_MONO_FONT) for line in lines)) / 2
    for line in lines:
        draw_text(c, line, key_x, baseline, size=size, font_name=PDF_MONO_FONT)
        baseline -= leading
    y -= box_height + 8 * mm

    qr_bottom = draw_qr(c, sheet.recovery_key, x, y, _QR_SIZE)
    draw_text(
        c, "二维码内容即上方恢复密钥", x + _QR_SIZE / 2, qr_bottom - 3 * mm, size=9, align="center"
    )
    draw_text(
        c, "QR code = the key above", x + _QR_SIZE / 2, qr_bottom - 7 * mm, size=8, align="center"
    )
    text_x = x + _QR_SIZE + 6 * mm
    column_width = c.right - text_x
    text_y = y - 2 * mm
    for number, (chinese, english) in enumerate(INSTRUCTIONS, start=1):
        draw_text(c, f"{number}.", text_x, text_y - BODY_SIZE * (0.25 + ASCENT))
        text_y = draw_paragraph(c, chinese, text_x + 5 * mm, text_y, column_width - 5 * mm)
        c.setFillGray(0.3)
        text_y = draw_paragraph(
            c, english, text_x + 5 * mm, text_y, column_width - 5 * mm, size=8.5, leading=11
        )
        c.setFillGray(0)
        text_y -= 2.5 * mm
    y = min(text_y, qr_bottom - 9 * mm) - 6 * mm

    half = width / 2
    draw_signature_line(c, "保管人签字 / Keeper", x, y, half - 8 * mm)
    draw_signature_line(c, "日期 / Date", x + half, y, half)
    return c.pdf_bytes()
