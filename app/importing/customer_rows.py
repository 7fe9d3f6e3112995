"""Customer rows from an imported table: which column is which, each row checked with the same
rules as the dialog, and the refused rows written beside the input for staff to fix."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app.customers import validation as v
from app.errors import ValidationError
from app.files import atomic_write_bytes
from app.importing.tabular import UnreadableTable, read_table

# 证件单独同意 (是/否): PIPL wants its own consent for an ID number; a row with an ID number and
# no "是" here is refused whole, like any other bad row.
TEMPLATE_HEADERS = (
    "姓名", "性别", "手机", "生日", "证件号码", "地址", "会员等级", "备注", "证件单独同意",
)  # fmt: skip
FIELDS = (
    "name", "gender", "phone", "birthday", "id_number", "address", "tier", "note", "id_consent",
)  # fmt: skip
REQUIRED = ("name",)
MAX_ADDRESS, MAX_NOTE = 200, 4000
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "客户姓名", "客户名称", "name", "fullname", "customername"),
    "gender": ("性别", "gender", "sex"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联系方式", "phone",
              "mobile", "tel", "telephone"),
    "birthday": ("生日", "出生日期", "出生年月日", "birthday", "birthdate", "dateofbirth", "dob"),
    "id_number": ("证件号码", "证件号", "身份证号", "身份证号码", "身份证", "id_number", "idnumber",
                  "id"),
    "address": ("地址", "住址", "联系地址", "家庭住址", "address"),
    "tier": ("会员等级", "等级", "会员级别", "级别", "tier", "level", "membertier"),
    "note": ("备注", "说明", "备注信息", "note", "notes", "remark", "remarks"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "email", "e-mail"),
    "id_consent": ("证件单独同意", "单独同意", "身份证单独同意", "id_consent", "separate_consent"),
}  # fmt: skip
_GENDERS = {"男": "male", "男性": "male", "m": "male", "male": "male", "先生": "male",
            "女": "female", "女性": "female", "f": "female", "female": "female",
            "女士": "female"}  # fmt: skip
_TIERS = {"普通": "standard", "普通会员": "standard", "普卡": "standard", "standard": "standard",
          "银卡": "silver", "silver": "silver", "金卡": "gold", "gold": "gold",
          "白金卡": "platinum", "白金": "platinum", "platinum": "platinum"}  # fmt: skip
_YES = {"是": True, "同意": True, "已同意": True, "y": True, "yes": True, "true": True, "1": True,
        "√": True, "✓": True, "否": False, "不同意": False, "n": False, "no": False,
        "false": False, "0": False, "×": False}  # fmt: skip
MESSAGES_ZH = {
    "required": "必填",
    "invalid": "格式不正确",
    "too_long": "太长",
    "missing_area_code": "固定电话缺少区号",
    "invalid_checksum": "身份证号校验位错误",
    "invalid_format": "证件号码格式不正确",
    "invalid_date": "日期不正确",
    "in_future": "生日不能晚于今天",
    "too_old": "生日早于1900年",
    "id_birthday_mismatch": "生日与身份证号不一致",
    "id_gender_mismatch": "性别与身份证号不一致",
    "invalid_characters": "含有控制字符",
    "needs_separate_consent": "需要客户单独同意（“证件单独同意”填“是”）",
    "needs_guardian_consent": "未满14周岁，需要监护人同意（请在软件中登记）",
    "duplicate_in_file": "与本文件中前面一行重复",
    "phone_taken": "已登记在另一位客户的档案下（姓名不同），请在软件中核对",
    "ambiguous_match": "与多个档案相符，请在软件中核对",
    "erased": "该客户档案已按要求删除",
}
FIELD_ZH = dict(zip(FIELDS, TEMPLATE_HEADERS, strict=True)) | {
    "email": "邮箱",
    "notes": "备注",
    "other_phones": "手机",
    "id_doc_type": "证件号码",
    "guardian_name": "监护人",
}
_DATE_PATTERNS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 given Excel's phantom 1900-02-29
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_SPLIT = re.compile(r"[,;/、，；|]+")


def _header_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"[(\[（【].*?[)\]）】]", "", text)  # "手机（必填）"
    return re.sub(r"[\s*_:：]", "", text)


def map_headers(
    headers: Sequence[str], manual: Mapping[str, int | str] | None = None
) -> dict[str, int]:
    """field -> column index; `manual` (field -> index or header text) overrides the guess."""
    lookup = {_header_key(a): field for field, aliases in _ALIASES.items() for a in aliases}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(_header_key(header))
        if field and field not in mapping:
            mapping[field] = index
    for field, column in (manual or {}).items():
        if isinstance(column, int):
            mapping[field] = column
        elif column in headers:
            mapping[field] = list(headers).index(column)
        else:
            mapping.pop(field, None)  # mapped to "(none)" in the dialog
    return mapping


def missing_fields(mapping: Mapping[str, int]) -> list[str]:
    return [f for f in REQUIRED if f not in mapping]


@dataclass(frozen=True)
class ParsedRow:
    ok: bool
    data: dict[str, object] | None
    errors: list[tuple[str, str, str]]  # (field, code, message in Chinese)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    # A value our rejects file protected from Excel ("'+86 138...") comes back as it was.
    return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_START else text


def parse_date(value: object) -> date:
    """Dates as Excel and staff write them: date cells, serial numbers, 1990-2-3, 1990年2月3日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", _text(value))
    if re.fullmatch(r"\d{1,5}(\.0+)?", text) and 0 < float(text) < 80000:
        return _EXCEL_EPOCH + timedelta(days=int(float(text)))
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text.split(" ")[0])
        if match:
            try:
                return date(*(int(part) for part in match.groups()))
            except ValueError:
                break
    raise ValidationError("birthday", "invalid_date", text)


def guess_id_type(number: str) -> v.IdDocType:
    """The template has one 证件号码 column: tell the document from the shape of its number."""
    compact = re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", number)).upper()
    if re.fullmatch(r"\d{15}|\d{17}[\dX]", compact):
        return v.IdDocType.MAINLAND_ID
    if re.fullmatch(r"[CWHM][0-9A-Z]\d{7}(\d{2})?", compact):
        return v.IdDocType.HK_MACAO_PERMIT
    if re.fullmatch(r"\d{8}|\d{10}|L\d{8}", compact):
        return v.IdDocType.TAIWAN_PERMIT
    if re.fullmatch(r"[0-9A-Z]{5,20}", compact):
        return v.IdDocType.PASSPORT
    return v.IdDocType.OTHER


def _choice(raw: str, table: Mapping[str, str], field: str) -> str:
    if not raw:
        return ""
    key = unicodedata.normalize("NFKC", raw).strip().lower()
    if key not in table:
        raise ValidationError(field, "invalid", raw)
    return table[key]


def _yes_no(raw: str, field: str) -> bool:
    return _YES[_choice(raw, {k: k for k in _YES}, field)] if raw else False


def _phones(raw: object) -> dict[str, object]:
    """One cell may hold several numbers ("138..., 021-..."): the first is the main phone."""
    found = [v.normalise_phone(p) for p in _PHONE_SPLIT.split(_text(raw)) if p.strip()]
    return {"phone": found[0] if found else "", "other_phones": tuple(dict.fromkeys(found[1:]))}


def _birthday(raw: object, today: date) -> dict[str, object]:
    given = None if _text(raw) == "" else v.validate_birthday(parse_date(raw), today)
    return {"birthday": given}


def _id(raw: object) -> dict[str, object]:
    text = _text(raw)
    if not text:
        return {"id_doc_type": "", "id_number": ""}
    kind = guess_id_type(text)
    return {"id_doc_type": kind.value, "id_number": v.normalise_id_number(kind, text)}


def parse_row(values: Sequence[object], mapping: Mapping[str, int], today: date) -> ParsedRow:
    """Every field checked and every problem reported (not just the first); data keys follow
    CustomerInput, plus member_tier."""
    cell = {f: values[i] if i < len(values) else None for f, i in mapping.items()}
    get = cell.get
    steps: list[Callable[[], dict[str, object]]] = [
        lambda: {"name": v.validate_name(_text(get("name")))},
        lambda: {"gender": _choice(_text(get("gender")), _GENDERS, "gender")},
        lambda: _phones(get("phone")),
        lambda: _birthday(get("birthday"), today),
        lambda: _id(get("id_number")),
        lambda: {"address": v.bounded(_text(get("address")), "address", MAX_ADDRESS)},
        lambda: {"member_tier": _choice(_text(get("tier")), _TIERS, "tier")},
        lambda: {"notes": v.bounded(_text(get("note")), "note", MAX_NOTE)},
        lambda: {"email": v.validate_email(_text(get("email")))},
        lambda: {"id_consent": _yes_no(_text(get("id_consent")), "id_consent")},
    ]
    data: dict[str, object] = {}
    errors: list[tuple[str, str, str]] = []
    for step in steps:
        try:
            data.update(step())
        except ValidationError as exc:
            errors.append((exc.field, exc.code, message_zh(exc)))
    if not errors and data["id_doc_type"] == v.IdDocType.MAINLAND_ID:
        born = data["birthday"]
        try:
            v.check_id_agrees(
                str(data["id_number"]),
                born if isinstance(born, date) else None,
                str(data["gender"]),
            )
        except ValidationError as exc:
            errors.append((exc.field, exc.code, message_zh(exc)))
    return ParsedRow(not errors, None if errors else data, errors)


def message_zh(exc: ValidationError) -> str:
    """The reason as the rejects file and the import preview show it: "field label：problem"."""
    label = FIELD_ZH.get(exc.field, exc.field)
    return f"{label}：{MESSAGES_ZH.get(exc.code, exc.code)}"


def rejects_path(input_path: Path) -> Path:
    return input_path.with_name(f"{input_path.stem}.rejects.csv")


def write_rejects(
    input_path: Path,
    rejects: Sequence[tuple[int, Sequence[object], Sequence[str]]],
    headers: Sequence[str] | None = None,
) -> Path:
    """`<stem>.rejects.csv` beside the input (UTF-8 with BOM so Excel in China opens it): the
    original columns (headers read from the input unless given), then 行号 (line in the input)
    and 原因 (every reason, joined by "；")."""
    path = rejects_path(Path(input_path))
    if headers is None:
        try:
            headers = read_table(Path(input_path)).headers
        except UnreadableTable:
            headers = []
    width = max([len(headers)] + [len(values) for _, values, _ in rejects])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    columns = list(headers) + [""] * (width - len(headers))
    writer.writerow([*columns, "行号", "原因"])
    for line, values, reasons in rejects:
        cells = [safe_cell(x) for x in values] + [""] * (width - len(values))
        writer.writerow([*cells, line, "；".join(reasons)])
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    return path


def safe_cell(value: object) -> str:
    """Text Excel will not run: "+86 138..." or "=HYPERLINK(...)" get a leading apostrophe."""
    if isinstance(value, date):
        return value.isoformat()
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in _FORMULA_START else text


def write_template(path: Path) -> Path:
    """The "下载模板" workbook: the headers and one example row, phone and ID columns as text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(list(TEMPLATE_HEADERS))
    sheet.append(["张三", "男", "13800138000", "1990-03-07", "", "上海市静安区", "普通", "", "否"])
    for column in ("C", "E"):
        for row in (2, 3):
            sheet[f"{column}{row}"].number_format = "@"  # text: no 1.38E+10, no lost ID digits
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())
    return Path(path)
