"""The archive catalogue and handover book, loan reminders on the board, and what customer
erasure and merge do to the archive's rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.customers.schemas import CustomerInput
from app.errors import PermissionDenied, ValidationError
from app.lending.schemas import (
    AccessRequestInput,
    ArchiveItemInput,
    HandoverInput,
    ReturnInput,
)
from app.services import Services
from db.models import ArchiveIncident, ArchiveItem, FileAccessRequest, Loan, LoanApproval
from tests.app.lending_helpers import archive_desk, catalogue, lent_loan


def test_a_handover_catalogues_the_files_and_signs_the_book(admin: Services) -> None:
    t = archive_desk(admin)
    wang = admin.customers.create(CustomerInput("王𠮷", "+86 138 0013 8000"))
    secret = admin.customers.create(
        CustomerInput("赵机密", "+86 137 0013 7000", confidentiality="confidential")
    )
    today = t.clock.today()
    items = (
        ArchiveItemInput(wang.id, ("id_copy", "signed_forms"), 1, "A-01", today),
        ArchiveItemInput(secret.id, ("contract", "receipts"), 3, "机密柜-02", today),
    )
    t.act("keeper")
    with pytest.raises(ValidationError) as missing:
        t.archive.receive_handover(HandoverInput("前厅部", "张三", complete=False), items)
    assert missing.value.field == "missing"
    for bad, field in [
        (ArchiveItemInput(wang.id, (), 1, "A-01", today), "contents"),
        (ArchiveItemInput(wang.id, ("photos",), 1, "A-01", today), "contents"),
        (ArchiveItemInput(wang.id, ("contract",), 0, "A-01", today), "copies"),
        (ArchiveItemInput(wang.id, ("contract",), 1, " ", today), "shelf"),
        (
            ArchiveItemInput(wang.id, ("contract",), 1, "A", today + timedelta(days=1)),
            "received_on",
        ),
    ]:
        with pytest.raises(ValidationError) as info:
            t.archive.add_item(bad)
        assert info.value.field == field
    book = t.archive.receive_handover(
        HandoverInput("前厅部", "张三", complete=False, missing='缺"收据"一张,\n待补'), items
    )
    assert (book.department, book.handed_by, book.received_by) == (
        "前厅部",
        "张三",
        "档案管理员 钱五",
    )
    assert book.missing == '缺"收据"一张,\n待补' and len(book.item_numbers) == 2
    catalogue_rows = t.archive.items()
    assert [(i.customer_number, i.confidentiality, i.handover_no) for i in catalogue_rows] == [
        (wang.number, "normal", book.number),
        (secret.number, "confidential", book.number),  # kept apart and marked
    ]
    assert [h.number for h in t.archive.handovers()] == [book.number]
    t.act("borrower")
    with pytest.raises(PermissionDenied):
        t.archive.add_item(items[0])
    assert len(t.archive.items(state="in")) == 2  # borrowers see the catalogue to apply


def test_reminders_on_the_due_day_and_each_day_after(admin: Services) -> None:
    t = archive_desk(admin)
    loan = lent_loan(t, catalogue(t), days=1)
    board = admin.reminders
    assert board.sweep(t.clock()) == 0
    t.clock.advance(days=1)
    assert board.sweep(t.clock()) == 2  # the borrower and the archive keeper
    assert board.sweep(t.clock()) == 0
    t.act("borrower")
    assert [(r.source, r.step) for r in board.mine()] == [("loan", "due")]
    due = [i for i in board.due_list(t.clock()) if i.source == "loan"]
    assert [(i.number, i.overdue) for i in due] == [(loan.number, False)]
    t.clock.advance(days=1)
    assert board.sweep(t.clock()) == 2
    t.act("keeper")
    assert {r.step for r in board.mine()} == {"due", "overdue_1"}
    due = [i for i in board.due_list(t.clock()) if i.source == "loan"]
    assert [(i.number, i.overdue, i.owner) for i in due] == [
        (loan.number, True, "前台 阿卜杜拉·买买提")
    ]
    t.act("tech")  # not the borrower, not an approver
    assert [i for i in board.due_list(t.clock()) if i.source == "loan"] == []


def test_erasure_drops_the_archive_free_text_and_merge_moves_the_rows(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t, "王𠮷", level="confidential")
    lent_loan(t, item_no)
    customer_id = t.archive.item(item_no).customer_id
    t.act("borrower")
    t.access.request(AccessRequestInput(customer_id, "核对王𠮷的合同", 2))
    t.act("admin")
    duplicate = admin.customers.create(
        CustomerInput("王𠮷", "+86 138 0013 8000"), allow_duplicate=True
    )
    t.act("keeper")
    other_item = t.archive.add_item(
        ArchiveItemInput(duplicate.id, ("receipts",), 1, "A-02", t.clock.today())
    )
    t.act("admin")
    admin.lifecycle.merge(customer_id, duplicate.id, "同一客户")
    assert t.archive.item(other_item.number).customer_id == customer_id
    admin.lifecycle.erase(customer_id, "客户要求删除")
    with admin.venue.uow() as s:
        items = s.query(ArchiveItem).all()
        assert {i.customer_id for i in items} == {customer_id}
        assert all(i.description is None for i in items)
        loan = s.query(Loan).one()
        assert (loan.purpose, loan.reason, loan.state) == (None, None, "lent")
        request = s.query(FileAccessRequest).one()
        assert request.reason is None and request.hours == 2
    t.act("keeper")
    kept = t.loans.loans()[0]
    assert (kept.purpose, kept.lines[0].item_no) == ("", item_no)


def test_key_rotation_reseals_the_archive_rows(admin: Services) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t, "赵机密", level="confidential")
    loan = lent_loan(t, item_no)
    t.act("keeper")
    t.register.write_off(loan.number, ReturnInput(((item_no, "missing_pages"),), "第2页缺失"))
    t.act("borrower")
    request = t.access.request(AccessRequestInput(t.archive.item(item_no).customer_id, "核对", 1))
    t.act("admin")
    old_key = admin.desk.keys.active_key_id
    admin.rotation.rotate()
    assert admin.desk.keys.active_key_id != old_key
    with admin.venue.uow() as s:
        for model in (ArchiveItem, Loan, LoanApproval, ArchiveIncident, FileAccessRequest):
            assert {row.key_id for row in s.query(model)} == {admin.desk.keys.active_key_id}
    t.act("keeper")
    assert t.archive.item(item_no).description == '合同附件, 含"补充条款"\n第二页'
    reread = t.loans.get(loan.number)
    assert (reread.purpose, reread.approvals[0].note) == ("核对会员合同, 客户来电投诉", "同意")
    assert t.register.incidents()[0].note == "第2页缺失"
    t.act("borrower")
    assert t.access.get(request.number).reason == "核对"
