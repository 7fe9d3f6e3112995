"""Plain data in and out of the customer services (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ValueTier(StrEnum):
    REGULAR = "regular"  # 普通客户
    VIP = "vip"  # 贵宾客户
    DIAMOND = "diamond"  # 钻石客户


class Activity(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    POTENTIAL = "potential"


class Confidentiality(StrEnum):
    NORMAL = "normal"  # 普通
    CONFIDENTIAL = "confidential"  # 机密
    TOP_SECRET = "top_secret"  # 绝密


class Source(StrEnum):
    WALK_IN = "walk_in"
    REFERRAL = "referral"
    PHONE = "phone"
    ONLINE = "online"
    EVENT = "event"
    PARTNER = "partner"


class ConsentPurpose(StrEnum):
    SERVICE = "service"
    MARKETING = "marketing"
    PHOTOS = "photos"
    SENSITIVE_ID = "sensitive_id"  # separate consent: ID document number and scan
    GUARDIAN = "guardian"  # a guardian's consent for a customer under 14


class ConsentMethod(StrEnum):
    PAPER = "paper"
    ON_SCREEN = "on_screen"
    VERBAL = "verbal"


@dataclass(frozen=True)
class ConsentInput:
    purpose: str
    method: str = ConsentMethod.PAPER
    guardian_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    purpose: str
    method: str
    granted_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None
    guardian_name: str
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str = ""
    gender: str = ""  # "male" / "female" / ""
    birthday: date | None = None
    notes: str = ""
    value_tier: str = ValueTier.REGULAR
    activity: str = Activity.POTENTIAL
    other_phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    occupation: str = ""
    id_doc_type: str = ""
    id_number: str = ""
    id_expiry: date | None = None
    interests: str = ""
    habits: str = ""
    tags: tuple[str, ...] = ()
    confidentiality: str = Confidentiality.NORMAL
    source: str = Source.WALK_IN
    referrer_id: str | None = None
    owner_staff_id: int | None = None
    consents: tuple[ConsentInput, ...] = ()  # recorded together with a new file


@dataclass(frozen=True)
class CustomerRecord:
    id: str
    number: str
    name: str
    phone: str
    gender: str
    birthday: date | None
    notes: str
    value_tier: str
    activity: str
    other_phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    occupation: str = ""
    id_doc_type: str = ""
    id_number: str = ""
    id_expiry: date | None = None
    interests: str = ""
    habits: str = ""
    tags: tuple[str, ...] = ()
    confidentiality: str = Confidentiality.NORMAL
    source: str = Source.WALK_IN
    referrer_id: str | None = None
    owner_staff_id: int | None = None
    has_photo: bool = False
    retention_until: str = ""
    merged_into_id: str | None = None
    erased: bool = False


@dataclass(frozen=True)
class DuplicateMatch:
    customer_id: str
    number: str
    name: str
    matched_on: str  # "phone" or "id_number"
