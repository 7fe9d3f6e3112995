"""A signature image drawn on a form cropped to its ink: an image stored with the whole white pad
around a small stroke would print small and off-centre. ReportLab's ImageReader reads the pixels
(no direct Pillow use, it is not one of our dependencies); the crop is a clip, not a new image."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

INK_LEVEL = 128  # a channel darker than this is ink; the pad's old grey guide line (200) is not
INK_MARGIN = 4  # px kept around the ink
LINE_OVERLAP = 0.2  # of the signature's height below the line it sits on

# Maps every byte to b"\x01" when it is ink-dark, else b"\x00", so a row is scanned in C.
_INK_TABLE = bytes(1 if value < INK_LEVEL else 0 for value in range(256))


class InkBox(NamedTuple):
    """Pixel bounds, top-left origin, right and bottom exclusive."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def ink_box(png: bytes, margin: int = INK_MARGIN) -> tuple[InkBox, tuple[int, int]]:
    """The ink's bounding box plus `margin`, and the image's size; the whole image when no ink is
    found or its colours cannot be judged (CMYK)."""
    return _ink_box(png, margin)


@lru_cache(maxsize=8)  # a form draws the same signature in each of its parts
def _ink_box(png: bytes, margin: int) -> tuple[InkBox, tuple[int, int]]:
    reader = ImageReader(io.BytesIO(png))
    width, height = reader.getSize()
    whole = InkBox(0, 0, width, height)
    data: bytes = reader.getRGBData()
    if not width or not height or len(data) % (width * height):
        return whole, (width, height)
    channels = len(data) // (width * height)
    if channels not in (1, 3):
        return whole, (width, height)
    stride = width * channels
    rows: list[int] = []
    left, right = width, -1
    for y in range(height):
        marks = data[y * stride : (y + 1) * stride].translate(_INK_TABLE)
        first = marks.find(1)
        if first < 0:
            continue
        rows.append(y)
        left = min(left, first // channels)
        right = max(right, marks.rfind(1) // channels)
    if not rows:
        return whole, (width, height)
    box = InkBox(
        max(0, left - margin),
        max(0, rows[0] - margin),
        min(width, right + 1 + margin),
        min(height, rows[-1] + 1 + margin),
    )
    return box, (width, height)


def draw_signature_image(
    c: Canvas,
    png: bytes,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    line_y: float | None = None,
) -> float:
    """The ink scaled to fit the box (x, y, width, height) keeping its aspect ratio, at the box's
    left; centred vertically in the box, or, given the signature line's height, sitting on that
    line with its lowest part across it as a hand would sign. Returns the width drawn."""
    box, (image_w, image_h) = ink_box(png)
    if box.width <= 0 or box.height <= 0 or width <= 0 or height <= 0:
        return 0.0
    scale = min(width / box.width, height / box.height)
    drawn_w, drawn_h = box.width * scale, box.height * scale
    bottom = y + (height - drawn_h) / 2
    if line_y is not None:
        bottom = min(max(y, line_y - drawn_h * LINE_OVERLAP), y + height - drawn_h)
    c.saveState()
    clip = c.beginPath()
    clip.rect(x, bottom, drawn_w, drawn_h)
    c.clipPath(clip, stroke=0, fill=0)
    c.drawImage(
        ImageReader(io.BytesIO(png)),
        x - box.left * scale,
        bottom - (image_h - box.bottom) * scale,
        image_w * scale,
        image_h * scale,
        mask="auto",
    )
    c.restoreState()
    return drawn_w
