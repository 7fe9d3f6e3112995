"""Reading visits and members for the desk: the member summary with its alerts, and visit rows
turned into records (sealed purpose opened, host named)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.checkin.alerts import Facts, Hook, evaluate
from app.checkin.schemas import MemberSummary, VisitRecord
from app.customers.store import open_values
from app.members.settings import MemberSettings
from app.members.store import effective_state, ledger_balance, unseal
from app.security.keys import VaultKeys
from db.models import Customer, MemberCard, MemberTier, Staff, Visit

TABLE = "visits"


def last_visit(s: Session, customer_id: str) -> Visit | None:
    query = (
        select(Visit)
        .where(Visit.customer_id == customer_id, Visit.undone_at.is_(None))
        .order_by(Visit.checked_in_at.desc())
        .limit(1)
    )
    return s.scalar(query)


def live_card(s: Session, customer_id: str) -> MemberCard | None:
    """The customer's newest card that has not been replaced (whatever its state)."""
    query = (
        select(MemberCard)
        .where(MemberCard.customer_id == customer_id, MemberCard.replaced_by_id.is_(None))
        .order_by(MemberCard.created_at.desc())
        .limit(1)
    )
    return s.scalar(query)


def member_summary(
    s: Session,
    keys: VaultKeys,
    customer: Customer,
    card: MemberCard | None,
    settings: MemberSettings,
    now: datetime,
    *,
    open_complaint: Hook,
    overdue_item: Hook,
) -> MemberSummary:
    values = open_values(keys, customer, ["name", "birthday"])
    tier = s.get(MemberTier, card.tier_code) if card else None
    state = effective_state(card, now.astimezone().date()) if card else ""
    if card is not None and card.replaced_by_id:
        state = "lost"
    previous = last_visit(s, customer.id)
    facts = Facts(
        customer_id=customer.id,
        card_state=state,
        birthday=date.fromisoformat(values["birthday"]) if values["birthday"] else None,
        has_photo=customer.has_photo,
        last_visit_at=previous.checked_in_at if previous else None,
        birthday_benefit=tier.birthday_benefit if tier else "",
    )
    return MemberSummary(
        customer_id=customer.id,
        customer_number=customer.number,
        name=values["name"],
        has_photo=customer.has_photo,
        card_no=card.card_no if card else "",
        tier_code=tier.code if tier else "",
        tier_name=tier.name if tier else "",
        card_state=state,
        valid_until=date.fromisoformat(card.valid_until) if card else None,
        points_balance=ledger_balance(s, card.id) if card else 0,
        alerts=evaluate(
            facts, settings, now, open_complaint=open_complaint, overdue_item=overdue_item
        ),
    )


def visit_records(s: Session, keys: VaultKeys, visits: list[Visit]) -> list[VisitRecord]:
    staff = {st.id: st.display_name for st in s.scalars(select(Staff))}
    out = []
    for v in visits:
        customer = s.get(Customer, v.customer_id)
        card = s.get(MemberCard, v.card_id) if v.card_id else None
        assert customer is not None
        out.append(
            VisitRecord(
                id=v.id,
                day=date.fromisoformat(v.day),
                customer_id=v.customer_id,
                customer_number=customer.number,
                name=open_values(keys, customer, ["name"])["name"],
                card_no=card.card_no if card else "",
                checked_in_at=v.checked_in_at,
                checked_out_at=v.checked_out_at,
                party_size=v.party_size,
                purpose=unseal(keys, TABLE, "purpose", v.id, v.purpose),
                service_area=v.service_area,
                host=staff.get(v.host_staff_id or 0, ""),
                walk_in=v.walk_in,
                undone=v.undone_at is not None,
                undo_reason=unseal(keys, TABLE, "undo_reason", v.id, v.undo_reason),
            )
        )
    return out
