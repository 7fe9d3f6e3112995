"""Customer lists as venues really have them: Excel's GB18030 CSV, UTF-8 with BOM, XLSX cells
holding phones as numbers and birthdays as dates, notes with commas, quotes and line breaks."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from stdnum.cn import ric

from app.importing import (
    TEMPLATE_HEADERS,
    UnreadableTable,
    map_headers,
    missing_fields,
    parse_row,
    read_table,
    write_rejects,
    write_template,
)
from app.importing.customer_rows import guess_id_type, parse_date

TODAY = date(2026, 11, 23)
NOTE = '喜欢靠窗, 不要"冰"水\n周末来'


def mainland_id(born: str = "19900307", seq: str = "041") -> str:
    body = "110101" + born + seq
    return body + ric.calc_check_digit(body + "0")


def _csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


ROWS = [
    list(TEMPLATE_HEADERS),
    ["王𠮷", "男", "138 0013 8000", "1990/3/7", mainland_id(), "上海市静安区", "金卡", NOTE],
    ["阿卜杜拉·买买提", "女", "+86 139-1234-5678", "1985年12月1日", "", "", "普通", ""],
]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("gb18030", "gb18030"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")],
)
def test_csv_encodings_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "客户.csv"
    path.write_bytes(_csv_text(ROWS).encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == list(TEMPLATE_HEADERS)
    assert table.rows[0][0] == "王𠮷" and table.rows[0][7] == NOTE
    assert table.rows[1][0] == "阿卜杜拉·买买提"
    # The note spans two file lines: the next record starts on line 4, not 3.
    assert table.line_numbers == [2, 4]


def test_gb18030_rare_character_survives(tmp_path: Path) -> None:
    path = tmp_path / "rare.csv"
    path.write_bytes("姓名,手机\n王𠮷,13800138000\n".encode("gb18030"))
    assert read_table(path).rows == [["王𠮷", "13800138000"]]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_delimiters_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "list.csv"
    rows = [
        ["姓名", "手机", "备注"],
        ["李四", "13912345678", "a, b; c"],
        ["张三", "13800138000", ""],
    ]
    path.write_text(_csv_text(rows, delimiter), encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["姓名", "手机", "备注"]
    assert table.rows[0] == ["李四", "13912345678", "a, b; c"]


def test_blank_lines_skipped_with_true_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("姓名,手机\n\n张三,13800138000\n,\n李四,13912345678\n\n", encoding="utf-8")
    table = read_table(path)
    assert [r[0] for r in table.rows] == ["张三", "李四"]
    assert table.line_numbers == [3, 5]


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "乱码.csv"
    bad.write_bytes(b"\x81\x30\xff\xff\xfe\x00" * 10)
    with pytest.raises(UnreadableTable, match=r"乱码\.csv") as info:
        read_table(bad)
    assert info.value.code == "unknown_encoding"
    with pytest.raises(UnreadableTable) as info:
        read_table(tmp_path / "old.xls")
    assert info.value.code == "unsupported_format"
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UnreadableTable):
        read_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(UnreadableTable) as info:
        read_table(fake)
    assert info.value.code == "bad_xlsx"


def test_xlsx_numbers_and_dates(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号", "出生日期", "身份证号", "备注"])
    sheet.append(["张三", 13800138000, datetime(1990, 3, 7), mainland_id(), NOTE])
    sheet.append(["李四", 13912345678.0, date(1985, 12, 1), None, None])
    sheet.append(["王五", "021-5888 1234", 32907, None, None])  # Excel serial: 1990-02-03
    sheet.append([None, None, None, None, None])
    sheet.append([None, None, None, None, None])
    path = tmp_path / "会员.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.encoding is None
    assert table.line_numbers == [2, 3, 4]  # trailing empty rows dropped
    assert table.rows[0][1] == "13800138000" and table.rows[1][1] == "13912345678"
    assert table.rows[0][2] == date(1990, 3, 7) and table.rows[0][4] == NOTE
    mapping = map_headers(table.headers)
    parsed = [parse_row(row, mapping, TODAY) for row in table.rows]
    assert all(p.ok for p in parsed), [p.errors for p in parsed]
    assert parsed[0].data is not None and parsed[0].data["phone"] == "+8613800138000"
    assert parsed[2].data is not None and parsed[2].data["birthday"] == date(1990, 2, 3)
    assert parsed[2].data["phone"] == "+862158881234"


def test_header_mapping_chinese_english_variants_and_manual() -> None:
    assert map_headers(list(TEMPLATE_HEADERS)) == {
        f: i
        for i, f in enumerate(
            [
                *("name", "gender", "phone", "birthday", "id_number"),
                *("address", "tier", "note", "id_consent"),
            ]
        )
    }
    english = ["Name", "Gender", "Phone", "Birthday", "ID Number", "Address", "Tier", "Note"]
    english.append("Separate Consent")
    assert set(map_headers(english)) == set(map_headers(list(TEMPLATE_HEADERS)))
    variants = map_headers(
        ["联系电话", "客户姓名", "出生日期", "身份证号", "等级", "说明", "手机（必填）"]
    )
    assert variants == {
        "phone": 0,
        "name": 1,
        "birthday": 2,
        "id_number": 3,
        "tier": 4,
        "note": 5,
    }
    manual = map_headers(["会员名", "号码"], {"name": "会员名", "phone": 1})
    assert manual == {"name": 0, "phone": 1}
    assert missing_fields(map_headers(["手机"])) == ["name"]
    assert map_headers(["姓名", "电话"], {"phone": "(无)"}) == {"name": 0}


def test_parse_row_normalises_everything() -> None:
    mapping = map_headers(list(TEMPLATE_HEADERS))
    row = parse_row(ROWS[1], mapping, TODAY)
    assert row.ok and row.errors == []
    assert row.data == {
        "name": "王𠮷",
        "gender": "male",
        "phone": "+8613800138000",
        "other_phones": (),
        "birthday": date(1990, 3, 7),
        "id_doc_type": "mainland_id",
        "id_number": mainland_id(),
        "address": "上海市静安区",
        "member_tier": "gold",
        "notes": NOTE,
        "email": "",
        "id_consent": False,
    }
    several = parse_row(["李四", "F", "13912345678、021-58881234"], mapping, TODAY)
    assert several.data is not None
    assert several.data["other_phones"] == ("+862158881234",)
    assert several.data["gender"] == "female"


def test_parse_row_reports_every_problem_in_chinese() -> None:
    mapping = map_headers(list(TEMPLATE_HEADERS))
    wrong_checksum = mainland_id()[:-1] + ("1" if mainland_id()[-1] != "1" else "2")
    row = parse_row(
        ["", "未知", "58881234", "2099-01-01", wrong_checksum, "", "钻石", ""], mapping, TODAY
    )
    assert not row.ok and row.data is None
    codes = {(f, c) for f, c, _ in row.errors}
    assert codes == {
        ("name", "required"),
        ("gender", "invalid"),
        ("phone", "missing_area_code"),
        ("birthday", "in_future"),
        ("id_number", "invalid_checksum"),
        ("tier", "invalid"),
    }
    messages = dict(((f, c), m) for f, c, m in row.errors)
    assert messages[("phone", "missing_area_code")] == "手机：固定电话缺少区号"


def test_parse_row_id_that_disagrees_with_birthday_and_gender() -> None:
    mapping = map_headers(list(TEMPLATE_HEADERS))
    number = mainland_id(born="19900307", seq="041")  # male
    row = parse_row(["张三", "男", "", "1990-07-03", number], mapping, TODAY)
    assert [(f, c) for f, c, _ in row.errors] == [("birthday", "id_birthday_mismatch")]
    row = parse_row(["张三", "女", "", "19900307", number], mapping, TODAY)
    assert [(f, c) for f, c, _ in row.errors] == [("gender", "id_gender_mismatch")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1990-02-03", date(1990, 2, 3)),
        ("1990/2/3", date(1990, 2, 3)),
        ("1990年2月3日", date(1990, 2, 3)),
        ("19900203", date(1990, 2, 3)),
        ("1990-02-03 00:00:00", date(1990, 2, 3)),
        ("32907", date(1990, 2, 3)),
        (datetime(1990, 2, 3, 0, 0), date(1990, 2, 3)),
        ("１９９０－０２－０３", date(1990, 2, 3)),
    ],
)
def test_dates_as_written(raw: object, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["1990-02-30", "3.2.1990", "昨天"])
def test_bad_dates(raw: str) -> None:
    row = parse_row(["张三", "", "", raw], {"name": 0, "birthday": 3}, TODAY)
    assert [(f, c) for f, c, _ in row.errors] == [("birthday", "invalid_date")]


def test_guess_id_type() -> None:
    assert guess_id_type(mainland_id()) == "mainland_id"
    assert guess_id_type("110101900307041") == "mainland_id"
    assert guess_id_type("C12345678") == "hk_macao_permit"
    assert guess_id_type("H1234567801") == "hk_macao_permit"
    assert guess_id_type("12345678") == "taiwan_permit"
    assert guess_id_type("E12345678") == "passport"
    assert guess_id_type("军官证123") == "other"


def test_rejects_file_beside_input_opens_in_excel(tmp_path: Path) -> None:
    source = tmp_path / "会员名单.csv"
    source.write_bytes(_csv_text(ROWS).encode("gb18030"))
    rejects = [
        (
            4,
            ["张三", "男", "58881234", date(1990, 3, 7), "", "", "", NOTE],
            ["手机：固定电话缺少区号"],
        )
    ]
    path = write_rejects(source, rejects, list(TEMPLATE_HEADERS))
    assert path == tmp_path / "会员名单.rejects.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert back[0] == [*TEMPLATE_HEADERS, "行号", "原因"]
    assert back[1] == [
        "张三",
        "男",
        "58881234",
        "1990-03-07",
        "",
        "",
        "",
        NOTE,
        "",
        "4",
        "手机：固定电话缺少区号",
    ]
    table = read_table(path)  # our own reader takes it back too
    assert table.encoding == "utf-8-sig" and table.rows[0][7] == NOTE
    again = write_rejects(source, rejects)  # headers read from the GB18030 input itself
    assert read_table(again).headers == [*TEMPLATE_HEADERS, "行号", "原因"]


def test_rejects_cells_cannot_run_as_formulas_and_come_back_intact(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("姓名,手机\n", encoding="utf-8")
    row = ['=HYPERLINK("http://x")', "+86 138-0013-8000"]
    path = write_rejects(source, [(2, row, ["姓名：格式不正确"])])
    table = read_table(path)
    assert table.rows[0][:2] == ['\'=HYPERLINK("http://x")', "'+86 138-0013-8000"]
    parsed = parse_row(table.rows[0], map_headers(table.headers), TODAY)
    assert parsed.data is not None
    assert parsed.data["name"] == row[0] and parsed.data["phone"] == "+8613800138000"


def test_template_round_trips(tmp_path: Path) -> None:
    path = write_template(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    assert [c.value for c in book.active[1]] == list(TEMPLATE_HEADERS)
    table = read_table(path)
    assert table.headers == list(TEMPLATE_HEADERS)
    parsed = parse_row(table.rows[0], map_headers(table.headers), TODAY)
    assert parsed.ok, parsed.errors
