"""The printed lending slip (two parts on one A4) and the monthly lending report, PDF and CSV,
read back and checked against the loans they show."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import DomainError, PermissionDenied, ValidationError
from app.lending.schemas import ReturnInput
from app.services import Services
from db.models import AuditEntry
from tests.app.lending_helpers import (
    PNG,
    application,
    approved_loan,
    archive_desk,
    catalogue,
    lent_loan,
    pdf_text,
)
from tests.app.member_helpers import Clock


def test_the_lending_slip_has_both_parts_and_everything_on_them(
    admin: Services, tmp_path: Path
) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t, "赵机密", level="confidential")
    loan = lent_loan(t, item_no, days=2)
    text = pdf_text(t.register.render_slip(loan.number), tmp_path)
    assert text.count("存档联") == 1 and text.count("随档联") == 1 and "沿此线裁开" in text
    assert text.count(loan.number) >= 2 and text.count(item_no) == 2
    for expected in (
        "前台 阿卜杜拉·买买提",
        "前厅部",
        loan.due_on.isoformat(),
        loan.lent_at.astimezone().strftime("%Y-%m-%d %H:%M") if loan.lent_at else "?",
        "身份证复印件、合同",
        "值班经理 张三",
        "档案管理员 钱五",
        "总经理 孙六",
        "纸面签字",
        "借阅人签字",
        "归还接收人签字",
        "机密",
    ):
        assert expected in text, expected
    with admin.venue.uow() as s:
        printed = s.scalars(select(AuditEntry).where(AuditEntry.entity == "lending_slip")).all()
        assert [p.action for p in printed] == ["form_printed"]


def test_a_slip_is_printed_only_once_approved(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("borrower")
    loan = t.loans.apply(application(item_no, clock=t.clock))
    with pytest.raises(DomainError) as info:
        t.register.render_slip(loan.number)
    assert info.value.code == "not_approved"


def test_the_month_report_counts_out_overdue_and_days_out(admin: Services, tmp_path: Path) -> None:
    t = archive_desk(admin, Clock(datetime(2026, 10, 5, 12).astimezone()))
    back, late = catalogue(t), catalogue(t, "李四")
    returned = lent_loan(t, back, days=3)
    t.clock.advance(days=2)
    t.register.write_off(returned.number, ReturnInput())
    overdue = lent_loan(t, late, days=1)
    t.clock.advance(days=3)
    month = "2026-10"
    t.act("keeper")
    report = t.register.month_report(month)
    assert [r.number for r in report.register] == [returned.number, overdue.number]
    assert (report.lent, report.out_at_end, report.overdue, report.average_days_out) == (
        2,
        1,
        1,
        2.0,
    )
    data = t.register.render_month_report(month, as_csv=True)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["月份", "借阅单号", "档案编号"]
    assert [r[1] for r in rows[1:3]] == [returned.number, overdue.number]
    assert rows[2][-1] == "逾期未还" and rows[1][-2] == "完好"
    assert rows[-1][1:] == ["平均借出天数", "2.0"]
    text = pdf_text(t.register.render_month_report(month), tmp_path)
    for expected in ("档案外借登记月报", returned.number, overdue.number, "逾期未还", "2.0"):
        assert expected in text
    t.act("borrower")
    with pytest.raises(PermissionDenied):
        t.register.month_report(month)


def test_a_signature_taken_on_screen_is_printed_on_the_slip(
    admin: Services, tmp_path: Path
) -> None:
    t = archive_desk(admin)
    loan = approved_loan(t, catalogue(t))
    t.act("keeper")
    with pytest.raises(ValidationError) as broken:  # the header alone is not a picture
        t.register.lend(loan.number, signature_png=PNG[:40])
    assert (broken.value.field, broken.value.code) == ("signature", "invalid")
    t.register.lend(loan.number, signature_png=PNG)
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(t.register.render_slip(loan.number))
    listed = subprocess.run(
        ["pdfimages", "-list", str(slip)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert [line.split()[3:5] for line in listed] == [["120", "40"]] * 2  # on both parts
