"""Pure checks for customer fields: each returns the normalised value or raises ValidationError.

The UI maps (field, code) to Chinese text; the import and the service use the same functions so a
value accepted in one place is accepted everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult
from stdnum.cn import ric

from app.errors import ValidationError

MAX_NAME = 100
MIN_BIRTHDAY = date(1900, 1, 1)
# Mainland province codes (GB/T 2260) plus 81/82/83: residence permits for HK, Macao and Taiwan
# residents share the mainland ID format.
_PROVINCES = frozenset(
    str(code)
    for code in (
        *(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46),
        *(50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83),
    )
)
_FLOAT_DIGITS = re.compile(r"\d+\.0+")
_LOCAL_ONLY = re.compile(r"[2-9]\d{6,7}")
# Control, surrogate and line/paragraph separators never belong in a name; format characters
# (Cf, e.g. the zero-width joiner inside emoji sequences) do.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


# ---------------------------------------------------------------- phones


def _phone_text(raw: str | int | float) -> str:
    """Excel hands phones over as numbers: 13800138000.0 must become "13800138000"."""
    if isinstance(raw, bool):
        raise ValidationError("phone", "invalid")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValidationError("phone", "invalid")
        return str(int(raw))
    if isinstance(raw, int):
        return str(raw)
    text = unicodedata.normalize("NFKC", raw).strip()
    if _FLOAT_DIGITS.fullmatch(text):
        text = text.split(".", 1)[0]
    return text


def normalise_phone(raw: str | int | float, field: str = "phone", region: str = "CN") -> str:
    """Return the number in E.164 ("+8613800138000"), whatever way staff or Excel wrote it."""
    text = _phone_text(raw)
    if not text:
        raise ValidationError(field, "required")
    if _LOCAL_ONLY.fullmatch(re.sub(r"[\s\-]", "", text)) and region == "CN":
        raise ValidationError(field, "missing_area_code", text)
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        code = "too_long" if exc.error_type == NumberParseException.TOO_LONG else "invalid"
        raise ValidationError(field, code, text) from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.TOO_LONG:
        raise ValidationError(field, "too_long", text)
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "invalid", text)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(e164, None)


def display_phone(e164: str) -> str:
    """Grouped the way people read numbers: national format at home, international abroad."""
    number = _parse_e164(e164)
    if number.country_code == 86:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def phone_digits(e164: str) -> str:
    """National digits incl. the trunk 0 of landlines ("02158881234"): what staff type to search."""
    if e164.startswith("+86") and e164[3:].isdigit() and len(e164) > 6:
        # Fast path (the search index calls this 100,000 times at unlock); same as NATIONAL.
        rest = e164[3:]
        mobile = rest[0] == "1" and rest[1] != "0"  # 010 is Beijing's area code
        return rest if mobile or rest[:3] in ("400", "800") else "0" + rest
    national = phonenumbers.format_number(_parse_e164(e164), PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in national if ch.isdigit())


# ---------------------------------------------------------------- ID documents


class IdDocType(StrEnum):
    MAINLAND_ID = "mainland_id"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    PASSPORT = "passport"
    OTHER = "other"


# 往来港澳通行证 (mainland residents): W + 8 digits (booklet), C + 8 characters (card, the second
# may be a letter since the digits ran out). 港澳居民来往内地通行证 (回乡证): H/M + 8 digits,
# or + 10 digits on older cards (the last two count re-issues).
_HK_MACAO = re.compile(r"[CW][0-9A-Z]\d{7}|[HM]\d{8}(?:\d{2})?")
# 台湾居民来往大陆通行证: 8 digits (card) or 10 (older, with re-issue count);
# 大陆居民往来台湾通行证: L + 8 digits.
_TAIWAN = re.compile(r"\d{8}|\d{10}|L\d{8}")
_PASSPORT = re.compile(r"[0-9A-Z]{5,20}")
_SEPARATORS = re.compile(r"[\s\-()（）]")
MAX_OTHER_ID = 50


def _compact_id(raw: str) -> str:
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw)).upper()


def _mainland_id(number: str, today: date) -> str:
    if len(number) == 15 and number.isdigit():
        # First-generation number: upgrade by the official rule (insert "19", add the check digit).
        body = number[:6] + "19" + number[6:]
        number = body + ric.calc_check_digit(body + "0")
    if (
        len(number) != 18
        or not number[:17].isdigit()
        or not (number[17].isdigit() or number[17] == "X")
    ):
        raise ValidationError("id_number", "invalid_format", "18 digits, the last may be X")
    if number[:2] not in _PROVINCES:
        raise ValidationError("id_number", "invalid_format", f"no region {number[:2]}")
    if number[17] != ric.calc_check_digit(number):
        raise ValidationError("id_number", "invalid_checksum")
    born = _birth_date_or_none(number)
    if born is None or born < MIN_BIRTHDAY or born > today:
        raise ValidationError("id_number", "invalid_date", number[6:14])
    return number


def _birth_date_or_none(number: str) -> date | None:
    try:
        born: date = ric.get_birth_date(number)
    except Exception:  # stdnum raises its own InvalidComponent for impossible dates
        return None
    return born


def normalise_id_number(doc_type: IdDocType | str, raw: str, today: date | None = None) -> str:
    """Compact, upper-case and check the number for its document type; 15-digit IDs are upgraded."""
    kind = IdDocType(doc_type)
    if kind is IdDocType.OTHER:
        text = unicodedata.normalize("NFKC", raw).strip()
        if not text:
            raise ValidationError("id_number", "required")
        _refuse_control(text, "id_number")
        return bounded(text, "id_number", MAX_OTHER_ID)
    number = _compact_id(raw)
    if not number:
        raise ValidationError("id_number", "required")
    if kind is IdDocType.MAINLAND_ID:
        return _mainland_id(number, today or date.today())
    pattern = {
        IdDocType.HK_MACAO_PERMIT: _HK_MACAO,
        IdDocType.TAIWAN_PERMIT: _TAIWAN,
        IdDocType.PASSPORT: _PASSPORT,
    }[kind]
    if not pattern.fullmatch(number):
        raise ValidationError("id_number", "invalid_format", number)
    return number


def _is_mainland(id_number: str) -> bool:
    return len(id_number) == 18 and id_number[:17].isdigit()


def id_birthday(id_number: str) -> date | None:
    """The birthday written in a mainland ID (None for other documents), to fill the dialog in."""
    if not _is_mainland(id_number):
        return None
    return _birth_date_or_none(id_number)


def id_gender(id_number: str) -> str | None:
    """ "male" when the 17th digit is odd, "female" when even; None for other documents."""
    if not _is_mainland(id_number):
        return None
    return "male" if int(id_number[16]) % 2 else "female"


def id_tail(id_number: str, n: int = 6) -> str:
    """The last n characters: all a list or a search may show of an ID number."""
    return id_number[-n:] if n > 0 else ""


def check_id_agrees(id_number: str, birthday: date | None, gender: str) -> None:
    """Refuse a typed birthday or gender that contradicts a mainland ID, naming which differs."""
    born = id_birthday(id_number)
    if birthday is not None and born is not None and born != birthday:
        raise ValidationError(
            "birthday",
            "id_birthday_mismatch",
            f"ID number says {born.isoformat()}, typed {birthday.isoformat()}",
        )
    in_number = id_gender(id_number)
    if gender and in_number is not None and gender != in_number:
        raise ValidationError(
            "gender", "id_gender_mismatch", f"ID number says {in_number}, typed {gender}"
        )


# ---------------------------------------------------------------- text, dates


def _refuse_control(text: str, field: str) -> None:
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text):
        raise ValidationError(field, "invalid_characters")


def validate_name(raw: str) -> str:
    """Keep the name exactly as typed (rare CJK, interpuncts, emoji); only outer spaces go."""
    name = raw.strip()
    if not name:
        raise ValidationError("name", "required")
    _refuse_control(name, "name")
    return bounded(name, "name", MAX_NAME)


def bounded(text: str, field: str, max_len: int) -> str:
    """Trim outer whitespace and refuse text longer than max_len characters (code points)."""
    value = text.strip()
    if len(value) > max_len:
        raise ValidationError(field, "too_long", f"{len(value)} > {max_len}")
    return value


def validate_birthday(d: date, today: date) -> date:
    """A birthday is neither in the future nor before 1900 (a typo such as 1099 for 1999)."""
    if d > today:
        raise ValidationError("birthday", "in_future", d.isoformat())
    if d < MIN_BIRTHDAY:
        raise ValidationError("birthday", "too_old", d.isoformat())
    return d


_EMAIL = re.compile(r"[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+")
MAX_EMAIL = 254


def validate_email(raw: str) -> str:
    """Optional: "" stays "", otherwise one @ and a dotted domain; the domain is lower-cased."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return ""
    if len(text) > MAX_EMAIL or not _EMAIL.fullmatch(text):
        raise ValidationError("email", "invalid", text)
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def age_on(birthday: date, today: date) -> int:
    """Whole years; someone born on 29 February turns a year older on 1 March in common years."""
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


def is_minor_under_14(birthday: date, today: date) -> bool:
    """PIPL art. 31: data of under-14s needs a guardian's consent."""
    return age_on(birthday, today) < 14
