"""The printed member card: CR80 size, the bundled font embedded, and both codes scanning back
to the card number (pdftoppm at 300 dpi, then zbarimg); ten to an A4 sheet."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.security.audit import AuditAction
from app.services import Services
from db.models import AuditEntry
from tests.app.member_helpers import desk, member
from tests.conftest import require_tools


@pytest.fixture(autouse=True)
def _tools() -> None:
    require_tools("zbarimg", "pdftoppm")


def _decode(pdf: Path, tmp_path: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found: list[str] = []
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True).stdout
        found += out.split()
    return found


def _fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_member_card_is_cr80_with_font_embedded_and_both_codes_scanning(
    admin: Services, tmp_path: Path
) -> None:
    t = desk(admin)
    card = member(t, "王𠮷·娜仁花", tier="gold")
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(t.card_print.render_card(card.card_no))
    fonts = _fonts(pdf)
    assert "WenQuanYiMicroHei" in fonts
    assert all(" yes yes " in line for line in fonts.splitlines()[2:])  # embedded, subset
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert (round(width / 72 * 25.4, 1), round(height / 72 * 25.4, 1)) == (85.6, 54.0)
    assert sorted(_decode(pdf, tmp_path)) == [f"CODE-128:{card.card_no}", f"QR-Code:{card.card_no}"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("静安·云栖会所", "金卡", "娜仁花", f"有效期至 {card.valid_until.isoformat()}"):
        assert expected in text
    with admin.venue.uow() as s:
        printed = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.FORM_PRINTED).all()
    assert [e.entity_id for e in printed] == [card.card_no]


def test_a4_sheet_holds_ten_cards_that_all_scan(admin: Services, tmp_path: Path) -> None:
    t = desk(admin)
    numbers = [member(t, f"会员{i}").card_no for i in range(10)]
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(t.card_print.render_sheet(numbers))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and "(A4)" in info
    decoded = _decode(pdf, tmp_path)
    assert sorted(c for c in decoded if c.startswith("CODE-128:")) == sorted(
        f"CODE-128:{n}" for n in numbers
    )
    assert sorted(c for c in decoded if c.startswith("QR-Code:")) == sorted(
        f"QR-Code:{n}" for n in numbers
    )
