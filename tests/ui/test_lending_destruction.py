"""Destruction through the screens: a file past its retention proposed, approved by the archive
keeper and a manager (recording it before both approve is refused with the reason), recorded as
destroyed before a witness, and the 销毁记录 printed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.test_lending_room import catalogued
from ui.lending.lending_demo import eleven_years_on
from ui.lending.lending_room import LendingRoom


def test_destruction_needs_both_approvals_then_is_recorded_and_printed(
    qtbot: QtBot, admin: Services
) -> None:
    item_no = catalogued(admin, "王𠮷")
    number = admin.archive.item(item_no).customer_number
    services = eleven_years_on(admin)
    sign_in_as(services, "boss", "manager")  # the manager's account, for the witness list
    sign_in_as(services, "keeper", "archive_keeper")
    keeper = LendingRoom(services)
    qtbot.addWidget(keeper)
    page = keeper.destruction
    assert page is not None
    page.reload()
    assert page.candidates.select_where(lambda r: r.number == number)
    propose = page.propose_dialog()
    assert propose is not None
    qtbot.addWidget(propose)
    propose.method.setCurrentIndex(propose.method.findData("shred"))
    propose.accept()
    assert propose.result() == QDialog.DialogCode.Accepted, propose.message.text()
    page.reload()
    [record] = page.records.rows()
    assert (record.state, record.item_numbers) == ("proposed", (item_no,))
    page.records.view.selectRow(0)
    assert page.approve()
    assert page.approve() is False and not page.message.isHidden()  # the keeper's level is given
    early = page.destroyed_dialog()
    assert early is not None
    qtbot.addWidget(early)
    ids = {s.username: s.id for s in services.staff.colleagues()}
    early.choose(ids["keeper"], ids["boss"])
    early.accept()
    assert early.result() != QDialog.DialogCode.Accepted
    assert early.message.text() and not early.message.isHidden()  # needs both approvals

    sign_in_as(services, "boss", "manager")
    manager = LendingRoom(services)
    qtbot.addWidget(manager)
    assert manager.destruction is not None
    manager.destruction.reload()
    manager.destruction.records.view.selectRow(0)
    assert manager.destruction.approve(), manager.destruction.message.text()

    sign_in_as(services, "keeper", "archive_keeper")
    page.reload()
    page.records.view.selectRow(0)
    done = page.destroyed_dialog()
    assert done is not None
    qtbot.addWidget(done)
    done.choose(ids["keeper"], ids["keeper"])
    done.accept()
    assert done.errors.text("witnessed_by")  # the witness is someone else
    done.choose(ids["keeper"], ids["boss"])
    done.accept()
    assert done.result() == QDialog.DialogCode.Accepted, done.message.text()
    page.reload()
    [destroyed] = page.records.rows()
    assert destroyed.state == "destroyed" and destroyed.witnessed_by == "员工boss"
    page.records.view.selectRow(0)
    preview = page.record_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
