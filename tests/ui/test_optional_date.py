from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.widgets.optional_date import OptionalDateEdit


@pytest.mark.parametrize("typed", ["19850307", "1985-03-07", "1985/3/7"])
def test_a_date_typed_into_the_empty_field_is_taken(qtbot: QtBot, typed: str) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    assert field.value() is None and field.edit.text() == "未填"
    qtbot.keyClicks(field.edit, typed)
    assert field.value() == date(1985, 3, 7)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]
    assert field.value() is None
