"""Realistic demo data for an empty venue (training, screenshots, the benchmark); deterministic
per seed so a screenshot or a bench run can be repeated."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from app.customers.schemas import CustomerInput
from app.demo_data import (
    ACTIVITY,
    AREA_CODES,
    DISTRICTS,
    FEATURED,
    GENDERS,
    GIVEN,
    MOBILE_PREFIXES,
    NOTES,
    STREETS,
    SURNAMES,
    TIERS,
)
from app.errors import ValidationError
from app.security.permissions import Permission
from app.services import Services
from app.staff.service import StaffInput
from db.models import Customer

DEMO_SEED = 20261123
DEMO_STAFF_PASSWORD = "demo-pass-2026"
DEMO_STAFF = (
    StaffInput("reception", "前台 李娜", "reception", DEMO_STAFF_PASSWORD),
    StaffInput("manager", "值班经理 张伟", "manager", DEMO_STAFF_PASSWORD),
)
BATCH = 2000


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    staff: tuple[str, ...]
    staff_password: str


def _phone(rng: random.Random) -> str:
    """The forms staff actually type: spaced with +86, bare mobile, landline with area code."""
    mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    form = rng.randrange(6)
    if form == 0:
        return f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"
    if form == 1:
        return f"{rng.choice(AREA_CODES)}-{rng.randrange(2000, 9000)} {rng.randrange(10000):04d}"
    if form == 2:
        return ""
    return mobile


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.4 else "")
    return rng.choice(SURNAMES) + given


def _address(rng: random.Random) -> str:
    """Four in five have an address on file; its own generator leaves the other fields as they
    were before addresses were added."""
    if rng.random() >= 0.8:
        return ""
    return f"上海市{rng.choice(DISTRICTS)}{rng.choice(STREETS)}{rng.randrange(1, 2000)}号"


def demo_customers(count: int, seed: int = DEMO_SEED) -> Iterator[CustomerInput]:
    """`count` customers; the hard-to-store names come first so even a small demo shows them."""
    rng = random.Random(seed)
    first_birthday = date(1940, 1, 1)
    for index in range(count):
        name = FEATURED[index] if index < len(FEATURED) else _name(rng)
        days = rng.randrange(365 * 68)  # adults only: under-14s need a guardian's consent
        yield CustomerInput(
            name=name,
            phone="+86 138 0013 8000" if index == 0 else _phone(rng),
            gender=rng.choice(GENDERS),
            birthday=first_birthday + timedelta(days=days) if rng.random() < 0.85 else None,
            notes=rng.choice(NOTES),
            address=_address(random.Random(seed * 100_003 + index)),
            value_tier=rng.choice(TIERS),
            activity=rng.choice(ACTIVITY),
        )


def seed_demo(services: Services, customers: int, seed: int = DEMO_SEED) -> DemoSummary:
    """Fill an empty venue; refuse one that already has customers, so real files are never mixed
    with invented ones."""
    services.desk.require(Permission.MANAGE_STAFF)
    if customers < 0:
        raise ValidationError("customers", "out_of_range", "a number of customers >= 0")
    with services.venue.uow() as s:
        existing = int(s.scalar(select(func.count()).select_from(Customer)) or 0)
    if existing:
        raise ValidationError("customers", "venue_not_empty", f"the venue has {existing} already")
    staff = []
    taken = {row.username for row in services.staff.list()}
    for member in DEMO_STAFF:
        if member.username not in taken:
            services.staff.create(member)
            staff.append(member.username)
    batch: list[CustomerInput] = []
    written = 0
    for item in demo_customers(customers, seed):
        batch.append(item)
        if len(batch) == BATCH:
            written += services.customers.import_many(batch)
            batch = []
    if batch:
        written += services.customers.import_many(batch)
    return DemoSummary(written, tuple(staff), DEMO_STAFF_PASSWORD)
