from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.conftest import ADMIN_PASSWORD
from ui.dialogs.sign_in_dialog import SignInDialog


def _dialog(qtbot: QtBot, services: Services) -> SignInDialog:
    dialog = SignInDialog(services.staff, "静安·云栖会所", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_shows_the_message_and_keeps_the_username(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.form.password.setText("not-the-password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.message.isVisible()
    assert dialog.form.message.text() == "用户名不存在或密码错误。"
    assert dialog.form.username.text() == "admin"
    assert dialog.form.password.text() == ""


def test_five_wrong_passwords_show_the_locked_message(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    for _ in range(5):
        dialog.form.password.setText("not-the-password")
        dialog.accept()
    assert "锁定" in dialog.form.message.text()
    assert "5 分钟" in dialog.form.message.text()
    dialog.form.password.setText(ADMIN_PASSWORD)  # even the right one waits out the lock
    dialog.accept()
    assert dialog.actor is None
    assert "锁定" in dialog.form.message.text()


def test_right_password_signs_in(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.form.password.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert services.desk.actor == dialog.actor
