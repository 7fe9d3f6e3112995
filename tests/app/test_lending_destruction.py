"""Destroying a paper file past its retention: the archive keeper and a manager approve, the
destruction is recorded before a witness, the electronic file is erased, and the record (kept
for good, printed) holds nothing personal beyond the file number."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import DomainError, ValidationError
from app.lending.schemas import DestructionDone, DestructionInput
from app.services import Services
from db.models import ArchiveItem, DeletionRecord, DestructionRecord
from tests.app.lending_helpers import Archive, archive_desk, catalogue, lent_loan, pdf_text

ELEVEN_YEARS = 366 * 11


def _past_retention(admin: Services) -> tuple[Archive, str, str]:
    """A file with a paper item, then the clock moved past its retention; (desk, id, item no)."""
    t = archive_desk(admin)
    item_no = catalogue(t)
    customer_id = t.archive.item(item_no).customer_id
    t.clock.advance(days=ELEVEN_YEARS)
    return t, customer_id, item_no


def test_destruction_needs_the_keeper_and_a_manager_then_erases_the_file(
    admin: Services, tmp_path: Path
) -> None:
    t, customer_id, item_no = _past_retention(admin)
    t.act("keeper")
    assert customer_id in [c.customer_id for c in t.destruction.candidates()]
    proposal = t.destruction.propose(DestructionInput(customer_id, "shred"))
    assert (proposal.state, proposal.item_numbers, proposal.copies) == (
        "proposed",
        (item_no,),
        2,
    )
    assert proposal.contents == ("id_copy", "contract")
    done = DestructionDone(t.ids["keeper"], t.ids["manager2"], t.clock.today())
    with pytest.raises(DomainError) as none_yet:
        t.destruction.record_destroyed(proposal.number, done)
    assert none_yet.value.code == "needs_both_approvals"
    t.destruction.approve(proposal.number)
    with pytest.raises(DomainError) as again:
        t.destruction.approve(proposal.number)
    assert again.value.code == "already_approved"
    with pytest.raises(DomainError) as keeper_only:
        t.destruction.record_destroyed(proposal.number, done)
    assert keeper_only.value.code == "needs_both_approvals"
    t.act("head")
    approved = t.destruction.approve(proposal.number)
    assert (approved.keeper_approved_by, approved.manager_approved_by) == (
        "档案管理员 钱五",
        "值班经理 张三",
    )
    t.act("manager2")  # a second manager is not the archive keeper
    with pytest.raises(DomainError):
        t.destruction.approve(proposal.number)
    t.act("keeper")
    same = DestructionDone(t.ids["keeper"], t.ids["keeper"], t.clock.today())
    with pytest.raises(ValidationError) as one_person:
        t.destruction.record_destroyed(proposal.number, same)
    assert one_person.value.code == "same_person"
    record = t.destruction.record_destroyed(proposal.number, done)
    assert (record.state, record.destroyed_by, record.witnessed_by) == (
        "destroyed",
        "档案管理员 钱五",
        "值班经理 周七",
    )
    assert t.archive.item(item_no).state == "destroyed"
    t.act("admin")
    assert admin.customers.open(customer_id).erased
    with admin.venue.uow() as s:
        deletion = s.get(DeletionRecord, record.deletion_record_id)
        assert deletion is not None
        assert (deletion.requested_by, deletion.approved_by) == (t.ids["keeper"], t.ids["head"])
        row = s.scalar(select(DestructionRecord))
        assert row is not None
        plain = " ".join(str(v) for v in vars(row).values())
        # the name and the phone (typed "+86 138 0013 8000") appear in no column of the record
        assert "王𠮷" not in plain
        assert "13800138000" not in plain and "138 0013" not in plain
        item = s.scalar(select(ArchiveItem))
        assert item is not None and item.description is None  # erased with the file
    t.act("keeper")
    text = pdf_text(t.destruction.render_record(record.number), tmp_path)
    for expected in ("档案销毁记录", record.number, record.customer_number, item_no, "碎纸机粉碎"):
        assert expected in text
    assert "身份证复印件、合同" in text and "值班经理 周七" in text and "王𠮷" not in text


def test_no_destruction_before_the_retention_ends_or_while_a_file_is_out(
    admin: Services,
) -> None:
    t = archive_desk(admin)
    item_no = catalogue(t)
    customer_id = t.archive.item(item_no).customer_id
    t.act("keeper")
    with pytest.raises(ValidationError) as early:
        t.destruction.propose(DestructionInput(customer_id, "shred"))
    assert early.value.code == "retention_not_ended"
    lent_loan(t, item_no)
    t.clock.advance(days=ELEVEN_YEARS)
    t.act("keeper")
    with pytest.raises(DomainError) as out:
        t.destruction.propose(DestructionInput(customer_id, "pulp"))
    assert out.value.code == "item_out"
    with pytest.raises(ValidationError):
        t.destruction.propose(DestructionInput(customer_id, "burying"))


def test_a_refused_destruction_cannot_be_carried_out(admin: Services) -> None:
    t, customer_id, _item = _past_retention(admin)
    t.act("keeper")
    proposal = t.destruction.propose(DestructionInput(customer_id, "incinerate"))
    with pytest.raises(DomainError) as twice:
        t.destruction.propose(DestructionInput(customer_id, "incinerate"))
    assert twice.value.code == "already_proposed"
    t.act("head")
    with pytest.raises(ValidationError):
        t.destruction.refuse(proposal.number, "")
    assert t.destruction.refuse(proposal.number, "客户仍有未结合同").state == "refused"
    t.act("keeper")
    done = DestructionDone(t.ids["keeper"], t.ids["head"], t.clock.today())
    with pytest.raises(DomainError) as refused:
        t.destruction.record_destroyed(proposal.number, done)
    assert refused.value.code == "destruction_refused"
    with pytest.raises(DomainError):
        t.destruction.render_record(proposal.number)
    t.act("borrower")
    with pytest.raises(DomainError):
        t.destruction.propose(DestructionInput(customer_id, "shred"))
