from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.services import Services
from tests.ui.customer_helpers import answer_modal, seed
from ui.customers import manager_actions
from ui.customers.manager_actions import MergeDialog
from ui.customers.prompts import EraseConfirmDialog


def test_merge_finds_the_other_file_and_needs_a_reason(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = seed(admin)
    twin = admin.customers.create(CustomerInput("张三", "13700001111", notes="老客户"))
    keep = people["张三"]
    dialog = MergeDialog(admin, keep.id, f"{keep.number} 张三")
    qtbot.addWidget(dialog)
    dialog.query.setText("13700001111")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=2000)
    assert dialog.other_id() == twin.id
    dialog.accept()
    assert dialog.message.text() == "请填写原因。"
    monkeypatch.setattr(MergeDialog, "confirm", lambda self, other: True)
    dialog.reason.setText("同一位客户登记了两次")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    merged = admin.customers.open(keep.id)
    assert "+8613700001111" in merged.other_phones and merged.notes == "老客户"


def test_erasure_needs_the_number_typed_and_a_reason(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = seed(admin)
    record = people["李四"]
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, EraseConfirmDialog)
        widget.typed_number.setText("wrong")
        widget.reason.setText("客户书面申请删除")
        widget.accept()
        assert "不是" in widget.message.text()
        widget.typed_number.setText(record.number)
        widget.accept()

    answer_modal(answer)
    assert manager_actions.erase(QWidget(), admin, record)
    assert admin.customers.open(record.id).erased
    assert admin.directory.search("李四") == []


def test_a_personal_copy_is_written_to_the_chosen_folder(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    people = seed(admin)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    written = manager_actions.export_copy(QWidget(), admin, people["张三"])
    number = people["张三"].number
    assert {p.name for p in written} >= {f"{number}.json", f"{number}.pdf"}
    assert str(tmp_path / f"{number}.pdf") in shown[0]


def test_a_name_the_pdf_font_lacks_is_warned_about_before_the_copy(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    record = admin.customers.create(CustomerInput("王𠮷🌸", "13700002222"))
    asked: list[str] = []

    def decline(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    out = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(out))
    assert manager_actions.export_copy(QWidget(), admin, record) == []
    assert "🌸" in asked[0] and "〓" in asked[0]
    assert "𠮷" not in asked[0]  # the rare character prints from the bundled fallback font
    assert not out.exists()
