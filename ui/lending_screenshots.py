"""The archive lending screens for `main.py screenshots`: the register with an overdue loan in red,
the catalogue and sign-in book, access requests and the view report, destruction records, the
application refused for a late return date, lending with a signature, the slip, and the room as
the borrower and the general manager see it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from app.services import Services
from ui.customers.access_request_dialog import AccessRequestDialog
from ui.lending.lending_demo import DEPARTMENT, as_staff, eleven_years_on, seed_lending_demo
from ui.lending.lending_room import LendingRoom
from ui.repairs.signature_pad import SignaturePad

Shoot = Callable[..., None]
__all__ = ["lending_screens", "seed_lending_demo"]


def _draw(pad: SignaturePad) -> None:
    left = Qt.MouseButton.LeftButton
    for y in (70, 120):
        QTest.mousePress(pad, left, pos=QPoint(40, y))
        for x in range(50, 420, 20):
            QTest.mouseMove(pad, QPoint(x, y + (x // 20) % 4 * 6))
        QTest.mouseRelease(pad, left, pos=QPoint(430, y))


def lending_screens(shoot: Shoot, services: Services, room: LendingRoom, password: str) -> None:
    window = room.window()
    for page, name in (
        (room.register, "register"),
        (room.catalogue, "catalogue"),
        (room.access, "access"),
        (room.destruction, "destruction"),
    ):
        if page is None:
            continue
        room.setCurrentWidget(page)
        if page is room.access and room.access is not None:
            room.access.show_report()
        shoot(window, f"lending_{name}")
    _dialog_screens(shoot, services, room)
    later = LendingRoom(eleven_years_on(services))  # files past retention need the years
    later.resize(1180, 640)
    if later.destruction is not None:
        later.setCurrentWidget(later.destruction)
        later.destruction.reload()
        shoot(later, "lending_destruction_past_retention")
    later.close()
    later.deleteLater()
    for username, key in (("wangfang", "applications"), ("sunliu", "approvals")):
        as_staff(services, username)
        view = LendingRoom(services)
        view.resize(1180, 640)
        tab = view.applications if key == "applications" else view.approvals
        if tab is not None:
            view.setCurrentWidget(tab)
            tab.reload()
            shoot(view, f"lending_{key}_{username}")
        view.close()
        view.deleteLater()
    services.staff.sign_out()
    services.staff.sign_in("admin", password)


def _dialog_screens(shoot: Shoot, services: Services, room: LendingRoom) -> None:
    register = room.register
    if register is None:
        return
    register.show_loans("approved")
    register.loans.view.selectRow(0)
    lend = register.lend_dialog()
    if lend is not None:
        lend.show()
        _draw(lend.signature.pad)
        shoot(lend, "lending_lend_signature")
        lend.close()
    register.show_loans("lent")
    register.loans.select_where(lambda r: r.overdue)
    slip = register.slip_preview()
    if slip is not None:
        slip.resize(640, 860)
        shoot(slip, "lending_slip_preview", settle_s=1.5)
        slip.close()
    back = register.return_dialog()
    if back is not None:
        for item in back.conditions:
            back.set_condition(item, "missing_pages")
        back.accept()  # refused: a missing page needs a note
        shoot(back, "lending_return_note_required")
        back.close()
    if room.approvals is not None:
        room.approvals.reload()
        room.approvals.table.view.selectRow(0)
        dialog = room.approvals.decision(False)
        if dialog is not None:
            dialog.accept()
            shoot(dialog, "lending_refuse_needs_reason")
            dialog.close()
    if room.catalogue is not None:
        new_item = room.catalogue.item_dialog()
        new_item.finder.search_for("阿卜杜拉")
        new_item.finder.choose_selected()
        new_item.contents["contract"].setChecked(True)
        new_item.accept()  # refused: the shelf is missing
        shoot(new_item, "lending_catalogue_item_shelf_missing")
        new_item.close()
        hits = services.directory.search("阿卜杜拉", 1)
        if hits:
            ask = AccessRequestDialog(services, hits[0].customer_id, [])
            ask.reason.setPlainText("客户来电要求核对会籍合同条款")
            shoot(ask, "customers_access_request")
            ask.close()
    if room.applications is not None:
        apply = room.applications.apply_dialog()
        apply.choose(*[r.number for r in apply.catalogue.rows()[:2]])
        apply.department.setText(DEPARTMENT)
        apply.purpose.setText("核对会员合同")
        apply.reason.setPlainText('客户说"合同条款不一致"')
        late = date.today() + timedelta(days=5)
        apply.due_on.setDate(QDate(late.year, late.month, late.day))
        apply.accept()
        shoot(apply, "lending_apply_late_date")
        apply.close()
