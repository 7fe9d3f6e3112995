"""The check that finds English left on a Chinese screen."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.english_leaks import english_texts, english_words


def test_sentence_case_english_is_found_and_codes_and_keys_are_not() -> None:
    assert english_words("Round down") == ["Round"]
    assert english_words("Re&verse consumption...") == ["Reverse"]
    assert english_words("打开(O) Enter") == []
    assert english_words("导出 PDF / CSV，NPS 与 CSAT") == []
    assert english_words("前台 李小丽 (xiaoli)") == []
    assert english_words("/tmp/frontdesk/backups/a.fdbackup") == []


def test_every_kind_of_visible_text_is_read(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("<b>会员等级</b>"))
    layout.addWidget(QPushButton("Save tier"))
    combo = QComboBox()
    combo.addItems(["向下取整", "Round up"])
    layout.addWidget(combo)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["等级", "Birthday benefit"])
    model.setItem(0, 0, QStandardItem("Issued"))
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    hidden = QLabel("Hidden text")
    layout.addWidget(hidden)
    hidden.hide()
    root.show()
    found = english_texts(root)
    assert found == ["Save tier", "Round up", "Issued", "Birthday benefit"]
