"""Photos before and after the work, stored sealed; and a key rotation re-seals every sealed
field of the repairs room (order, events, photos, signature) so the order still opens."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.repairs.schemas import FollowUpInput, TechnicianInput
from app.services import Services
from db.models import RepairOrder, RepairPhoto
from tests.app.repair_helpers import (
    customer,
    intake,
    shop,
    signature_png,
    standard_line,
    technician,
    walk,
)
from tests.conftest import sign_in_as


def test_photos_are_sealed_and_open_again(admin: Services) -> None:
    t = shop(admin)
    order = intake(t, customer(t))
    jpeg = b"\xff\xd8\xff\xe0" + "柜门锁芯".encode() * 200
    before = t.repairs.add_photo(order.id, "before", "锁芯 (1).jpg", jpeg)
    assert (before.stage, before.filename) == ("before", "锁芯 (1).jpg")
    with admin.venue.uow() as s:
        stored = s.get(RepairPhoto, before.id)
        assert stored is not None and jpeg not in stored.content
        assert "锁芯".encode() not in stored.filename
    assert t.repairs.photo(before.id) == jpeg
    opened = t.repairs.open(order.id)
    assert [(p.id, p.stage) for p in opened.photos] == [(before.id, "before")]
    assert [e.note for e in opened.events if e.kind == "photo"] == ["before: 锁芯 (1).jpg"]
    with pytest.raises(ValidationError) as stage:
        t.repairs.add_photo(order.id, "during", "x.jpg", jpeg)
    assert stage.value.field == "stage"
    with pytest.raises(ValidationError) as empty:
        t.repairs.add_photo(order.id, "after", "x.jpg", b"")
    assert empty.value.field == "content"


def test_a_key_rotation_reseals_the_repairs_room(admin: Services) -> None:
    t = shop(admin)
    order = walk(t, intake(t, customer(t)), technician(t), lines=(standard_line(t, "L01"),))
    t.repairs.add_photo(order.id, "after", "修好了.png", signature_png())
    t.repairs.draw_followups(order.month)
    t.repairs.record_followup(order.id, FollowUpInput(True, "满意"))
    old_key = admin.desk.keys.active_key_id
    admin.rotation.rotate(batch_size=3)
    assert admin.desk.keys.active_key_id != old_key
    with admin.venue.uow() as s:
        assert {r.key_id for r in s.scalars(select(RepairOrder))} == {admin.desk.keys.active_key_id}
    again = t.repairs.open(order.id)
    assert (again.fault, again.work_done, again.followup_note) == (
        order.fault,
        order.work_done,
        "满意",
    )
    assert t.repairs.signature(order.id) == signature_png()
    assert t.repairs.photo(again.photos[0].id) == signature_png()


def test_technicians_by_specialty(services: Services) -> None:
    sign_in_as(services, "gongcheng", "engineering_lead")
    techs = services.technicians
    zhang = techs.save(TechnicianInput("张师傅", ("locks", "carpentry")))
    li = techs.save(TechnicianInput("李师傅", ("plumbing",)))
    all_round = techs.save(TechnicianInput("阿卜杜拉·买买提", ("general",)))
    assert [x.name for x in techs.for_specialty("locker")] == ["张师傅", "阿卜杜拉·买买提"]
    assert [x.name for x in techs.for_specialty("room")] == ["张师傅", "李师傅", all_round.name]
    assert [x.name for x in techs.for_specialty("other")] == [all_round.name]
    techs.save(TechnicianInput("李师傅", ("plumbing",), active=False, id=li.id))
    assert [x.id for x in techs.list()] == [zhang.id, all_round.id]
    assert len(techs.list(active_only=False)) == 3
    with pytest.raises(ValidationError) as unknown:
        techs.save(TechnicianInput("王师傅", ("roofing",)))
    assert (unknown.value.field, unknown.value.code) == ("specialties", "invalid")
    with pytest.raises(ValidationError):
        techs.save(TechnicianInput("王师傅", ()))
