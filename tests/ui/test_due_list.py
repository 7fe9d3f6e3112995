"""The "overdue and due soon" list and the reminders indicator on a real venue: an overdue
complaint card is listed in red, a reminder step reaches its handler, and opening an item from
the main window shows the card in the complaints room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.app.complaint_helpers import intake
from tests.ui.complaint_ui_helpers import on_clock
from ui.widgets.due_list import OVERDUE_COLOUR, DueListPanel
from ui.widgets.due_words import deadline_text, title_text

NUMBER_COLUMN = 2


def _panel(qtbot: QtBot, services: Services) -> DueListPanel:
    panel = DueListPanel(services.reminders)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_an_overdue_card_is_listed_first_and_in_red(qtbot: QtBot, admin: Services) -> None:
    clock = on_clock(admin)
    late = admin.complaints.record(intake(summary="浴室地面湿滑, 客人险些摔倒"))
    panel = _panel(qtbot, admin)
    panel.refresh(clock())
    assert panel.model.rowCount() == 1  # due within 24 hours: listed, not yet overdue
    assert not panel.model.row_at(0).overdue
    clock.advance(hours=23)
    fresh = admin.complaints.record(intake(summary="茶水温度不够"))
    clock.advance(hours=2)
    panel.refresh(clock())
    items = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    assert {i.number for i in items} == {late.number, fresh.number}
    first = panel.proxy.index(0, NUMBER_COLUMN)
    assert first.data() == late.number
    brush = first.data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == OVERDUE_COLOUR
    overdue = next(i for i in items if i.number == late.number)
    assert overdue.overdue and overdue.deadline == "first_response"
    assert title_text(overdue) != "service_attitude"  # the category worded for the desk
    assert deadline_text("first_response") != "first_response"
    assert "1" in panel.summary.text()


def test_a_reminder_reaches_the_handler_and_opens_the_card(qtbot: QtBot, admin: Services) -> None:
    clock = on_clock(admin)
    actor = admin.desk.current()
    assert actor.staff_id is not None
    card = admin.complaints.record(intake(handler_id=actor.staff_id))
    panel = _panel(qtbot, admin)
    panel.refresh(clock())
    assert panel.reminders == [] and not panel.mine_button.isEnabled()
    clock.advance(hours=13)  # past 50 % of the first 24 hours
    assert admin.reminders.sweep(clock()) >= 1
    panel.refresh(clock())
    assert [r.step for r in panel.reminders] == ["50"]
    assert panel.mine_button.isEnabled() and "1" in panel.mine_button.text()
    menu = panel.reminders_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert any(card.number in text for text in texts)
    opened: list[tuple[str, str]] = []
    panel.item_opened.connect(lambda source, item: opened.append((source, item)))
    panel.open_reminder(panel.reminders[0])
    assert opened == [("complaint", card.id)]
    assert panel.reminders == [] and admin.reminders.mine() == []


def test_the_main_window_lists_due_cards_and_opens_them(qtbot: QtBot, admin: Services) -> None:
    from ui.main_window import MainWindow

    card = admin.complaints.record(intake())
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    assert window.due_list.isVisibleTo(window)
    assert [
        window.due_list.model.row_at(r).number for r in range(window.due_list.model.rowCount())
    ] == [card.number]
    assert window.due_list.timer.isActive()
    view = window.due_list.view
    cell = view.visualRect(window.due_list.proxy.index(0, NUMBER_COLUMN))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    room = window.complaints_room
    assert room is not None and window.rooms.currentWidget() is room
    assert room.card.record is not None and room.card.record.id == card.id
    window.lock_desk()
    assert window.due_list.model.rowCount() == 0 and not window.due_list.timer.isActive()
    assert room.card.record is None and room.model.rowCount() == 0


def test_the_duty_manager_is_alerted_at_once_to_a_major_complaint(
    qtbot: QtBot, reception: Services
) -> None:
    from tests.conftest import sign_in_as

    clock = on_clock(reception)
    card = reception.complaints.record(intake(severity="major", major_reasons=("media",)))
    sign_in_as(reception, "zhangjl", "manager")
    panel = _panel(qtbot, reception)
    panel.refresh(clock())
    assert [(r.source_id, r.deadline) for r in panel.reminders] == [(card.id, "major")]
    text = panel.reminder_text(panel.reminders[0])
    assert card.number in text and deadline_text("major") in text
    assert deadline_text("major") != "major"


def test_the_strip_folds_to_one_line_while_nothing_is_due(qtbot: QtBot, admin: Services) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    panel = window.due_list
    assert panel.model.rowCount() == 0 and panel.view.isHidden()
    folded = panel.height()
    admin.complaints.record(intake())
    panel.refresh()
    qtbot.waitUntil(lambda: panel.height() > folded)
    assert panel.view.isVisibleTo(window) and panel.model.rowCount() == 1
