from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.errors import VaultDamaged
from app.setup import VenueSetupResult
from tests.conftest import PASSPHRASE
from ui.dialogs.unlock_dialog import UnlockDialog


def _dialog(qtbot: QtBot, venue_setup: VenueSetupResult) -> UnlockDialog:
    dialog = UnlockDialog(venue_setup.venue, "no keychain")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_passphrase_unlocks(qtbot: QtBot, venue_setup: VenueSetupResult) -> None:
    dialog = _dialog(qtbot, venue_setup)
    dialog.secret.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.keys is not None


def test_wrong_passphrase_and_damaged_file_read_differently(
    qtbot: QtBot, venue_setup: VenueSetupResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, venue_setup)
    dialog.secret.setText("wrong passphrase!")
    dialog.accept()
    wrong = dialog.message.text()
    assert wrong == "场所口令不正确。"
    assert dialog.keys is None

    def damaged(_secret: str) -> None:
        raise VaultDamaged("the passphrase key record is missing or damaged")

    monkeypatch.setattr(venue_setup.venue, "unlock_with_passphrase", damaged)
    dialog.accept()
    assert dialog.message.property("kind") == "damaged"
    assert "损坏" in dialog.message.text() and dialog.message.text() != wrong


def test_recovery_key_mode(qtbot: QtBot, venue_setup: VenueSetupResult) -> None:
    dialog = _dialog(qtbot, venue_setup)
    assert dialog.switch.text().startswith("使用恢复密钥")
    dialog.toggle_mode()
    dialog.secret.setText("AAAA-BBBB")
    dialog.accept()
    assert "恢复密钥" in dialog.message.text() and dialog.keys is None
    dialog.secret.setText(venue_setup.recovery_key.lower())
    dialog.accept()
    assert dialog.keys is not None
