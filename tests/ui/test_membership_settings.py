"""The 会员设置 and 积分礼品 pages of the admin room on a real venue, as a duty manager uses them:
a tier's threshold and discount changed and applied to the next consumption, refused values
marked next to their field with the typing kept, the departments and check-out switch reaching
the desk, and a gift added by the manager then redeemed by a receptionist."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.members.settings import DEFAULT_DEPARTMENTS, MemberSettings
from app.points.records import ConsumptionInput
from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.customer_helpers import answer_modal
from ui.admin.gifts_page import GiftsPage
from ui.admin.membership_page import MembershipPage, add_membership_pages
from ui.checkin.visitors_panel import VisitorsPanel
from ui.members.card_dialogs import RedeemDialog
from ui.members.consumption_dialog import ConsumptionDialog
from ui.members.members_room import MembersRoom


def _page(qtbot: QtBot, services: Services) -> MembershipPage:
    page = MembershipPage(services)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def _manager(admin: Services) -> Services:
    sign_in_as(admin, "duty", "manager")
    return admin


def _tier(services: Services, code: str) -> tuple[int, int]:
    tier = next(t for t in services.membership.tiers() if t.code == code)
    return tier.threshold, tier.discount_percent


def test_a_tier_change_is_saved_and_applies_to_the_next_consumption(
    qtbot: QtBot, admin: Services
) -> None:
    manager = _manager(admin)
    customer = manager.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    card = manager.cards.issue(customer.id, "silver")
    page = _page(qtbot, manager)
    page.tiers.select("silver")
    assert page.tiers.threshold.text() == "5000.00"
    assert page.tiers.threshold_unit.text() in ("yuan", "元")
    page.tiers.threshold.setText("3,000.50")
    page.tiers.discount.setValue(8)
    page.tiers.save_button.click()
    assert _tier(manager, "silver") == (300_050, 8)
    assert "银卡" in page.tiers.message.text()
    shown = page.tiers.model.row_at(1)
    assert (shown.code, shown.discount_percent) == ("silver", 8)

    data = ConsumptionInput("茶室", "龙井一壶", 100_000, "cash", card_no=card.card_no)
    record = manager.consumption.record(data)
    assert (record.discount_fen, record.paid_fen) == (8_000, 92_000)


def test_refused_values_are_marked_at_their_field_and_the_typing_stays(
    qtbot: QtBot, admin: Services
) -> None:
    manager = _manager(admin)
    page = _page(qtbot, manager)
    page.tiers.select("gold")
    page.tiers.discount.setValue(150)
    page.tiers.name.setText("金卡（新）")
    page.tiers.save_button.click()
    error = page.tiers.errors.text("discount_percent")
    assert error and "100" in error
    assert page.tiers.discount.value() == 150 and page.tiers.name.text() == "金卡（新）"
    assert _tier(manager, "gold") == (2_000_000, 10)

    page.tiers.threshold.setText("很多")
    page.tiers.save_button.click()
    assert page.tiers.errors.text("threshold") and page.tiers.threshold.text() == "很多"

    page.form.card_prefix.setText("")
    page.form.points_per_unit.setValue(20)
    page.save_button.click()
    assert page.form.errors.text("card_prefix")
    assert page.message.text()
    assert page.form.card_prefix.text() == "" and page.form.points_per_unit.value() == 20
    assert manager.membership.settings() == MemberSettings()

    page.form.card_prefix.setText("6688")
    page.form.departments.setPlainText("茶室\n\n   \n")
    page.form.departments.setPlainText("")
    page.save_button.click()
    assert page.form.errors.text("departments")
    assert not page.form.errors.text("card_prefix")
    assert manager.membership.settings().card_prefix != "6688"


def test_settings_are_saved_and_read_back(qtbot: QtBot, admin: Services) -> None:
    manager = _manager(admin)
    page = _page(qtbot, manager)
    form = page.form
    assert form.departments.toPlainText().splitlines() == list(DEFAULT_DEPARTMENTS)
    form.card_prefix.setText("6688")
    form.threshold_basis.setCurrentIndex(form.threshold_basis.findData("points"))
    form.points_per_unit.setValue(15)
    form.unit_yuan.setText("50")
    form.rounding.setCurrentIndex(form.rounding.findData("nearest"))
    form.expiry_days.setValue(365)
    form.walk_in["purpose"].setChecked(True)
    form.rules["open_complaint"].setCurrentIndex(form.rules["open_complaint"].findData("deny"))
    form.checkout_enabled.setChecked(False)
    form.departments.setPlainText('茶室\n宴会厅, "VIP"\n  商品部  ')
    page.save_button.click()
    saved = manager.membership.settings()
    assert (saved.card_prefix, saved.threshold_basis, saved.rounding) == (
        "6688",
        "points",
        "nearest",
    )
    assert (saved.points_per_unit, saved.unit_fen, saved.expiry_days) == (15, 5_000, 365)
    assert "purpose" in saved.walk_in_required and saved.rule("open_complaint") == "deny"
    assert saved.checkout_enabled is False
    assert saved.departments == ("茶室", '宴会厅, "VIP"', "商品部")
    assert page.tiers.threshold_unit.text() in ("points", "积分")
    page.tiers.select("silver")
    assert page.tiers.threshold.text() == "500000"  # the same number, now read as points

    dialog = ConsumptionDialog(manager, None)
    qtbot.addWidget(dialog)
    departments = [dialog.department.itemText(i) for i in range(dialog.department.count())]
    assert departments == ["茶室", '宴会厅, "VIP"', "商品部"]
    visitors = VisitorsPanel(manager)
    qtbot.addWidget(visitors)
    visitors.show()
    visitors.reload()
    assert not visitors.buttons["check_out"].isVisible()
    title = visitors.title.text()  # nobody is known to have left: no "still in the venue"
    assert title and "仍在场" not in title and "still" not in title
    assert visitors.buttons["undo"].isVisible()


def test_only_managers_get_the_membership_pages(qtbot: QtBot, admin: Services) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    add_membership_pages(tabs, admin)
    assert tabs.count() == 2
    sign_in_as(admin, "xiaoli", "reception")
    reception_tabs = QTabWidget()
    qtbot.addWidget(reception_tabs)
    add_membership_pages(reception_tabs, admin)
    assert reception_tabs.count() == 0


def test_a_manager_adds_a_gift_and_reception_redeems_it(qtbot: QtBot, admin: Services) -> None:
    manager = _manager(admin)
    page = GiftsPage(manager.points)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.new_gift()
    page.name.setText("")
    page.save()
    assert page.errors.text("name") and manager.points.gifts() == []
    page.name.setText("明前龙井礼盒 🍵")
    page.points_cost.setValue(0)
    page.save()
    assert page.errors.text("points_cost") and page.name.text() == "明前龙井礼盒 🍵"
    page.points_cost.setValue(300)
    page.stock.setValue(5)
    page.save()
    (gift,) = manager.points.gifts()
    assert (gift.name, gift.points_cost, gift.stock, gift.active) == (
        "明前龙井礼盒 🍵",
        300,
        5,
        True,
    )
    assert page.model.rowCount() == 1 and page.editing is not None
    page.stock.setValue(4)
    page.save()
    assert [g.stock for g in manager.points.gifts()] == [4]
    page.new_gift()
    page.name.setText("旧款茶杯")
    page.points_cost.setValue(50)
    page.active.setChecked(False)
    page.save()
    assert {g.name: g.active for g in manager.points.gifts()} == {
        "明前龙井礼盒 🍵": True,
        "旧款茶杯": False,
    }

    customer = manager.customers.create(CustomerInput("阿卜杜拉·买买提", "13800138000"))
    card = manager.cards.issue(customer.id)
    manager.points.adjust(card.card_no, 1_000, "开卡礼")
    sign_in_as(admin, "xiaoli", "reception")
    room = MembersRoom(admin)
    qtbot.addWidget(room)
    room.show()
    room.activate()
    room.card_no.setText(card.card_no)
    room.find_card()
    offered: list[str] = []

    def redeem(widget: QWidget) -> None:
        assert isinstance(widget, RedeemDialog)
        offered.extend(widget.gift.itemText(i) for i in range(widget.gift.count()))
        widget.quantity.setValue(2)
        widget.accept()

    answer_modal(redeem)
    room.buttons["redeem"].click()
    assert len(offered) == 1 and "明前龙井礼盒 🍵" in offered[0]  # the inactive one is not offered
    assert admin.points.balance(card.card_no) == 400
    assert room.panel.values["balance"].text() == "400"
    assert [g.stock for g in admin.points.gifts() if g.active] == [2]
