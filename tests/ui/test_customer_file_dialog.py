from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import ConsentInput
from app.services import Services
from tests.ui.customer_helpers import answer_modal, seed
from ui.customers import file_dialog
from ui.customers.file_dialog import CustomerFileDialog
from ui.customers.prompts import DuplicatePrompt

ID_NUMBER = "11010519491231002X"  # a valid mainland ID: born 1949-12-31, female


def _dialog(qtbot: QtBot, services: Services, customer_id: str = "") -> CustomerFileDialog:
    record = services.customers.open(customer_id) if customer_id else None
    dialog = CustomerFileDialog(services, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_bad_phone_is_shown_next_to_the_field_and_the_name_stays(
    qtbot: QtBot, admin: Services
) -> None:
    dialog = _dialog(qtbot, admin)
    dialog.basic.name.setText("赵六")
    dialog.basic.phone.setText("12345")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text("phone") == "电话号码不正确。"
    assert dialog.basic.name.text() == "赵六"
    assert dialog.tabs.currentWidget() is dialog.basic


def test_creating_a_file_stores_it(qtbot: QtBot, admin: Services) -> None:
    dialog = _dialog(qtbot, admin)
    dialog.basic.name.setText("赵六 🌸")
    dialog.basic.phone.setText("139 0000 1234")
    dialog.classification.tags.setText("高尔夫, 素食")
    dialog.notes.habits.setPlainText("靠窗座位")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    stored = admin.customers.open(dialog.saved.id)
    assert stored.name == "赵六 🌸" and stored.phone == "+8613900001234"
    assert stored.tags == ("高尔夫", "素食") and stored.habits == "靠窗座位"


def test_a_duplicate_phone_shows_the_prompt(qtbot: QtBot, admin: Services) -> None:
    seed(admin)
    dialog = _dialog(qtbot, admin)
    dialog.basic.name.setText("张三丰")
    dialog.basic.phone.setText("13800138000")
    seen: list[QWidget] = []
    answer_modal(lambda w: w.reject(), seen)
    dialog.accept()
    assert isinstance(seen[0], DuplicatePrompt)
    assert "张三" in seen[0].matches.item(0).text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.basic.name.text() == "张三丰"  # back to editing, nothing lost


def test_choosing_open_existing_returns_the_existing_file(qtbot: QtBot, admin: Services) -> None:
    people = seed(admin)
    dialog = _dialog(qtbot, admin)
    dialog.basic.name.setText("张三丰")
    dialog.basic.phone.setText("13800138000")
    answer_modal(lambda w: w.open_button.click())  # type: ignore[attr-defined]
    dialog.accept()
    assert dialog.result() == file_dialog.OPEN_EXISTING
    assert dialog.open_existing_id == people["张三"].id


def test_an_id_number_needs_separate_consent(qtbot: QtBot, admin: Services) -> None:
    dialog = _dialog(qtbot, admin)
    dialog.basic.name.setText("孙七")
    dialog.tabs.setCurrentWidget(dialog.classification)
    dialog.ids.id_number.setText(ID_NUMBER)
    assert dialog.basic.birthday.value() is not None  # filled in from the ID number
    assert dialog.basic.gender.currentData() == "female"
    dialog.accept()
    assert dialog.tabs.currentWidget() is dialog.ids
    assert "单独同意" in dialog.errors.text("id_number")
    dialog.ids.add(ConsentInput("sensitive_id"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    assert [c.purpose for c in admin.consents.list(dialog.saved.id)] == ["sensitive_id"]


def test_editing_asks_for_a_reason_and_writes_history(
    qtbot: QtBot, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = seed(admin)
    asked: list[str] = []

    def reason(_parent: object, title: str, _prompt: str, required: bool = True) -> str:
        asked.append(title)
        return "客户更换了手机"

    monkeypatch.setattr(file_dialog, "ask_reason", reason)
    dialog = _dialog(qtbot, admin, people["李四"].id)
    dialog.basic.phone.setText("13912340000")
    dialog.accept()
    assert asked == ["更正原因"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    history = admin.customers.history(people["李四"].id)
    assert [(h.field, h.reason) for h in history] == [("phone", "客户更换了手机")]
    again = _dialog(qtbot, admin, people["李四"].id)
    assert again.history is not None and again.history.model.rowCount() == 1
    assert again.viewers is not None and again.viewers.model.rowCount() >= 1


def test_an_attached_png_is_listed_and_shown(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    people = seed(admin)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    png = tmp_path / "签字表.png"
    assert image.save(str(png))
    dialog = _dialog(qtbot, admin, people["张三"].id)
    tab = dialog.attachments
    assert tab.add_file(png) is not None
    assert tab.model.rowCount() == 1 and tab.model.index(0, 1).data() == "签字表.png"
    tab.view.selectRow(0)
    tab.view_selected()
    assert tab.viewer.currentWidget() is tab.image
    pixmap = tab.image.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    dialog.reject()
    assert tab.image.pixmap().isNull()  # nothing decrypted left behind


def test_an_id_scan_without_consent_is_refused_with_the_reason(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    people = seed(admin)
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = _dialog(qtbot, admin, people["张三"].id)
    tab = dialog.attachments
    tab.kind.setCurrentIndex(tab.kind.findData("id_scan"))
    assert tab.add_file(pdf) is None
    assert "单独同意" in tab.message.text()


def test_reception_sees_no_viewers_tab_nor_manager_buttons(qtbot: QtBot, admin: Services) -> None:
    from tests.ui.customer_helpers import as_reception

    people = seed(admin)
    reception = as_reception(admin)
    dialog = _dialog(qtbot, reception, people["张三"].id)
    assert dialog.viewers is None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "查阅记录" not in titles and "修改记录" in titles and "来访" in titles
    texts = " ".join(b.text() for b in dialog.findChildren(QPushButton))
    assert "保存" in texts
    assert "删除个人信息" not in texts and "合并" not in texts and "导出" not in texts


def test_a_manager_sees_the_pipl_actions(qtbot: QtBot, admin: Services) -> None:
    people = seed(admin)
    dialog = _dialog(qtbot, admin, people["张三"].id)
    texts = " ".join(b.text() for b in dialog.findChildren(QPushButton))
    assert "删除个人信息" in texts and "合并" in texts and "导出个人信息副本" in texts
