"""Customer field rules with what staff really type and Excel really holds."""

from __future__ import annotations

from datetime import date

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat
from stdnum.cn import ric

from app.customers import validation as v
from app.errors import ValidationError

TODAY = date(2026, 11, 23)


def mainland_id(region: str = "110101", born: str = "19900307", seq: str = "041") -> str:
    """A valid number: the check digit computed by stdnum, as the issuing office does."""
    body = region + born + seq
    return body + ric.calc_check_digit(body + "0")


def _refused(field: str, code: str) -> pytest.RaisesExc[ValidationError]:
    return pytest.raises(ValidationError, check=lambda e: (e.field, e.code) == (field, code))


# ---------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("138 0013 8000", "+8613800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        ("(+86)13800138000", "+8613800138000"),
        ("0086 13800138000", "+8613800138000"),
        ("１３８００１３８０００", "+8613800138000"),
        (" 13800138000 ", "+8613800138000"),
        ("021-5888 1234", "+862158881234"),
        ("02158881234", "+862158881234"),
        ("0755 8888 8888", "+8675588888888"),
        ("010-12345678", "+861012345678"),
        (13800138000.0, "+8613800138000"),
        (13800138000, "+8613800138000"),
        ("13800138000.0", "+8613800138000"),
        ("+852 9123 4567", "+85291234567"),
    ],
)
def test_phone_as_typed_becomes_e164(raw: str | int | float, e164: str) -> None:
    assert v.normalise_phone(raw) == e164


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("58881234", "missing_area_code"),
        ("5888 123", "missing_area_code"),
        ("12345", "invalid"),
        ("1380013800", "invalid"),
        ("138001380001234567", "too_long"),
        ("not a phone", "invalid"),
        ("", "required"),
        (1.5, "invalid"),
    ],
)
def test_phone_refused_with_a_code(raw: str | float, code: str) -> None:
    with _refused("phone", code):
        v.normalise_phone(raw)


def test_phone_error_names_the_field_it_came_from() -> None:
    with _refused("other_phones", "invalid"):
        v.normalise_phone("12345", field="other_phones")


def test_display_and_digits() -> None:
    assert v.display_phone("+8613800138000") == "138 0013 8000"
    assert v.display_phone("+862158881234") == "021 5888 1234"
    assert v.display_phone("+85291234567") == "+852 9123 4567"
    assert v.phone_digits("+8613800138000") == "13800138000"
    assert v.phone_digits("+862158881234") == "02158881234"
    assert v.phone_digits("+861012345678") == "01012345678"
    assert v.phone_digits("+864008001234") == "4008001234"
    assert v.phone_digits("+85291234567") == "91234567"


_CN_TYPES = [
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
]
_examples = [phonenumbers.example_number_for_type("CN", t) for t in _CN_TYPES]
_examples += [
    phonenumbers.parse(n, "CN")
    for n in ("4008001234", "041188888888", "075588888888", "01012345678", "19912345678")
]


@given(
    number=st.sampled_from(_examples),
    fmt=st.sampled_from(
        [
            PhoneNumberFormat.E164,
            PhoneNumberFormat.NATIONAL,
            PhoneNumberFormat.INTERNATIONAL,
            PhoneNumberFormat.RFC3966,
        ]
    ),
    fullwidth=st.booleans(),
)
def test_any_format_normalises_back(
    number: phonenumbers.PhoneNumber, fmt: int, fullwidth: bool
) -> None:
    text = phonenumbers.format_number(number, fmt)
    if fullwidth:
        text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    assert v.normalise_phone(text) == e164
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    assert v.phone_digits(e164) == "".join(c for c in national if c.isdigit())


# ---------------------------------------------------------------- ID documents


def test_mainland_id_valid_lowercase_x_and_spaces() -> None:
    number = mainland_id(seq="041")
    assert v.normalise_id_number(v.IdDocType.MAINLAND_ID, number) == number
    with_x = next(
        mainland_id(seq=f"{s:03d}")
        for s in range(1000)
        if mainland_id(seq=f"{s:03d}").endswith("X")
    )
    spaced = f"{with_x[:6]} {with_x[6:14]} {with_x[14:].lower()}"
    assert v.normalise_id_number("mainland_id", spaced) == with_x
    assert v.normalise_id_number("mainland_id", "１" + number[1:]) == number


def test_mainland_id_wrong_checksum_format_date() -> None:
    number = mainland_id()
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    with _refused("id_number", "invalid_checksum"):
        v.normalise_id_number("mainland_id", wrong)
    with _refused("id_number", "invalid_format"):
        v.normalise_id_number("mainland_id", number[:-2])
    with _refused("id_number", "invalid_format"):
        v.normalise_id_number("mainland_id", mainland_id(region="990101"))
    with _refused("id_number", "invalid_date"):
        v.normalise_id_number("mainland_id", mainland_id(born="19900230"))
    with _refused("id_number", "invalid_date"):
        v.normalise_id_number("mainland_id", mainland_id(born="18990101"))
    with _refused("id_number", "required"):
        v.normalise_id_number("mainland_id", "  ")
    born_tomorrow = mainland_id(born="20261124")
    with _refused("id_number", "invalid_date"):
        v.normalise_id_number("mainland_id", born_tomorrow, today=TODAY)
    assert v.normalise_id_number("mainland_id", born_tomorrow, today=date(2026, 11, 24))


def test_fifteen_digit_id_is_upgraded_to_eighteen() -> None:
    old = "110101900307041"  # region, YYMMDD, sequence: first-generation card
    assert v.normalise_id_number("mainland_id", old) == mainland_id("110101", "19900307", "041")
    with _refused("id_number", "invalid_date"):
        v.normalise_id_number("mainland_id", "110101901307041")


@pytest.mark.parametrize(
    ("doc", "raw", "stored"),
    [
        ("hk_macao_permit", "C12345678", "C12345678"),
        ("hk_macao_permit", "ca1234567", "CA1234567"),
        ("hk_macao_permit", "W12345678", "W12345678"),
        ("hk_macao_permit", "H1234567801", "H1234567801"),
        ("hk_macao_permit", "M12345678", "M12345678"),
        ("hk_macao_permit", "H12345678(01)", "H1234567801"),
        ("taiwan_permit", "12345678", "12345678"),
        ("taiwan_permit", "1234567801", "1234567801"),
        ("passport", "e12345678", "E12345678"),
        ("passport", "P 1234567", "P1234567"),
        ("other", "  军官证 第123号 ", "军官证 第123号"),
    ],
)
def test_other_documents(doc: str, raw: str, stored: str) -> None:
    assert v.normalise_id_number(doc, raw) == stored


@pytest.mark.parametrize(
    ("doc", "raw"),
    [
        ("hk_macao_permit", "X12345678"),
        ("hk_macao_permit", "H123456"),
        ("taiwan_permit", "1234567"),
        ("taiwan_permit", "123456789"),
        ("passport", "E12"),
        ("passport", "E1234567890123456789012"),
        ("passport", "护照123456"),
    ],
)
def test_other_documents_refused(doc: str, raw: str) -> None:
    with _refused("id_number", "invalid_format"):
        v.normalise_id_number(doc, raw)


def test_id_birthday_gender_and_tail() -> None:
    male = mainland_id(born="19900307", seq="041")
    female = mainland_id(born="20120229", seq="042")
    assert v.id_birthday(male) == date(1990, 3, 7)
    assert v.id_gender(male) == "male" and v.id_gender(female) == "female"
    assert v.id_birthday("E12345678") is None and v.id_gender("E12345678") is None
    assert v.id_tail(male) == male[-6:] and v.id_tail(male, 4) == male[-4:]


def test_check_id_agrees_names_what_differs() -> None:
    number = mainland_id(born="19900307", seq="041")
    v.check_id_agrees(number, date(1990, 3, 7), "male")
    v.check_id_agrees(number, None, "")
    with _refused("birthday", "id_birthday_mismatch") as info:
        v.check_id_agrees(number, date(1990, 7, 3), "male")
    assert "1990-03-07" in info.value.detail and "1990-07-03" in info.value.detail
    with _refused("gender", "id_gender_mismatch"):
        v.check_id_agrees(number, date(1990, 3, 7), "female")
    v.check_id_agrees("E12345678", date(2000, 1, 1), "female")  # not a mainland ID: no rule


# ---------------------------------------------------------------- names, dates, email


@pytest.mark.parametrize(
    "name",
    [
        "王𠮷",
        "阿卜杜拉·买买提",
        "阿卜杜拉•买买提",
        "阿卜杜拉・买买提",
        "Zoë O'Brien",
        "小明😀",
        "👩‍👩‍👧 王家",
    ],
)
def test_names_kept_exactly(name: str) -> None:
    assert v.validate_name(f"  {name}\u3000") == name


def test_name_refusals() -> None:
    with _refused("name", "required"):
        v.validate_name(" \u3000 ")
    with _refused("name", "invalid_characters"):
        v.validate_name("张\x07三")
    with _refused("name", "invalid_characters"):
        v.validate_name("张\n三")
    with _refused("name", "too_long"):
        v.validate_name("𠮷" * 101)
    assert v.validate_name("𠮷" * 100) == "𠮷" * 100


def test_birthday_bounds() -> None:
    assert v.validate_birthday(TODAY, TODAY) == TODAY
    with _refused("birthday", "in_future"):
        v.validate_birthday(date(2026, 11, 24), TODAY)
    with _refused("birthday", "too_old"):
        v.validate_birthday(date(1899, 12, 31), TODAY)


def test_email_and_bounded() -> None:
    assert v.validate_email(" Li.Ming@Example.COM ") == "Li.Ming@example.com"
    assert v.validate_email("") == ""
    for bad in ("li@", "@x.cn", "li ming@x.cn", "li@localhost", "a@b@c.cn"):
        with _refused("email", "invalid"):
            v.validate_email(bad)
    assert v.bounded("  上海 ", "address", 2) == "上海"
    with _refused("address", "too_long"):
        v.bounded("上海市", "address", 2)


def test_age_and_under_14() -> None:
    assert v.age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert v.age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26
    assert v.is_minor_under_14(date(2012, 11, 24), TODAY)
    assert not v.is_minor_under_14(date(2012, 11, 23), TODAY)
