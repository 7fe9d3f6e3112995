"""The greetings page: only customers who agreed to marketing are listed, the CSV for the SMS
tool is written as shown, the call sheet renders, and an opt-out removes the row."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.services import Services
from tests.app.care_helpers import customer
from tests.ui.customer_helpers import answer_modal
from ui.care.greetings_page import GreetingsPage


def click_yes(widget: QWidget) -> None:
    assert isinstance(widget, QMessageBox)
    widget.button(QMessageBox.StandardButton.Yes).click()


def test_greeting_list_csv_call_sheet_and_opt_out(
    admin: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    yes = admin.customers.create(
        CustomerInput(
            '张三😀 "老张"', "+86 138 0013 8000", address="上海市静安区南京西路1601号",
            consents=(ConsentInput(ConsentPurpose.MARKETING),),
        )
    ).id  # fmt: skip
    customer(admin, "李四", phone="139 0013 9000", marketing=False)
    page = GreetingsPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    names = [page.days.model.row_at(i).name for i in range(page.days.model.rowCount())]
    assert "中秋节" in names and "春节" in names
    spring = next(i for i, n in enumerate(names) if n == "春节")
    page.days.view.selectRow(page.days.proxy.mapFromSource(page.days.model.index(spring, 0)).row())
    page.show_targets()
    model = page.targets.model
    assert [(model.row_at(i).customer_id) for i in range(model.rowCount())] == [yes]
    assert model.index(0, 2).data() == "13800138000"
    out = tmp_path / "春节 greetings.csv"
    assert page.write_csv(out)
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    number = model.row_at(0).number
    assert lines[0] == "客户编号,姓名,手机,祝福语"
    assert lines[1].startswith(f'{number},"张三😀 ""老张""",13800138000,新春快乐')
    assert len(lines) == 2
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(page.call_sheet_pdf())
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "春节" in text and "13800138000" in text and "共 1 位" in text
    pdf.write_bytes(page.labels_pdf())
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "南京西路1601号" in text and '张三😀 "老张" 收' in text.replace("〓", "😀")
    assert page.note.text().startswith("共 1 张标签")  # one label, nobody without an address
    page.targets.view.selectRow(0)
    answer_modal(click_yes)
    page.opt_out()
    assert model.rowCount() == 0
    assert admin.care.greeting_list(page.days.selected().id) == []  # type: ignore[union-attr]


def test_a_receptionist_sees_the_list_but_cannot_edit_greeting_days(
    reception: Services, qtbot: QtBot
) -> None:
    page = GreetingsPage(reception)
    qtbot.addWidget(page)
    page.refresh()
    assert page.days.model.rowCount() >= 8
    assert page.findChild(QWidget, "greetings_add_day") is None
    assert page.findChild(QWidget, "greetings_edit_day") is None
    assert page.findChild(QWidget, "greetings_csv") is not None
