"""The day's care list: whose birthday it is, which calls are due, whom to win back.

Birthdays are sealed, so they are decrypted in one pass with the per-column opener; names and
phones only for the customers that make the list.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, select
from sqlalchemy.orm import Session

from app.care.demographics import Person
from app.care.schemas import BirthdayItem, CareTaskRecord, TaskKind, TaskState, WinBackItem
from app.customers.schemas import Activity, ConsentPurpose
from app.security.cipher import column_opener
from app.security.keys import VaultKeys
from db.models import CareTask, Customer, CustomerConsent, MemberCard, MemberTier

TABLE = Customer.__tablename__
_TIER_RANK = {"diamond": 0, "vip": 1, "regular": 2}


def next_birthday(born: date, today: date) -> date:
    """The first birthday on or after today (29 February counts on 28 February)."""
    for year in (today.year, today.year + 1):
        try:
            when = born.replace(year=year)
        except ValueError:
            when = date(year, 2, 28)
        if when >= today:
            return when
    raise AssertionError("unreachable")


def live_customers() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return Customer.erased_at.is_(None), Customer.merged_into_id.is_(None)


def marketing_ids(session: Session) -> set[str]:
    """Live customers with an active marketing consent: the only ones a greeting may reach."""
    return set(
        session.scalars(
            select(CustomerConsent.customer_id)
            .join(Customer, Customer.id == CustomerConsent.customer_id)
            .where(
                CustomerConsent.purpose == ConsentPurpose.MARKETING,
                CustomerConsent.withdrawn_at.is_(None),
                *live_customers(),
            )
        )
    )


def names_and_phones(
    session: Session, keys: VaultKeys, ids: list[str]
) -> dict[str, tuple[str, str, str]]:
    """number, name, phone of each customer id."""
    open_name = column_opener(keys.ciphers, TABLE, "name")
    open_phone = column_opener(keys.ciphers, TABLE, "phone")
    found: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Customer.id, Customer.number, Customer.name, Customer.phone).where(
                Customer.id.in_(ids[start : start + 500])
            )
        )
        for cid, number, name, phone in rows:
            found[cid] = (
                number,
                open_name(name, cid).decode(),
                open_phone(phone, cid).decode() if phone else "",
            )
    return found


def birthdays(
    session: Session, keys: VaultKeys, people: dict[str, Person], today: date, days_ahead: int
) -> list[BirthdayItem]:
    """Birthdays from today to days_ahead later, from the person cache's decrypted birthdays;
    names, phones and cards read only for those."""
    last = today + timedelta(days=days_ahead)
    due: dict[str, tuple[date, date]] = {}
    for cid, person in people.items():
        if person.birthday is not None:
            when = next_birthday(person.birthday, today)
            if when <= last:
                due[cid] = (person.birthday, when)
    if not due:
        return []
    ids = sorted(due)
    people_text = names_and_phones(session, keys, ids)
    cards = {
        cid: (card_no, tier_name, benefit)
        for cid, card_no, tier_name, benefit in session.execute(
            select(
                MemberCard.customer_id,
                MemberCard.card_no,
                MemberTier.name,
                MemberTier.birthday_benefit,
            )
            .join(MemberTier, MemberTier.code == MemberCard.tier_code)
            .where(MemberCard.customer_id.in_(ids), MemberCard.state == "active")
        )
    }
    given = set(
        session.scalars(
            select(CareTask.customer_id).where(
                CareTask.customer_id.in_(ids),
                CareTask.kind == TaskKind.BIRTHDAY,
                CareTask.occasion == f"birthday-{today.year}",
                CareTask.state == TaskState.DONE,
            )
        )
    )
    greet = marketing_ids(session)
    items = []
    for cid in ids:
        born, when = due[cid]
        number, name, phone = people_text[cid]
        card_no, tier_name, benefit = cards.get(cid, ("", "", ""))
        items.append(
            BirthdayItem(
                cid, number, name, phone, when, when.year - born.year if born.year > 1900 else None,
                card_no, tier_name, benefit, cid in given, cid in greet,
            )
        )  # fmt: skip
    return sorted(items, key=lambda b: (b.birthday, b.number))


def due_tasks(session: Session, keys: VaultKeys, today: date) -> list[CareTaskRecord]:
    """Open follow-up and win-back calls due today or earlier, oldest first."""
    rows = list(
        session.scalars(
            select(CareTask)
            .where(
                CareTask.state == TaskState.OPEN,
                CareTask.due_on <= today.isoformat(),
                CareTask.kind.in_((TaskKind.FOLLOW_UP, TaskKind.WIN_BACK)),
            )
            .order_by(CareTask.due_on, CareTask.created_at)
            .limit(500)
        )
    )
    people = names_and_phones(session, keys, sorted({r.customer_id for r in rows}))
    return [task_record(keys, r, people.get(r.customer_id, ("", "", ""))) for r in rows]


def task_record(keys: VaultKeys, row: CareTask, person: tuple[str, str, str]) -> CareTaskRecord:
    def text(column: str) -> str:
        blob = getattr(row, column)
        return keys.open_text(blob, table="care_tasks", column=column, row_id=row.id) or ""

    return CareTaskRecord(
        row.id, row.customer_id, *person, row.kind, row.occasion, row.source, row.source_id,
        row.due_on, row.state, text("note"), text("result"), text("next_step"),
    )  # fmt: skip


def win_back(
    session: Session, keys: VaultKeys, today: date, win_back_days: int, limit: int = 100
) -> list[WinBackItem]:
    """Dormant customers quiet for win_back_days who agreed to marketing and were not called
    in the last 30 days: the most valuable first, chosen in SQL (no row parsed in Python)."""
    cutoff = datetime.combine(today - timedelta(days=win_back_days), time.max).astimezone()
    called = select(CareTask.customer_id).where(
        CareTask.kind == TaskKind.WIN_BACK,
        CareTask.due_on >= (today - timedelta(days=30)).isoformat(),
    )
    agreed = select(CustomerConsent.customer_id).where(
        CustomerConsent.purpose == ConsentPurpose.MARKETING,
        CustomerConsent.withdrawn_at.is_(None),
    )
    rank = case(*((Customer.value_tier == tier, n) for tier, n in _TIER_RANK.items()), else_=3)
    rows = session.execute(
        select(Customer.id, Customer.value_tier, Customer.last_activity_at)
        .where(
            Customer.activity == Activity.DORMANT,
            Customer.last_activity_at <= cutoff,
            Customer.id.in_(agreed),
            Customer.id.not_in(called),
            *live_customers(),
        )
        .order_by(rank, Customer.last_activity_at.desc())
        .limit(limit)
    ).all()
    people = names_and_phones(session, keys, [cid for cid, _tier, _last in rows])
    return [
        WinBackItem(cid, *people[cid], tier, last.astimezone().date().isoformat())
        for cid, tier, last in rows
    ]
