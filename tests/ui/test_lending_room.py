"""The archive lending room through its screens, with real services: an application refused for a
late return date (text next to the field, input kept), the whole path from applying to the
written-off return, the general manager's level for a confidential file, tabs by role."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.lending.schemas import ArchiveItemInput, LoanInput, LoanLineInput
from app.services import Services
from tests.conftest import ADMIN_PASSWORD, sign_in_as
from ui.lending.apply_dialog import ApplyDialog
from ui.lending.approvals_page import decision_dialog
from ui.lending.lending_demo import seed_lending_demo
from ui.lending.lending_room import LendingRoom
from ui.main_window import MainWindow
from ui.repairs.signature_pad import SignaturePad
from ui.widgets.due_list import open_in_room

PURPOSE = '核对会员合同, 客户来电"投诉"'
REASON = "客户 阿卜杜拉·买买提 说合同条款不一致,\n需要原件 👀"


def catalogued(services: Services, name: str = "王𠮷", level: str = "normal") -> str:
    """A customer file (made by the admin) with one paper file catalogued by the keeper."""
    sign_in_as(services, "admin_helper", "admin")
    customer = services.customers.create(
        CustomerInput(name, "+86 138 0013 8000", confidentiality=level), allow_duplicate=True
    )
    sign_in_as(services, "keeper", "archive_keeper")
    item = services.archive.add_item(
        ArchiveItemInput(customer.id, ("id_copy", "contract"), 2, "A区-3架-12格", date.today())
    )
    return item.number


def room(qtbot: QtBot, services: Services, username: str, role: str) -> LendingRoom:
    sign_in_as(services, username, role)
    widget = LendingRoom(services)
    qtbot.addWidget(widget)
    return widget


def fill(dialog: ApplyDialog, item_no: str, days: int) -> None:
    dialog.choose(item_no)
    dialog.department.setText("前厅部")
    dialog.purpose.setText(PURPOSE)
    dialog.reason.setPlainText(REASON)
    day = date.today() + timedelta(days=days)
    dialog.due_on.setDate(dialog.due_on.date().fromString(day.isoformat(), "yyyy-MM-dd"))


def draw(qtbot: QtBot, pad: SignaturePad) -> None:
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(pad, left, pos=QPoint(30, 80))  # type: ignore[no-untyped-call]
    for x in range(40, 400, 25):
        qtbot.mouseMove(pad, QPoint(x, 80 + (x // 25) % 3 * 10))  # type: ignore[no-untyped-call]
    qtbot.mouseRelease(pad, left, pos=QPoint(410, 90))  # type: ignore[no-untyped-call]


def test_a_late_return_date_is_refused_next_to_the_field_and_the_input_kept(
    qtbot: QtBot, admin: Services
) -> None:
    item_no = catalogued(admin)
    desk = room(qtbot, admin, "borrower", "reception")
    assert desk.applications is not None
    dialog = desk.applications.apply_dialog()
    qtbot.addWidget(dialog)
    fill(dialog, item_no, days=4)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "3" in dialog.errors.text("due_on")
    assert (dialog.purpose.text(), dialog.reason.toPlainText()) == (PURPOSE, REASON)
    assert [i.number for i in dialog.chosen()] == [item_no]
    assert admin.loans.loans() == []


def test_apply_approve_lend_with_signature_print_and_write_off(
    qtbot: QtBot, admin: Services
) -> None:
    item_no = catalogued(admin)
    borrower = room(qtbot, admin, "borrower", "reception")
    assert borrower.applications is not None
    dialog = borrower.applications.apply_dialog()
    qtbot.addWidget(dialog)
    fill(dialog, item_no, days=3)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    borrower.applications.reload()
    [mine] = borrower.applications.table.rows()
    assert mine.next_stage == "department"
    assert "Department head" in borrower.applications.table.model.index(0, 5).data() or (
        "部门负责人" in borrower.applications.table.model.index(0, 5).data()
    )

    for username, role in (("head", "manager"), ("keeper", "archive_keeper")):
        approver = room(qtbot, admin, username, role)
        assert approver.approvals is not None
        approver.approvals.reload()
        assert [r.number for r in approver.approvals.table.rows()] == [mine.number]
        approver.approvals.table.view.selectRow(0)
        decision = approver.approvals.decision(True)
        assert decision is not None
        qtbot.addWidget(decision)
        decision.accept()
        assert decision.result() == QDialog.DialogCode.Accepted, decision.message.text()

    keeper = room(qtbot, admin, "keeper", "archive_keeper")
    register = keeper.register
    assert register is not None
    register.show_loans("approved")
    assert [r.number for r in register.loans.rows()] == [mine.number]
    register.loans.view.selectRow(0)
    lend = register.lend_dialog()
    assert lend is not None
    qtbot.addWidget(lend)
    lend.show()
    qtbot.waitExposed(lend)
    lend.accept()
    assert "sign" in lend.errors.text("signature").lower() or "签" in lend.errors.text("signature")
    draw(qtbot, lend.signature.pad)
    lend.accept()
    assert lend.result() == QDialog.DialogCode.Accepted, lend.message.text()
    register.show_loans("lent")
    assert register.loans.select_where(lambda r: r.number == mine.number)
    assert admin.lending.signature(mine.number) is not None
    slip = register.slip_preview()
    assert slip is not None
    qtbot.addWidget(slip)
    assert slip._data.startswith(b"%PDF")

    back = register.return_dialog()
    assert back is not None
    qtbot.addWidget(back)
    back.set_condition(item_no, "damaged")
    back.accept()
    assert back.errors.text("note")  # damaged needs a note
    back.note.setPlainText("封面有折痕, 已登记")
    back.accept()
    assert back.result() == QDialog.DialogCode.Accepted, back.message.text()
    register.show_loans("returned")
    [returned] = register.loans.rows()
    assert (returned.number, returned.state, returned.lines[0].condition) == (
        mine.number,
        "returned",
        "damaged",
    )


def test_a_confidential_file_needs_the_general_manager_and_own_approval_is_refused(
    qtbot: QtBot, admin: Services
) -> None:
    item_no = catalogued(admin, "阿卜杜拉·买买提", "confidential")
    borrower = room(qtbot, admin, "head", "manager")  # a department head borrowing himself
    assert borrower.applications is not None
    dialog = borrower.applications.apply_dialog()
    qtbot.addWidget(dialog)
    fill(dialog, item_no, days=2)
    dialog.accept()
    [loan] = admin.loans.loans()
    assert loan.needs_general_manager
    own = decision_dialog(admin, loan, True)
    qtbot.addWidget(own)
    own.accept()
    assert own.result() != QDialog.DialogCode.Accepted
    assert own.message.text() and not own.message.isHidden()
    for username, role in (("head2", "manager"), ("keeper", "archive_keeper")):
        sign_in_as(admin, username, role)
        admin.loans.approve(loan.number)
    keeper = room(qtbot, admin, "keeper", "archive_keeper")
    assert keeper.approvals is not None
    keeper.approvals.reload()
    assert keeper.approvals.table.rows() == []  # the keeper's level is done
    gm = room(qtbot, admin, "gm", "general_manager")
    assert gm.approvals is not None
    gm.approvals.reload()
    [waiting] = gm.approvals.table.rows()
    assert waiting.next_stage == "general_manager"
    gm.approvals.table.view.selectRow(0)
    refuse = gm.approvals.decision(False)
    assert refuse is not None
    qtbot.addWidget(refuse)
    refuse.accept()
    assert refuse.errors.text("note")  # refusing needs a reason
    refuse.note.setPlainText("绝密档案不外借, 请到档案室查阅")
    refuse.accept()
    assert refuse.result() == QDialog.DialogCode.Accepted
    mine = room(qtbot, admin, "head", "manager")
    assert mine.applications is not None
    mine.applications.reload()
    [refused] = mine.applications.table.rows()
    assert refused.state == "refused"
    assert "绝密档案不外借" in mine.applications.table.model.index(0, 6).data()


def test_tabs_follow_the_role(qtbot: QtBot, admin: Services) -> None:
    desk = room(qtbot, admin, "borrower", "reception")
    assert desk.count() == 1 and desk.applications is not None
    assert desk.catalogue is None and desk.destruction is None and desk.register is None
    keeper = room(qtbot, admin, "keeper", "archive_keeper")
    assert None not in (keeper.register, keeper.catalogue, keeper.destruction, keeper.approvals)
    assert keeper.access is None
    manager = room(qtbot, admin, "head", "manager")
    assert manager.access is not None and manager.destruction is not None
    assert manager.catalogue is None


def test_the_main_window_builds_the_room_and_opens_a_loan_from_the_due_list(
    qtbot: QtBot, admin: Services
) -> None:
    item_no = catalogued(admin)
    sign_in_as(admin, "borrower", "reception")
    loan = admin.loans.apply(
        LoanInput("前厅部", (LoanLineInput(item_no),), PURPOSE, REASON, date.today())
    )
    for username, role in (("head", "manager"), ("keeper", "archive_keeper")):
        sign_in_as(admin, username, role)
        admin.loans.approve(loan.number)
    admin.lending.lend(loan.number, signed_on_paper=True)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    open_in_room(window.nav, window.rooms, "loan", loan.id)
    lending = window.lending_room
    assert lending is not None and window.rooms.currentWidget() is lending
    assert lending.currentWidget() is lending.register and lending.register is not None
    assert lending.register.loans.selected() is not None
    assert lending.register.loans.selected().number == loan.number  # type: ignore[union-attr]


def test_the_demo_register_shows_the_overdue_loan_in_red(qtbot: QtBot, admin: Services) -> None:
    seed_lending_demo(admin, ADMIN_PASSWORD)
    assert admin.desk.actor is not None and admin.desk.actor.username == "admin"
    desk = LendingRoom(admin)
    qtbot.addWidget(desk)
    assert desk.currentWidget() is desk.register and desk.register is not None
    desk.activate()
    rows = desk.register.loans.rows()
    flagged = [r.number for i, r in enumerate(rows) if desk.register.loans.model.is_flagged(i)]
    assert len(rows) == 2 and flagged == [r.number for r in rows if r.overdue] and flagged
    assert [o.number for o in admin.loans.overdue()] == flagged
    colour = desk.register.loans.model.index(rows.index(next(r for r in rows if r.overdue)), 0)
    assert colour.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
