"""The customer file's 会员卡与积分 and 消费 tabs: the points ledger of the live card adds up to
its balance, the card's history lists its events, and a duty manager reverses a consumption
with a reason, after which the points are back where they were and the record reads reversed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.points.records import ConsumptionInput
from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.customer_helpers import answer_modal
from ui.customers.file_dialog import CustomerFileDialog
from ui.customers.prompts import ReasonDialog
from ui.labels import yes_no
from ui.members.card_history_tab import CardHistoryTab
from ui.members.consumption_tab import ConsumptionTab


def _spend(services: Services, card_no: str, fen: int, method: str = "cash") -> str:
    data = ConsumptionInput("茶室", '龙井一壶, "特级"\n两位', fen, method, card_no=card_no)
    return services.consumption.record(data).receipt_no


def _file(qtbot: QtBot, services: Services, customer_id: str) -> CustomerFileDialog:
    dialog = CustomerFileDialog(services, services.customers.open(customer_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_ledger_on_the_file_sums_to_the_balance(qtbot: QtBot, admin: Services) -> None:
    customer = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    card = admin.cards.issue(customer.id)
    _spend(admin, card.card_no, 123_456)  # 123 points
    admin.points.adjust(card.card_no, 50, '开卡礼, "首月"')
    admin.points.adjust(card.card_no, -20, "录入更正")
    _spend(admin, card.card_no, 1_000, "points")  # 10 yuan paid with 100 points
    admin.cards.freeze(card.card_no, admin.cards.today(), admin.cards.today(), "出差")
    balance = admin.points.balance(card.card_no)
    assert balance == 123 + 50 - 20 - 100

    dialog = _file(qtbot, admin, customer.id)
    _visits, cards, _consumption = dialog.member_tabs
    assert isinstance(cards, CardHistoryTab) and not cards.loaded
    dialog.tabs.setCurrentWidget(cards)
    assert cards.model.rowCount() == 1 and cards.model.index(0, 0).data() == card.card_no
    assert cards.ledger.rowCount() == 4
    points = [int(cards.ledger.index(r, 2).data()) for r in range(cards.ledger.rowCount())]
    assert sorted(points) == [-100, -20, 50, 123] and sum(points) == balance
    assert str(balance) in cards.ledger_title.text()
    reasons = {cards.ledger.index(r, 4).data() for r in range(4)}
    assert '开卡礼, "首月"' in reasons
    kinds = [cards.events.row_at(r).kind for r in range(cards.events.rowCount())]
    assert kinds == ["issued", "frozen"]
    assert "出差" in {cards.events.index(r, 4).data() for r in range(2)}


def test_a_manager_reverses_a_consumption_and_the_points_come_back(
    qtbot: QtBot, admin: Services
) -> None:
    customer = admin.customers.create(CustomerInput("阿卜杜拉·买买提", "13800138000"))
    card = admin.cards.issue(customer.id)
    admin.points.adjust(card.card_no, 500, "开卡礼")
    earned = _spend(admin, card.card_no, 88_800)  # 88 points earned
    paid = _spend(admin, card.card_no, 2_000, "points")  # 200 points paid
    assert admin.points.balance(card.card_no) == 500 + 88 - 200
    sign_in_as(admin, "duty", "manager")
    dialog = _file(qtbot, admin, customer.id)
    consumption = dialog.member_tabs[2]
    assert isinstance(consumption, ConsumptionTab) and consumption.reverse_button is not None
    dialog.tabs.setCurrentWidget(consumption)
    assert consumption.model.rowCount() == 2

    def pick(receipt: str) -> None:
        for row in range(consumption.proxy.rowCount()):
            index = consumption.proxy.index(row, 1)
            if index.data() == receipt:
                consumption.view.setCurrentIndex(index)

    def answer(reason: str) -> None:
        def fill(widget: QWidget) -> None:
            assert isinstance(widget, ReasonDialog)
            widget.accept()  # no reason: refused, the dialog stays
            assert widget.isVisible() and widget.message.isVisible()
            widget.reason.setText(reason)
            widget.accept()

        answer_modal(fill)

    pick(paid)
    answer('顾客退单，"重复"录入')
    consumption.reverse_button.click()
    assert admin.points.balance(card.card_no) == 500 + 88
    pick(earned)
    answer("结账有误")
    consumption.reverse_button.click()
    assert admin.points.balance(card.card_no) == 500
    assert str(500) in consumption.note.text()
    flags = {consumption.model.row_at(r).receipt_no: consumption.model.index(r, 9).data()
             for r in range(2)}  # fmt: skip
    assert flags == {paid: yes_no(True), earned: yes_no(True)}
    grey = consumption.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None

    pick(earned)
    consumption.reverse_button.click()  # already reversed: said so, no dialog
    assert consumption.message.isVisible()
    assert admin.points.balance(card.card_no) == 500
    assert admin.points.lots_consistent(card.card_no)


def test_reception_cannot_reverse(qtbot: QtBot, reception: Services) -> None:
    customer = reception.customers.create(CustomerInput("李雷", "13800138000"))
    dialog = _file(qtbot, reception, customer.id)
    consumption = dialog.member_tabs[2]
    assert isinstance(consumption, ConsumptionTab) and consumption.reverse_button is None
