"""Confidential customer files open only on an approved access request that runs out by itself;
every opening names the request in the audit log; the view report finds openings without one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.customers.schemas import CustomerInput
from app.errors import ConfidentialFile, DomainError, PermissionDenied, ValidationError
from app.lending.schemas import AccessRequestInput
from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry
from tests.app.lending_helpers import PNG, Archive, archive_desk, pdf_text
from tests.app.member_helpers import Clock


def _now_desk(services: Services) -> Archive:
    """The customer service checks expiry against the real time: start the clock there."""
    return archive_desk(services, Clock(datetime.now(UTC)))


def _views(services: Services, customer_id: str) -> list[dict[str, str]]:
    with services.venue.uow() as s:
        rows = s.scalars(
            select(AuditEntry).where(
                AuditEntry.customer_id == customer_id,
                AuditEntry.action == AuditAction.CUSTOMER_VIEWED.value,
            )
        )
        return [{"user": r.username, **json.loads(r.detail or "{}")} for r in rows]


def test_a_confidential_file_opens_on_an_approved_request_only(admin: Services) -> None:
    t = _now_desk(admin)
    secret = admin.customers.create(
        CustomerInput("赵机密", "+86 137 0013 7000", confidentiality="confidential")
    )
    scan = admin.attachments.add(secret.id, "contract", "合同.png", PNG)
    t.act("borrower")
    with pytest.raises(ConfidentialFile):
        admin.customers.open(secret.id)
    with pytest.raises(ConfidentialFile):
        admin.attachments.open(scan.id)
    request = t.access.request(AccessRequestInput(secret.id, "客户投诉需核对合同", 2))
    assert (request.state, request.customer_number, request.hours) == ("pending", secret.number, 2)
    with pytest.raises(ConfidentialFile):  # not yet approved
        admin.customers.open(secret.id)
    with pytest.raises(PermissionDenied):
        t.access.approve(request.number)
    t.act("head")
    approved = t.access.approve(request.number, "限两小时")
    assert approved.valid_until == t.clock() + timedelta(hours=2)
    with pytest.raises(DomainError) as twice:
        t.access.approve(request.number)
    assert twice.value.code == "already_decided"
    t.act("borrower")
    assert admin.customers.open(secret.id, reason="核对合同").name == "赵机密"
    assert admin.attachments.open(scan.id).content == PNG  # the scans open on it too
    t.act("tech")  # someone else's approval opens nothing for this person
    assert [r.number for r in t.access.requests()] == []
    assert (
        _views(admin, secret.id)
        == [{"user": "borrower", "access": "request", "access_request": request.number}] * 2
    )


def test_the_approval_runs_out_by_itself(admin: Services) -> None:
    t = archive_desk(admin, Clock(datetime.now(UTC) - timedelta(hours=5)))
    secret = admin.customers.create(
        CustomerInput("钱绝密", "+86 136 0013 6000", confidentiality="top_secret")
    )
    t.act("borrower")
    request = t.access.request(AccessRequestInput(secret.id, "核对身份证复印件", 4))
    t.act("head")
    t.access.approve(request.number)  # five hours ago, for four hours
    t.act("borrower")
    with pytest.raises(ConfidentialFile):
        admin.customers.open(secret.id)


def test_requests_are_refused_when_bad_or_own(admin: Services) -> None:
    t = _now_desk(admin)
    plain = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    secret = admin.customers.create(
        CustomerInput("孙机密", "+86 135 0013 5000", confidentiality="confidential")
    )
    t.act("head")
    for data, field, code in [
        (AccessRequestInput(plain.id, "看看", 1), "customer", "not_confidential"),
        (AccessRequestInput(secret.id, " ", 1), "reason", "required"),
        (AccessRequestInput(secret.id, "核对", 0), "hours", "out_of_range"),
        (AccessRequestInput(secret.id, "核对", 73), "hours", "out_of_range"),
    ]:
        with pytest.raises(ValidationError) as info:
            t.access.request(data)
        assert (info.value.field, info.value.code) == (field, code)
    own = t.access.request(AccessRequestInput(secret.id, "核对", 1))
    with pytest.raises(DomainError) as info_own:
        t.access.approve(own.number)
    assert info_own.value.code == "own_application"
    t.act("manager2")
    refused = t.access.refuse(own.number, "经理可直接查阅")
    assert refused.state == "refused" and refused.decision_note == "经理可直接查阅"


def test_view_report_names_the_request_and_finds_views_without_one(
    admin: Services, tmp_path: Path
) -> None:
    t = _now_desk(admin)
    secret = admin.customers.create(
        CustomerInput("赵机密", "+86 137 0013 7000", confidentiality="confidential")
    )
    plain = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    t.act("borrower")
    request = t.access.request(AccessRequestInput(secret.id, "核对合同", 1))
    t.act("head")
    t.access.approve(request.number)
    with pytest.raises(ConfidentialFile):  # a manager has no standing right either
        admin.customers.open(secret.id, reason="经理复核")
    admin.customers.open(plain.id)  # ordinary files are not in this report
    t.act("borrower")
    admin.customers.open(secret.id, reason="核对合同")
    today = t.clock.today()
    t.act("head")
    report = t.access.view_report(today, today)
    assert [(v.username, v.customer_number, v.basis, v.request_no) for v in report.views] == [
        ("borrower", secret.number, "request", request.number),
    ]
    assert report.views[0].display_name == "前台 阿卜杜拉·买买提"
    assert report.without_request == ()
    text = pdf_text(t.access.render_view_report(today, today), tmp_path)
    for expected in ("机密档案查阅记录", request.number, "无申请查阅 0 次"):
        assert expected in text
    rows = t.access.render_view_report(today, today, as_csv=True).decode("utf-8-sig").splitlines()
    assert rows[0].startswith("查阅时间,查阅人") and len(rows) == 2
    with admin.venue.uow() as s:  # an opening that skipped the check (a bug) must show up
        actor = admin.desk.current()
        bypass = type(actor)(t.ids["tech"], "tech", "technician")
        admin.audit.record(
            s, bypass, AuditAction.CUSTOMER_VIEWED, entity="customer", customer_id=secret.id
        )
    report = t.access.view_report(today, today)
    assert [v.username for v in report.without_request] == ["tech"]
    assert t.access.view_report(today + timedelta(days=1), today + timedelta(days=2)).views == ()
    t.act("borrower")
    with pytest.raises(PermissionDenied):
        t.access.view_report(today, today)
