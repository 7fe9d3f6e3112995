"""Printing a complaint card, the monthly report (its figures match the cards; CSV saved), and
the complaint settings dialog a manager uses (a refusal next to its field)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.complaints.schemas import ReplyInput
from app.services import Services
from tests.app.complaint_helpers import intake
from tests.ui.complaint_ui_helpers import on_clock
from ui.complaints.complaint_messages import complaint_field_text
from ui.complaints.complaint_report_dialog import ComplaintReportDialog
from ui.complaints.complaint_settings_dialog import (
    ComplaintSettingsDialog,
    codes_to_lines,
    lines_to_codes,
)
from ui.complaints.complaint_table_model import month_of
from ui.complaints.complaint_words import category_texts
from ui.complaints.complaints_room import ComplaintsRoom


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_card_on_show_prints(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    on_clock(admin)
    card = admin.complaints.record(intake())
    room = ComplaintsRoom(admin)
    qtbot.addWidget(room)
    room.activate()
    room.open_card(card.id)
    preview = room.card_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    assert card.number in preview.document.getAllText(0).text()
    assert card.number in _text(admin.complaint_forms.card_pdf(card.number), tmp_path)


def test_the_monthly_report_counts_the_cards(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    clock = on_clock(admin)
    first = admin.complaints.record(intake())
    admin.complaints.record(intake(kind="praise", summary="前台服务热情周到"))
    admin.complaints.start_investigation(first.id)
    admin.complaints.record_reply(first.id, ReplyInput("phone", "已致歉并说明原因", None, 4))
    month = month_of(clock())
    room = ComplaintsRoom(admin)
    qtbot.addWidget(room)
    room.activate()
    assert room.report_months()[0] == month
    dialog = ComplaintReportDialog(admin, room.report_months(), room)
    qtbot.addWidget(dialog)
    assert dialog.chosen_month() == month
    assert dialog.values["total"].text() == "2"
    assert dialog.values["complaints"].text() == "1"
    assert dialog.values["satisfaction"].text().startswith("4.00")
    assert dialog.data is not None and dialog.data.total == 2
    target = tmp_path / "月报.csv"
    assert dialog.write_csv(target)
    csv_text = target.read_bytes().decode("utf-8-sig")
    assert month in csv_text
    preview = dialog.preview_dialog()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    dialog.month.setEditText("2026-13")
    assert not dialog.message.isHidden() and dialog.values["total"].text() == ""


def test_the_category_list_round_trips_through_words() -> None:
    codes = ("service_attitude", "hygiene", "会员积分")
    lines = codes_to_lines(codes, category_texts())
    assert "会员积分" in lines.splitlines()
    assert lines_to_codes(lines + "\n\n会员积分\n", category_texts()) == codes


def test_a_manager_edits_the_complaint_settings(qtbot: QtBot, admin: Services) -> None:
    dialog = ComplaintSettingsDialog(admin.complaints)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.categories.setPlainText(dialog.categories.toPlainText() + "\n会员积分")
    dialog.holidays.setPlainText("2026-10-01\n国庆")
    dialog.accept()
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.text("holidays") == complaint_field_text("holidays", "invalid")
    assert "国庆" in dialog.holidays.toPlainText()
    dialog.holidays.setPlainText("2026-10-01\n2026-10-02")
    dialog.compensation_limit.setText("800.00")
    dialog.first_response_hours.setValue(12)
    dialog.accept()
    saved = admin.complaints.settings()
    assert dialog.saved == saved
    assert saved.categories[-1] == "会员积分" and saved.categories[0] == "service_attitude"
    assert saved.holidays == ("2026-10-01", "2026-10-02")
    assert saved.compensation_limit_fen == 80_000 and saved.first_response_hours == 12
