"""Find English words left on a Chinese screen: every text a user can read in a widget tree
(labels, buttons, tabs, group titles, placeholders, combo items, table headers and cells), with
the words that should have been translated. The screenshot run reports them per screen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Words that stay as they are on a Chinese screen: keys, file formats, standard measures, the
# product's name, and the pinyin example of the search box.
_KEEP_WORDS = """ctrl enter esc shift alt tab pdf csv json xlsx png jpg nps csat rfm frontdesk
    zhangsan code vip sms pin url http https www com svg xls txt utf del backspace home end pgup
    pgdn english excel"""
KEEP = frozenset(_KEEP_WORDS.split())
# Our English source strings are in sentence case: a capitalised word marks one left untranslated;
# lowercase tokens are codes and data (user names, audit actions, file paths).
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# A widget whose tooltip carries a system's own message for IT support (a keyring backend's
# refusal) sets this property; the message stays as the system wrote it.
TECHNICAL_TOOLTIP = "technical_tooltip"
_ROWS = 30  # cells of the first rows are enough to catch an untranslated value


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), _ROWS)):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                yield value


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    if not widget.property(TECHNICAL_TOOLTIP):
        yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield _TAG.sub(" ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit | QTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from _item_texts(widget)


def english_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.replace("&", "")) if w.lower() not in KEEP]


def english_texts(root: QWidget, data: frozenset[str] = frozenset()) -> list[str]:
    """The visible texts under `root` holding an English word; `data` holds the values typed
    by users (demo records), which are theirs to write in any language."""
    found: list[str] = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for text in _texts(widget):
            if text and text not in data and english_words(text) and text not in found:
                found.append(text)
    return found
