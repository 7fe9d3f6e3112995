"""The Reports room: each role sees only its reports, a PDF previews and a CSV is written with the
same bytes as the command line; the customer file shows the other rooms' records of that
customer in its tabs; a duty manager sets the loan limit."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.care.schemas import SatisfactionInput
from app.customers.schemas import CustomerInput
from app.reports.catalogue import monthly_report
from app.services import Services
from tests.app.complaint_helpers import intake
from tests.conftest import sign_in_as
from ui.customers.file_dialog import CustomerFileDialog
from ui.lending.lending_room import LendingRoom
from ui.lending.loan_limit_box import LoanLimitBox
from ui.reports.reports_room import ReportsRoom


def _keys(room: ReportsRoom) -> list[str]:
    room.activate()
    return [room.reports.item(i).data(256) for i in range(room.reports.count())]


def test_each_role_sees_its_reports(qtbot: QtBot, admin: Services) -> None:
    room = ReportsRoom(admin)
    qtbot.addWidget(room)
    keys = ["members", "complaints", "repairs", "lending", "file-views", "analysis"]
    assert _keys(room) == keys
    assert room.reports.item(0).text() == "会员月报"
    sign_in_as(admin, "caiwu", "finance")
    assert _keys(room) == ["repairs", "analysis"]
    sign_in_as(admin, "qiantai", "reception")
    assert _keys(room) == []
    assert not room.preview_button.isEnabled() and not room.csv_button.isEnabled()


def test_preview_and_csv_match_the_catalogue(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    admin.complaints.record(intake())
    admin.care.record_satisfaction(SatisfactionInput(nps=9, comment="很好, 谢谢"))
    room = ReportsRoom(admin)
    qtbot.addWidget(room)
    room.reports.setCurrentRow(_keys(room).index("complaints"))
    room.month.setDate(room.month.date().currentDate())
    month = room.month_text()
    dialog = room.preview_dialog()
    assert dialog is not None and dialog.document.pageCount() >= 1
    dialog.deleteLater()
    out = tmp_path / "complaints.csv"
    assert room.write_csv(out)
    expected = monthly_report("complaints").render(admin, month, as_csv=True)
    assert out.read_bytes() == expected
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert any(month in row for row in rows)


def test_customer_file_shows_this_customers_room_records(qtbot: QtBot, admin: Services) -> None:
    customer = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    other = admin.customers.create(CustomerInput("李四", "139 0013 9000"))
    card = admin.complaints.record(
        intake(customer_id=customer.id, contact_name="", contact_phone="")
    )
    admin.complaints.record(intake(customer_id=other.id, contact_name="", contact_phone=""))
    dialog = CustomerFileDialog(admin, admin.customers.open(customer.id))
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    for title in ("投诉", "维修", "纸质档案", "客户关怀"):
        assert any(title in t for t in titles), titles
    index = next(i for i, t in enumerate(titles) if "投诉" in t)
    tabs.setCurrentIndex(index)
    tab = dialog.room_tabs[0]
    assert tab.loaded and tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == card.number


def test_a_duty_manager_sets_the_loan_limit(qtbot: QtBot, admin: Services) -> None:
    sign_in_as(admin, "zhiban", "manager")
    room = LendingRoom(admin)
    qtbot.addWidget(room)
    box = room.cornerWidget()
    assert isinstance(box, LoanLimitBox) and box.days.value() == 3
    box.days.setValue(5)
    assert box.save() and box.message.text() == "已保存。"
    assert admin.lending.loan_limit() == 5
    sign_in_as(admin, "guanli", "archive_keeper")  # the keeper works to the limit, not on it
    assert LendingRoom(admin).cornerWidget() is None
