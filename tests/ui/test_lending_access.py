"""A confidential customer file through the screens: refused without a request, the refusal offers
"apply to view", a manager approves in the archive room, then the file opens; the view report
names the request."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.services import Services
from tests.conftest import sign_in_as
from tests.ui.customer_helpers import answer_modal
from ui.customers.access_request_dialog import AccessRequestDialog
from ui.customers.customers_room import CustomersRoom
from ui.customers.file_dialog import CustomerFileDialog
from ui.lending.lending_room import LendingRoom

WHY = '客户投诉"合同条款", 需核对原件,\n经理已口头同意 🙏'


def test_a_confidential_file_offers_a_request_and_opens_once_approved(
    qtbot: QtBot, admin: Services
) -> None:
    secret = admin.customers.create(
        CustomerInput("阿卜杜拉·买买提", "+86 138 0013 8000", confidentiality="top_secret")
    )
    sign_in_as(admin, "xiaoli", "reception")
    room = CustomersRoom(admin)
    qtbot.addWidget(room)
    room.show()
    assert room.open_file(secret.id) is False
    assert room.message.isVisible() and room.access_offer.isVisible()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, AccessRequestDialog)
        widget.accept()  # no reason yet: refused next to the field, dialog stays
        assert widget.errors.text("reason") and widget.isVisible()
        widget.reason.setPlainText(WHY)
        widget.hours.setValue(8)
        widget.accept()

    answer_modal(fill)
    record = room.access_offer.apply()
    assert record is not None and record.state == "pending" and record.hours == 8
    assert record.number in room.access_offer.status.text()
    assert room.open_file(secret.id) is False  # still waiting
    assert record.number in room.access_offer.status.text()

    sign_in_as(admin, "boss", "manager")
    archive = LendingRoom(admin)
    qtbot.addWidget(archive)
    assert archive.access is not None
    archive.access.reload()
    assert [r.number for r in archive.access.requests.rows()] == [record.number]
    archive.access.requests.view.selectRow(0)
    approve = archive.access.decision(True)
    assert approve is not None
    qtbot.addWidget(approve)
    approve.note.setPlainText("同意, 8 小时内")
    approve.accept()
    assert approve.result() == QDialog.DialogCode.Accepted, approve.message.text()

    sign_in_as(admin, "xiaoli", "reception")
    seen: list[QWidget] = []
    answer_modal(QWidget.hide, seen)
    assert room.open_file(secret.id) is True
    assert isinstance(seen[0], CustomerFileDialog)

    sign_in_as(admin, "boss", "manager")
    archive.access.first.setDate(archive.access.last.date())
    report = archive.access.show_report()
    assert report is not None and report.end == date.today()
    assert [(v.username, v.request_no) for v in report.views] == [("xiaoli", record.number)]
    assert report.without_request == ()
    assert archive.access.summary.text() == "共 1 次查阅；其中无申请 0 次。"


def test_the_request_dialog_refuses_an_ordinary_file(qtbot: QtBot, admin: Services) -> None:
    plain = admin.customers.create(CustomerInput("王𠮷", "13800138000"))
    sign_in_as(admin, "xiaoli", "reception")
    dialog = AccessRequestDialog(admin, plain.id, [])
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText(WHY)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text("customer")
    assert dialog.reason.toPlainText() == WHY
