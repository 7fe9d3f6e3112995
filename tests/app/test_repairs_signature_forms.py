"""The signature on the printed repair order is cropped to its ink: a small stroke in a corner of a
whole pad's white prints large in the signature box, read back from the PDF rasterised with
pdftoppm."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw

from app.forms.signature_image import INK_MARGIN, ink_box
from app.repairs.schemas import SignatureInput
from app.services import Services
from tests.app.repair_helpers import customer, intake, shop, signature_png, technician, walk

INK = (0, 0, 230)
DPI = 100


def pad_png() -> bytes:
    """A whole 480 × 180 pad, its old grey guide line, and a short stroke in the top-left corner."""
    image = Image.new("RGB", (480, 180), "white")
    pen = ImageDraw.Draw(image)
    pen.line([(16, 140), (464, 140)], fill=(200, 200, 200), width=1)
    pen.line([(20, 20), (50, 40), (80, 22), (110, 38)], fill=INK, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_ink_box_is_the_stroke_and_a_margin_not_the_guide_line() -> None:
    box, size = ink_box(pad_png())
    assert size == (480, 180)
    assert abs(box.left - (20 - INK_MARGIN)) <= 2 and abs(box.right - (110 + INK_MARGIN)) <= 3
    assert abs(box.top - (20 - INK_MARGIN)) <= 2 and abs(box.bottom - (40 + INK_MARGIN)) <= 3
    transparent, _ = ink_box(signature_png())  # black on transparent white, as in the helpers
    assert transparent.width < 300 and transparent.height < 90


def test_a_blank_image_is_drawn_whole() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="PNG")
    box, size = ink_box(buffer.getvalue())
    assert (box.left, box.top, box.right, box.bottom) == (0, 0, 40, 20) and size == (40, 20)


def _ink_rows(png: Path) -> list[int]:
    """The rows of the rasterised page holding the signature's blue ink."""
    page = Image.open(png).convert("RGB")
    width, height = page.size
    pixels = page.load()
    assert pixels is not None
    return [
        y
        for y in range(height)
        if any(
            (p := pixels[x, y])[2] > 150 and p[0] < 100 and p[1] < 100  # type: ignore[index]
            for x in range(0, width // 2)
        )
    ]


def test_a_corner_stroke_prints_large_in_the_signature_box(admin: Services, tmp_path: Path) -> None:
    t = shop(admin)
    order = walk(t, intake(t, customer(t)), technician(t), until="done")
    t.repairs.sign(order.id, SignatureInput(png=pad_png()))
    pdf = tmp_path / "order.pdf"
    pdf.write_bytes(t.repairs.render_order(order.number, "pages"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    rows = _ink_rows(next(tmp_path.glob("p*.png")))
    assert rows, "no signature ink on the page"
    ink_mm = (rows[-1] - rows[0] + 1) / DPI * 25.4
    # the stroke is 20 px of a 180 px pad: the whole pad would print it ~2 mm high; cropped it
    # fills the space between the label and the signed-at note (the box itself is 19 mm high)
    assert 6 < ink_mm <= 19.5
