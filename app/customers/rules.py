"""The rules a customer file must meet before it is saved: normalised fields, consistent ID,
and the PIPL consents that sensitive data needs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from app.customers import validation as v
from app.customers.schemas import (
    Activity,
    Confidentiality,
    ConsentInput,
    ConsentMethod,
    ConsentPurpose,
    CustomerInput,
    Source,
    ValueTier,
)
from app.errors import ValidationError

LIMITS = {"notes": 4000, "address": 200, "occupation": 100, "interests": 500, "habits": 500}
MAX_TAGS = 20
GENDERS = ("", "male", "female")


def _choice(value: str, allowed: Iterable[str], field: str) -> None:
    if value not in set(allowed):
        raise ValidationError(field, "invalid")


def _tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
    if len(cleaned) > MAX_TAGS or any(len(t) > 20 for t in cleaned):
        raise ValidationError("tags", "too_long")
    return cleaned


def clean_customer(data: CustomerInput, today: date) -> CustomerInput:
    """`data` normalised (E.164 phones, upper-case ID), or raise naming the first bad field."""
    name = v.validate_name(data.name)
    phone = v.normalise_phone(data.phone) if data.phone.strip() else ""
    others = tuple(
        v.normalise_phone(p, field="other_phones") for p in data.other_phones if str(p).strip()
    )
    _choice(data.gender, GENDERS, "gender")
    if data.birthday is not None:
        v.validate_birthday(data.birthday, today)
    email = v.validate_email(data.email) if data.email.strip() else ""
    for field, limit in LIMITS.items():
        v.bounded(getattr(data, field), field, limit)
    id_type, id_number = data.id_doc_type, data.id_number.strip()
    if id_number:
        if not id_type:
            raise ValidationError("id_doc_type", "required")
        id_number = v.normalise_id_number(v.IdDocType(id_type), id_number)
        if id_type == v.IdDocType.MAINLAND_ID:
            v.check_id_agrees(id_number, data.birthday, data.gender)
    elif id_type:
        _choice(id_type, [t.value for t in v.IdDocType], "id_doc_type")
    _choice(data.value_tier, [t.value for t in ValueTier], "value_tier")
    _choice(data.activity, [a.value for a in Activity], "activity")
    _choice(data.confidentiality, [c.value for c in Confidentiality], "confidentiality")
    _choice(data.source, [s.value for s in Source], "source")
    for consent in data.consents:
        _choice(consent.purpose, [p.value for p in ConsentPurpose], "consents")
        _choice(consent.method, [m.value for m in ConsentMethod], "consents")
    return dataclasses.replace(
        data,
        name=name,
        phone=phone,
        other_phones=others,
        email=email,
        id_number=id_number,
        tags=_tags(data.tags),
    )


def check_consents(
    data: CustomerInput, active_purposes: set[str], today: date, *, has_id_scan: bool = False
) -> None:
    """Sensitive data is refused without its separate consent (PIPL art. 29, 31)."""
    purposes = active_purposes | {c.purpose for c in data.consents}
    if (data.id_number or has_id_scan) and ConsentPurpose.SENSITIVE_ID not in purposes:
        raise ValidationError(
            "id_number", "needs_separate_consent", "an ID document needs its own separate consent"
        )
    if data.birthday is not None and v.is_minor_under_14(data.birthday, today):
        guardian = [c for c in data.consents if c.purpose == ConsentPurpose.GUARDIAN]
        if ConsentPurpose.GUARDIAN not in purposes:
            raise ValidationError(
                "birthday",
                "needs_guardian_consent",
                "a customer under 14 needs a guardian's consent",
            )
        if guardian and not all(c.guardian_name.strip() for c in guardian):
            raise ValidationError("guardian_name", "required")


def guardian_consent(name: str, method: str = ConsentMethod.PAPER) -> ConsentInput:
    return ConsentInput(ConsentPurpose.GUARDIAN, method, guardian_name=name)
