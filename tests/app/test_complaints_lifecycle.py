"""A customer's erasure and merge keep their complaint cards counted but drop their words."""

from __future__ import annotations

from sqlalchemy import select

from app.complaints.schemas import FollowUpInput, InvestigationInput, ReplyInput, State
from app.customers.schemas import CustomerInput
from app.services import Services
from db.models import Complaint
from tests.app.complaint_helpers import complaints, intake, staff_id
from tests.app.member_helpers import Clock, raw_db


def test_erasure_drops_the_words_and_keeps_the_facts(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "admin")
    customer = services.customers.create(CustomerInput(name="王𠮷", phone="+86 138 0013 8000"))
    service = complaints(services, clock)
    card = service.record(
        intake(
            customer_id=customer.id,
            contact_name="",
            contact_phone="",
            summary="独一无二的投诉描述XYZ",
            request_note="要求退款ABC",
        )
    )
    service.start_investigation(card.id)
    service.add_note(card.id, "客人私事备注QQQ")
    service.record_investigation(
        card.id, InvestigationInput(cause="原因", facts="经过", conclusion="结论")
    )
    service.record_reply(card.id, ReplyInput("phone", "答复内容RRR", satisfaction=4))
    service.close(card.id)
    service.record_followup(card.id, FollowUpInput("call", "回访记录FFF", satisfaction=5))
    services.lifecycle.erase(customer.id, "本人要求删除")
    after = service.open(card.id)
    assert after.summary == "" and after.request_note == "" and after.customer_name == ""
    assert after.reply is not None and after.reply.content == "" and after.reply.method == "phone"
    assert after.followup is not None and after.followup.result == ""
    assert after.followup.satisfaction == 5 and after.satisfaction == 5
    assert "客人私事备注QQQ" not in [e.note for e in after.events]
    assert after.investigation is not None and after.investigation.cause == "原因"
    assert (after.number, after.state, after.kind) == (card.number, State.CLOSED, "complaint")
    assert after.closed_at is not None


def test_merge_moves_the_cards_to_the_file_kept(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "admin")
    keep = services.customers.create(CustomerInput(name="阿卜杜拉·买买提"))
    other = services.customers.create(CustomerInput(name="阿卜杜拉"))
    service = complaints(services, clock)
    card = service.record(intake(customer_id=other.id, contact_name="", contact_phone=""))
    services.lifecycle.merge(keep.id, other.id, "同一人")
    assert service.open(card.id).customer_id == keep.id
    assert service.has_open_complaint(keep.id) and not service.has_open_complaint(other.id)
    with services.venue.uow() as s:
        assert s.scalar(select(Complaint.customer_id)) == keep.id
    assert "阿卜杜拉·买买提".encode() not in raw_db(services)


def test_key_rotation_reseals_cards_and_events(services: Services) -> None:
    clock = Clock()
    staff_id(services, "jingli", "admin")
    service = complaints(services, clock)
    card = service.record(intake())
    service.add_note(card.id, "轮换前的备注")
    with services.venue.uow() as s:
        before = s.scalar(select(Complaint.key_id))
    services.rotation.rotate()
    after = service.open(card.id)
    assert after.summary == card.summary and after.contact_phone == "+8613800138000"
    assert after.events[-1].note == "轮换前的备注"
    with services.venue.uow() as s:
        assert s.scalar(select(Complaint.key_id)) != before
