"""The care room's small dialogs: a class override needs a reason, the care settings refuse a
diamond spend below the VIP spend next to the field, a lunar greeting day shows this year's
date and is saved."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.care.greeting_days import date_in_year
from app.services import Services
from tests.app.care_helpers import customer
from ui.care.care_messages import care_field_text
from ui.care.care_settings_dialog import CareSettingsDialog
from ui.care.class_override_dialog import ClassOverrideDialog
from ui.care.greeting_day_dialog import GreetingDayDialog


def test_a_class_override_needs_a_reason_and_then_holds(admin: Services, qtbot: QtBot) -> None:
    cid = customer(admin, "王𠮷", phone="13800138000")
    dialog = ClassOverrideDialog(admin, cid, "王𠮷")
    qtbot.addWidget(dialog)
    dialog.value_tier.setCurrentIndex(dialog.value_tier.findData("diamond"))
    dialog.activity.setCurrentIndex(dialog.activity.findData("active"))
    dialog.accept()
    assert dialog.errors.text("reason") == care_field_text("reason", "required")
    assert dialog.value_tier.currentData() == "diamond"  # kept
    dialog.reason.setText("董事长的朋友, 按钻石客户接待")
    dialog.accept()
    assert dialog.result() == ClassOverrideDialog.DialogCode.Accepted
    record = admin.customers.open(cid)
    assert (record.value_tier, record.activity) == ("diamond", "active")


def test_care_settings_refuse_a_diamond_spend_below_vip(admin: Services, qtbot: QtBot) -> None:
    dialog = CareSettingsDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.fields["vip_spend_fen"].value() == 10_000  # yuan
    assert dialog.tier_calls["gold"].value() == 30
    dialog.fields["diamond_spend_fen"].setValue(5_000)
    dialog.fields["dormant_days"].setValue(120)
    dialog.accept()
    assert dialog.errors.text("diamond_spend_fen") == care_field_text(
        "diamond_spend_fen", "below_vip"
    )
    assert dialog.fields["dormant_days"].value() == 120
    dialog.fields["diamond_spend_fen"].setValue(80_000)
    dialog.follow_up["repair"].setValue(0)
    dialog.accept()
    saved = admin.care.settings()
    assert (saved.diamond_spend_fen, saved.dormant_days) == (8_000_000, 120)
    assert saved.follow_up_days["repair"] == 0 and saved.tier_call_days["gold"] == 30


def test_a_lunar_greeting_day_shows_this_years_date(admin: Services, qtbot: QtBot) -> None:
    dialog = GreetingDayDialog(admin)
    qtbot.addWidget(dialog)
    dialog.name.setText("腊八节")
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("lunar"))
    dialog.month.setValue(12)
    dialog.day.setValue(8)
    expected = date_in_year(dialog.input(), date.today().year)
    assert expected is not None and dialog.this_year.text() == expected.isoformat()
    dialog.greeting.setPlainText("腊八节快乐！喝碗腊八粥，暖暖过冬。")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.id > 0
    saved = next(d for d in admin.care.greeting_days() if d.name == "腊八节")
    assert (saved.calendar, saved.month, saved.day) == ("lunar", 12, 8)
    dialog = GreetingDayDialog(admin, saved)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    dialog.accept()
    assert dialog.errors.text("name") == care_field_text("name", "required")
