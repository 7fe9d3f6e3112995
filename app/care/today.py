"""The day's care list: whose birthday it is, which calls are due, whom to win back.

Birthdays are sealed, so they are decrypted in one pass with the per-column opener; names and
phones only for the customers that make the list.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

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
    session: Session, keys: VaultKeys, today: date, days_ahead: int
) -> list[BirthdayItem]:
    open_birthday = column_opener(keys.ciphers, TABLE, "birthday")
    last = today + timedelta(days=days_ahead)
    due: dict[str, tuple[date, date]] = {}
    rows = session.execute(
        select(Customer.id, Customer.birthday).where(
            Customer.birthday.is_not(None), *live_customers()
        )
    )
    for cid, blob in rows:
        assert blob is not None
        born = date.fromisoformat(open_birthday(blob, cid).decode())
        when = next_birthday(born, today)
        if when <= last:
            due[cid] = (born, when)
    if not due:
        return []
    ids = sorted(due)
    people = names_and_phones(session, keys, ids)
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
        number, name, phone = people[cid]
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
    in the last 30 days: the most valuable first."""
    cutoff = today - timedelta(days=win_back_days)
    called = set(
        session.scalars(
            select(CareTask.customer_id).where(
                CareTask.kind == TaskKind.WIN_BACK,
                CareTask.due_on >= (today - timedelta(days=30)).isoformat(),
            )
        )
    )
    greet = marketing_ids(session)
    rows = session.execute(
        select(Customer.id, Customer.value_tier, Customer.last_activity_at).where(
            Customer.activity == Activity.DORMANT, *live_customers()
        )
    )
    chosen = [
        (cid, tier, last.astimezone().date())
        for cid, tier, last in rows
        if cid in greet and cid not in called and last.astimezone().date() <= cutoff
    ]
    chosen.sort(key=lambda c: (_TIER_RANK.get(c[1], 3), -c[2].toordinal()))
    chosen = chosen[:limit]
    people = names_and_phones(session, keys, [c[0] for c in chosen])
    return [WinBackItem(cid, *people[cid], tier, last.isoformat()) for cid, tier, last in chosen]
