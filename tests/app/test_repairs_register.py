"""The monthly register and rates against the orders they count, on a moving clock: every
figure asserted, then read back from the PDF (pdftotext) and the CSV."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.repairs.followups import draw_rank
from app.repairs.register import RateRow, RepairMonthReport
from app.repairs.schemas import FollowUpInput
from app.services import Services
from tests.app.member_helpers import Clock
from tests.app.repair_helpers import Shop, customer, intake, shop, standard_line, technician, walk
from tests.conftest import sign_in_as

MONTH = "2026-11"


def month_of_orders(services: Services) -> tuple[Shop, dict[str, str]]:
    """Five orders reported in November (one cancelled) and one in October."""
    t = shop(services, Clock(datetime(2026, 10, 30, 9, 0).astimezone()))
    zhang = technician(t, "张师傅", ("locks",))
    abdul = technician(t, "阿卜杜拉·买买提", ("plumbing", "electrical"))
    wang = customer(t)
    li = customer(t, "李雷", "+86 139 1234 5678")
    walk(t, intake(t, wang), zhang, lines=(standard_line(t, "L03"),))  # October
    t.clock.at = datetime(2026, 11, 2, 9, 0).astimezone()
    a = walk(
        t, intake(t, wang), zhang, lines=(standard_line(t, "L02"), standard_line(t, "L03", 2000))
    )
    t.clock.advance(days=1)
    b = walk(
        t,
        intake(t, li, category="room", location="808 房卫生间"),
        abdul,
        lines=(standard_line(t, "P01"),),
        arrive_after_end=timedelta(minutes=25),
    )
    t.clock.advance(days=1)
    c = walk(
        t,
        intake(t, None, category="facility", location="泳池照明"),
        abdul,
        lines=(standard_line(t, "E01", 4000),),
        warranty=True,
        fail_first=True,
    )
    t.clock.advance(days=1)
    d = walk(t, intake(t, li), zhang, until="arrived")
    e = intake(t, wang, category="equipment", location="2 号跑步机")
    t.repairs.cancel(e.id, "客户撤销")
    return t, {"a": a.number, "b": b.number, "c": c.number, "d": d.number, "e": e.number}


def test_the_month_counts_every_order_it_should(admin: Services) -> None:
    t, n = month_of_orders(admin)
    report = t.reports.month_report(MONTH)
    assert (report.reported, report.cancelled, report.closed) == (5, 1, 3)
    assert [(line.number, line.total_fen) for line in report.register] == [
        (n["a"], 10_000),
        (n["b"], 8_000),
    ]  # the warranty job is free, the unfinished one not yet chargeable
    assert report.register_total_fen == 18_000
    assert [fee.name for fee in report.register[0].lines] == ["更换储物柜锁芯", "储物柜开锁"]
    assert report.register[1].customer_name == "李雷"
    assert report.overall == RateRow("", 4, 4, 3, 3, 2, 3, 125 + 265 + 155, 18_000)
    assert report.overall.on_time_rate == 0.75
    assert report.overall.pass_rate == pytest.approx(2 / 3)
    assert report.overall.average_hours == pytest.approx(545 / 3 / 60)
    assert report.by_technician == (
        RateRow("张师傅", 2, 2, 2, 1, 1, 1, 125, 10_000),
        RateRow("阿卜杜拉·买买提", 2, 2, 1, 2, 1, 2, 265 + 155, 8_000),
    )
    assert report.by_category == (
        RateRow("facility", 1, 1, 1, 1, 0, 1, 155, 0),
        RateRow("locker", 2, 2, 2, 1, 1, 1, 125, 10_000),
        RateRow("room", 1, 1, 0, 1, 1, 1, 265, 8_000),
    )
    assert (report.followups.drawn, report.followups.called) == (0, 0)
    october = t.reports.month_report("2026-10")
    assert (october.reported, october.closed, october.register_total_fen) == (1, 1, 2_000)


def test_a_fifth_of_the_closed_orders_is_drawn_the_same_way_each_time(admin: Services) -> None:
    t, n = month_of_orders(admin)
    closed = [n["a"], n["b"], n["c"]]
    drawn = t.repairs.draw_followups(MONTH)
    assert [r.number for r in drawn] == [min(closed, key=lambda x: draw_rank(MONTH, x))]
    assert [r.number for r in t.repairs.draw_followups(MONTH)] == [drawn[0].number]
    assert [r.number for r in t.repairs.followups(MONTH)] == [drawn[0].number]
    with pytest.raises(ValidationError) as undrawn:
        other = next(x for x in closed if x != drawn[0].number)
        t.repairs.record_followup(t.repairs.find(other).id, FollowUpInput(True))
    assert undrawn.value.code == "not_drawn"
    t.repairs.record_followup(drawn[0].id, FollowUpInput(False, "师傅走后地面未清理，\n希望改进"))
    report = t.reports.month_report(MONTH)
    assert (report.followups.drawn, report.followups.called) == (1, 1)
    assert (report.followups.satisfied, report.followups.unsatisfied) == (0, 1)
    assert t.repairs.open(drawn[0].id).followup_note == "师傅走后地面未清理，\n希望改进"


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "repairs.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_the_pdf_and_csv_show_the_same_figures(admin: Services, tmp_path: Path) -> None:
    t, n = month_of_orders(admin)
    text = _pdf_text(t.reports.render_pdf(MONTH), tmp_path)
    expected = (
        *("维修月报", "有偿服务登记表（2026-11）", n["a"], n["b"], "100.00", "80.00", "180.00"),
        *("75.0%（3/4）", "66.7%（2/3）", "3.0 小时（3 单）", "张师傅", "100.0%", "50.0%"),
        *("抽查回访", "零修及时率（%）按维修员"),
    )
    for figure in expected:
        assert figure in text, figure
    assert n["c"] not in text  # free under warranty: not on the paid register
    rows = list(csv.reader(io.StringIO(t.reports.render_csv(MONTH).decode("utf-8-sig"))))
    assert rows[0] == ["月份", "表", "分组", "项目", "数值"]
    figures = {(r[1], r[2], r[3]): r[4] for r in rows[1:]}
    assert figures[("汇总", "", "零修及时率")] == "75.0%（3/4）"
    assert figures[("有偿服务登记表", "合计", "金额（元）")] == "180.00"
    assert figures[("有偿服务登记表", n["b"], "报修人")] == "李雷"
    assert figures[("按维修员", "阿卜杜拉·买买提", "合格率")] == "50.0%"
    assert figures[("按类别", "储物柜", "收费（元）")] == "100.00"


def test_only_those_who_see_repair_reports_get_them(services: Services) -> None:
    sign_in_as(services, "qiantai", "reception")
    t = shop(services)
    with pytest.raises(PermissionDenied):
        t.reports.month_report(MONTH)
    sign_in_as(services, "caiwu", "finance")
    report: RepairMonthReport = t.reports.month_report(MONTH)
    assert report.reported == 0 and report.overall.on_time_rate is None
    with pytest.raises(ValidationError):
        t.reports.month_report("2026-13")
