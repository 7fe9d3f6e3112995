"""UI fixtures: the bundled font and the Chinese catalogue installed, as at a real start."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services import Services
from app.setup import create_venue
from app.staff.service import StaffInput
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, NoKeyring
from ui.dialogs.setup_wizard import CreateVenue
from ui.fonts import register_qt_font
from ui.i18n import install_translations

RECEPTION_PASSWORD = "qiantai-密码-1"


@pytest.fixture(autouse=True)
def zh_ui(qapp: QApplication) -> Iterator[None]:
    register_qt_font()
    assert install_translations("zh_CN"), "resources/translations/frontdesk_zh_CN.qm missing"
    yield
    install_translations("zh_CN")


@pytest.fixture
def reception(admin: Services) -> Services:
    """The same venue, signed in as a receptionist."""
    admin.staff.create(StaffInput("xiaoli", "前台 李小丽", "reception", RECEPTION_PASSWORD))
    admin.staff.sign_out()
    admin.staff.sign_in("xiaoli", RECEPTION_PASSWORD)
    return admin


@pytest.fixture
def fast_create(data_dir: Path) -> CreateVenue:
    return partial(create_venue, data_dir, keystore=NoKeyring(), kdf_params=TEST_KDF)


__all__ = ["ADMIN_PASSWORD", "RECEPTION_PASSWORD"]
