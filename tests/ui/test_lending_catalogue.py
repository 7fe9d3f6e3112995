"""The archive keeper's catalogue and sign-in book through the screens, the incident opened by
missing pages closed with its resolution, the month's register saved as CSV, and a renewal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.lending.schemas import LoanInput, LoanLineInput, ReturnInput
from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.test_lending_room import catalogued, room

NOTE = '附件 "补充条款", 共 3 页\n原件'


def test_the_keeper_catalogues_a_file_and_signs_for_a_handover(
    qtbot: QtBot, admin: Services
) -> None:
    admin.customers.create(
        CustomerInput("阿卜杜拉·买买提", "+86 138 0013 8000", confidentiality="confidential")
    )
    keeper = room(qtbot, admin, "keeper", "archive_keeper")
    page = keeper.catalogue
    assert page is not None
    dialog = page.item_dialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.errors.text("contents")
    dialog.contents["contract"].setChecked(True)
    dialog.description.setPlainText(NOTE)
    dialog.accept()
    assert dialog.errors.text("shelf") and dialog.description.toPlainText() == NOTE
    dialog.shelf.setText("B区-机密柜-1")
    dialog.accept()
    assert dialog.errors.text("customer")  # no file chosen yet
    dialog.finder.search_for("阿卜杜拉")
    dialog.finder.choose_selected()
    assert "机密" in dialog.chosen_label.text() or "Confidential" in dialog.chosen_label.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    page.reload()
    [item] = page.items.rows()
    assert (item.confidentiality, item.contents, item.shelf) == (
        "confidential",
        ("contract",),
        "B区-机密柜-1",
    )
    assert page.items.model.is_flagged(0)  # 机密 marked in red

    handover = page.handover_dialog()
    qtbot.addWidget(handover)
    handover.department.setText("会籍部")
    handover.handed_by.setText("会籍顾问 王𠮷")
    handover.complete.setChecked(False)
    handover.accept()
    assert handover.errors.text("missing")
    handover.missing.setText("缺第 3 页签字表单")
    handover.accept()
    assert handover.errors.text("items")
    part = handover.item_dialog()
    qtbot.addWidget(part)
    part.finder.search_for("阿卜杜拉")
    part.contents["signed_forms"].setChecked(True)
    part.shelf.setText("B区-机密柜-2")
    part.accept()
    handover.add_item(part)
    assert handover.item_list.count() == 1
    handover.accept()
    assert handover.result() == QDialog.DialogCode.Accepted, handover.message.text()
    page.reload()
    [book] = page.handovers.rows()
    assert (book.department, book.complete, book.missing) == ("会籍部", False, "缺第 3 页签字表单")
    assert len(book.item_numbers) == 1 and page.handovers.model.is_flagged(0)


def test_incident_closed_month_csv_and_renewal(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    item_no = catalogued(admin)
    other = catalogued(admin, "陈静")
    sign_in_as(admin, "borrower", "reception")
    soon = date.today() + timedelta(days=1)
    first = admin.loans.apply(LoanInput("前厅部", (LoanLineInput(item_no),), "核对", "投诉", soon))
    second = admin.loans.apply(LoanInput("前厅部", (LoanLineInput(other),), "复印", "续卡", soon))
    for username, role in (("head", "manager"), ("keeper", "archive_keeper")):
        sign_in_as(admin, username, role)
        admin.loans.approve(first.number)
        admin.loans.approve(second.number)
    admin.lending.lend(first.number, signed_on_paper=True)
    admin.lending.lend(second.number, signed_on_paper=True)
    admin.lending.write_off(first.number, ReturnInput(((item_no, "missing_pages"),), "缺第 2 页"))

    keeper = room(qtbot, admin, "keeper", "archive_keeper")
    register = keeper.register
    assert register is not None
    register.reload()
    [incident] = register.incidents.rows()
    assert (incident.item_no, incident.kind) == (item_no, "missing_pages")
    assert register.incidents.model.is_flagged(0)
    register.incidents.view.selectRow(0)
    close = register.close_dialog()
    assert close is not None
    qtbot.addWidget(close)
    close.accept()
    assert close.errors.text("resolution")
    close.note.setPlainText("借阅人补回原件, 已归档")
    close.accept()
    assert close.result() == QDialog.DialogCode.Accepted
    register.reload()
    [closed] = register.incidents.rows()
    assert (
        closed.resolution == "借阅人补回原件, 已归档" and not register.incidents.model.is_flagged(0)
    )
    csv_path = tmp_path / "月报.csv"
    assert register.write_month_csv(csv_path)
    assert first.number in csv_path.read_bytes().decode("utf-8-sig")

    borrower = room(qtbot, admin, "borrower", "reception")
    page = borrower.applications
    assert page is not None
    page.reload()
    assert page.open_item(second.id)
    renew = page.renewal_dialog()
    assert renew is not None
    qtbot.addWidget(renew)
    renew.due_on.setDate(QDate.currentDate().addDays(10))
    renew.accept()
    assert renew.errors.text("due_on")  # beyond the limit
    renew.due_on.setDate(QDate.currentDate().addDays(3))
    renew.accept()
    assert renew.result() == QDialog.DialogCode.Accepted, renew.message.text()
    again = page.renewal_dialog()
    assert again is not None
    qtbot.addWidget(again)
    again.accept()
    assert "once" in again.message.text() or "一次" in again.message.text()
