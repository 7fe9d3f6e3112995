"""Lending paper files: apply, approve at each level, lend with the register entry, return with
the condition, renew once; and every rule that refuses bad input."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from app.errors import DomainError, PermissionDenied, ValidationError
from app.lending.schemas import LoanInput, LoanLineInput, ReturnInput
from app.services import Services
from db.models import Loan
from tests.app.lending_helpers import (
    PNG,
    application,
    approved_loan,
    archive_desk,
    catalogue,
    lent_loan,
)


def test_apply_approve_lend_return_and_write_off(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("borrower")
    loan = t.loans.apply(application(item_no, copies=2, clock=t.clock))
    assert (loan.state, loan.next_stage, loan.needs_general_manager) == (
        "pending",
        "department",
        False,
    )
    assert loan.borrower == "前台 阿卜杜拉·买买提" and loan.department == "前厅部"
    assert loan.purpose == "核对会员合同, 客户来电投诉"
    t.act("head")
    assert [w.number for w in t.loans.waiting_for_me()] == [loan.number]
    loan = t.loans.approve(loan.number, "同意借阅")
    assert (loan.state, loan.next_stage) == ("pending", "archive")
    t.act("borrower")  # the borrower sees where the application stands
    seen = t.loans.get(loan.number)
    assert [(a.stage, a.approved, a.note) for a in seen.approvals] == [
        ("department", True, "同意借阅")
    ]
    t.act("keeper")
    loan = t.loans.approve(loan.number)
    assert (loan.state, loan.next_stage) == ("approved", "")
    t.clock.advance(hours=1)
    loan = t.register.lend(loan.number, signature_png=PNG)
    assert loan.state == "lent" and loan.lent_at == t.clock()
    assert (loan.signature_kind, loan.has_signature, loan.lent_by) == (
        "screen",
        True,
        "档案管理员 钱五",
    )
    assert t.archive.item(item_no).state == "out"
    assert t.register.signature(loan.number) == PNG
    t.clock.advance(days=2)
    loan = t.register.write_off(loan.number, ReturnInput())
    assert loan.state == "returned" and loan.returned_at == t.clock()
    assert [line.condition for line in loan.lines] == ["complete"]
    assert t.archive.item(item_no).state == "in"
    assert t.register.incidents() == []
    with admin.venue.uow() as s:  # the signature is sealed, not stored as the PNG
        row = s.query(Loan).one()
        assert row.signature is not None and PNG not in row.signature


def test_confidential_files_need_the_general_manager(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t, "赵机密", level="top_secret")
    t.act("borrower")
    loan = t.loans.apply(application(item_no, clock=t.clock))
    assert loan.needs_general_manager
    t.act("head")
    loan = t.loans.approve(loan.number)
    t.act("keeper")
    loan = t.loans.approve(loan.number)
    assert (loan.state, loan.next_stage) == ("pending", "general_manager")
    t.act("keeper")
    with pytest.raises(DomainError):  # the keeper cannot stand in for the GM
        t.loans.approve(loan.number)
    t.act("manager2")
    with pytest.raises(PermissionDenied):
        t.loans.approve(loan.number)
    t.act("gm")
    loan = t.loans.approve(loan.number)
    assert loan.state == "approved"
    assert [a.stage for a in loan.approvals] == ["department", "archive", "general_manager"]


def test_a_level_refuses_with_a_reason(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("tech")
    loan = t.loans.apply(application(item_no, clock=t.clock))
    t.act("eng_head")  # the engineering lead is a department head too
    with pytest.raises(ValidationError) as info:
        t.loans.refuse(loan.number, "  ")
    assert info.value.field == "note"
    loan = t.loans.refuse(loan.number, "用途不明确")
    assert (loan.state, loan.next_stage) == ("refused", "")
    assert loan.approvals[0].note == "用途不明确" and not loan.approvals[0].approved
    t.act("keeper")
    with pytest.raises(DomainError) as refused:
        t.loans.approve(loan.number)
    assert refused.value.code == "nothing_to_decide"


def test_return_date_beyond_the_limit_is_refused_and_the_limit_is_a_setting(
    admin: Services,
) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("borrower")
    with pytest.raises(ValidationError) as info:
        t.loans.apply(application(item_no, days=4, clock=t.clock))
    assert (info.value.field, info.value.code) == ("due_on", "beyond_limit")
    with pytest.raises(ValidationError) as past:
        t.loans.apply(application(item_no, days=-1, clock=t.clock))
    assert past.value.code == "in_past"
    t.act("admin")
    t.register.set_loan_limit(5)
    t.act("borrower")
    assert t.register.loan_limit() == 5
    assert t.loans.apply(application(item_no, days=5, clock=t.clock)).state == "pending"


def test_bad_applications_are_refused(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t, copies=2)
    t.act("borrower")
    good = application(item_no, clock=t.clock)
    cases = [
        (dataclasses.replace(good, purpose=" "), "purpose", "required"),
        (dataclasses.replace(good, department=""), "department", "required"),
        (dataclasses.replace(good, lines=()), "lines", "required"),
        (dataclasses.replace(good, lines=(LoanLineInput(item_no, 3),)), "copies", "out_of_range"),
        (dataclasses.replace(good, lines=(LoanLineInput("DA-000000-0000"),)), "item", "not_found"),
        (
            dataclasses.replace(good, lines=(LoanLineInput(item_no), LoanLineInput(item_no))),
            "lines",
            "duplicate",
        ),
    ]
    for data, field, code in cases:
        with pytest.raises(ValidationError) as info:
            t.loans.apply(data)
        assert (info.value.field, info.value.code) == (field, code)
    assert t.loans.loans() == []


def test_no_one_approves_their_own_application(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("head")  # a manager borrowing for themselves
    loan = t.loans.apply(application(item_no, clock=t.clock))
    with pytest.raises(DomainError) as info:
        t.loans.approve(loan.number)
    assert info.value.code == "own_application"
    t.act("admin")  # admin holds every permission but decides one level only
    assert [w.number for w in t.loans.waiting_for_me()] == [loan.number]
    t.loans.approve(loan.number)
    assert t.loans.waiting_for_me() == []
    with pytest.raises(DomainError) as twice:
        t.loans.approve(loan.number)
    assert twice.value.code == "already_decided"


def test_an_item_already_out_cannot_be_lent(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    first = approved_loan(t, item_no)
    second = approved_loan(t, item_no)
    t.act("keeper")
    t.register.lend(first.number, signed_on_paper=True)
    with pytest.raises(DomainError) as info:
        t.register.lend(second.number, signed_on_paper=True)
    assert info.value.code == "item_out"
    with pytest.raises(ValidationError) as unsigned:
        t.register.lend(second.number)
    assert unsigned.value.field == "signature"
    with pytest.raises(ValidationError):
        t.register.lend(second.number, signature_png=b"GIF89a not a png")


def test_only_an_approved_loan_is_lent(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    t.act("borrower")
    loan = t.loans.apply(application(item_no, clock=t.clock))
    t.act("keeper")
    with pytest.raises(DomainError) as info:
        t.register.lend(loan.number, signed_on_paper=True)
    assert info.value.code == "not_approved"


def test_a_borrower_with_an_overdue_loan_cannot_borrow(admin: Services) -> None:
    t = archive_desk(admin)
    first_item, second_item = catalogue(t), catalogue(t, "李四")
    loan = lent_loan(t, first_item, days=1)
    t.clock.advance(days=2)  # one day past the due day
    t.act("borrower")
    assert [o.number for o in t.loans.overdue()] == [loan.number]
    assert t.loans.get(loan.number).overdue
    with pytest.raises(DomainError) as info:
        t.loans.apply(application(second_item, clock=t.clock))
    assert info.value.code == "borrower_overdue"
    with pytest.raises(DomainError):
        t.loans.request_renewal(loan.number, t.clock.today() + timedelta(days=1))
    t.act("keeper")
    t.register.write_off(loan.number, ReturnInput())
    t.act("borrower")
    assert t.loans.overdue() == []
    assert t.loans.apply(application(second_item, clock=t.clock)).state == "pending"


def test_renewal_once_and_approved_again(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    loan = lent_loan(t, item_no, days=2)
    t.clock.advance(days=1)
    new_due = t.clock.today() + timedelta(days=3)
    t.act("tech")
    with pytest.raises(DomainError) as other:
        t.loans.request_renewal(loan.number, new_due)
    assert other.value.code == "not_borrower"
    t.act("borrower")
    with pytest.raises(ValidationError):
        t.loans.request_renewal(loan.number, t.clock.today() + timedelta(days=4))
    loan = t.loans.request_renewal(loan.number, new_due)
    assert (loan.renewal_state, loan.next_stage, loan.round) == ("pending", "department", 1)
    assert loan.due_on == t.clock.today() + timedelta(days=1)  # unchanged until approved
    for who in ("head", "keeper"):
        t.act(who)
        loan = t.loans.approve(loan.number, "续借同意")
    assert (loan.renewal_state, loan.due_on, loan.state) == ("approved", new_due, "lent")
    t.act("borrower")
    with pytest.raises(DomainError) as again:
        t.loans.request_renewal(loan.number, new_due + timedelta(days=1))
    assert again.value.code == "renewal_used"


def test_a_refused_renewal_keeps_the_old_due_day(admin: Services) -> None:
    t = archive_desk(admin)
    loan = lent_loan(t, catalogue(t), days=1)
    t.act("borrower")
    loan = t.loans.request_renewal(loan.number, t.clock.today() + timedelta(days=3))
    t.act("head")
    loan = t.loans.refuse(loan.number, "请按期归还")
    assert (loan.renewal_state, loan.due_on) == ("refused", t.clock.today() + timedelta(days=1))


def test_return_with_missing_pages_opens_an_incident(admin: Services) -> None:
    t = archive_desk(admin)
    first, second = catalogue(t), catalogue(t, "李四")
    t.act("borrower")
    data = LoanInput(
        "前厅部",
        (LoanLineInput(first), LoanLineInput(second)),
        "核对",
        "复印",
        t.clock.today() + timedelta(days=1),
    )
    loan = t.loans.apply(data)
    for who in ("head", "keeper"):
        t.act(who)
        t.loans.approve(loan.number)
    t.register.lend(loan.number, signed_on_paper=True)
    conditions = ((first, "missing_pages"), (second, "damaged"))
    with pytest.raises(ValidationError) as no_note:
        t.register.write_off(loan.number, ReturnInput(conditions))
    assert no_note.value.field == "note"
    with pytest.raises(ValidationError):
        t.register.write_off(loan.number, ReturnInput(((first, "lost"),), "?"))
    loan = t.register.write_off(loan.number, ReturnInput(conditions, "合同第3页缺失; 封皮破损"))
    assert [line.condition for line in loan.lines] == ["missing_pages", "damaged"]
    incidents = t.register.incidents(open_only=True)
    assert [(i.loan_no, i.item_no, i.kind) for i in incidents] == [
        (loan.number, first, "missing_pages")
    ]
    assert incidents[0].note == "合同第3页缺失; 封皮破损"
    closed = t.register.close_incident(incidents[0].number, "借阅人补回复印件")
    assert closed.closed_at is not None and t.register.incidents(open_only=True) == []


def test_the_register_lists_everything_for_the_keeper_and_own_loans_for_others(
    admin: Services,
) -> None:
    t = archive_desk(admin)
    mine = lent_loan(t, catalogue(t))
    other_item = catalogue(t, "李四")
    t.act("tech")
    theirs = t.loans.apply(application(other_item, clock=t.clock))
    assert [loan.number for loan in t.loans.loans()] == [theirs.number]
    with pytest.raises(PermissionDenied):
        t.loans.get(mine.number)
    t.act("keeper")
    assert {loan.number for loan in t.loans.loans()} == {mine.number, theirs.number}
    assert [loan.number for loan in t.loans.loans(state="lent")] == [mine.number]
