"""Shared helpers of the member, points and check-in rooms: ids, local dates, sealing, and
turning card rows into records."""

from __future__ import annotations

import calendar
import gc
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session, aliased

from app.customers.store import open_values
from app.errors import DomainError
from app.members.card_numbers import make_card_no
from app.members.schemas import CardRecord, CardState
from app.members.settings import read_member_settings
from app.security.cipher import column_opener
from app.security.keys import VaultKeys
from db.models import Customer, MemberCard, MemberTier, PointsEntry

Clock = Callable[[], datetime]


def new_id() -> str:
    return uuid.uuid4().hex


def local_today(now: datetime) -> date:
    """The venue's calendar day (the reception PC's time zone)."""
    return now.astimezone().date()


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def seal(keys: VaultKeys, table: str, column: str, row_id: str | int, text: str) -> bytes | None:
    return keys.seal_text(text or None, table=table, column=column, row_id=str(row_id))


def unseal(keys: VaultKeys, table: str, column: str, row_id: str | int, blob: bytes | None) -> str:
    return keys.open_text(blob, table=table, column=column, row_id=str(row_id)) or ""


def effective_state(card: MemberCard, today: date) -> str:
    """A freeze counts only between its dates; active past its validity reads expired."""
    return state_on(
        today.isoformat(), card.state, card.valid_until, card.frozen_from, card.frozen_to
    )


def state_on(
    day: str, state: str, valid_until: str, frozen_from: str | None, frozen_to: str | None
) -> str:
    """effective_state from the plain columns, for reports that read them without the ORM."""
    if state == CardState.FROZEN and not (
        (frozen_from or "") <= day <= (frozen_to or "9999-12-31")
    ):
        state = CardState.ACTIVE
    if state == CardState.ACTIVE and valid_until < day:
        state = CardState.EXPIRED
    return state


def ledger_balance(session: Session, card_id: str) -> int:
    """The balance is, by definition, the sum of the card's ledger entries."""
    query = select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
        PointsEntry.card_id == card_id
    )
    return int(session.scalar(query) or 0)


def card_by_no(session: Session, card_no: str) -> MemberCard:
    card = session.scalar(select(MemberCard).where(MemberCard.card_no == card_no))
    if card is None:
        raise DomainError(f"no card {card_no}", code="card_unknown")
    return card


def holding_card_id(session: Session, card_id: str) -> str:
    """Where a card's points are now: its replacement (and that one's), if it was replaced."""
    seen = {card_id}
    card = session.get(MemberCard, card_id)
    while card is not None and card.replaced_by_id and card.replaced_by_id not in seen:
        seen.add(card.replaced_by_id)
        card = session.get(MemberCard, card.replaced_by_id)
    return card.id if card is not None else card_id


def card_record(session: Session, keys: VaultKeys, card: MemberCard, today: date) -> CardRecord:
    customer = session.get(Customer, card.customer_id)
    tier = session.get(MemberTier, card.tier_code)
    assert customer is not None and tier is not None
    name = open_values(keys, customer, ["name"])["name"]
    replaced = session.get(MemberCard, card.replaced_by_id) if card.replaced_by_id else None
    return CardRecord(
        id=card.id,
        card_no=card.card_no,
        customer_id=card.customer_id,
        customer_number=customer.number,
        member_name=str(name or ""),
        tier_code=tier.code,
        tier_name=tier.name,
        state=effective_state(card, today),
        issued_on=date.fromisoformat(card.issued_on),
        valid_until=date.fromisoformat(card.valid_until),
        frozen_from=date.fromisoformat(card.frozen_from) if card.frozen_from else None,
        frozen_to=date.fromisoformat(card.frozen_to) if card.frozen_to else None,
        freeze_reason=unseal(keys, "member_cards", "freeze_reason", card.id, card.freeze_reason),
        replaced_by=replaced.card_no if replaced else "",
        points_balance=ledger_balance(session, card.id),
    )


def all_card_records(session: Session, keys: VaultKeys, today: date) -> list[CardRecord]:
    """Every card in number order as card_record would give it, from two queries (the cards with
    their names and tiers, and every balance by one GROUP BY) and one column opener per sealed
    column: the queries per card took ~80 s at 100,000 cards."""
    replacement = aliased(MemberCard)
    # Grouped on `card_id || ''` so SQLite scans the ledger once and sorts, instead of walking
    # the card_id index into the table row by row (twice as slow at 300,000 entries).
    holder = PointsEntry.card_id + literal_column("''")
    by_card = select(holder, func.sum(PointsEntry.points)).group_by(holder)
    connection = session.connection()  # Core rows: no ORM loading per row
    balances = {card_id: int(points) for card_id, points in connection.execute(by_card).all()}
    query = (
        select(
            MemberCard.id,
            MemberCard.card_no,
            MemberCard.customer_id,
            Customer.number,
            Customer.name,
            MemberCard.tier_code,
            MemberTier.name,
            MemberCard.state,
            MemberCard.issued_on,
            MemberCard.valid_until,
            MemberCard.frozen_from,
            MemberCard.frozen_to,
            MemberCard.freeze_reason,
            replacement.card_no,
        )
        .join(Customer, Customer.id == MemberCard.customer_id)
        .join(MemberTier, MemberTier.code == MemberCard.tier_code)
        .outerjoin(replacement, replacement.id == MemberCard.replaced_by_id)
        .order_by(MemberCard.card_no)
    )
    open_name = column_opener(keys.ciphers, Customer.__tablename__, "name")
    open_reason = column_opener(keys.ciphers, "member_cards", "freeze_reason")
    day = today.isoformat()
    rows = connection.execute(query).all()
    collecting = gc.isenabled()
    gc.disable()  # 100,000 small records: the collector would cost a third of the build
    try:
        return [_listed_card(row, balances, open_name, open_reason, day) for row in rows]
    finally:
        if collecting:
            gc.enable()


def _listed_card(
    row: Sequence[Any],
    balances: dict[str, int],
    open_name: Callable[[bytes, str], bytes],
    open_reason: Callable[[bytes, str], bytes],
    day: str,
) -> CardRecord:
    """One row of the card list as the CardRecord card_record would give."""
    card_id, card_no, customer_id, number, name, tier, tier_name, state = row[:8]
    issued, until, frozen_from, frozen_to, reason, replaced_by = row[8:]
    iso = date.fromisoformat
    return CardRecord(
        id=card_id,
        card_no=card_no,
        customer_id=customer_id,
        customer_number=number,
        member_name=open_name(name, customer_id).decode() if name else "",
        tier_code=tier,
        tier_name=tier_name,
        state=state_on(day, state, until, frozen_from, frozen_to),
        issued_on=iso(issued),
        valid_until=iso(until),
        frozen_from=iso(frozen_from) if frozen_from else None,
        frozen_to=iso(frozen_to) if frozen_to else None,
        freeze_reason=open_reason(reason, card_id).decode() if reason else "",
        replaced_by=replaced_by or "",
        points_balance=balances.get(card_id, 0),
    )


def insert_card(
    s: Session, keys: VaultKeys, customer_id: str, tier_code: str, start: date, until: date
) -> MemberCard:
    """A new active card with the next number under the venue's prefix."""
    count = int(s.scalar(select(func.count()).select_from(MemberCard)) or 0)
    card = MemberCard(
        id=new_id(),
        card_no=make_card_no(read_member_settings(s).card_prefix, count + 1),
        customer_id=customer_id,
        key_id=keys.active_key_id,
        tier_code=tier_code,
        state=CardState.ACTIVE,
        issued_on=start.isoformat(),
        period_start=start.isoformat(),
        valid_until=until.isoformat(),
    )
    s.add(card)
    s.flush()
    return card
