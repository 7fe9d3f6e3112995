"""The repairs room's other pages and small dialogs on a real venue: the follow-up spot check with
its result, the technicians list, the repair settings, a new time agreed before arrival and the
photos taken at intake."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.repairs.schemas import TechnicianInput
from app.services import Services
from tests.app.repair_helpers import customer, intake, shop, standard_line, technician, walk
from tests.ui.customer_helpers import answer_modal
from ui.repair_screenshots import sign_strokes
from ui.repairs.followup_page import FollowUpPage
from ui.repairs.repair_messages import repair_field_text, specialty_texts
from ui.repairs.repair_order_dialog import RepairOrderDialog
from ui.repairs.repair_settings_page import RepairSettingsPage
from ui.repairs.signature_pad import SignaturePad
from ui.repairs.step_dialogs import FollowUpDialog, RescheduleDialog
from ui.repairs.technicians_page import TechniciansPage


def answer(handle: Callable[[QWidget], None]) -> None:
    """answer_modal, but a failed assertion closes the dialog instead of hanging the test."""

    def guarded(widget: QWidget) -> None:
        try:
            handle(widget)
        finally:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    answer_modal(guarded)


def test_the_months_follow_up_calls_are_drawn_and_their_result_recorded(
    qtbot: QtBot, admin: Services
) -> None:
    t = shop(admin)
    tech = technician(t)
    for n in range(3):
        order = intake(t, customer(t, f"王𠮷{n}", f"+86 138 0013 800{n}"))
        walk(t, order, tech, lines=(standard_line(t, "L03"),))
    page = FollowUpPage(admin)
    qtbot.addWidget(page)
    page.show()
    page.month.setDate(QDate(t.clock.today().year, t.clock.today().month, 1))
    page.draw_sample()
    assert page.model.rowCount() == 1  # 20 % of three, at least one
    page.view.selectRow(0)
    drawn = page.model.row_at(0)

    def call(widget: QWidget) -> None:
        assert isinstance(widget, FollowUpDialog)
        widget.accept()  # no answer chosen yet: refused, the dialog stays
        assert widget.isVisible() and widget.errors.text("choice")
        widget.yes.setChecked(True)
        widget.note.setPlainText('客户说："很快，谢谢"，\n锁很好用')
        widget.accept()

    answer(call)
    page.record.click()
    after = admin.repairs.open(drawn.id)
    assert after.followup_satisfied is True and "很快" in after.followup_note
    assert page.model.row_at(0).followup_satisfied is True
    assert "1" in page.note.text()


def test_technicians_need_a_specialty_and_are_listed(qtbot: QtBot, admin: Services) -> None:
    page = TechniciansPage(admin)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.name.setText("阿卜杜拉·买买提")
    page.save()
    assert page.errors.text("specialties") == repair_field_text("specialties", "required")
    assert page.name.text() == "阿卜杜拉·买买提"
    page.specialties["plumbing"].setChecked(True)
    page.specialties["hvac"].setChecked(True)
    page.save()
    assert page.model.rowCount() == 1
    assert specialty_texts()["plumbing"] in page.model.index(0, 1).data()
    assert [t.name for t in admin.technicians.for_specialty("room")] == ["阿卜杜拉·买买提"]


def test_repair_settings_are_saved_and_a_bad_prefix_is_refused(
    qtbot: QtBot, admin: Services
) -> None:
    page = RepairSettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.print_layout.setCurrentIndex(page.print_layout.findData("pages"))
    page.followup_share.setValue(30)
    page.prefix.setText("W X")
    page.save()
    assert page.errors.text("number_prefix") == repair_field_text("number_prefix", "invalid")
    assert admin.repairs.settings().print_layout == "sheet"
    page.prefix.setText("BX")
    page.save()
    saved = admin.repairs.settings()
    assert (saved.print_layout, saved.followup_share_pct, saved.number_prefix) == (
        "pages",
        30,
        "BX",
    )


def test_a_new_time_before_arrival_needs_a_reason(qtbot: QtBot, admin: Services) -> None:
    t = shop(admin)
    order = intake(t, None)
    dialog = RescheduleDialog(admin, order)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.errors.text("reschedule_reason") == repair_field_text(
        "reschedule_reason", "required"
    )
    dialog.reason.setText("客户临时出差，改到明天")
    dialog.accept()
    assert dialog.record is not None and dialog.record.rescheduled
    assert dialog.record.appointment_start - order.appointment_start == timedelta(days=1)
    assert dialog.record.reschedule_reason == "客户临时出差，改到明天"


def test_photos_picked_at_intake_are_stored_with_the_order(qtbot: QtBot, admin: Services) -> None:
    admin.technicians.save(TechnicianInput("张师傅", ("locks",)))
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(300, 120)
    sign_strokes(pad)
    picture = pad.to_png()
    dialog = RepairOrderDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText("泳池男更衣室 12 号柜")
    dialog.fault.setPlainText("柜门变形")
    dialog.appointment.day.setDate(QDate.currentDate().addDays(1))
    dialog.photos.add_photo("柜门 正面.png", picture)
    dialog.accept()
    assert dialog.record is not None and dialog.photo_refusals == []
    order = admin.repairs.open(dialog.record.id)
    assert [(p.stage, p.filename) for p in order.photos] == [("before", "柜门 正面.png")]
    assert admin.repairs.photo(order.photos[0].id) == picture
