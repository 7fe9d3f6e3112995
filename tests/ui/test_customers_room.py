from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.ui.customer_helpers import answer_modal, as_reception, seed
from ui.customers.customers_room import CustomersRoom
from ui.customers.file_dialog import CustomerFileDialog
from ui.main_window import MainWindow


def _room(qtbot: QtBot, services: Services) -> CustomersRoom:
    room = CustomersRoom(services)
    qtbot.addWidget(room)
    room.show()
    room.ensure_loaded()
    return room


def _names(room: CustomersRoom) -> list[str]:
    return [room.model.row_at(i).name for i in range(room.model.rowCount())]


def test_typing_pinyin_initials_lists_the_customer(qtbot: QtBot, admin: Services) -> None:
    seed(admin)
    room = _room(qtbot, admin)
    assert sorted(_names(room)) == ["张三", "李四", "王五"]  # empty query: the first page
    qtbot.keyClicks(room.search, "zs")
    qtbot.waitUntil(lambda: _names(room) == ["张三"], timeout=2000)
    assert room.model.index(0, 2).data() == "138 0013 8000"  # display form
    assert room.model.index(0, 3).data() == "贵宾客户"
    room.search.clear()
    qtbot.keyClicks(room.search, "8000")  # phone digits
    qtbot.waitUntil(lambda: _names(room) == ["张三"], timeout=2000)


def test_confidential_files_are_marked(qtbot: QtBot, admin: Services) -> None:
    seed(admin)
    room = _room(qtbot, admin)
    row = _names(room).index("王五")
    assert room.model.index(row, 4).data() == "机密"
    assert room.model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_enter_opens_the_file_with_the_reason_typed(qtbot: QtBot, admin: Services) -> None:
    people = seed(admin)
    room = _room(qtbot, admin)
    room.reason.setText("客户来电")
    room.search.setText("李四")
    shown: list[str] = []

    def read_and_close(widget: QWidget) -> None:
        assert isinstance(widget, CustomerFileDialog)
        shown.append(widget.basic.name.text())
        widget.close()

    answer_modal(read_and_close)
    qtbot.keyClick(room.search, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert shown == ["李四"]
    reasons = [v.reason for v in admin.oversight.viewers(people["李四"].id)]
    assert "客户来电" in reasons


def test_reception_sees_no_manager_buttons_and_a_refusal_for_confidential_files(
    qtbot: QtBot, admin: Services
) -> None:
    seed(admin)
    reception = as_reception(admin)
    room = _room(qtbot, reception)
    assert set(room.buttons) == {"new", "open"}
    room.search.setText("王五")
    qtbot.waitUntil(lambda: _names(room) == ["王五"], timeout=2000)
    room.open_selected()
    assert "机密" in room.message.text() and room.message.isVisible()


def test_managers_see_import_export_and_merge(qtbot: QtBot, admin: Services) -> None:
    room = _room(qtbot, admin)
    assert {"import", "export", "merge"} <= set(room.buttons)


def test_locking_the_desk_clears_the_results(qtbot: QtBot, admin: Services) -> None:
    seed(admin)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    room = window.customers_page
    assert room is not None and room.model.rowCount() == 3
    assert room.search.hasFocus() or window.focusWidget() is room.search
    qtbot.keyClicks(room.search, "zs")
    qtbot.waitUntil(lambda: room.model.rowCount() == 1, timeout=2000)
    window.lock_desk()
    assert room.model.rowCount() == 0
    assert room.search.text() == "" and room.status.text() == ""
    qtbot.wait(300)  # a pending search must not refill the table while locked
    assert room.model.rowCount() == 0
