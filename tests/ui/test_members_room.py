"""The members room and the customer file's member tabs on a real venue: issue a card, record a
consumption typed in yuan, refusals in Chinese, and the card listed on the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.points.records import ConsumptionInput
from app.services import Services
from tests.ui.customer_helpers import answer_modal
from ui.customers.file_dialog import CustomerFileDialog
from ui.members.consumption_dialog import ConsumptionDialog, parse_yuan
from ui.members.members_room import MembersRoom


def _room(qtbot: QtBot, services: Services) -> MembersRoom:
    room = MembersRoom(services)
    qtbot.addWidget(room)
    room.show()
    room.activate()
    return room


def _issue(qtbot: QtBot, room: MembersRoom, name: str) -> None:
    room.finder.search.setText(name)
    room.finder.run_search()
    qtbot.keyClick(room.finder.search, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert room.buttons["issue"].isEnabled()
    room.buttons["issue"].click()


def test_yuan_is_turned_into_fen_exactly() -> None:
    assert parse_yuan("123.45") == 12345
    assert parse_yuan("0.1") == 10
    assert parse_yuan("1,234.5") == 123450
    assert parse_yuan("12.345") is None and parse_yuan("abc") is None


def test_issue_a_card_and_record_a_consumption_in_yuan(qtbot: QtBot, admin: Services) -> None:
    customer = admin.customers.create(CustomerInput("韩梅梅", "13912345678"))
    room = _room(qtbot, admin)
    _issue(qtbot, room, "韩梅梅")
    assert room.card is not None and room.card.customer_id == customer.id
    assert room.panel.values["state"].text() == "有效"
    assert "已发卡" in room.note.text()
    assert not room.buttons["issue"].isEnabled()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, ConsumptionDialog)
        widget.items.setText("龙井一壶")
        widget.amount.setText("123.45")
        assert "应付 123.45 元" in widget.discount.text()
        widget.accept()

    answer_modal(fill)
    room.buttons["consume"].click()
    records = admin.consumption.consumptions_of(customer.id)
    assert [r.amount_fen for r in records] == [12345]
    assert records[0].points_earned == 12  # 10 points per 100 yuan, rounded down
    assert room.panel.values["balance"].text() == "12"
    assert "获得 12 积分" in room.note.text()
    assert room.points_model.rowCount() == 1
    assert room.buttons["receipt"].isEnabled()


def test_a_refusal_is_worded_in_chinese(qtbot: QtBot, admin: Services) -> None:
    room = _room(qtbot, admin)
    room.card_no.setText("88660000001")  # the check digit is wrong
    room.find_card()
    assert room.message.isVisible() and "校验位" in room.message.text()


def test_the_customer_file_lists_the_card_visits_and_consumption(
    qtbot: QtBot, admin: Services
) -> None:
    customer = admin.customers.create(CustomerInput("李雷", "13800138000"))
    card = admin.cards.issue(customer.id)
    admin.checkin.scan(card.card_no)
    data = ConsumptionInput("茶室", "龙井一壶", 12345, "cash", card_no=card.card_no)
    admin.consumption.record(data)
    dialog = CustomerFileDialog(admin, admin.customers.open(customer.id))
    qtbot.addWidget(dialog)
    dialog.show()
    visits, cards, consumption = dialog.member_tabs
    assert dialog.tabs.tabText(dialog.tabs.indexOf(cards)) == "会员卡与积分"
    assert not cards.loaded
    dialog.tabs.setCurrentWidget(cards)
    assert cards.model.rowCount() == 1
    assert cards.model.index(0, 0).data() == card.card_no
    assert cards.model.index(0, 2).data() == "有效"
    dialog.tabs.setCurrentWidget(visits)
    assert visits.model.rowCount() == 1
    dialog.tabs.setCurrentWidget(consumption)
    assert consumption.model.index(0, 4).data() == "123.45"


def test_reception_sees_no_manager_actions(qtbot: QtBot, reception: Services) -> None:
    room = _room(qtbot, reception)
    assert "cancel" not in room.buttons and "adjust" not in room.buttons
    assert "issue" in room.buttons and "consume" in room.buttons


def test_locking_the_desk_forgets_the_member_shown(qtbot: QtBot, admin: Services) -> None:
    from ui.main_window import MainWindow

    customer = admin.customers.create(CustomerInput("李雷", "13800138000"))
    card = admin.cards.issue(customer.id)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    window.open_checkin()
    checkin, members = window.checkin_room, window.members_room
    assert checkin is not None and members is not None
    checkin.scan.setText(card.card_no)
    checkin.scan_entered()
    members.card_no.setText(card.card_no)
    members.find_card()
    assert checkin.panel.name.text() == "李雷" and members.card is not None
    window.lock_desk()
    assert checkin.panel.name.text() != "李雷" and checkin.visitors.model.rowCount() == 0
    assert members.card is None and members.points_model.rowCount() == 0


def test_freeze_needs_a_reason_and_shows_the_frozen_card(qtbot: QtBot, admin: Services) -> None:
    from ui.members.card_dialogs import FreezeDialog

    customer = admin.customers.create(CustomerInput("李雷", "13800138000"))
    card = admin.cards.issue(customer.id)
    room = _room(qtbot, admin)
    room.card_no.setText(card.card_no)
    room.find_card()
    errors: list[str] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, FreezeDialog)
        widget.accept()  # no reason yet: refused, the dialog stays
        errors.append(widget.errors.text("reason"))
        widget.reason.setText("出差一个月")
        widget.accept()

    answer_modal(fill)
    room.buttons["freeze"].click()
    assert errors == ["请填写原因。"]
    assert room.card is not None and room.card.state == "frozen"
    assert room.panel.values["state"].text() == "冻结"
    assert "出差一个月" in room.panel.values["frozen"].text()
    assert room.buttons["unfreeze"].isEnabled() and not room.buttons["freeze"].isEnabled()
