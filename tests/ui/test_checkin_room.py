"""The check-in room on a real venue: F2, a scan that checks in, a repeated scan, a Deny alert,
an unknown number, walk-in registration and an undo that needs a reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.members.card_numbers import make_card_no
from app.members.schemas import CardRecord
from app.services import Services
from ui.checkin.checkin_room import CheckInRoom
from ui.checkin.walk_in_dialog import WalkInDialog
from ui.main_window import MainWindow


def _member(services: Services, name: str = "李雷", phone: str = "13800138000") -> CardRecord:
    record = services.customers.create(CustomerInput(name, phone))
    return services.cards.issue(record.id)


def _room(qtbot: QtBot, services: Services) -> CheckInRoom:
    room = CheckInRoom(services)
    qtbot.addWidget(room)
    room.show()
    room.activate()
    return room


def _scan(qtbot: QtBot, room: CheckInRoom, number: str) -> None:
    room.scan.setFocus()
    if number.isascii():  # typed as a keyboard-wedge scanner types
        qtbot.keyClicks(room.scan, number)  # type: ignore[no-untyped-call]
    else:
        room.scan.setText(number)  # QTest types ASCII only
    qtbot.keyClick(room.scan, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]


def test_f2_opens_check_in_with_focus_in_the_scan_field(qtbot: QtBot, admin: Services) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.nav.setCurrentRow(0)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F2)  # type: ignore[no-untyped-call]
    room = window.checkin_room
    assert room is not None and window.rooms.currentWidget() is room
    assert room.scan.hasFocus() or window.focusWidget() is room.scan


def test_a_scan_checks_in_and_a_second_scan_within_a_minute_does_not(
    qtbot: QtBot, admin: Services
) -> None:
    card = _member(admin)
    room = _room(qtbot, admin)
    _scan(qtbot, room, card.card_no)
    visits = admin.checkin.visits_on()
    assert [v.name for v in visits] == ["李雷"]
    assert room.panel.name.text() == "李雷"
    assert room.panel.facts["tier"].text() == "普通会员"
    assert "已签到" in room.status.text()
    assert room.panel.alert_texts("warn")  # no photo on file: amber
    assert room.visitors.model.rowCount() == 1
    _scan(qtbot, room, card.card_no)
    assert "已签到" in room.status.text() and "未重复登记" in room.status.text()
    assert len(admin.checkin.visits_on()) == 1


def test_a_frozen_card_is_denied_and_makes_no_visit(qtbot: QtBot, admin: Services) -> None:
    card = _member(admin)
    today = admin.cards.today()
    admin.cards.freeze(card.card_no, today, today + timedelta(days=7), "出差")
    room = _room(qtbot, admin)
    _scan(qtbot, room, card.card_no)
    assert admin.checkin.visits_on() == []
    assert "签到被拒绝" in room.status.text() and "冻结" in room.status.text()
    assert any("冻结" in text for text in room.panel.alert_texts("deny"))
    assert room.panel.facts["card_state"].text() == "冻结"


def test_an_unknown_number_says_so_and_moves_to_the_search(qtbot: QtBot, admin: Services) -> None:
    _member(admin)
    room = _room(qtbot, admin)
    _scan(qtbot, room, make_card_no("8866", 4242))
    assert "没有" in room.status.text()
    assert admin.checkin.visits_on() == []
    assert room.finder.search.hasFocus() or room.focusWidget() is room.finder.search


def test_a_customer_found_by_search_is_checked_in_with_enter(qtbot: QtBot, admin: Services) -> None:
    admin.customers.create(CustomerInput("韩梅梅", "13912345678"))
    room = _room(qtbot, admin)
    _scan(qtbot, room, "韩梅梅")  # not a number: the search takes it
    assert room.finder.model.rowCount() == 1
    qtbot.keyClick(room.finder.search, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert [v.name for v in admin.checkin.visits_on()] == ["韩梅梅"]


def test_walk_in_with_a_bad_phone_keeps_the_name_and_shows_the_error(
    qtbot: QtBot, admin: Services
) -> None:
    dialog = WalkInDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("赵六")
    dialog.phone.setText("12345")
    dialog.visit.party_size.setValue(3)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text("phone") == "电话号码不正确。"
    assert dialog.name.text() == "赵六" and dialog.visit.party_size.value() == 3
    dialog.phone.setText("13700001111")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    visit = admin.checkin.visits_on()[0]
    assert visit.name == "赵六" and visit.walk_in and visit.party_size == 3


def test_undo_requires_a_reason(qtbot: QtBot, admin: Services) -> None:
    card = _member(admin)
    room = _room(qtbot, admin)
    _scan(qtbot, room, card.card_no)
    room.visitors.view.selectRow(0)
    visit = room.visitors.selected()
    assert visit is not None
    dialog = room.visitors.undo_dialog(visit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text() == "请填写原因。"
    assert not admin.checkin.visits_on()[0].undone
    dialog.reason.setText("刷错卡")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_check_out_fills_the_time_out(qtbot: QtBot, admin: Services) -> None:
    card = _member(admin)
    room = _room(qtbot, admin)
    _scan(qtbot, room, card.card_no)
    room.visitors.view.selectRow(0)
    room.visitors.check_out()
    assert admin.checkin.visits_on()[0].checked_out_at is not None
    assert room.visitors.model.index(0, 1).data() != ""
    assert room.visitors.model.index(0, 9).data() == "已签退"


def test_a_walk_in_with_a_known_phone_checks_the_existing_customer_in(
    qtbot: QtBot, admin: Services
) -> None:
    from tests.ui.customer_helpers import answer_modal
    from ui.customers.prompts import DuplicatePrompt

    existing = admin.customers.create(CustomerInput("李雷", "13800138000"))
    dialog = WalkInDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("李雷")
    dialog.phone.setText("13800138000")
    offered: list[str] = []

    def choose_existing(widget: object) -> None:
        assert isinstance(widget, DuplicatePrompt)
        offered.append(widget.selected_id())
        widget.open_button.click()

    answer_modal(choose_existing)
    dialog.accept()
    assert offered == [existing.id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [v.customer_id for v in admin.checkin.visits_on()] == [existing.id]


def test_a_walk_in_sharing_a_family_phone_can_be_registered_anyway(
    qtbot: QtBot, admin: Services
) -> None:
    from tests.ui.customer_helpers import answer_modal
    from ui.customers.prompts import DuplicatePrompt

    mother = admin.customers.create(CustomerInput("韩梅梅", "13800138000"))
    dialog = WalkInDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("韩小梅")
    dialog.phone.setText("13800138000")

    def create_anyway(widget: object) -> None:
        assert isinstance(widget, DuplicatePrompt)
        assert widget.create_button.isVisible()
        widget.create_button.click()

    answer_modal(create_anyway)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (visit,) = admin.checkin.visits_on()
    assert visit.customer_id != mother.id and visit.name == "韩小梅"
