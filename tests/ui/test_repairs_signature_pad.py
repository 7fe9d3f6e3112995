"""The signature pad: strokes drawn with mouse events become a PNG; empty or paper gives none."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.repairs.signature_pad import SignatureField, SignaturePad


def draw_signature(qtbot: QtBot, pad: SignaturePad) -> None:
    """Two strokes across the pad, as a hand would: press, move, release."""
    left = Qt.MouseButton.LeftButton
    for y in (60, 110):
        qtbot.mousePress(pad, left, pos=QPoint(30, y))  # type: ignore[no-untyped-call]
        for x in range(40, 400, 30):
            qtbot.mouseMove(pad, QPoint(x, y + (x // 30) % 3 * 8))  # type: ignore[no-untyped-call]
        qtbot.mouseRelease(pad, left, pos=QPoint(410, y))  # type: ignore[no-untyped-call]


def test_mouse_strokes_export_a_png_with_ink(qtbot: QtBot) -> None:
    field = SignatureField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert field.signature_png() == b"" and not field.is_signed()
    draw_signature(qtbot, field.pad)
    data = field.signature_png()
    assert data.startswith(b"\x89PNG") and field.is_signed()
    image = QImage.fromData(data)
    assert image.size() == field.pad.ink_rect().size()  # cropped to the strokes
    assert image.width() < field.pad.width()
    inked = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).blue() > 60 and image.pixelColor(x, y).red() < 60
    )
    assert inked > 50


def test_clear_and_paper_tick_leave_no_image(qtbot: QtBot) -> None:
    field = SignatureField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    draw_signature(qtbot, field.pad)
    field.clear_button.click()
    assert field.pad.is_empty() and field.signature_png() == b""
    draw_signature(qtbot, field.pad)
    field.on_paper.setChecked(True)
    assert field.signature_png() == b"" and field.signed_on_paper() and field.is_signed()
    assert not field.pad.isEnabled()


def test_a_short_stroke_in_a_corner_exports_just_the_stroke(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 180)
    pad.show()
    qtbot.waitExposed(pad)
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(pad, left, pos=QPoint(400, 130))  # type: ignore[no-untyped-call]
    for x, y in ((415, 140), (430, 128), (445, 142)):
        qtbot.mouseMove(pad, QPoint(x, y))  # type: ignore[no-untyped-call]
    qtbot.mouseRelease(pad, left, pos=QPoint(460, 135))  # type: ignore[no-untyped-call]
    image = QImage.fromData(pad.to_png())
    # the stroke spans 60 × 14 px; the pen's width and a margin of 8 px each side come on top
    assert 60 <= image.width() <= 60 + 2 * 8 + 6
    assert 14 <= image.height() <= 14 + 2 * 8 + 6
    ink = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).red() < 100
    ]
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    assert min(xs) <= 10 and max(xs) >= image.width() - 11  # the ink fills it, margins aside
    assert min(ys) <= 10 and max(ys) >= image.height() - 11
    assert not any(image.pixelColor(x, 0).red() < 250 for x in range(image.width()))


def test_a_tap_is_still_no_signature(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))  # type: ignore[no-untyped-call]
    assert pad.is_empty() and pad.to_png() == b""
