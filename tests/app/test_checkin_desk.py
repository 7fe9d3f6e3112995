"""Check-in at the desk on a real venue: one scan one visit, alerts and their rules, walk-ins
becoming potential customer files, check-out, audited undo and the daily visit register."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.checkin.schemas import CheckInDenied, VisitInput, WalkInInput
from app.customers.service import DuplicateCustomer
from app.errors import DomainError, ValidationError
from app.members.card_numbers import make_card_no
from app.members.settings import MemberSettings
from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry, Complaint
from tests.app.complaint_helpers import intake
from tests.app.member_helpers import desk, member, raw_db


def _audit_actions(services: Services) -> list[str]:
    with services.venue.uow() as s:
        return [e.action for e in s.query(AuditEntry).order_by(AuditEntry.id)]


def test_a_scan_makes_one_visit_and_a_second_scan_within_a_minute_does_not(
    admin: Services,
) -> None:
    t = desk(admin)
    card = member(t)
    first = t.checkin.scan(card.card_no, VisitInput(party_size=3, purpose="商务洽谈"))
    assert not first.repeated and first.visit.party_size == 3
    assert first.summary.name == "李雷" and first.summary.tier_name == "普通会员"
    t.clock.advance(seconds=40)
    again = t.checkin.scan(card.card_no)
    assert again.repeated and again.visit.id == first.visit.id
    assert len(t.checkin.visits_on()) == 1
    t.clock.advance(minutes=5)
    later = t.checkin.scan(card.card_no)
    assert not later.repeated
    assert ("recent_visit", "warn") in [(a.code, a.rule) for a in later.summary.alerts]
    assert len(t.checkin.visits_on()) == 2
    assert _audit_actions(admin).count(AuditAction.CHECKED_IN) == 2


def test_unknown_or_mistyped_numbers_are_told_apart(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    with pytest.raises(DomainError) as unknown:
        t.checkin.scan(make_card_no("8866", 4242))
    assert unknown.value.code == "card_unknown"
    typo = card.card_no[:-1] + str((int(card.card_no[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as err:
        t.checkin.scan(typo)
    assert (err.value.field, err.value.code) == ("card_no", "check_digit")


def test_a_frozen_card_is_denied_and_the_rule_can_be_relaxed(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    t.cards.freeze(card.card_no, t.clock.today(), t.clock.today() + timedelta(days=7), "出差")
    with pytest.raises(CheckInDenied) as denied:
        t.checkin.scan(card.card_no)
    assert denied.value.code == "card_frozen"
    assert denied.value.summary.name == "李雷"
    assert t.checkin.visits_on() == []
    assert AuditAction.MEMBER_VIEWED in _audit_actions(admin)  # the refused look is logged
    rules = {**MemberSettings().alert_rules, "card_frozen": "warn"}
    admin.membership.update_settings(MemberSettings(alert_rules=rules))
    result = t.checkin.scan(card.card_no)
    assert ("card_frozen", "warn") in [(a.code, a.rule) for a in result.summary.alerts]


def test_an_expired_card_is_denied(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    t.clock.advance(days=400)
    with pytest.raises(CheckInDenied) as denied:
        t.checkin.scan(card.card_no)
    assert denied.value.code == "card_expired"


def test_birthday_alerts_offer_the_tier_benefit(admin: Services) -> None:
    t = desk(admin)
    today = t.clock.today()
    monday = today - timedelta(days=today.weekday())
    other_day = monday if today != monday else monday + timedelta(days=1)
    week = member(t, "本周生日", birthday=other_day.replace(year=1980), tier="gold")
    alerts = {a.code: a for a in t.checkin.lookup(week.card_no).alerts}
    assert alerts["birthday_week"].rule == "warn"
    assert "蛋糕" in alerts["birthday_week"].detail
    assert "birthday_today" not in alerts
    leap_day = (today.month, today.day) == (2, 29)
    birthday = date(1980, 2, 29) if leap_day else today.replace(year=1980)
    now = member(t, "今天生日", birthday=birthday)
    assert "birthday_today" in {a.code for a in t.checkin.lookup(now.card_no).alerts}
    far = member(t, "远", birthday=date(1980, (today.month + 5) % 12 + 1, 15))
    codes = {a.code for a in t.checkin.lookup(far.card_no).alerts}
    assert not codes & {"birthday_today", "birthday_week"}
    assert "missing_photo" in codes  # no photo on file yet


def test_an_open_complaint_alerts_the_desk_until_it_is_closed(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    other = member(t, "韩梅梅")
    complaint = admin.complaints.record(
        intake(customer_id=card.customer_id, contact_name="", contact_phone="")
    )
    admin.complaints.record(
        intake(customer_id=other.customer_id, contact_name="", contact_phone="", kind="praise")
    )
    codes = {a.code for a in t.checkin.lookup(card.card_no).alerts}
    assert "open_complaint" in codes and "overdue_item" not in codes
    assert "open_complaint" not in {a.code for a in t.checkin.lookup(other.card_no).alerts}
    with admin.venue.uow() as s:  # closed (however it got there): no alert
        s.get(Complaint, complaint.id).state = "closed"  # type: ignore[union-attr]
    assert "open_complaint" not in {a.code for a in t.checkin.lookup(card.card_no).alerts}


def test_walk_in_becomes_a_potential_customer_file(admin: Services) -> None:
    t = desk(admin)
    with pytest.raises(ValidationError) as err:
        t.checkin.walk_in(WalkInInput("张三", phone=""))
    assert (err.value.field, err.value.code) == ("phone", "required")
    result = t.checkin.walk_in(
        WalkInInput(
            "张三", "13900139000", "咨询会员卡办理", 2, "大堂", admin.desk.current().staff_id
        )
    )
    assert result.visit.walk_in and result.visit.purpose == "咨询会员卡办理"
    assert result.visit.host == "管理员 王𠮷"
    record = admin.customers.open(result.summary.customer_id)
    assert (record.activity, record.source, record.name) == ("potential", "walk_in", "张三")
    with pytest.raises(DuplicateCustomer):
        t.checkin.walk_in(WalkInInput("张三丰", "139 0013 9000"))
    assert b"\xe5\x92\xa8\xe8\xaf\xa2\xe4\xbc\x9a\xe5\x91\x98\xe5\x8d\xa1" not in raw_db(admin)


def test_walk_in_required_fields_are_the_venues_choice(admin: Services) -> None:
    t = desk(admin)
    required = ("name", "purpose", "service_area")
    admin.membership.update_settings(MemberSettings(walk_in_required=required))
    with pytest.raises(ValidationError) as err:
        t.checkin.walk_in(WalkInInput("李四", purpose="参观"))
    assert err.value.field == "service_area"
    assert t.checkin.walk_in(WalkInInput("李四", purpose="参观", service_area="茶室")).visit
    with pytest.raises(ValidationError) as bad:
        t.checkin.walk_in(WalkInInput("王五", purpose="参观", service_area="茶室", party_size=0))
    assert bad.value.field == "party_size"


def test_check_out_and_an_audited_undo_with_a_reason(admin: Services) -> None:
    t = desk(admin)
    card = member(t)
    visit = t.checkin.scan(card.card_no).visit
    t.clock.advance(hours=2)
    out = t.checkin.check_out(visit.id)
    assert out.checked_out_at == t.clock()
    with pytest.raises(ValidationError):
        t.checkin.check_out(visit.id)
    with pytest.raises(ValidationError) as err:
        t.checkin.undo(visit.id, "  ")
    assert err.value.field == "reason"
    undone = t.checkin.undo(visit.id, "扫错了卡")
    assert undone.undone and undone.undo_reason == "扫错了卡"
    assert AuditAction.CHECK_IN_UNDONE in _audit_actions(admin)
    with pytest.raises(ValidationError):
        t.checkin.undo(visit.id, "again")
    # an undone visit neither counts as recent nor blocks a fresh scan
    t.clock.advance(seconds=1)
    assert not t.checkin.scan(card.card_no).repeated


def test_visit_register_pdf_lists_the_days_visits(admin: Services, tmp_path: Path) -> None:
    t = desk(admin)
    ann = member(t, "韩梅梅")
    bob = member(t, "李雷")
    t.checkin.scan(ann.card_no, VisitInput(2, "下午茶", "茶室"))
    mistake = t.checkin.scan(bob.card_no).visit
    t.checkin.undo(mistake.id, "扫错")
    t.checkin.walk_in(WalkInInput("散客赵", "13700137000", party_size=4))
    register = t.checkin.visit_register(t.clock.today())
    assert (register.visits, register.people) == (2, 6)
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(t.checkin.render_visit_register(t.clock.today()))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("来访登记表", "韩梅梅", "下午茶", "散客赵", "已撤销", ann.card_no):
        assert expected in text
    assert t.clock.today().isoformat() in text
    with pytest.raises(ValidationError):
        t.checkin.visit_register(t.clock.today() + timedelta(days=1))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts and " no " not in fonts.split("\n", 2)[2]


def test_many_rows_continue_on_a_second_page_with_headings(admin: Services) -> None:
    from app.forms.visit_register import VisitRegister, render_visit_register

    rows = tuple(
        (str(i), "09:00", "", f"客人{i}", "C1", "", "1", "事由" * 20, "茶室", "前台", "")
        for i in range(1, 41)
    )
    register = VisitRegister("会所", date(2026, 11, 23), rows, 40, 40)
    pdf = render_visit_register(register)
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    assert int(re.search(rb"Pages:\s+(\d+)", info).group(1)) >= 2  # type: ignore[union-attr]
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert text.count("来访事由") >= 2 and "客人40" in text
