"""The today page with real services: a birthday today and its benefit, recording a follow-up
call (refused without a result, what was typed kept), and a win-back call."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.services import Services
from tests.app.care_helpers import care
from tests.app.member_helpers import Clock, desk, member, spend
from tests.ui.customer_helpers import answer_modal
from ui.care.call_dialog import CallDialog
from ui.care.care_messages import care_field_text
from ui.care.today_page import TodayPage
from ui.customers.file_dialog import CustomerFileDialog


def born_today(today: date, year: int = 1986) -> date:
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February
        return date(year, 2, 28)


def test_a_birthday_today_is_listed_with_its_benefit_and_marked_given(
    admin: Services, qtbot: QtBot
) -> None:
    today = admin.cards.today()
    person = admin.customers.create(
        CustomerInput("王𠮷", "+86 138 0013 8000", "female", born_today(today)),
        allow_duplicate=True,
    )
    admin.cards.issue(person.id, "gold")
    admin.customers.create(CustomerInput("阿卜杜拉·买买提", "13912345678"), allow_duplicate=True)
    page = TodayPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    model = page.birthdays.model
    assert model.rowCount() == 1
    first = model.row_at(0)
    assert (first.name, first.turning, first.benefit_given) == ("王𠮷", today.year - 1986, False)
    assert model.index(0, 1).data() == "王𠮷"
    assert model.index(0, 2).data() == "138 0013 8000"
    assert model.index(0, 6).data() == first.benefit and "蛋糕" in first.benefit
    assert model.index(0, 5).data() == ""
    page.birthdays.view.selectRow(0)
    assert page.benefit_button.isEnabled()
    qtbot.mouseClick(page.benefit_button, Qt.MouseButton.LeftButton)
    assert model.row_at(0).benefit_given and model.index(0, 5).data() != ""
    assert not page.benefit_button.isEnabled()
    assert admin.care.today().birthdays_today[0].benefit_given


def test_recording_a_call_without_a_result_shows_the_error_and_keeps_the_next_step(
    admin: Services, qtbot: QtBot
) -> None:
    person = admin.customers.create(CustomerInput("韩梅梅", "13800138000"), allow_duplicate=True)
    today = admin.cards.today()
    admin.care.plan_call(person.id, today, '问一下"足疗"体验, 是否满意')
    page = TodayPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    assert page.calls.model.rowCount() == 1
    assert page.calls.model.index(0, 4).data() == '问一下"足疗"体验, 是否满意'
    page.calls.view.selectRow(0)
    seen: list[str] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, CallDialog)
        widget.next_step.setText("下周再约")
        widget.next_due_on.set_value(today + timedelta(days=7))
        widget.accept()  # no result typed
        seen.extend([widget.errors.text("result"), widget.next_step.text()])
        seen.append(str(widget.isVisible()))
        widget.result_text.setPlainText("客户满意，\n说下次带朋友来")
        widget.accept()

    answer_modal(fill)
    page.record_call()
    assert seen == [care_field_text("result", "required"), "下周再约", "True"]
    assert page.calls.model.rowCount() == 0  # done: off today's list
    assert admin.care.plan_call(person.id, today).customer_id == person.id


def test_a_dormant_customer_is_called_back_from_the_win_back_list(
    admin: Services, qtbot: QtBot
) -> None:
    clock = Clock()
    t = desk(admin, clock)
    card = member(t, "老客户")
    admin.consents.record(card.customer_id, ConsentInput(ConsentPurpose.MARKETING))
    spend(t, card.card_no, 100)
    clock.advance(days=200)
    moved = dataclasses.replace(admin, care=care(admin, clock))
    moved.care.refresh_classes()
    page = TodayPage(moved)
    qtbot.addWidget(page)
    page.refresh()
    assert [page.win_back.model.index(0, 1).data()] == ["老客户"]
    page.win_back.view.selectRow(0)
    planned: list[bool] = []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, CallDialog)
        planned.append(widget.skip_button is None and widget.next_due_on.parent() is not None)
        widget.result_text.setPlainText("下月回来")
        widget.next_step.setText("送体验券")
        widget.accept()

    answer_modal(answer)
    page.call_win_back()
    assert planned and page.win_back.model.rowCount() == 0


def test_double_clicking_a_birthday_opens_the_customer_file(admin: Services, qtbot: QtBot) -> None:
    today = admin.cards.today()
    admin.customers.create(
        CustomerInput("林晓雨😀", "13800138000", "female", born_today(today, 1992)),
        allow_duplicate=True,
    )
    page = TodayPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    opened: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, CustomerFileDialog)
        opened.append(widget.basic.name.text())
        widget.reject()

    answer_modal(look)
    page.birthdays.view.doubleClicked.emit(page.birthdays.proxy.index(0, 1))
    assert opened == ["林晓雨😀"]
