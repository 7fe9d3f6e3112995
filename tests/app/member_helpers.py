"""Helpers for the member, points and check-in tests: a settable clock, services bound to it,
members with cards, and staff of a given role."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.checkin.service import CheckInService
from app.customers.schemas import CustomerInput
from app.members.card_print import CardPrinting
from app.members.cards import CardService
from app.members.history import MemberHistory
from app.members.schemas import CardRecord
from app.points.consumption import ConsumptionInput, ConsumptionService
from app.points.service import PointsService
from app.services import Services


class Clock:
    """Time that tests move by hand; starts at a fixed local noon (not near midnight)."""

    def __init__(self, start: datetime | None = None) -> None:
        local = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
        self.at = (start or local).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)

    def today(self) -> date:
        return self.at.astimezone().date()


@dataclass
class Desk:
    """The member services of one venue, all on the test's clock."""

    services: Services
    clock: Clock
    cards: CardService
    points: PointsService
    consumption: ConsumptionService
    checkin: CheckInService
    card_print: CardPrinting
    history: MemberHistory


def desk(services: Services, clock: Clock | None = None) -> Desk:
    clock = clock or Clock()
    uow, d, a = services.venue.uow, services.desk, services.audit
    return Desk(
        services,
        clock,
        CardService(uow, d, a, now=clock),
        PointsService(uow, d, a, now=clock),
        ConsumptionService(uow, d, a, now=clock),
        CheckInService(uow, d, a, services.customers, now=clock),
        CardPrinting(uow, d, a, now=clock),
        MemberHistory(uow, d, a, now=clock),
    )


def member(t: Desk, name: str = "李雷", birthday: date | None = None, tier: str = "") -> CardRecord:
    record = t.services.customers.create(CustomerInput(name=name, birthday=birthday))
    return t.cards.issue(record.id, tier)


def spend(
    t: Desk, card_no: str, yuan: int, items: str = "龙井一壶", payment_method: str = "cash"
) -> str:
    data = ConsumptionInput("茶室", items, yuan * 100, payment_method, card_no=card_no)
    return t.consumption.record(data).receipt_no


def raw_db(services: Services) -> bytes:
    services.venue.engine.dispose()
    return b"".join(p.read_bytes() for p in services.venue.data_dir.glob("frontdesk.sqlite3*"))


def raw_connection(services: Services) -> sqlite3.Connection:
    services.venue.engine.dispose()
    return sqlite3.connect(services.venue.data_dir / "frontdesk.sqlite3")
