"""The printed repair order: three parts (客户联, 工程存档联, 财务联) on one A4 sheet with cut lines
or on three A4 pages, each with the order, the agreed fees and the signature, read back with
pdftotext; and finance's amount in capital numerals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app.forms.repair_order_data import rmb_upper
from app.repairs.schemas import FeeLineInput, RepairSettings
from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry
from tests.app.repair_helpers import customer, intake, shop, standard_line, technician, walk


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "order.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8").split("\f")[:-1]


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (0, "零元整"),
        (16_375, "壹佰陆拾叁元柒角伍分"),
        (12_000, "壹佰贰拾元整"),
        (100_500, "壹仟零伍元整"),
        (1_050_000, "壹万零伍佰元整"),
        (1_000_005, "壹万元零伍分"),
        (10_000_000_00, "壹仟万元整"),
        (230, "贰元叁角"),
    ],
)
def test_amounts_in_capital_numerals(fen: int, words: str) -> None:
    assert rmb_upper(fen) == words


def test_one_sheet_holds_the_three_labelled_parts_with_cut_lines(
    admin: Services, tmp_path: Path
) -> None:
    t = shop(admin)
    other = FeeLineInput(None, 1500, "特制不锈钢合页", "副", 4_250)
    order = walk(
        t,
        intake(t, customer(t)),
        technician(t),
        fail_first=True,
        lines=(standard_line(t, "L02"), standard_line(t, "L03", 2000), other),
    )
    pages = _pages(t.repairs.render_order(order.number, "sheet"), tmp_path)
    assert len(pages) == 1
    text = pages[0]
    for label in ("客户联", "工程存档联", "财务联"):
        assert text.count(label) == 1
    assert text.count("沿此线裁开") == 2
    assert text.count(order.number) == 3
    assert text.count("163.75") >= 6  # the total in every part, and finance's amount due
    assert "壹佰陆拾叁元柒角伍分" in text
    assert text.count("特制不锈钢合页（其他项目，已批准）") == 3
    assert "合格，返工 1 次" in text
    assert "锁芯 ×1" in text
    assert text.count("签于") == 3  # the drawn signature, printed in each part
    parts = [text.index(label) for label in ("客户联", "工程存档联", "财务联")]
    assert parts == sorted(parts)
    with admin.venue.uow() as s:
        printed = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "repair_order")))
    assert [(p.action, p.entity_id) for p in printed] == [(AuditAction.FORM_PRINTED, order.number)]


def test_three_pages_layout_puts_one_part_on_each_page(admin: Services, tmp_path: Path) -> None:
    t = shop(admin)
    order = walk(
        t,
        intake(t, customer(t)),
        technician(t),
        warranty=True,
        until="done",
        lines=(standard_line(t, "L01"),),
    )
    t.repairs.save_settings(RepairSettings(print_layout="pages"))
    pages = _pages(t.repairs.render_order(order.number), tmp_path)
    assert len(pages) == 3
    for page, label in zip(pages, ("客户联", "工程存档联", "财务联"), strict=True):
        assert label in page and order.number in page
        assert "更换门锁" in page and "120.00" in page
        assert "保修期内免费，应收 ¥ 0.00" in page
        assert "客户签名" in page and "签于" not in page  # not signed yet: a line to sign on
    assert "零元整" in pages[2] and "待验收" in pages[1]


def test_a_sheet_too_full_for_a_third_prints_as_pages(admin: Services, tmp_path: Path) -> None:
    t = shop(admin)
    lines = tuple(
        standard_line(t, code)
        for code in ("L01", "L02", "L03", "P01", "P02", "P03", "P04", "E01", "E02", "E03")
    )
    order = walk(t, intake(t, customer(t)), technician(t), lines=lines, until="done")
    pages = _pages(t.repairs.render_order(order.number, "sheet"), tmp_path)
    assert len(pages) == 3
    assert all("更换马桶水箱配件" in page for page in pages)
