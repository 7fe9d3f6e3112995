from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.errors import StorageError
from app.services import Services
from ui.admin.settings_page import SettingsPage
from ui.dialogs.staff_dialog import StaffDialog
from ui.main_window import MainWindow


def test_settings_page_saves_auto_lock_minutes(qtbot: QtBot, admin: Services) -> None:
    page = SettingsPage(admin.settings)
    qtbot.addWidget(page)
    page.reload()
    assert page.venue_name.text() == "静安·云栖会所"
    page.auto_lock_minutes.setValue(15)
    with qtbot.waitSignal(page.settings_saved):
        page.save()
    assert admin.settings.get().auto_lock_minutes == 15
    assert page.message.text() == "设置已保存。"


def test_settings_page_refuses_zero_minutes_next_to_the_field(
    qtbot: QtBot, admin: Services
) -> None:
    page = SettingsPage(admin.settings)
    qtbot.addWidget(page)
    page.reload()
    page.auto_lock_minutes.setValue(0)
    page.save()
    assert "1 到 240" in page.errors.text("auto_lock_minutes")
    assert page.auto_lock_minutes.value() == 0  # what was typed stays
    assert admin.settings.get().auto_lock_minutes == 5


def _staff_dialog(qtbot: QtBot, admin: Services, username: str, name: str) -> StaffDialog:
    dialog = StaffDialog(admin.staff)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.display_name.setText(name)
    dialog.password.setText("qiantai-2026")
    dialog.password_again.setText("qiantai-2026")
    dialog.accept()
    return dialog


def test_staff_dialog_adds_a_receptionist_and_refuses_a_taken_name(
    qtbot: QtBot, admin: Services
) -> None:
    dialog = _staff_dialog(qtbot, admin, "xiaoli", "前台 李小丽")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.role == "reception"
    again = _staff_dialog(qtbot, admin, "xiaoli", "另一个")
    assert again.result() != QDialog.DialogCode.Accepted
    assert again.errors.text("username") == "该用户名已被使用。"
    assert again.display_name.text() == "另一个"


def test_back_up_now_writes_a_verified_backup_and_lists_it(
    qtbot: QtBot, reception: Services
) -> None:
    window = MainWindow(reception)
    qtbot.addWidget(window)
    room = window.admin_room
    assert room is not None
    room.setCurrentWidget(room.backup_page)
    room.backup_page.back_up()
    assert room.backup_page.result.text().startswith("备份已完成并通过校验")
    assert room.backup_page.model.rowCount() == 1


def test_a_failed_backup_is_shown_not_raised(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(admin.backups, "backup_now", broken)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    room = window.admin_room
    assert room is not None
    room.backup_page.back_up()
    assert room.backup_page.result.text().startswith("备份失败")
    assert not window.backups.run_now(quiet=True)


def test_retention_page_lists_due_files_and_erases_on_approval(
    qtbot: QtBot, admin: Services
) -> None:
    from datetime import date

    from app.customers.schemas import CustomerInput
    from tests.ui.customer_helpers import answer_modal
    from ui.admin.retention_page import RetentionPage

    rec = admin.customers.create(CustomerInput("到期客户", "13800138000"))
    page = RetentionPage(admin.oversight, admin.lifecycle)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 0  # nothing is due today
    later = date.today().replace(year=date.today().year + 11)
    page.reload(later)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "待批准"
    page.view.selectRow(0)

    def give_reason(widget: object) -> None:
        dialog = widget  # the reason prompt
        dialog.reason.setText("保管期限届满，经理批准")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    answer_modal(give_reason)  # type: ignore[arg-type]
    page.approve()
    assert admin.customers.open(rec.id).erased
    page.reload(later)
    assert page.model.index(0, 2).data() == "已删除"
