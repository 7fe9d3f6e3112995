"""Customer files end to end on a real encrypted venue: create, validate, consent, duplicates,
corrections, confidentiality, search, attachments, merge, erasure and the person's copy."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from stdnum.cn import ric

from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.customers.service import DuplicateCustomer
from app.errors import PermissionDenied, ValidationError
from app.lending.schemas import AccessRequestInput
from app.services import Services
from tests.conftest import ADMIN_PASSWORD, sign_in_as


def mainland_id(birthday: str, seq: str) -> str:
    """A valid resident ID number (checksum computed) for the birthday, e.g. seq '002' = female."""
    body = f"110105{birthday}{seq}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the last character


ID_FEMALE_1949 = mainland_id("19491231", "002")
SENSITIVE = ConsentInput(ConsentPurpose.SENSITIVE_ID, "paper")
WANG = CustomerInput(
    name="王𠮷·娜仁花😀",
    phone="+86 138 0013 8000",
    gender="female",
    birthday=date(1949, 12, 31),
    notes='常点龙井, 不加糖\n说"下次再来"',
    other_phones=("021-5888 1234",),
    email="wang@example.cn",
    address="上海市静安区南京西路1号",
    id_doc_type="mainland_id",
    id_number=ID_FEMALE_1949,
    tags=("VIP室", "素食"),
    consents=(SENSITIVE, ConsentInput(ConsentPurpose.MARKETING, "on_screen")),
)


def _raw_db(services: Services) -> bytes:
    services.venue.engine.dispose()
    return b"".join(p.read_bytes() for p in services.venue.data_dir.glob("frontdesk.sqlite3*"))


def test_full_file_round_trips_and_nothing_is_plain_on_disk(admin: Services) -> None:
    rec = admin.customers.create(WANG)
    got = admin.customers.open(rec.id)
    assert got.name == "王𠮷·娜仁花😀"
    assert got.phone == "+8613800138000" and got.other_phones == ("+862158881234",)
    assert got.id_number == ID_FEMALE_1949 and got.tags == ("VIP室", "素食")
    assert got.notes == WANG.notes
    raw = _raw_db(admin)
    for secret in (
        "𠮷·娜仁花",
        "wang@example",
        "13800138000",
        "58881234",
        ID_FEMALE_1949,
        "南京西路",
        "龙井",
    ):
        assert secret.encode() not in raw, secret


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"phone": "12345"}, "phone", "invalid"),
        ({"birthday": date(2999, 1, 1)}, "birthday", "in_future"),
        (
            {"id_number": ID_FEMALE_1949[:-1] + ("0" if ID_FEMALE_1949[-1] != "0" else "1")},
            "id_number",
            "invalid_checksum",
        ),
        ({"birthday": date(1950, 1, 1)}, "birthday", "id_birthday_mismatch"),
        ({"gender": "male"}, "gender", "id_gender_mismatch"),
        ({"consents": ()}, "id_number", "needs_separate_consent"),
        ({"email": "not-an-email"}, "email", "invalid"),
    ],
)
def test_bad_input_names_field_and_problem(
    admin: Services, change: dict[str, object], field: str, code: str
) -> None:
    import dataclasses

    with pytest.raises(ValidationError) as info:
        admin.customers.create(dataclasses.replace(WANG, **change))  # type: ignore[arg-type]
    assert (info.value.field, info.value.code) == (field, code)


def test_under_14_needs_guardian_consent(admin: Services) -> None:
    child = CustomerInput("小明", birthday=date(2020, 6, 1))
    with pytest.raises(ValidationError) as info:
        admin.customers.create(child)
    assert info.value.code == "needs_guardian_consent"
    guardian = ConsentInput(ConsentPurpose.GUARDIAN, "paper", guardian_name="小明妈妈")
    import dataclasses

    rec = admin.customers.create(dataclasses.replace(child, consents=(guardian,)))
    consents = admin.consents.list(rec.id)
    assert [(c.purpose, c.guardian_name) for c in consents] == [("guardian", "小明妈妈")]


def test_duplicate_phone_offers_existing_file(admin: Services) -> None:
    first = admin.customers.create(CustomerInput("张三", "13800138000"))
    with pytest.raises(DuplicateCustomer) as info:
        admin.customers.create(CustomerInput("张三丰", "138 0013 8000"))
    assert [(m.number, m.name, m.matched_on) for m in info.value.matches] == [
        (first.number, "张三", "phone")
    ]
    second = admin.customers.create(CustomerInput("张三丰", "138 0013 8000"), allow_duplicate=True)
    assert second.number != first.number


def test_correction_keeps_history(admin: Services) -> None:
    import dataclasses

    rec = admin.customers.create(CustomerInput("李四", "13900139000", address="旧地址"))
    data = dataclasses.replace(CustomerInput("李四", "13900139000"), address="新地址 1号")
    admin.customers.update(rec.id, data, reason="客户来电更正")
    history = admin.customers.history(rec.id)
    assert [(h.field, h.old_value, h.new_value, h.reason) for h in history] == [
        ("address", "旧地址", "新地址 1号", "客户来电更正")
    ]
    assert admin.customers.open(rec.id).address == "新地址 1号"


def test_confidential_file_found_but_opened_only_on_an_approved_request(admin: Services) -> None:
    rec = admin.customers.create(
        CustomerInput("赵机密", "13700137000", confidentiality="confidential")
    )
    sign_in_as(admin, "qiantai", "reception")
    hits = admin.directory.search("赵机密")
    assert [h.customer_id for h in hits] == [rec.id]
    assert hits[0].confidentiality == "confidential"
    with pytest.raises(PermissionDenied) as info:
        admin.customers.open(rec.id)
    assert info.value.permission == "confidential_needs_approval"
    sign_in_as(admin, "jingli", "manager")  # no standing right for managers either
    with pytest.raises(PermissionDenied):
        admin.customers.open(rec.id, reason="处理投诉")
    request = admin.file_access.request(AccessRequestInput(rec.id, "处理投诉", 2))
    sign_in_as(admin, "zongjingli", "general_manager")
    admin.file_access.approve(request.number)
    sign_in_as(admin, "jingli", "manager")
    assert admin.customers.open(rec.id, reason="处理投诉").name == "赵机密"


def test_search_by_name_pinyin_phone_and_id_tail_then_wiped_on_lock(admin: Services) -> None:
    zhang = admin.customers.create(CustomerInput("张三", "13812345678"))
    admin.customers.create(CustomerInput("李四", "13987654321"))
    wang = admin.customers.create(WANG)
    for query, expected in [
        ("张", zhang.id),
        ("zs", zhang.id),
        ("zhangsan", zhang.id),
        ("5678", zhang.id),
        ("138 1234", zhang.id),
        (ID_FEMALE_1949[-6:], wang.id),
        ("素食", wang.id),
        (wang.number, wang.id),
    ]:
        hits = admin.directory.search(query)
        assert hits and hits[0].customer_id == expected, query
    assert admin.directory.search(ID_FEMALE_1949[6:14]) == []  # never the birthday inside an ID
    admin.staff.lock()
    assert not admin.directory.built
    admin.staff.unlock(ADMIN_PASSWORD)
    assert admin.directory.search("zs")[0].customer_id == zhang.id


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + "身份证扫描件".encode()


def test_attachments_sealed_and_id_scan_needs_consent(admin: Services) -> None:
    plain = admin.customers.create(CustomerInput("钱五"))
    with pytest.raises(ValidationError) as info:
        admin.attachments.add(plain.id, "id_scan", "id.png", PNG)
    assert info.value.code == "needs_separate_consent"
    with pytest.raises(ValidationError) as info:
        admin.attachments.add(plain.id, "contract", "x.exe", b"MZ\x90\x00binary")
    assert info.value.code == "unsupported_type"
    rec = admin.customers.create(WANG)
    att = admin.attachments.add(rec.id, "id_scan", "王𠮷身份证.png", PNG)
    assert [a.filename for a in admin.attachments.list(rec.id)] == ["王𠮷身份证.png"]
    assert admin.attachments.open(att.id).content == PNG
    assert "身份证扫描件".encode() not in _raw_db(admin)


def test_manager_merges_duplicates_keeping_both_histories(admin: Services) -> None:
    a = admin.customers.create(CustomerInput("周杰", "13811112222", tags=("老客户",)))
    b = admin.customers.create(
        CustomerInput(
            "周杰",
            "13833334444",
            address="北京",
            tags=("羽毛球",),
            consents=(ConsentInput("marketing"),),
        ),
    )
    sign_in_as(admin, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        admin.lifecycle.merge(a.id, b.id, "同一人")
    sign_in_as(admin, "jingli", "manager")
    merged = admin.lifecycle.merge(a.id, b.id, "同一人两份档案")
    assert merged.phone == "+8613811112222" and merged.other_phones == ("+8613833334444",)
    assert merged.address == "北京" and merged.tags == ("老客户", "羽毛球")
    assert [c.purpose for c in admin.consents.list(a.id)] == ["marketing"]
    assert [h.customer_id for h in admin.directory.search("13833334444")] == [a.id]
    from app.security.audit_log import AuditFilter

    assert admin.audit_log.search(AuditFilter(customer_id=b.id))[0].entity == "customer_merge"


def test_erasure_removes_personal_data_and_keeps_a_record(admin: Services) -> None:
    rec = admin.customers.create(WANG)
    admin.attachments.add(rec.id, "id_scan", "scan.png", PNG)
    record_no = admin.lifecycle.erase(rec.id, "客户书面申请删除")
    assert record_no >= 1
    after = admin.customers.open(rec.id)
    assert after.erased and after.name == "" and after.phone == "" and after.id_number == ""
    assert admin.attachments.list(rec.id) == []
    assert admin.directory.search("王") == []
    assert admin.audit_log.verify().ok


def test_person_copy_has_everything(admin: Services, tmp_path: Path) -> None:
    rec = admin.customers.create(WANG)
    admin.customers.open(rec.id, reason="前台核对")
    admin.attachments.add(rec.id, "id_scan", "scan.png", PNG)
    files = admin.person_copy.export(rec.id, tmp_path / "copy")
    data = json.loads((tmp_path / "copy" / f"{rec.number}.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == WANG.name
    assert {c["purpose"] for c in data["consents"]} == {"sensitive_id", "marketing"}
    assert any(v["reason"] == "前台核对" for v in data["views"])
    assert any(p.read_bytes() == PNG for p in files if "attachments" in p.parts)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "copy" / f"{rec.number}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "个人信息副本" in text and "娜仁花" in text and "前台核对" in text
    assert "居民身份证" in text and "证件信息（单独同意）" in text and "138 0013 8000" in text
    assert "mainland_id" not in text and "sensitive_id" not in text


def test_who_viewed_is_for_managers_and_lists_each_look(admin: Services) -> None:
    rec = admin.customers.create(CustomerInput("孙悟空", "13612345678"))
    admin.customers.open(rec.id, reason="来电查询")
    sign_in_as(admin, "qiantai", "reception")
    admin.customers.open(rec.id, reason="签到核对")
    with pytest.raises(PermissionDenied):
        admin.oversight.viewers(rec.id)
    sign_in_as(admin, "jingli", "manager")
    views = admin.oversight.viewers(rec.id)
    assert [(v.username, v.reason) for v in views] == [
        ("qiantai", "签到核对"),
        ("admin", "来电查询"),
    ]


def test_files_past_retention_are_listed(admin: Services) -> None:
    rec = admin.customers.create(CustomerInput("周八", "13512345678"))
    assert rec.retention_until == f"{date.today().year + 10}{date.today().isoformat()[4:]}" or (
        rec.retention_until.endswith("-02-28")
    )
    assert admin.oversight.past_retention(date.today()) == []
    due = admin.oversight.past_retention(date.today().replace(year=date.today().year + 11))
    assert [d.number for d in due] == [rec.number]


def test_batch_import_keeps_the_consents_it_was_given(admin: Services) -> None:
    assert admin.customers.import_many([WANG, CustomerInput("钱六", "13512345679")]) == 2
    (wang,) = [r for r in admin.customers.list_page() if r.id_number == ID_FEMALE_1949]
    assert sorted(c.purpose for c in admin.consents.list(wang.id)) == ["marketing", "sensitive_id"]


def test_merge_moves_cards_and_visits_and_erasure_blanks_visit_purposes(admin: Services) -> None:
    from app.checkin.schemas import VisitInput

    keep = admin.customers.create(CustomerInput("吴刚", "13811110000"))
    other = admin.customers.create(CustomerInput("吴刚", "13822220000"))
    card = admin.cards.issue(other.id)
    admin.checkin.scan(card.card_no, VisitInput(purpose="陪母亲复诊后来放松"))
    admin.lifecycle.merge(keep.id, other.id, "同一人")
    assert [c.card_no for c in admin.member_history.cards_of(keep.id)] == [card.card_no]
    assert [v.purpose for v in admin.member_history.visits_of(keep.id)] == ["陪母亲复诊后来放松"]
    admin.lifecycle.erase(keep.id, "客户申请删除")
    visits = admin.member_history.visits_of(keep.id)
    assert len(visits) == 1 and visits[0].purpose == ""  # the visit stays, its free text goes
