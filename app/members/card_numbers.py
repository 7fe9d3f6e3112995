"""Card numbers: the venue's prefix, a running number and a Luhn check digit, so a mistyped or
swapped digit at the desk is caught before any lookup."""

from __future__ import annotations

from stdnum import luhn

from app.errors import ValidationError

SEQUENCE_DIGITS = 7
DEFAULT_PREFIX = "8866"


def make_card_no(prefix: str, sequence: int) -> str:
    body = f"{prefix}{sequence:0{SEQUENCE_DIGITS}d}"
    return body + luhn.calc_check_digit(body)


def normalise(card_no: str) -> str:
    """What a scanner or a typist gives, without the spaces and dashes people add."""
    return "".join(ch for ch in card_no.strip() if ch not in " -")


def check_card_no(card_no: str, field: str = "card_no") -> str:
    """The normalised number, or ValidationError(field, "required"/"invalid"/"check_digit")."""
    value = normalise(card_no)
    if not value:
        raise ValidationError(field, "required")
    if not value.isdigit() or not value.isascii() or len(value) < 4:
        raise ValidationError(field, "invalid")
    if not luhn.is_valid(value):
        raise ValidationError(field, "check_digit", "the check digit does not match: mistyped?")
    return value


def check_prefix(prefix: str) -> str:
    if not (prefix.isdigit() and prefix.isascii() and 1 <= len(prefix) <= 8):
        raise ValidationError("card_prefix", "invalid", "1 to 8 digits")
    return prefix
