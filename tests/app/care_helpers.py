"""Helpers for the care tests: a care service on the test's clock and customers with consents."""

from __future__ import annotations

from datetime import date

from app.care.service import CareService
from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.services import Services
from tests.app.member_helpers import Clock


def care(services: Services, clock: Clock) -> CareService:
    return CareService(
        services.venue.uow, services.desk, services.audit, services.reminders, now=clock
    )


def customer(
    services: Services,
    name: str,
    *,
    phone: str = "",
    birthday: date | None = None,
    marketing: bool = False,
) -> str:
    record = services.customers.create(
        CustomerInput(name=name, phone=phone, birthday=birthday), allow_duplicate=True
    )
    if marketing:
        services.consents.record(record.id, ConsentInput(ConsentPurpose.MARKETING))
    return record.id
