"""The satisfaction dialog refuses scores out of range next to the field, keeps what was typed,
and the page's month figures count the answers recorded."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.care.schemas import SatisfactionInput
from app.services import Services
from tests.app.care_helpers import customer
from ui.care.care_messages import care_field_text
from ui.care.satisfaction_dialog import SatisfactionDialog
from ui.care.satisfaction_page import SatisfactionPage


def test_nps_11_is_refused_next_to_the_field(admin: Services, qtbot: QtBot) -> None:
    dialog = SatisfactionDialog(admin)
    qtbot.addWidget(dialog)
    dialog.anonymous.setChecked(True)
    dialog.csat.setText("5")
    dialog.nps.setText("11")
    dialog.comment.setPlainText('前台很热情, "谢谢"\n下次再来')
    dialog.accept()
    assert dialog.errors.text("nps") == care_field_text("nps", "out_of_range")
    assert dialog.errors.text("csat") == ""
    assert (dialog.nps.text(), dialog.csat.text()) == ("11", "5")
    assert dialog.saved_id == ""
    dialog.nps.setText("十")
    dialog.accept()
    assert dialog.errors.text("nps") == care_field_text("nps", "invalid")
    dialog.nps.setText("9")
    dialog.accept()
    assert dialog.saved_id and dialog.result() == SatisfactionDialog.DialogCode.Accepted


def test_a_customer_must_be_chosen_unless_anonymous(admin: Services, qtbot: QtBot) -> None:
    cid = customer(admin, "王𠮷", phone="13800138000")
    dialog = SatisfactionDialog(admin)
    qtbot.addWidget(dialog)
    dialog.csat.setText("4")
    dialog.accept()
    assert dialog.errors.text("customer_id") == care_field_text("customer_id", "required")
    dialog.finder.search_for("王𠮷")
    dialog.finder.choose_selected()
    assert dialog.customer_id == cid and "王𠮷" in dialog.chosen.text()
    dialog.accept()
    assert dialog.saved_id


def test_the_month_figures_count_the_answers(admin: Services, qtbot: QtBot) -> None:
    cid = customer(admin, "评分客户")
    for csat, nps in [(5, 10), (4, 9), (3, 7), (2, 3), (None, 6)]:
        admin.care.record_satisfaction(SatisfactionInput(csat=csat, nps=nps, customer_id=cid))
    admin.care.record_satisfaction(SatisfactionInput(csat=5, comment="服务很好, 谢谢"))
    page = SatisfactionPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    figures = {k: v.text() for k, v in page.figures.items()}
    assert figures == {
        "answers": "6",
        "csat": "3.80  (n=5)",
        "promoters": "2",
        "passives": "1",
        "detractors": "2",
        "nps": "0  (n=5)",
    }
    assert page.comments.toPlainText() == "服务很好, 谢谢"


def test_a_receptionist_records_but_sees_no_figures(reception: Services, qtbot: QtBot) -> None:
    page = SatisfactionPage(reception)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.shows_figures and page.figures == {}
