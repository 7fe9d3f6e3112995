"""The printed complaint record card and the monthly complaints report: the figures are checked
against the cards they count, and the PDFs are read back with pdftotext."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.complaints.printing import ComplaintForms
from app.complaints.schemas import (
    FollowUpInput,
    InvestigationInput,
    PlanInput,
    RemedyInput,
    ReplyInput,
)
from app.errors import PermissionDenied, ValidationError
from app.forms.complaint_card import complaint_card_data
from app.services import Services
from db.models import AuditEntry
from tests.app.complaint_helpers import complaints, intake, staff_id
from tests.app.member_helpers import Clock

REPORT = InvestigationInput(
    cause="地面湿滑未放警示牌",
    facts="泳池边清洁后未及时放置警示牌",
    responsible="李四",
    conclusion="管理疏漏属实",
    corrective_action="立即放置警示牌",
    preventive_action="清洁流程增加警示牌检查",
)


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "out.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True, text=True
    )
    return done.stdout


def forms(services: Services, clock: Clock) -> ComplaintForms:
    return ComplaintForms(
        services.venue.uow, services.desk, services.audit, services.venue.venue_name, now=clock
    )


def test_the_printed_card_carries_every_section(services: Services, tmp_path: Path) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    long_text = "客人在泳池边滑倒，膝盖擦伤，" * 40 + "要求赔偿医药费。"
    card = service.record(
        intake(
            summary=long_text,
            category="safety",
            severity="major",
            major_reasons=("injury", "media"),
            requests=("apology", "compensation"),
            request_note='赔偿医药费 "300元", 含挂号费',
        )
    )
    clock.advance(hours=1)
    service.start_investigation(card.id)
    service.record_plan(card.id, PlanInput("值班经理当日上门探望"))
    service.record_investigation(card.id, REPORT)
    service.record_remedy(card.id, RemedyInput("赔偿医药费并赠送理疗一次", 30_000))
    service.record_reply(card.id, ReplyInput("in_person", "当面致歉并赔付", satisfaction=4))
    service.close(card.id)
    pdf = forms(services, clock).card_pdf(card.number)
    text = pdf_text(pdf, tmp_path)
    flat = "".join(text.split())
    for expected in (
        "投诉记录卡",
        card.number,
        "一、受理信息",
        "三、调查报告",
        "四、处理与答复",
        "五、回访",
        "六、状态记录",
        "重大：人身伤害或安全问题、扬言投诉媒体或主管部门",
        "地面湿滑未放警示牌",
        "清洁流程增加警示牌检查",
        "¥300.00",
        "当面致歉并赔付",
        "4/5",
        "处理人签字",
        "部门经理签字",
        "已受理→调查中",
        "138",
        "王𠮷",  # the rare character prints from the fallback font
        "要求赔偿医药费。",
    ):
        assert "".join(expected.split()) in flat, expected
    assert flat.count("客人在泳池边滑倒") == 40  # the long text wrapped, none lost
    with services.venue.uow() as s:
        printed = s.scalars(select(AuditEntry).where(AuditEntry.action == "form_printed")).all()
        assert [(a.entity, a.entity_id) for a in printed] == [("complaint_card", card.number)]


def test_a_new_card_prints_with_empty_cells_to_fill_by_pen(
    services: Services, tmp_path: Path
) -> None:
    clock = Clock()
    staff_id(services, "qiantai", "reception")
    card = complaints(services, clock).record(
        intake(anonymous=True, contact_name="", contact_phone="")
    )
    data = complaint_card_data(complaints(services, clock).open(card.id), "云栖会所")
    cells = dict(c for s in data.sections for c in s.cells)
    assert cells["反映人"] == "匿名" and cells["原因"] == "" and cells["答复内容"] == ""
    text = pdf_text(forms(services, clock).card_pdf(card.number), tmp_path)
    assert "匿名" in text and "调查报告" in text
    with pytest.raises(ValidationError):
        forms(services, clock).card_pdf("TS-000000-9999")


def test_the_month_report_matches_the_cards(services: Services, tmp_path: Path) -> None:
    clock = Clock()
    t0 = clock()
    staff_id(services, "jingli", "manager")
    service = complaints(services, clock)
    a = service.record(intake())
    clock.advance(hours=2)
    service.start_investigation(a.id)
    clock.advance(hours=3)
    service.record_reply(a.id, ReplyInput("phone", "已致歉", satisfaction=4))
    clock.advance(hours=1)
    service.close(a.id)  # 6 h
    c = service.record(
        intake(
            kind="suggestion",
            channel="suggestion_box",
            category="facilities",
            department="",
            anonymous=True,
            contact_name="",
            contact_phone="",
            requests=(),
        )
    )
    clock.advance(hours=1)
    service.record_reply(c.id, ReplyInput("letter", "感谢建议"))
    service.close(c.id)  # 1 h, no follow-up for a suggestion
    b = service.record(
        intake(
            channel="in_person",
            category="safety",
            department="security",
            severity="major",
            major_reasons=("injury",),
        )
    )
    service.record(
        intake(
            kind="praise",
            channel="online_review",
            category="other",
            department="housekeeping",
            requests=(),
        )
    )
    e = service.record(intake(channel="email", category="hygiene", department="housekeeping"))
    clock.advance(hours=30)
    service.start_investigation(b.id)  # first response late
    service.record_plan(b.id, PlanInput("上门致歉"))
    service.record_investigation(b.id, REPORT)
    service.record_reply(b.id, ReplyInput("phone", "致歉", satisfaction=2))  # reopened
    clock.advance(hours=10)
    service.start_investigation(b.id)
    service.record_investigation(b.id, REPORT)
    service.record_reply(b.id, ReplyInput("in_person", "赔付", satisfaction=4))
    service.close(b.id)  # received at t0+7h, closed at t0+47h: 40 h
    clock.at = t0 + timedelta(days=4)
    service.record_followup(a.id, FollowUpInput("call", "满意", satisfaction=5))
    clock.at = t0 + timedelta(days=8)
    report = forms(services, clock).month_report(a.month)
    assert report.total == 5
    assert report.by_kind == (
        ("complaint", "投诉", 3),
        ("suggestion", "建议", 1),
        ("praise", "表扬", 1),
    )
    assert [(code, n) for code, _label, n in report.by_category] == [
        ("service_attitude", 1),
        ("facilities", 1),
        ("hygiene", 1),
        ("safety", 1),
        ("other", 1),
    ]
    assert [(code, n) for code, _label, n in report.by_channel] == [
        ("phone", 1),
        ("in_person", 1),
        ("email", 1),
        ("suggestion_box", 1),
        ("online_review", 1),
    ]
    assert [(code, label, n) for code, label, n in report.by_department] == [
        ("front_desk", "前台", 1),
        ("housekeeping", "客房", 2),
        ("security", "保安", 1),
        ("", "未指定", 1),
    ]
    # first response: a and c on time, b late, e overdue; praise has no deadline
    assert (report.first_response.on_time, report.first_response.decided) == (2, 4)
    assert (report.closing.on_time, report.closing.decided) == (3, 4)  # e overdue
    assert report.closed == 3
    assert report.average_close_hours == pytest.approx((6 + 1 + 40) / 3)
    assert report.longest_close_hours == pytest.approx(40)
    assert report.longest_close_number == b.number
    assert (report.complaints, report.reopened) == (3, 1)
    assert report.reopen_percent == pytest.approx(100 / 3)
    assert (report.satisfaction_average, report.satisfaction_count) == (4.5, 2)
    assert [m.number for m in report.majors] == [b.number]
    assert e.number not in [m.number for m in report.majors]

    pdf = forms(services, clock).report_pdf(a.month)
    flat = "".join(pdf_text(pdf, tmp_path).split())
    for expected in (
        "投诉月报",
        "首次响应按时率50.0%（2/4）",
        "结案按时率75.0%（3/4）",
        f"40.0（{b.number}）",
        "15.7",
        "33.3%（1/3）",
        "4.50（2份评价）",
        "重大投诉（1件）",
        b.number,
        "按类型",
        "按渠道",
        "按类别",
        "按部门",
    ):
        assert expected in flat, expected
    rows = list(
        csv.reader(io.StringIO(forms(services, clock).report_csv(a.month).decode("utf-8-sig")))
    )
    figures = {r[3]: r[4] for r in rows if r[1] == "指标"}
    assert figures["first_response_rate"] == "50.0" and figures["close_rate"] == "75.0"
    assert figures["longest_close_hours"] == "40.0" and figures["reopened"] == "1"
    assert ["2026" in r[0] or r[0] == a.month for r in rows[1:]] and rows[0][0] == "月份"
    assert [r[3] for r in rows if r[1] == "重大投诉"] == [b.number]


def test_an_empty_month_and_who_may_see_the_report(services: Services, tmp_path: Path) -> None:
    clock = Clock()
    staff_id(services, "jingli", "manager")
    report = forms(services, clock).month_report("2020-01")
    assert report.total == 0 and report.first_response.percent is None
    assert "本月无重大投诉" in pdf_text(forms(services, clock).report_pdf("2020-01"), tmp_path)
    with pytest.raises(ValidationError):
        forms(services, clock).month_report("2020-13")
    staff_id(services, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        forms(services, clock).month_report("2020-01")
