from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from app.errors import PermissionDenied
from app.security.audit_log import AuditFilter
from app.services import Services
from tests.conftest import ADMIN_PASSWORD
from ui.main_window import MainWindow
from ui.rooms import ROOMS

ADMIN_ROOM = [room.key for room in ROOMS].index("admin")


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _tab_texts(window: MainWindow) -> list[str]:
    room = window.admin_room
    assert room is not None
    return [room.tabText(i) for i in range(room.count())]


def test_chinese_is_the_default(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    assert window.windowTitle().startswith("会所前台")
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[0].endswith("客户档案") and texts[-1].endswith("系统管理")
    window.nav.setCurrentRow([room.key for room in ROOMS].index("reports"))
    reports = window.rooms.currentWidget().findChild(QListWidget, "report_list")  # type: ignore[union-attr]
    assert isinstance(reports, QListWidget) and reports.item(0).text() == "会员月报"
    assert "管理员" in window.who.text()


def test_reception_does_not_see_the_audit_log(qtbot: QtBot, reception: Services) -> None:
    window = _window(qtbot, reception)
    window.nav.setCurrentRow(ADMIN_ROOM)
    assert window.admin_room is not None and window.admin_room.audit_page is None
    assert not any("审计" in text for text in _tab_texts(window))
    assert any("备份" in text for text in _tab_texts(window))
    with pytest.raises(PermissionDenied):  # the service refuses anyway
        reception.audit_log.search(AuditFilter())


def test_admin_sees_audit_rows_including_the_sign_in(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    window.nav.setCurrentRow(ADMIN_ROOM)
    room = window.admin_room
    assert room is not None and room.audit_page is not None
    room.setCurrentWidget(room.audit_page)
    model = room.audit_page.model
    actions = [model.row_at(i).action for i in range(model.rowCount())]
    assert "sign_in" in actions
    assert "登录" in [model.index(i, 3).data() for i in range(model.rowCount())]
    room.audit_page.username.setText("nobody")
    room.audit_page.reload()
    assert model.rowCount() == 0


def test_customers_room_lists_customer_files(qtbot: QtBot, admin: Services) -> None:
    from app.customers.schemas import CustomerInput

    admin.customers.create(CustomerInput("欧阳晓燕", "13355556666"))
    window = _window(qtbot, admin)
    assert window.customers_page is not None
    assert window.customers_page.model.rowCount() == 1
    assert window.customers_page.model.index(0, 1).data() == "欧阳晓燕"


def test_idle_lock_hides_the_desk_and_the_password_brings_it_back(
    qtbot: QtBot, admin: Services
) -> None:
    from app.customers.schemas import CustomerInput

    admin.customers.create(CustomerInput("张伟"))
    window = _window(qtbot, admin)
    page = window.customers_page
    assert page is not None and page.model.rowCount() == 1
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(window.is_locked, timeout=2000)
    assert admin.desk.locked
    assert page.model.rowCount() == 0  # no decrypted row left in the UI
    assert not window.desk_view.isVisible()
    assert window.lock_screen.isVisible()
    window.lock_screen.password.setText("wrong-password")
    window.lock_screen.unlock()
    assert window.is_locked() and "密码错误" in window.lock_screen.message.text()
    window.lock_screen.password.setText(ADMIN_PASSWORD)
    window.lock_screen.unlock()
    assert not window.is_locked() and not admin.desk.locked
    assert admin.desk.actor is not None and admin.desk.actor.username == "admin"
    assert window.customers_page is not None and window.customers_page.model.rowCount() == 1


def test_activity_postpones_the_idle_lock(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    window.idle.set_interval_ms(400)
    for _ in range(5):
        qtbot.wait(150)
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)  # type: ignore[no-untyped-call]
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=2000)


def test_ctrl_l_locks_and_another_person_can_sign_in(qtbot: QtBot, reception: Services) -> None:
    window = _window(qtbot, reception)
    window.lock_action.trigger()
    assert window.is_locked() and reception.desk.locked
    window.lock_screen.sign_out()
    assert reception.desk.actor is None
    form = window.lock_screen.form
    form.username.setText("admin")
    form.password.setText(ADMIN_PASSWORD)
    form.attempt()
    assert not window.is_locked()
    assert window.admin_room is not None and window.admin_room.audit_page is not None
    assert "管理员" in window.who.text()


def test_lock_shortcut_is_ctrl_l(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_locking_closes_open_dialogs(qtbot: QtBot, admin: Services) -> None:
    from PySide6.QtWidgets import QDialog

    window = _window(qtbot, admin)
    dialog = QDialog(window)
    dialog.show()
    window.lock_desk()
    assert not dialog.isVisible() and window.is_locked()


def test_saved_auto_lock_minutes_apply_at_once(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    room = window.admin_room
    assert room is not None and room.settings_page is not None
    room.settings_page.reload()
    room.settings_page.auto_lock_minutes.setValue(12)
    room.settings_page.venue_name.setText("云栖会所·二店")
    room.settings_page.save()
    assert window.idle.interval_ms == 12 * 60_000
    assert window.windowTitle() == "会所前台 - 云栖会所·二店"


def test_opening_the_audit_tab_logs_one_view(qtbot: QtBot, admin: Services) -> None:
    window = _window(qtbot, admin)
    room = window.admin_room
    assert room is not None and room.audit_page is not None
    room.setCurrentWidget(room.audit_page)
    window.nav.setCurrentRow(ADMIN_ROOM)
    views = [r for r in admin.audit_log.search(AuditFilter(action="audit_viewed"))]
    assert len(views) == 2  # the tab change and the room change, not a double load each
