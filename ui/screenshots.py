"""Render every main screen offscreen to PNG (docs, support, and a visual check of Chinese text)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

import keyring.backends.fail
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.customers.schemas import CustomerInput
from app.errors import DomainError
from app.security.kdf import KdfParams
from app.security.keystore import KeyringStore
from app.services import Services, build_services
from app.setup import create_venue
from app.staff.service import StaffInput
from app.venue import open_venue
from ui.care_screenshots import care_screens, seed_care_demo
from ui.complaint_screenshots import complaint_screens, seed_complaint_demo
from ui.customer_screenshots import customer_screens, seed_customer_demo
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.dialogs.unlock_dialog import UnlockDialog
from ui.english_leaks import english_texts
from ui.i18n import DEFAULT_LANGUAGE, install_translations
from ui.launcher import application
from ui.lending_screenshots import lending_screens, seed_lending_demo
from ui.main_window import MainWindow
from ui.member_screenshots import MemberDemo, checkin_screens, members_screens, seed_member_demo
from ui.repair_screenshots import repairs_screens
from ui.rooms import ROOMS

DEMO_PASSPHRASE = "春眠不觉晓-处处闻啼鸟-2026"
DEMO_ADMIN_PASSWORD = "admin-演示-密码"
DEMO_CUSTOMERS = (
    CustomerInput(
        "张伟", "13800138000", "male", date(1980, 5, 12), value_tier="vip", activity="active"
    ),
    CustomerInput("王芳", "13912345678", "female", date(1988, 11, 3), activity="active"),
    CustomerInput("李娜", "13698765432", "female", date(1992, 2, 29), value_tier="diamond"),
    CustomerInput("刘洋", "15000001111", "male", activity="dormant"),
    CustomerInput("陈静", "18611112222", "female", date(1975, 8, 15)),
    CustomerInput("欧阳晓燕", "13355556666", "female", value_tier="vip", activity="active"),
    CustomerInput("张帅", "13566667777", "male", value_tier="vip", confidentiality="confidential"),
    CustomerInput("周深", "18922223333", "male", confidentiality="top_secret"),
)


def _no_keyring() -> KeyringStore:
    """Never touch the user's keychain while rendering screenshots."""
    return KeyringStore(backend=keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


class _Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[Path] = []
        self.english: dict[str, list[str]] = {}  # screen -> texts left in English

    def shoot(self, widget: QWidget, name: str, settle_s: float = 0.0) -> None:
        """settle_s lets threaded painting (QPdfView renders pages off the GUI thread) finish."""
        widget.show()
        deadline = time.monotonic() + settle_s
        while True:
            QApplication.processEvents()
            if time.monotonic() >= deadline:
                break
            time.sleep(0.02)
        path = self.out / f"{len(self.written) + 1:02d}_{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        if leaks := english_texts(widget):
            self.english[path.stem] = leaks


def _fill_wizard(wizard: SetupWizard) -> None:
    wizard.venue_page.venue_name.setText("静安·云栖会所")
    wizard.admin_page.display_name.setText("王经理")
    wizard.admin_page.password.setText(DEMO_ADMIN_PASSWORD)
    wizard.admin_page.password_again.setText(DEMO_ADMIN_PASSWORD)
    wizard.passphrase_page.passphrase.setText(DEMO_PASSPHRASE)
    wizard.passphrase_page.passphrase_again.setText(DEMO_PASSPHRASE)


def _wizard_screens(shooter: _Shooter, data_dir: Path) -> SetupWizard:
    """Walk the wizard through for real: the demo venue is created by it (minimum KDF)."""
    create = partial(create_venue, data_dir, keystore=_no_keyring(), kdf_params=KdfParams())
    wizard = SetupWizard(data_dir, create)
    _fill_wizard(wizard)
    for name in ("wizard_venue", "wizard_admin", "wizard_passphrase", "wizard_backup"):
        shooter.shoot(wizard, name)
        wizard.next()
    shooter.shoot(wizard, "wizard_recovery_key")
    preview = PdfPreviewDialog(
        wizard.recovery_page.sheet_pdf(),
        QCoreApplication.translate("RecoveryKeyPage", "Recovery sheet"),
        "recovery.pdf",
    )
    preview.resize(640, 860)
    shooter.shoot(preview, "recovery_sheet_preview", settle_s=1.5)
    preview.close()
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    return wizard


def _seed(services: Services) -> tuple[str, MemberDemo]:
    services.customers.import_many(list(DEMO_CUSTOMERS))
    services.staff.create(StaffInput("xiaoli", "前台 李小丽", "reception", "qiantai-2026"))
    seed_complaint_demo(services)
    seed_care_demo(services)
    seed_lending_demo(services, DEMO_ADMIN_PASSWORD)
    return seed_customer_demo(services), seed_member_demo(services)


def _desk_screens(
    shooter: _Shooter,
    services: Services,
    username: str,
    password: str,
    demo_file: str = "",
    members: MemberDemo | None = None,
) -> None:
    sign_in = SignInDialog(services.staff, services.venue.venue_name, username)
    shooter.shoot(sign_in, "sign_in")
    sign_in.form.password.setText("wrong-password")
    sign_in.form.attempt()
    shooter.shoot(sign_in, "sign_in_wrong_password")
    sign_in.form.password.setText(password)
    sign_in.accept()
    sign_in.close()
    window = MainWindow(services)
    window.resize(1280, 800)
    for index, room in enumerate(ROOMS):
        window.nav.setCurrentRow(index)
        if room.key != "admin":
            shooter.shoot(window, f"room_{room.key}")
        if room.key == "customers" and demo_file and window.customers_page is not None:
            customer_screens(shooter.shoot, services, window.customers_page, demo_file)
        if room.key == "checkin" and members and window.checkin_room is not None:
            checkin_screens(shooter.shoot, services, window.checkin_room, members)
        if room.key == "members" and members and window.members_room is not None:
            members_screens(shooter.shoot, window.members_room, members)
        if room.key == "complaints" and members and window.complaints_room is not None:
            complaint_screens(shooter.shoot, services, window.complaints_room)
        if room.key == "repairs" and members and window.repairs_room is not None:
            repairs_screens(shooter.shoot, services, window.repairs_room)
        if room.key == "care" and members and window.care_room is not None:
            care_screens(shooter.shoot, services, window.care_room)
        if room.key == "lending" and members and window.lending_room is not None:
            lending_screens(shooter.shoot, services, window.lending_room, password)
    admin = window.admin_room
    if admin is not None:
        for tab in range(admin.count()):
            admin.setCurrentIndex(tab)
            if admin.currentWidget() is admin.backup_page:
                admin.backup_page.back_up()
            pages: dict[QWidget | None, str] = {
                admin.staff_page: "staff",
                admin.settings_page: "settings",
                admin.audit_page: "audit",
                admin.retention_page: "retention",
                admin.backup_page: "backup",
            }
            key = pages.get(admin.currentWidget(), str(tab))
            shooter.shoot(window, f"admin_{key}")
    window.lock_desk()
    shooter.shoot(window, "lock_screen")
    window.lock_screen.sign_out()
    shooter.shoot(window, "lock_screen_sign_in")
    window.close()


def _open_existing(data_dir: Path) -> tuple[Services, str, str]:
    venue = open_venue(data_dir)
    keys = venue.unlock_from_keyring(KeyringStore())
    if keys is None:
        keys = venue.unlock_with_passphrase(os.environ.get("FRONTDESK_PASSPHRASE", ""))
    services = build_services(venue, keys)
    username = os.environ.get("FRONTDESK_USER", "")
    password = os.environ.get("FRONTDESK_PASSWORD", "")
    services.staff.sign_in(username, password)  # refuses early, before any screen is drawn
    services.staff.sign_out()
    return services, username, password


def render_screenshots(data_dir: Path | None, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    application()
    install_translations(DEFAULT_LANGUAGE)
    shooter = _Shooter(out)
    with tempfile.TemporaryDirectory(prefix="frontdesk-shots-") as tmp:
        demo_dir = Path(tmp) / "venue"
        wizard = _wizard_screens(shooter, demo_dir)
        result = wizard.result_
        if result is None:
            print("frontdesk: the demo venue could not be created", file=sys.stderr)
            return 1
        demo_keys = result.venue.unlock_with_passphrase(DEMO_PASSPHRASE)
        demo = build_services(result.venue, demo_keys)
        try:
            shooter.shoot(UnlockDialog(result.venue, result.keyring_refusal or ""), "unlock")
            recovery = UnlockDialog(result.venue)
            recovery.toggle_mode()
            shooter.shoot(recovery, "unlock_recovery_key")
            if data_dir is None:
                demo.staff.sign_in("admin", DEMO_ADMIN_PASSWORD)
                demo_file, members = _seed(demo)
                demo.staff.sign_out()
                _desk_screens(shooter, demo, "admin", DEMO_ADMIN_PASSWORD, demo_file, members)
            else:
                try:
                    services, username, password = _open_existing(data_dir)
                except DomainError as exc:
                    print(f"frontdesk: cannot open {data_dir}: {exc}", file=sys.stderr)
                    return 2
                try:
                    _desk_screens(shooter, services, username, password)
                finally:
                    services.close()
        finally:
            demo.close()
            QApplication.processEvents()
    for path in shooter.written:
        print(path)
    _report_english(shooter)
    return 0


def _report_english(shooter: _Shooter) -> None:
    """english.txt beside the PNGs: each screen's texts still in English (empty when none)."""
    lines = [f"{screen}\t{text!r}" for screen, texts in shooter.english.items() for text in texts]
    (shooter.out / "english.txt").write_text("".join(f"{line}\n" for line in lines), "utf-8")
    if lines:
        print(f"frontdesk: {len(lines)} texts left in English, see english.txt", file=sys.stderr)
