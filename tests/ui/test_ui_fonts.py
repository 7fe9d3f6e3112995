"""The screens show a rare character in a name (𠮷, 䶮) from the bundled fallback fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ui.fonts import register_qt_font, ui_font


def _ink(font: QFont, text: str) -> QImage:
    image = QImage(64, 32, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(2, 26, text)
    painter.end()
    return image


def _only(family: str) -> QFont:
    font = QFont(family)
    font.setFamilies([family])
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no system fallback
    font.setPointSize(16)
    return font


def test_the_application_font_lists_the_rare_character_fonts_behind_the_main_one(
    qapp: QApplication,
) -> None:
    main = register_qt_font()
    families = ui_font(16).families()
    assert families[0] == main == "WenQuanYi Micro Hei"
    assert families[1:] == ["HanaMinA", "HanaMinB"]


def test_a_rare_character_is_drawn_from_the_font_that_has_it(qapp: QApplication) -> None:
    font = ui_font(16)
    for text, family in (("𠮷", "HanaMinB"), ("䶮", "HanaMinA")):
        drawn = _ink(font, text)
        assert drawn == _ink(_only(family), text), text
        assert drawn != _ink(_only("WenQuanYi Micro Hei"), text), text  # not the main font's box
    assert _ink(font, "王") == _ink(_only("WenQuanYi Micro Hei"), "王")
