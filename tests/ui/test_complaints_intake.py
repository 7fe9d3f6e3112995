"""The intake dialog on a real venue: defaults, refusals next to their field with what was typed
kept, a card recorded for a customer file, and the person complained about never offered as
handler."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.services import Services
from app.staff.service import StaffInput
from tests.ui.complaint_ui_helpers import SUMMARY, ime_type, on_clock, type_contact
from ui.complaints.complainant_box import CUSTOMER
from ui.complaints.complaint_card_dialog import ComplaintCardDialog
from ui.complaints.complaint_fields import select_code
from ui.complaints.complaint_messages import complaint_field_text


def _dialog(qtbot: QtBot, services: Services) -> ComplaintCardDialog:
    dialog = ComplaintCardDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_defaults_let_the_receptionist_type_only_who_and_what(
    qtbot: QtBot, reception: Services
) -> None:
    clock = on_clock(reception)
    dialog = _dialog(qtbot, reception)
    assert dialog.channel.currentData() == "phone"
    assert dialog.kind.currentData() == "complaint"
    assert dialog.severity.currentData() == "normal"
    assert not dialog.major_reasons.isEnabled()
    promised = dialog.promised_reply_at.utc()
    assert promised - dialog.received_at.utc() == timedelta(hours=24)
    assert dialog.category.currentData() == "service_attitude"
    assert dialog.category.currentText() != "service_attitude"  # worded, not the code
    assert dialog.complainant.mode() == CUSTOMER
    assert dialog.focusWidget() is dialog.complainant.finder.search
    type_contact(dialog)
    dialog.accept()
    assert dialog.result() == ComplaintCardDialog.DialogCode.Accepted
    record = dialog.record
    assert record is not None and record.number.startswith("TS-")
    assert record.received_at == clock() and record.customer_name == "王𠮷"  # untouched: now
    assert record.summary == SUMMARY and record.state == "received"
    assert record.promised_reply_at == promised


def test_a_missing_summary_is_refused_next_to_the_field_and_the_rest_is_kept(
    qtbot: QtBot, reception: Services
) -> None:
    on_clock(reception)
    dialog = _dialog(qtbot, reception)
    type_contact(dialog, summary="   ")
    dialog.complainant.contact_name.clear()
    ime_type(dialog.complainant.contact_name, "阿卜杜拉·买买提")
    ime_type(dialog.request_note, "要求当面道歉,")
    qtbot.keyClicks(dialog.request_note, ' "50%" back')
    qtbot.keyClick(dialog.request_note, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert dialog.isVisible() and dialog.record is None
    expected = complaint_field_text("summary", "required")
    assert dialog.errors.text("summary") == expected
    assert expected != complaint_field_text("nonsense", "nonsense")  # not the generic text
    assert dialog.complainant.contact_name.text() == "阿卜杜拉·买买提"
    assert dialog.request_note.text() == '要求当面道歉, "50%" back'
    assert reception.complaints.list_rows() == []


def test_a_promised_reply_before_the_intake_is_refused(qtbot: QtBot, reception: Services) -> None:
    clock = on_clock(reception)
    dialog = _dialog(qtbot, reception)
    type_contact(dialog)
    from ui.complaints.complaint_fields import set_moment

    set_moment(dialog.received_at, clock() - timedelta(hours=1))
    set_moment(dialog.promised_reply_at, clock() - timedelta(hours=2))
    dialog.accept()
    assert dialog.record is None
    assert dialog.errors.text("promised_reply_at") == complaint_field_text(
        "promised_reply_at", "before_received"
    )
    assert dialog.summary.toPlainText() == SUMMARY


def test_nobody_chosen_names_the_complainant_problem(qtbot: QtBot, reception: Services) -> None:
    on_clock(reception)
    dialog = _dialog(qtbot, reception)
    dialog.summary.setPlainText(SUMMARY)
    dialog.accept()
    assert dialog.record is None
    assert dialog.errors.text("complainant") == complaint_field_text("complainant", "required")


def test_a_major_complaint_needs_a_reason(qtbot: QtBot, reception: Services) -> None:
    on_clock(reception)
    dialog = _dialog(qtbot, reception)
    type_contact(dialog)
    select_code(dialog.severity, "major")
    assert dialog.major_reasons.isEnabled()
    dialog.accept()
    assert dialog.errors.text("major_reasons") == complaint_field_text("major_reasons", "required")
    dialog.major_reasons.boxes["media"].setChecked(True)
    dialog.accept()
    assert dialog.record is not None and dialog.record.major_reasons == ("media",)


def test_a_card_for_a_customer_file_found_by_search(qtbot: QtBot, admin: Services) -> None:
    customer = admin.customers.create(CustomerInput("阿卜杜拉·买买提", "13912345678"))
    on_clock(admin)
    dialog = _dialog(qtbot, admin)
    finder = dialog.complainant.finder
    finder.search.setText("阿卜杜拉")
    finder.run_search()
    qtbot.keyClick(finder.search, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert dialog.complainant.customer_id == customer.id
    assert "阿卜杜拉·买买提" in dialog.complainant.chosen_label.text()
    dialog.summary.setPlainText("更衣柜门坏了，夹伤手指")
    select_code(dialog.category, "facilities")
    dialog.requests.boxes["repair"].setChecked(True)
    dialog.accept()
    record = dialog.record
    assert record is not None and record.customer_id == customer.id
    assert record.category == "facilities" and record.requests == ("repair",)


def test_the_staff_member_concerned_is_never_offered_as_handler(
    qtbot: QtBot, admin: Services
) -> None:
    admin.staff.create(StaffInput("zhangjl", "张经理", "manager", "manager-pass-123"))
    admin.staff.create(StaffInput("lijl", "李经理", "manager", "manager-pass-123"))
    on_clock(admin)
    dialog = _dialog(qtbot, admin)
    handlers = [dialog.handler.itemText(i) for i in range(dialog.handler.count())]
    assert "张经理" in handlers and "李经理" in handlers
    dialog.staff_concerned.setCurrentIndex(dialog.staff_concerned.findText("张经理"))
    handlers = [dialog.handler.itemText(i) for i in range(dialog.handler.count())]
    assert "张经理" not in handlers and "李经理" in handlers
    dialog.handler.setCurrentIndex(dialog.handler.findText("李经理"))
    type_contact(dialog)
    dialog.accept()
    record = dialog.record
    assert record is not None
    assert record.staff_concerned_name == "张经理" and record.handler_name == "李经理"


def test_tab_goes_from_who_to_what_to_the_rest(qtbot: QtBot, reception: Services) -> None:
    """The keyboard order follows a phone call: who, what happened, then the details."""
    on_clock(reception)
    dialog = _dialog(qtbot, reception)
    box = dialog.complainant
    wanted = [
        box.finder.search,
        box.contact_name,
        box.contact_phone,
        dialog.summary,
        dialog.category,
        dialog.channel,
        dialog.kind,
        dialog.requests.boxes["apology"],
        dialog.request_note,
        dialog.department,
        dialog.staff_concerned,
        dialog.handler,
        dialog.severity,
        dialog.promised_reply_at,
        dialog.received_at,
    ]
    order = []
    widget = box.finder.search.nextInFocusChain()
    while widget is not box.finder.search and len(order) < 500:
        if widget in wanted:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted[1:]
