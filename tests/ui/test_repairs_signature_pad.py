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
    assert image.width() == field.pad.width()
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
