"""The complaints room on a real venue: a card moved through every state with the room's own
dialogs, compensation waiting for a manager, the paused clock shown, filters, and a receptionist
who sees no handling steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.complaints.schemas import ComplaintRecord
from app.errors import DomainError
from app.services import Services
from app.staff.service import StaffInput
from tests.app.complaint_helpers import intake
from tests.ui.complaint_ui_helpers import on_clock
from tests.ui.customer_helpers import answer_modal
from ui.complaints.complaint_messages import complaint_error_text, complaint_field_text
from ui.complaints.complaint_table_model import OPEN
from ui.complaints.complaint_view import duration_text
from ui.complaints.complaint_words import state_texts
from ui.complaints.complaints_room import ComplaintsRoom
from ui.complaints.handling_dialogs import (
    ComplaintFollowUpDialog,
    InvestigationDialog,
    RemedyDialog,
    ReplyDialog,
)
from ui.complaints.stage_dialogs import NoteDialog

STATE_COLUMN = 2


def _room(qtbot: QtBot, services: Services) -> ComplaintsRoom:
    room = ComplaintsRoom(services)
    qtbot.addWidget(room)
    room.show()
    room.activate()
    return room


def _shown(room: ComplaintsRoom) -> ComplaintRecord:
    assert room.card.record is not None
    return room.card.record


def _visible(room: ComplaintsRoom) -> set[str]:
    return {key for key, button in room.buttons.items() if button.isVisibleTo(room)}


def _step(room: ComplaintsRoom, key: str, fill: object) -> None:
    answer_modal(fill)  # type: ignore[arg-type]
    room.buttons[key].click()


def test_a_card_goes_from_intake_to_closed(qtbot: QtBot, admin: Services) -> None:
    on_clock(admin)
    card = admin.complaints.record(intake())
    room = _room(qtbot, admin)
    assert room.visible_numbers() == [card.number]
    assert room.proxy.index(0, STATE_COLUMN).data() == state_texts()["received"]
    room.open_card(card.id)
    assert {"start", "investigation", "note", "print"} <= _visible(room)
    assert not {"close", "approve", "reply", "followup"} & _visible(room)

    def start(widget: QWidget) -> None:
        assert isinstance(widget, NoteDialog)
        widget.note.setPlainText("已致电客人致歉，开始调查")
        widget.accept()

    _step(room, "start", start)
    assert _shown(room).state == "investigating"
    errors: list[str] = []

    def investigate(widget: QWidget) -> None:
        assert isinstance(widget, InvestigationDialog)
        widget.fields["facts"].setPlainText("前台高峰期只有一人当班")  # type: ignore[attr-defined]
        widget.accept()  # cause and conclusion missing: refused, what was typed stays
        errors.append(widget.errors.text("cause"))
        errors.append(widget.text("facts"))
        widget.fields["cause"].setPlainText("排班不足")  # type: ignore[attr-defined]
        widget.fields["conclusion"].setPlainText("投诉属实")  # type: ignore[attr-defined]
        widget.fields["responsible"].setText("前台主管")  # type: ignore[attr-defined]
        widget.accept()

    _step(room, "investigation", investigate)
    assert errors == [complaint_field_text("cause", "required"), "前台高峰期只有一人当班"]
    assert _shown(room).state == "handling"
    assert _shown(room).investigation is not None

    def remedy(widget: QWidget) -> None:
        assert isinstance(widget, RemedyDialog)
        widget.decision.setPlainText("赠送下午茶券两张并退还服务费")
        widget.compensation.setText("800.00")
        widget.accept()

    _step(room, "remedy", remedy)
    assert _shown(room).compensation_fen == 80_000
    assert _shown(room).compensation_needs_approval
    assert "approve" in _visible(room)
    refusals: list[str] = []

    def reply_too_early(widget: QWidget) -> None:
        assert isinstance(widget, ReplyDialog)
        widget.content.setPlainText("已向客人说明处理结果")
        widget.accept()
        refusals.append(widget.message.text())
        widget.reject()

    _step(room, "reply", reply_too_early)
    assert refusals == [complaint_field_text("compensation_fen", "needs_approval")]
    room.buttons["approve"].click()
    assert not _shown(room).compensation_needs_approval
    assert "approve" not in _visible(room)

    def reply(widget: QWidget) -> None:
        assert isinstance(widget, ReplyDialog)
        widget.content.setPlainText("已电话告知客人补偿方案，客人接受")
        widget.satisfaction.setCurrentIndex(widget.satisfaction.findData(4))
        widget.accept()

    _step(room, "reply", reply)
    assert _shown(room).state == "replied" and _shown(room).satisfaction == 4
    _step(room, "close", lambda w: w.accept())  # type: ignore[attr-defined]
    assert _shown(room).state == "following_up"

    def follow_up(widget: QWidget) -> None:
        assert isinstance(widget, ComplaintFollowUpDialog)
        widget.result.setPlainText("回访：客人满意，下周再来")
        widget.satisfaction.setCurrentIndex(widget.satisfaction.findData(5))
        widget.accept()

    _step(room, "followup", follow_up)
    record = _shown(room)
    assert record.state == "closed" and record.followup is not None
    assert room.visible_numbers() == []  # the list shows open cards by default
    room.filters.choose(state="")
    assert room.visible_numbers() == [card.number]
    assert room.proxy.index(0, STATE_COLUMN).data() == state_texts()["closed"]
    states = [e.to_state for e in record.events if e.kind == "state"]
    assert states[0] == "received" and states[-1] == "closed" and "replied" in states
    assert room.card.history.rowCount() == len(record.events)
    assert "排班不足" in room.card.details.toPlainText()


def test_closing_without_a_reply_is_refused_with_the_reason(qtbot: QtBot, admin: Services) -> None:
    on_clock(admin)
    card = admin.complaints.record(intake())
    admin.complaints.start_investigation(card.id)
    room = _room(qtbot, admin)
    room.open_card(card.id)
    assert "close" not in _visible(room)  # not offered before the reply
    refusal = room.actions.dialog_for("close", _shown(room))
    assert isinstance(refusal, NoteDialog)
    qtbot.addWidget(refusal)
    refusal.note.setPlainText("客人不再追究")
    refusal.accept()
    assert refusal.message.text() == complaint_field_text("reply", "required")
    assert refusal.note.toPlainText() == "客人不再追究"
    assert admin.complaints.open(card.id).state == "investigating"


def test_waiting_for_the_customer_pauses_the_clock_and_shows_it(
    qtbot: QtBot, admin: Services
) -> None:
    clock = on_clock(admin)
    card = admin.complaints.record(intake())
    room = _room(qtbot, admin)
    room.open_card(card.id)

    def wait(widget: QWidget) -> None:
        assert isinstance(widget, NoteDialog)
        widget.accept()  # what we wait for is required
        assert widget.isVisible()
        widget.note.setPlainText("等客人提供消费小票")
        widget.accept()

    _step(room, "wait", wait)
    assert _shown(room).state == "waiting_customer"
    assert _visible(room) == {"resume", "note", "print"}
    clock.advance(hours=2, minutes=30)
    _step(room, "resume", lambda w: w.accept())  # type: ignore[attr-defined]
    record = _shown(room)
    assert record.state == "received" and record.paused_seconds == 9000
    assert duration_text(9000) in room.card.details.toPlainText()


def test_filters_by_state_kind_and_overdue(qtbot: QtBot, admin: Services) -> None:
    clock = on_clock(admin)
    late = admin.complaints.record(intake(summary="包间空调不制冷"))
    praise = admin.complaints.record(intake(kind="praise", summary="服务员小周很热情"))
    clock.advance(hours=25)
    fresh = admin.complaints.record(intake(summary="停车场灯不亮"))
    room = _room(qtbot, admin)
    assert set(room.visible_numbers()) == {late.number, praise.number, fresh.number}
    room.filters.overdue.setChecked(True)
    assert late.number in room.visible_numbers()
    assert fresh.number not in room.visible_numbers()
    room.filters.overdue.setChecked(False)
    room.filters.kind.setCurrentIndex(room.filters.kind.findData("praise"))
    assert room.visible_numbers() == [praise.number]
    room.filters.kind.setCurrentIndex(0)
    row = next(r for r in range(room.model.rowCount()) if room.model.row_at(r).id == late.id)
    assert room.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert room.filters.state.currentData() == OPEN


def test_a_receptionist_sees_no_handling_steps(qtbot: QtBot, reception: Services) -> None:
    on_clock(reception)
    card = reception.complaints.record(intake())
    room = _room(qtbot, reception)
    assert set(room.buttons) == {"note", "print"}
    assert room.settings_button is None
    room.open_card(card.id)
    assert _visible(room) == {"note", "print"}

    def note(widget: QWidget) -> None:
        assert isinstance(widget, NoteDialog)
        widget.note.setPlainText("客人又来电催问进度")
        widget.accept()

    _step(room, "note", note)
    assert _shown(room).events[-1].note == "客人又来电催问进度"
    assert room.message.isHidden()
    preview = room.card_preview()  # the receptionist prints the card for the customer
    assert preview is not None
    qtbot.addWidget(preview)
    assert card.number in preview.document.getAllText(0).text()
    assert not room.report_button.isVisibleTo(room)  # the monthly report is for handlers


def test_a_refused_step_is_worded_in_the_dialog(qtbot: QtBot, admin: Services) -> None:
    on_clock(admin)
    card = admin.complaints.record(intake())
    room = _room(qtbot, admin)
    room.open_card(card.id)
    admin.complaints.start_investigation(card.id)  # someone else started it meanwhile
    said: list[str] = []

    def start(widget: QWidget) -> None:
        assert isinstance(widget, NoteDialog)
        widget.accept()
        said.append(widget.message.text())
        widget.reject()

    _step(room, "start", start)
    assert said == [complaint_error_text(DomainError("received", code="wrong_state"))]
    assert said[0] != complaint_error_text(DomainError("x", code="no_such_code"))


def test_wording_of_unknown_codes_falls_back_to_the_shared_messages() -> None:
    assert complaint_error_text(DomainError("x", code="wrong_state")) != complaint_error_text(
        DomainError("x", code="no_such_code")
    )


def test_the_manager_complained_about_sees_no_handling_steps(qtbot: QtBot, admin: Services) -> None:
    on_clock(admin)
    manager = admin.staff.create(StaffInput("zhangjl", "张经理", "manager", "manager-pass-123"))
    card = admin.complaints.record(intake(staff_concerned_id=manager.id))
    admin.staff.sign_out()
    admin.staff.sign_in("zhangjl", "manager-pass-123")
    room = _room(qtbot, admin)
    assert "start" in room.buttons  # a manager's room offers handling steps ...
    room.open_card(card.id)
    assert _visible(room) == {"note", "print"}  # ... but not on a card about himself


def test_recording_a_major_card_says_the_duty_manager_is_alerted(
    qtbot: QtBot, reception: Services
) -> None:
    on_clock(reception)
    room = _room(qtbot, reception)
    card = reception.complaints.record(intake(severity="major", major_reasons=("injury",)))
    room.card_recorded(card)
    assert card.number in room.note.text()
    assert room.note.text() != room.tr("Card {no} recorded.").format(no=card.number)
    assert _shown(room).is_major
