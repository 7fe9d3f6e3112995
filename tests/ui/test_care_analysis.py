"""The dashboard draws one chart widget per chart of the printed report, with the same titles
and figures; a chart exports as a PNG and as CSV; the room's pages follow the role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.customers.schemas import CustomerInput
from app.forms.analysis_report import analysis_charts
from app.points.records import ConsumptionInput
from app.services import Services
from ui.care.analysis_page import AnalysisPage
from ui.care.care_room import CareRoom
from ui.care.month_picker import month_of


def seed(services: Services) -> None:
    for name, gender, birthday in (
        ("王𠮷", "female", None),
        ("阿卜杜拉·买买提", "male", None),
        ("李娜", "female", None),
    ):
        record = services.customers.create(
            CustomerInput(name, gender=gender, birthday=birthday), allow_duplicate=True
        )
        card = services.cards.issue(record.id, "gold")
        services.consumption.record(
            ConsumptionInput("茶室", "下午茶, 双人", 68_800, "wechat", card.card_no)
        )


def test_the_dashboard_builds_one_chart_per_analysis_chart(
    admin: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    seed(admin)
    page = AnalysisPage(admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.refresh()
    expected = analysis_charts(admin.care_analysis.month(month_of(page.month)))
    assert [(c.kind, c.title) for c in page.charts] == [(k, t) for k, t, _p in expected]
    assert [c.pairs for c in page.charts] == [
        [(str(label), float(v)) for label, v in p] for _k, _t, p in expected
    ]
    spend = next(c for c in page.charts if c.title == "本月各部门消费额（元）")
    assert spend.pairs == [("茶室", 1857.6)]  # gold: 10% off 3 x 688.00
    assert "1,857.60" in page.summary.text()
    out = tmp_path / "chart.png"
    assert spend.save_png(out)
    image = QImage(str(out))
    assert out.stat().st_size > 1000 and image.width() >= 480 and image.height() >= 320
    spend.save_csv(tmp_path / "chart.csv")
    assert (tmp_path / "chart.csv").read_bytes().decode("utf-8-sig").splitlines() == [
        "图表,项目,数值",
        "本月各部门消费额（元）,茶室,1857.6",
    ]


def test_reclassify_reports_how_many_changed(admin: Services, qtbot: QtBot) -> None:
    seed(admin)
    page = AnalysisPage(admin)
    qtbot.addWidget(page)
    page.reclassify()
    assert page.note.text() and page.charts


def test_a_receptionist_does_not_see_the_dashboard(reception: Services, qtbot: QtBot) -> None:
    room = CareRoom(reception)
    qtbot.addWidget(room)
    assert room.analysis is None and room.today is not None
    assert room.tabs.widget(0) is room.today
    assert room.tabs.count() == 3
    assert room.findChild(QWidget, "care_settings") is None
    room.activate()
    assert room.today.heading.text() != ""


def test_a_manager_sees_the_dashboard_and_the_settings(admin: Services, qtbot: QtBot) -> None:
    room = CareRoom(admin)
    qtbot.addWidget(room)
    assert room.analysis is not None and room.tabs.count() == 4
    assert room.findChild(QWidget, "care_settings") is not None
    room.tabs.setCurrentWidget(room.analysis)
    assert len(room.analysis.charts) == 11
