"""Exporting the customer list: an export imports back into a fresh venue as the same customers,
managers only, audited, merged and erased files left out, cells never run as formulas."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.customers.export_service import EXPORT_HEADERS
from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput, CustomerRecord
from app.errors import PermissionDenied
from app.security.audit_log import AuditFilter
from app.services import Services, build_services
from app.setup import create_venue
from tests.app.test_customer_import import mainland_id
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, TEST_KDF, NoKeyring, setup_input, sign_in_as

ID_F = mainland_id("19491231", "002")
PEOPLE = [
    CustomerInput(
        name="王𠮷·娜仁花😀",
        phone="+86 138 0013 8000",
        gender="female",
        birthday=date(1949, 12, 31),
        notes='常点龙井, 不加糖\n说"下次再来"',
        other_phones=("021-5888 1234", "+44 20 7946 0958"),
        address="上海市静安区南京西路1号",
        id_doc_type="mainland_id",
        id_number=ID_F,
        consents=(ConsentInput(ConsentPurpose.SENSITIVE_ID, "paper"),),
    ),
    CustomerInput(name="=HYPERLINK(1)", phone="13912345678", gender="male"),
    CustomerInput(name="Zoë", phone="+1 415 555 2671", birthday=date(2000, 2, 29)),
]
COMPARED = ("name", "phone", "other_phones", "gender", "birthday", "id_number", "address", "notes")


@pytest.fixture
def fresh_venue(tmp_path: Path) -> Iterator[Services]:
    result = create_venue(
        tmp_path / "other-venue",
        setup_input("另一家会所"),
        keystore=NoKeyring(),
        kdf_params=TEST_KDF,
    )
    services = build_services(result.venue, result.venue.unlock_with_passphrase(PASSPHRASE))
    services.staff.sign_in("admin", ADMIN_PASSWORD)
    yield services
    services.close()


def fill(services: Services) -> list[CustomerRecord]:
    made = [services.customers.create(p, allow_duplicate=True) for p in PEOPLE]
    merged = services.customers.create(CustomerInput("周杰", "13811112222"))
    kept = services.customers.create(CustomerInput("周杰伦", "13833334444"))
    services.lifecycle.merge(kept.id, merged.id, "同一人")
    erased = services.customers.create(CustomerInput("钱五", "13600136000"))
    services.lifecycle.erase(erased.id, "客户申请删除")
    return [*made, services.customers.open(kept.id)]


def by_name(services: Services) -> dict[str, CustomerRecord]:
    return {r.name: r for r in services.customers.list_page(limit=1000) if not r.erased}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_venue_gives_the_same_customers(
    admin: Services, fresh_venue: Services, tmp_path: Path, suffix: str
) -> None:
    expected = fill(admin)
    path = tmp_path / f"客户{suffix}"
    assert admin.exporter.export(path) == 4
    summary = fresh_venue.importer.run(path)
    assert (summary.imported, summary.rejected) == (4, 0)
    got = by_name(fresh_venue)
    assert set(got) == {r.name for r in expected}  # neither the merged nor the erased file
    for record in expected:
        for field in COMPARED:
            assert getattr(got[record.name], field) == getattr(record, field), field
    wang = got[PEOPLE[0].name]
    assert [c.purpose for c in fresh_venue.consents.list(wang.id)] == ["sensitive_id"]
    again = fresh_venue.importer.run(path)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)


def test_csv_is_excel_friendly_and_xlsx_keeps_text(admin: Services, tmp_path: Path) -> None:
    fill(admin)
    csv_path = tmp_path / "a.csv"
    assert admin.exporter.export(csv_path) == 4
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == EXPORT_HEADERS
    wang = next(r for r in rows if r[1] == PEOPLE[0].name)
    assert wang[0].startswith("C") and wang[3] == "138 0013 8000、021 5888 1234、+44 20 7946 0958"
    assert wang[4] == "1949-12-31" and wang[9] == "是" and wang[-1] == ""
    assert any(r[1] == "'=HYPERLINK(1)" for r in rows)  # Excel shows it, never runs it
    admin.exporter.export(tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").active
    cells = {c.value: c for c in sheet["B"]}
    assert cells["=HYPERLINK(1)"].data_type == "s"
    phone = sheet.cell(row=2, column=4)
    assert isinstance(phone.value, str) and phone.number_format == "@"
    birthday = next(r[4] for r in sheet.iter_rows(min_row=2) if r[1].value == PEOPLE[0].name)
    assert birthday.value.date() == date(1949, 12, 31) and birthday.number_format == "yyyy-mm-dd"


def test_export_is_for_managers_and_audited(admin: Services, tmp_path: Path) -> None:
    fill(admin)
    sign_in_as(admin, "qiantai", "reception")
    with pytest.raises(PermissionDenied):
        admin.exporter.export(tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    sign_in_as(admin, "jingli", "manager")
    assert admin.exporter.export(tmp_path / "x.xlsx") == 4
    rows = admin.audit_log.search(AuditFilter(action="data_exported"))
    assert len(rows) == 1 and rows[0].username == "jingli"
    detail = json.loads(rows[0].detail)
    assert detail == {"rows": 4, "format": "xlsx", "file": "x.xlsx"}


def test_export_carries_the_current_card_number_and_tier(admin: Services, tmp_path: Path) -> None:
    fill(admin)
    wang = next(r for r in admin.customers.list_page() if r.name == PEOPLE[0].name)
    card = admin.cards.issue(wang.id)
    admin.exporter.export(tmp_path / "cards.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "cards.csv").read_text("utf-8-sig"))))
    line = next(r for r in rows if r[1] == PEOPLE[0].name)
    assert line[-1] == card.card_no and line[EXPORT_HEADERS.index("会员等级")] == card.tier_name
    others = [r for r in rows[1:] if r[1] != PEOPLE[0].name]
    assert all(r[-1] == "" for r in others)
