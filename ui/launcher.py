"""Start the desktop app: set-up or unlock, sign-in, then the desk; time it for the benchmark."""

from __future__ import annotations

import ctypes
import os
import sys
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import DomainError
from app.security.keys import VaultKeys
from app.security.keystore import KeyringStore
from app.services import Services, build_services
from app.setup import create_venue
from app.venue import Venue, is_initialised, open_venue
from ui.busy import busy_cursor
from ui.dialogs.setup_wizard import SetupWizard
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.dialogs.unlock_dialog import UnlockDialog
from ui.fonts import ui_font
from ui.i18n import DEFAULT_LANGUAGE, install_translations
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.settings import UiSettings

BACKUP_DELAY_MS = 2000
NO_DISPLAY = "frontdesk: no display found; on a machine without a screen run: xvfb-run make run"
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
NO_XCB = (
    "frontdesk: Qt cannot open windows on X11 because {lib} is missing; "
    "on Debian/Ubuntu run: sudo apt install " + XCB_PACKAGES
)


def display_missing(env: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """True where Qt would abort for want of a screen (Linux without X11/Wayland, no QPA set)."""
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def xcb_library_missing(env: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """The system library Qt's X11 plugin lacks ("" if none): Qt itself would abort instead."""
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM") or env.get("WAYLAND_DISPLAY"):
        return ""
    if not env.get("DISPLAY"):
        return ""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return ""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return str(exc).split(":", 1)[0] or "a system library"
    return ""


def application() -> QApplication:
    """The one QApplication, with the bundled CJK font; translations are installed separately."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("FrontDesk")
    app.setOrganizationName("FrontDesk")
    app.setFont(ui_font(max(app.font().pointSize(), 10)))
    return app


def _fail(text: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("Launcher", "FrontDesk"), text)
    return 1


def _unlock(venue: Venue, store: KeyringStore) -> VaultKeys | None:
    keys = venue.unlock_from_keyring(store)
    if keys is not None:
        return keys
    dialog = UnlockDialog(venue, store.refusal() or "")
    return dialog.keys if dialog.exec() else None


def _open_or_create(data_dir: Path, store: KeyringStore) -> tuple[Services, str] | int:
    """(services, username to prefill) once the vault is open; an exit code otherwise."""
    if not is_initialised(data_dir):
        wizard = SetupWizard(data_dir, partial(create_venue, data_dir, keystore=store))
        if not wizard.exec() or wizard.result_ is None:
            return 0
        result = wizard.result_
        keys = result.venue.unlock_from_keyring(store) if result.keyring_saved else None
        if keys is None:
            with busy_cursor():
                keys = result.venue.unlock_with_passphrase(wizard.typed_passphrase())
        return build_services(result.venue, keys), wizard.admin_page.username.text().strip()
    venue = open_venue(data_dir)
    keys = _unlock(venue, store)
    if keys is None:
        venue.dispose()
        return 0
    return build_services(venue, keys), ""


def _language(services: Services) -> str:
    try:
        services.desk.current()
        return services.settings.get().language
    except DomainError:
        return DEFAULT_LANGUAGE


def open_desktop(data_dir: Path, store: KeyringStore | None = None) -> int:
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    missing = xcb_library_missing()
    if missing:
        print(NO_XCB.format(lib=missing), file=sys.stderr)
        return 2
    app = application()
    ui_settings = UiSettings()
    install_translations(ui_settings.language or DEFAULT_LANGUAGE)
    store = store or KeyringStore()
    try:
        opened = _open_or_create(data_dir, store)
    except DomainError as exc:
        return _fail(error_text(exc))
    if isinstance(opened, int):
        return opened
    services, username = opened
    try:
        return _run_desk(app, services, ui_settings, username)
    finally:
        services.close()


def _run_desk(app: QApplication, services: Services, ui: UiSettings, username: str) -> int:
    dialog = SignInDialog(services.staff, services.venue.venue_name, username or ui.last_username)
    if not dialog.exec() or dialog.actor is None:
        return 0
    ui.last_username = dialog.actor.username
    language = _language(services)
    if language != (ui.language or DEFAULT_LANGUAGE):
        ui.language = language  # a change made in settings applies from this start on
        install_translations(language)
    window = MainWindow(services, ui)
    window.show()
    QTimer.singleShot(BACKUP_DELAY_MS, window.backups.start)  # let the desk paint first
    code = app.exec()
    _backup_on_exit(window)
    ui.sync()
    return code


def _backup_on_exit(window: MainWindow) -> None:
    messages: list[str] = []
    window.backups.failed.connect(messages.append)
    if (
        window.backups.available
        and not window.backups.run_now(quiet=True, automatic=True)
        and messages
    ):
        QMessageBox.warning(None, QCoreApplication.translate("Launcher", "Backup"), messages[-1])


def time_main_window(services: Services) -> float:
    """Seconds to build and show the signed-in main window (offscreen in the benchmark)."""
    application()
    install_translations(DEFAULT_LANGUAGE)
    started = time.perf_counter()
    window = MainWindow(services)
    window.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed
