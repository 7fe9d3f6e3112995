from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.venue import is_initialised
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE
from ui.dialogs.setup_pages import ADMIN_PAGE, PASSPHRASE_PAGE, RECOVERY_PAGE
from ui.dialogs.setup_wizard import CreateVenue, SetupWizard


def _wizard(qtbot: QtBot, data_dir: Path, create: CreateVenue) -> SetupWizard:
    wizard = SetupWizard(data_dir, create)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill(wizard: SetupWizard, passphrase: str = PASSPHRASE) -> None:
    wizard.venue_page.venue_name.setText("静安·云栖会所")
    wizard.admin_page.display_name.setText("王经理")
    wizard.admin_page.password.setText(ADMIN_PASSWORD)
    wizard.admin_page.password_again.setText(ADMIN_PASSWORD)
    wizard.passphrase_page.passphrase.setText(passphrase)
    wizard.passphrase_page.passphrase_again.setText(passphrase)


def _next(wizard: SetupWizard, times: int) -> None:
    for _ in range(times):
        wizard.next()


def test_short_passphrase_is_shown_next_to_its_field_and_keeps_input(
    qtbot: QtBot, data_dir: Path, fast_create: CreateVenue
) -> None:
    wizard = _wizard(qtbot, data_dir, fast_create)
    _fill(wizard, passphrase="短口令123")
    _next(wizard, 3)
    assert wizard.currentId() == PASSPHRASE_PAGE
    error = wizard.passphrase_page.errors.text("passphrase")
    assert "10" in error and "口令" in error
    assert wizard.passphrase_page.errors.text("passphrase_again") == ""
    assert wizard.venue_page.venue_name.text() == "静安·云栖会所"
    assert wizard.passphrase_page.passphrase.text() == "短口令123"
    assert not is_initialised(data_dir)


def test_admin_password_mismatch_stays_on_the_admin_page(
    qtbot: QtBot, data_dir: Path, fast_create: CreateVenue
) -> None:
    wizard = _wizard(qtbot, data_dir, fast_create)
    _fill(wizard)
    wizard.admin_page.password_again.setText("something-else")
    _next(wizard, 2)
    assert wizard.currentId() == ADMIN_PAGE
    assert "不一致" in wizard.admin_page.errors.text("password_again")


def test_passphrase_equal_to_admin_password_is_refused(
    qtbot: QtBot, data_dir: Path, fast_create: CreateVenue
) -> None:
    wizard = _wizard(qtbot, data_dir, fast_create)
    _fill(wizard, passphrase=ADMIN_PASSWORD)
    _next(wizard, 3)
    assert wizard.currentId() == PASSPHRASE_PAGE
    assert "不能与管理员密码相同" in wizard.passphrase_page.errors.text("passphrase")


def test_success_shows_the_recovery_key_and_finish_waits_for_the_checkbox(
    qtbot: QtBot, data_dir: Path, fast_create: CreateVenue
) -> None:
    wizard = _wizard(qtbot, data_dir, fast_create)
    _fill(wizard)
    _next(wizard, 4)
    assert wizard.currentId() == RECOVERY_PAGE
    result = wizard.result_
    assert result is not None
    try:
        assert is_initialised(data_dir)
        assert wizard.recovery_page.key.text() == result.recovery_key
        assert wizard.recovery_page.keyring_note.isVisible()  # NoKeyring: asked at each start
        assert "每次启动" in wizard.recovery_page.keyring_note.text()
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        wizard.recovery_page.confirm.setChecked(True)
        assert finish.isEnabled()
        assert wizard.recovery_page.sheet_pdf().startswith(b"%PDF")
        assert wizard.backup_page.backup_dir.text() == str(data_dir / "backups")
    finally:
        wizard.recovery_page.confirm.setChecked(True)
        wizard.accept()
        result.venue.dispose()


def test_recovery_key_page_cannot_be_closed_before_confirming(
    qtbot: QtBot, data_dir: Path, fast_create: CreateVenue, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, data_dir, fast_create)
    _fill(wizard)
    _next(wizard, 4)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    wizard.reject()
    assert wizard.isVisible() and told
    wizard.recovery_page.confirm.setChecked(True)
    wizard.reject()
    assert not wizard.isVisible()
    assert wizard.result_ is not None
    wizard.result_.venue.dispose()
