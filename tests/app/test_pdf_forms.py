"""Printed forms checked the way a reader, a printer and a scanner see them: through poppler and
zbar on the real PDF, not through ReportLab's own objects."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from app.files import atomic_write_bytes
from app.fonts import PDF_FONT, PLACEHOLDER, font_runs, missing_glyphs, printable
from app.forms.pdf_blocks import (
    draw_code128,
    draw_cut_line,
    draw_field_grid,
    draw_qr,
    draw_signature_line,
)
from app.forms.pdf_canvas import (
    A5,
    FormCanvas,
    draw_paragraph,
    ensure_space,
    mm,
    text_width,
    wrap_text,
)
from app.forms.recovery_sheet import RecoverySheet, key_lines, render_recovery_sheet

# 𠮷 (U+20BB7) prints from the rare-character font; no bundled font has the emoji
VENUE = "𠮷野家·会所 測試 😀"
KEY = "MFRG-GZDF-MZTW-Q2LK-NNWG-23TP-OBYX-E3LT"  # the vault's shape: 8 x 4 base32
LONG_KEY = "7QKM-A2XD-9FHT-C3PW-N6RJ-V4YB-8LSE-G5UZ-K2MA-Q7RT-XW"
PRINTED_AT = datetime(2025, 3, 14, 9, 26, 53)


def run(*args: str) -> str:
    if shutil.which(args[0]) is None:
        pytest.fail(f"{args[0]} is not installed (apt-get install poppler-utils zbar-tools)")
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def squash(text: str) -> str:
    """pdftotext may put spaces or line breaks between CJK glyphs; compare without them."""
    return "".join(text.split())


def embedded_fonts(pdf: Path) -> dict[str, str]:
    """Font name -> pdffonts' "emb" column, sliced by the dashed rule's column widths."""
    header, rule, *rows = run("pdffonts", str(pdf)).splitlines()
    spans, start = [], 0
    for dashes in rule.split(" "):
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 1
    emb = header[: spans[3][1]].split()[-1]
    assert emb == "emb"
    return {row[slice(*spans[0])].strip(): row[slice(*spans[3])].strip() for row in rows}


def decode_codes(pdf: Path, out_dir: Path) -> list[str]:
    run("pdftoppm", "-png", "-r", "150", str(pdf), str(out_dir / "page"))
    pages = sorted(out_dir.glob("page*.png"))
    assert pages
    return run("zbarimg", "--raw", "-q", *map(str, pages)).splitlines()


@pytest.fixture(scope="module")
def sheet() -> RecoverySheet:
    return RecoverySheet(
        venue_name=VENUE,
        venue_id="3f2a9c0e5b7d4e1fa6c8b9d0e1f2a3b4",
        key_id="K7Q2M9XA",
        recovery_key=KEY,
        created_on=date(2025, 3, 14),
    )


@pytest.fixture(scope="module")
def sheet_pdf(sheet: RecoverySheet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sheet") / "recovery.pdf"
    atomic_write_bytes(path, render_recovery_sheet(sheet, printed_at=PRINTED_AT))
    return path


def test_font_is_embedded_and_nothing_else_is_needed(sheet_pdf: Path) -> None:
    fonts = embedded_fonts(sheet_pdf)
    assert any("WenQuanYiMicroHei" in name for name in fonts), fonts
    assert any("HanaMinB" in name for name in fonts), fonts  # the rare-character font, for 𠮷
    assert set(fonts.values()) == {"yes"}, fonts  # no font left to the printing PC


def test_text_is_extractable(sheet_pdf: Path) -> None:
    text = squash(run("pdftotext", "-enc", "UTF-8", str(sheet_pdf), "-"))
    assert "数据恢复密钥单" in text
    assert "野家·会所" in text and "測試" in text
    assert KEY in text
    assert (
        "K7Q2M9XA" in text and "3f2a9c0e5b7d4e1fa6c8b9d0e1f2a3b4" in text and "2025-03-14" in text
    )
    assert "打印时间2025-03-1409:26" in text and "第1页/共1页" in text
    assert "使用恢复密钥" in text and "frontdeskrestore" in text


def test_rare_characters_print_and_only_what_no_font_has_becomes_a_mark(sheet_pdf: Path) -> None:
    assert missing_glyphs(VENUE) == ["😀"]
    assert printable(VENUE) == f"𠮷野家·会所 測試 {PLACEHOLDER}"
    text = run("pdftotext", "-enc", "UTF-8", str(sheet_pdf), "-")
    assert "😀" not in text
    assert squash(printable(VENUE)) in squash(text)  # 𠮷 copies back as itself, not as ₻


@pytest.mark.parametrize(
    ("name", "font"),
    [("王𠮷", "HanaMinRareSIP"), ("刘䶮", "HanaMinRareBMP"), ("陈𡒄", "HanaMinRareSIP")],
)
def test_each_rare_character_is_drawn_from_the_font_that_has_it(name: str, font: str) -> None:
    runs = font_runs(printable(name))
    assert runs == [(PDF_FONT, name[0]), (font, name[1])]
    assert text_width(name, 10) > text_width(name[0], 10) + 5  # measured, not zero-width


def test_a_name_with_rare_characters_reads_back_from_the_pdf(tmp_path: Path) -> None:
    c = FormCanvas(venue_name="会所", form_title="测试")
    draw_paragraph(c, "王𠮷、刘䶮、陈𡒄来访。" * 6, 20 * mm, 250 * mm, 60 * mm)
    pdf = tmp_path / "rare.pdf"
    atomic_write_bytes(pdf, c.pdf_bytes())
    text = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert text.count("王𠮷、刘䶮、陈𡒄来访。") == 6 and PLACEHOLDER not in text


def test_emoji_sequences_collapse_to_one_mark() -> None:
    assert printable("家👨\u200d👩\u200d👧\ufe0f店") == f"家{PLACEHOLDER}店"
    assert printable("a\tb\r\nc") == "a b\nc"


def test_qr_code_scans_back_to_exactly_the_key(sheet_pdf: Path, tmp_path: Path) -> None:
    assert decode_codes(sheet_pdf, tmp_path) == [KEY]


def test_metadata_and_one_page(sheet_pdf: Path) -> None:
    info = run("pdfinfo", str(sheet_pdf))
    assert "数据恢复密钥单 / Vault recovery sheet" in info
    assert "FrontDesk" in info
    assert "Pages:           1" in info
    assert "A4" in info


def test_same_sheet_renders_to_the_same_bytes(sheet: RecoverySheet) -> None:
    first = render_recovery_sheet(sheet, printed_at=PRINTED_AT)
    assert first.startswith(b"%PDF-")
    assert first == render_recovery_sheet(sheet, printed_at=PRINTED_AT)


def test_vault_key_prints_on_one_line_and_a_longer_one_splits_after_a_dash() -> None:
    box = 180 * mm - 12 * mm  # the key box on A4
    assert key_lines(KEY, box) == ([KEY], 20.0)
    lines, size = key_lines(LONG_KEY, box)
    assert len(lines) == 2 and lines[0].endswith("-") and size == 22.0
    assert "".join(lines) == LONG_KEY


def test_a_split_key_still_prints_and_scans_exactly(sheet: RecoverySheet, tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    long_sheet = dataclasses.replace(sheet, recovery_key=LONG_KEY)
    atomic_write_bytes(pdf, render_recovery_sheet(long_sheet, printed_at=PRINTED_AT))
    layout = run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-")
    assert all(line in layout for line in key_lines(LONG_KEY, 180 * mm - 12 * mm)[0])
    assert decode_codes(pdf, tmp_path) == [LONG_KEY]


@pytest.mark.parametrize("bad", ["", "ABCD EFGH", "ABCD-ÉFGH", "ABCD\n"])
def test_recovery_key_must_be_printable_ascii(bad: str) -> None:
    with pytest.raises(ValueError):
        RecoverySheet("会所", "V-1", "K7Q2M9XA", bad, date(2025, 1, 1))


def test_ids_the_font_cannot_print_are_refused() -> None:
    sheet = RecoverySheet("会所", "V-😀", "K7Q2M9XA", KEY, date(2025, 1, 1))
    with pytest.raises(ValueError, match="venue id"):
        render_recovery_sheet(sheet)


LONG_CHINESE = (
    "客户档案属于敏感个人信息，借阅前须经部门负责人、档案管理员和总经理审批；"
    "归还时由档案管理员在客户资料外借登记册上注销。FrontDesk 会记录每一次查阅，"
    "并在保管期限届满后生成销毁记录（默认保管十年）。"
)


@pytest.mark.parametrize("width", [60.0, 123.4, 250.0])
def test_cjk_wrap_fits_the_width_and_loses_nothing(width: float) -> None:
    lines = wrap_text(LONG_CHINESE, width, font_size=10.5)
    assert len(lines) > 1
    assert "".join(lines) == LONG_CHINESE
    for line in lines:
        assert text_width(line.rstrip(" "), 10.5, PDF_FONT) <= width + 1e-6
        assert line[:1] not in set("，。；、）")  # no line starts with closing punctuation
        assert line[-1:] != "（"  # nor ends with an opening bracket
    assert any("FrontDesk" in line for line in lines)  # a Latin word is not split when it fits


def test_wrap_keeps_paragraphs_and_breaks_words_longer_than_the_line() -> None:
    assert wrap_text("第一段\n\n第二段", 500) == ["第一段", "", "第二段"]
    word = "X" * 40
    lines = wrap_text(word, 50)
    assert "".join(lines) == word and all(text_width(line) <= 50 for line in lines)
    assert wrap_text("", 100) == [""]


def test_shared_blocks_on_a_two_page_a5_form(tmp_path: Path) -> None:
    c = FormCanvas(venue_name="星河会所", form_title="维修单", page_size=A5, printed_at=PRINTED_AT)
    y = draw_field_grid(
        c,
        [("客户编号", "C-0001"), ("预约时间", "2025-03-15 09:00"), ("报修内容", LONG_CHINESE)],
        c.left,
        c.top,
        c.width,
        columns=1,
    )
    y = draw_code128(c, "RO-20250314-007", c.left, y - 4 * mm)
    draw_cut_line(c, y - 6 * mm)
    y = ensure_space(c, y, c.top - c.bottom)  # forces page 2
    assert y == c.top
    y = draw_paragraph(c, LONG_CHINESE, c.left, y, c.width)
    y = draw_signature_line(c, "客户签字", c.left, y, c.width / 2)
    draw_qr(c, "https://example.invalid/ro/7", c.left, y - 10, 30 * mm)
    pdf = tmp_path / "two_pages.pdf"
    atomic_write_bytes(pdf, c.pdf_bytes())

    text = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert "第1页/共2页" in text and "第2页/共2页" in text
    assert text.count("维修单") == 2 and text.count("星河会所") == 2  # header on every page
    assert "沿此线裁开" in text and "客户签字" in text and "RO-20250314-007" in text
    assert sorted(decode_codes(pdf, tmp_path)) == [
        "RO-20250314-007",
        "https://example.invalid/ro/7",
    ]
    assert "419.528 x 595.276 pts" in run("pdfinfo", str(pdf))  # A5


def test_code128_refuses_values_a_scanner_would_misread() -> None:
    c = FormCanvas(venue_name="会所", form_title="测试", printed_at=PRINTED_AT)
    with pytest.raises(ValueError):
        draw_code128(c, "会员-1", c.left, c.top)
