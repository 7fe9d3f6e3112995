from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.services import Services
from ui.customers.export_dialog import ExportDialog
from ui.customers.import_dialog import ImportDialog

ROWS = (
    "姓名,手机,生日\r\n"
    "张三,13800138000,1990-03-07\r\n"
    "李四,12345,1985-01-01\r\n"  # a phone that cannot be: refused
    "王五,13912345678,\r\n"
)


def _gb18030_list(tmp_path: Path) -> Path:
    path = tmp_path / "客户名单.csv"
    path.write_bytes(ROWS.encode("gb18030"))
    return path


def _dialog(qtbot: QtBot, services: Services, path: Path) -> ImportDialog:
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    return dialog


def test_a_gb18030_list_is_previewed_with_the_bad_row_refused(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, admin, _gb18030_list(tmp_path))
    model = dialog.model
    assert model.rowCount() == 3
    actions = [model.index(i, 1).data() for i in range(3)]
    assert actions == ["新建", "拒绝", "新建"]
    assert "手机" in model.index(1, 2).data()
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "GB18030" in dialog.info.text()
    assert dialog.combos["name"].currentText() == "姓名"
    assert dialog.run_button.isEnabled()


def test_running_the_import_takes_the_good_rows_and_sets_the_bad_aside(
    qtbot: QtBot, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, admin, _gb18030_list(tmp_path))
    dialog.dry_run.setChecked(True)
    dialog.run_import()
    assert dialog.summary is not None and dialog.summary.dry_run
    assert admin.directory.search("王五") == []
    dialog.dry_run.setChecked(False)
    dialog.run_import()
    summary = dialog.summary
    assert summary is not None and (summary.imported, summary.rejected) == (2, 1)
    assert summary.rejects_file is not None and summary.rejects_file.exists()
    assert str(summary.rejects_file) in dialog.result_label.text()
    assert [r.name for r in admin.directory.search("王五")] == ["王五"]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert dialog.open_folder.isVisibleTo(dialog)
    dialog.open_folder.click()
    assert opened == [str(tmp_path)]


def test_mapping_a_column_by_hand_reruns_the_preview(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("客户,电话\n张三,13800138000\n", encoding="utf-8-sig")
    dialog = _dialog(qtbot, admin, path)
    assert not dialog.run_button.isEnabled()  # nothing is recognised as the name
    assert "姓名" in dialog.info.text()
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData(0))
    assert dialog.preview is not None and dialog.preview.mapping["name"] == 0
    assert dialog.run_button.isEnabled()
    assert dialog.model.index(0, 1).data() == "新建"


def test_an_unreadable_file_is_explained(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    dialog = _dialog(qtbot, admin, path)
    assert ".xlsx" in dialog.message.text() and not dialog.run_button.isEnabled()


def test_export_writes_the_chosen_file_and_shows_the_count(
    qtbot: QtBot, admin: Services, tmp_path: Path
) -> None:
    from tests.ui.customer_helpers import seed

    seed(admin)
    dialog = ExportDialog(admin)
    qtbot.addWidget(dialog)
    target = tmp_path / "客户.xlsx"
    dialog.path.setText(str(target))
    dialog.run_export()
    assert dialog.count == 3 and target.exists()
    assert "3" in dialog.result_label.text()
