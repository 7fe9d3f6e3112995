"""Importing customer lists into a real encrypted venue: Excel's GB18030 CSV, UTF-8 with BOM and
XLSX; bad rows set aside with line numbers and Chinese reasons; re-imports that add nothing; one
transaction that rolls back whole."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from stdnum.cn import ric

from app.customers.import_service import ImportSummary
from app.customers.schemas import CustomerInput
from app.errors import PermissionDenied, ValidationError
from app.importing import TEMPLATE_HEADERS, UnreadableTable
from app.security.audit_log import AuditFilter
from app.services import Services
from db.models import AuditHead, Customer, CustomerChange
from tests.conftest import sign_in_as


def mainland_id(born: str, seq: str) -> str:
    body = "110105" + born + seq
    return body + ric.calc_check_digit(body + "0")


ID_WANG = mainland_id("19900307", "041")  # male
ID_NO_CONSENT = mainland_id("19880101", "013")
ID_BAD_SUM = ID_WANG[:-1] + ("1" if ID_WANG[-1] != "1" else "2")
NOTE = '喜欢靠窗, 不要"冰"水\n周末来'
GOOD = [
    ["王𠮷", "男", "138 0013 8000", "1990-03-07", ID_WANG, "上海市静安区", "金卡", NOTE, "是"],
    ["阿卜杜拉·买买提", "女", "+86 139-1234-5678", "1985年12月1日", "", "", "普通", "", ""],
    ["Zoë 李🎉", "", "13700137000、021-5888 1234", "", "", "北京, 朝阳", "", '说"好", 再见', ""],
]
BAD = [
    ["坏电话", "", "12345", "", "", "", "", "", ""],
    ["未来人", "", "13600136000", "2999-01-01", "", "", "", "", ""],
    ["错校验", "男", "13500135000", "1990-03-07", ID_BAD_SUM, "", "", "", "是"],
    ["无同意", "男", "13400134000", "1988-01-01", ID_NO_CONSENT, "", "", "", ""],
]
# Line 1 holds the headers, the first row spans lines 2-3 (its note has a line break).
BAD_LINES = {"坏电话": 6, "未来人": 7, "错校验": 8, "无同意": 9}
BAD_REASONS = {
    "坏电话": "手机：格式不正确",
    "未来人": "生日：生日不能晚于今天",
    "错校验": "证件号码：身份证号校验位错误",
    "无同意": "证件号码：需要客户单独同意（“证件单独同意”填“是”）",
}
GOOD_NAMES = {row[0] for row in GOOD}


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows([list(TEMPLATE_HEADERS), *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def customer_count(services: Services) -> int:
    with services.venue.uow() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)) or 0)


def audit_head(services: Services) -> int:
    with services.venue.uow() as s:
        head = s.get(AuditHead, 1)
        return head.last_id if head else 0


def find(services: Services, name: str) -> str:
    hits = [h for h in services.directory.search(name) if h.name == name]
    assert len(hits) == 1, (name, hits)
    return hits[0].customer_id


def read_rejects(path: Path) -> dict[str, tuple[int, str]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0][-2:] == ["行号", "原因"]
    return {r[0]: (int(r[-2]), r[-1]) for r in rows[1:]}


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_csv_import_takes_good_rows_and_sets_bad_ones_aside(
    admin: Services, tmp_path: Path, encoding: str
) -> None:
    source = write_csv(tmp_path / "会员名单.csv", GOOD + BAD, encoding)
    summary = admin.importer.run(source)
    assert summary == ImportSummary(3, 0, 0, 4, tmp_path / "会员名单.rejects.csv", False)
    assert summary.rejects_file is not None
    rejects = read_rejects(summary.rejects_file)
    assert {n: line for n, (line, _) in rejects.items()} == BAD_LINES
    assert {n: reason for n, (_, reason) in rejects.items()} == BAD_REASONS
    assert customer_count(admin) == 3
    for name in BAD_LINES:
        assert admin.directory.search(name) == []
    wang = admin.customers.open(find(admin, "王𠮷"))
    assert (wang.phone, wang.birthday, wang.id_number) == (
        "+8613800138000",
        date(1990, 3, 7),
        ID_WANG,
    )
    assert wang.notes == NOTE and wang.gender == "male"
    consents = admin.consents.list(wang.id)
    assert [c.purpose for c in consents] == ["sensitive_id"]
    assert "会员名单.csv" in consents[0].note and consents[0].recorded_by == "管理员 王𠮷"
    zoe = admin.customers.open(find(admin, "Zoë 李🎉"))
    assert zoe.other_phones == ("+862158881234",) and zoe.notes == '说"好", 再见'
    assert zoe.address == "北京, 朝阳"
    assert admin.customers.open(find(admin, "阿卜杜拉·买买提")).birthday == date(1985, 12, 1)


def test_reimport_adds_nothing_and_an_edit_updates_with_history(
    admin: Services, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "list.csv", GOOD + BAD, "gb18030")
    admin.importer.run(source)
    again = admin.importer.run(source)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 4)
    assert customer_count(admin) == 3
    edited = [list(r) for r in GOOD]
    edited[0][5] = "上海市徐汇区"  # the address corrected
    edited[1][4:6] = ["", ""]  # empty cells never blank a file
    write_csv(source, edited, "gb18030")
    third = admin.importer.run(source)
    assert (third.imported, third.updated, third.unchanged, third.rejected) == (0, 1, 2, 0)
    assert third.rejects_file is None
    wang_id = find(admin, "王𠮷")
    history = admin.customers.history(wang_id)
    assert [(h.field, h.old_value, h.new_value, h.reason) for h in history] == [
        ("address", "上海市静安区", "上海市徐汇区", "导入 list.csv")
    ]
    updates = admin.audit_log.search(AuditFilter(customer_id=wang_id, action="customer_updated"))
    assert len(updates) == 1 and '"address"' in updates[0].detail
    batches = [
        r
        for r in admin.audit_log.search(AuditFilter(action="customer_created"))
        if r.entity == "customer_batch"
    ]
    assert sorted(r.detail.count('"rows": 3') for r in batches) == [0, 0, 1]


def test_xlsx_with_numbers_and_dates_and_a_phone_held_under_another_name(
    admin: Services, tmp_path: Path
) -> None:
    other = admin.customers.create(CustomerInput("张三", "13912345678"))
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号", "出生日期", "备注", "会员等级"])
    sheet.append(["李四", 13800138000, datetime(1990, 3, 7), "第一行\n第二行", "银卡"])
    sheet.append(["王五", 13912345678.0, date(1985, 12, 1), None, None])  # 张三's phone
    path = tmp_path / "会员.xlsx"
    book.save(path)
    preview = admin.importer.preview(path)
    assert [(r.line_no, r.action) for r in preview.rows] == [(2, "new"), (3, "reject")]
    assert preview.rows[1].problems[0].code == "phone_taken"
    assert preview.ignored == ("会员等级",) and preview.missing == ()
    assert preview.rows[0].values[:3] == ("李四", "13800138000", "1990-03-07")
    summary = admin.importer.run(path)
    assert (summary.imported, summary.rejected) == (1, 1)
    li = admin.customers.open(find(admin, "李四"))
    assert (li.phone, li.birthday, li.notes) == (
        "+8613800138000",
        date(1990, 3, 7),
        "第一行\n第二行",
    )
    assert admin.customers.open(other.id).name == "张三"


def test_dry_run_changes_nothing_but_writes_the_rejects(admin: Services, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "list.csv", GOOD + BAD, "utf-8-sig")
    head = audit_head(admin)
    summary = admin.importer.run(source, dry_run=True)
    assert (summary.imported, summary.rejected, summary.dry_run) == (3, 4, True)
    assert summary.rejects_file is not None and summary.rejects_file.exists()
    assert customer_count(admin) == 0
    assert audit_head(admin) == head


def test_preview_rows_mapping_and_missing_name(admin: Services, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "list.csv", GOOD + BAD, "gb18030")
    preview = admin.importer.preview(source, limit=5)
    assert preview.encoding == "gb18030" and preview.total_rows == 7 and len(preview.rows) == 5
    assert [r.action for r in preview.rows] == ["new", "new", "new", "reject", "reject"]
    assert preview.rows[3].problems[0].message == "手机：格式不正确"
    assert preview.ignored == ("会员等级",)
    assert not (tmp_path / "list.rejects.csv").exists()
    no_name = {f: i for f, i in preview.mapping.items() if f != "name"}
    assert admin.importer.preview(source, no_name).missing == ("name",)
    with pytest.raises(ValidationError) as info:
        admin.importer.run(source, no_name)
    assert info.value.code == "missing_fields"
    assert customer_count(admin) == 0


def test_same_person_twice_in_one_file_is_taken_once(admin: Services, tmp_path: Path) -> None:
    rows = [GOOD[1], ["阿卜杜拉·买买提", "", "13912345678", "", "", "", "", "", ""]]
    summary = admin.importer.run(write_csv(tmp_path / "dup.csv", rows, "utf-8"))
    assert (summary.imported, summary.rejected) == (1, 1)
    assert summary.rejects_file is not None
    assert read_rejects(summary.rejects_file)["阿卜杜拉·买买提"] == (3, "与本文件第2行重复")


def test_reception_may_not_import(admin: Services, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "list.csv", GOOD + BAD, "gb18030")
    sign_in_as(admin, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        admin.importer.preview(source)
    with pytest.raises(PermissionDenied):
        admin.importer.run(source)
    assert not (tmp_path / "list.rejects.csv").exists()
    sign_in_as(admin, "jingli", "manager")
    assert admin.importer.run(source).imported == 3


def test_unreadable_file_is_refused(admin: Services, tmp_path: Path) -> None:
    bad = tmp_path / "乱码.csv"
    bad.write_bytes(b"\x81\x30\xff\xff\xfe\x00" * 10)
    with pytest.raises(UnreadableTable):
        admin.importer.run(bad)


def test_a_failure_midway_leaves_the_database_as_it_was(admin: Services, tmp_path: Path) -> None:
    """A correction is written, then the bulk insert breaks the unique customer number: the
    correction, its history and its audit row roll back with it."""
    wang = admin.customers.create(CustomerInput("王𠮷", "13800138000", address="旧地址"))
    placeholder = admin.customers.create(CustomerInput("占位", "13300133000"))
    with admin.venue.uow() as s:  # a number the next import will also want
        row = s.get(Customer, placeholder.id)
        assert row is not None
        row.number = "C0000004"
    rows = [
        ["王𠮷", "", "13800138000", "", "", "新地址", "", "", ""],
        ["新人甲", "", "13700137001", "", "", "", "", "", ""],
        ["新人乙", "", "13700137002", "", "", "", "", "", ""],
    ]
    source = write_csv(tmp_path / "list.csv", rows, "utf-8")
    head = audit_head(admin)
    with pytest.raises(IntegrityError):
        admin.importer.run(source)
    assert customer_count(admin) == 2
    assert audit_head(admin) == head
    assert admin.customers.open(wang.id).address == "旧地址"
    with admin.venue.uow() as s:
        assert s.scalar(select(func.count()).select_from(CustomerChange)) == 0
    assert admin.audit_log.verify().ok
