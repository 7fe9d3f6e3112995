"""Shared helpers of the archive room: printed numbers, the loan limit setting, staff names,
and turning rows into records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.lending.approvals import STAGE_ORDER, next_stage
from app.lending.schemas import (
    ApprovalRecord,
    ArchiveItemRecord,
    LoanLineRecord,
    LoanRecord,
    LoanState,
)
from app.members.store import local_today, unseal
from app.security.keys import VaultKeys
from db.base import Base
from db.models import (
    ArchiveHandover,
    ArchiveItem,
    Customer,
    Loan,
    LoanApproval,
    LoanLine,
    Staff,
    VenueSetting,
)

LOAN_DAYS_KEY = "loan_max_days"
DEFAULT_LOAN_DAYS = 3
CONFIDENTIAL_LEVELS = frozenset({"confidential", "top_secret"})


def loan_max_days(session: Session) -> int:
    """How many days after lending a file may stay out (a venue setting, 3 by default)."""
    row = session.get(VenueSetting, LOAN_DAYS_KEY)
    return int(row.value) if row is not None else DEFAULT_LOAN_DAYS


def next_number(session: Session, model: type[Base], prefix: str, now: datetime) -> str:
    """`PREFIX-YYYYMM-0001`, counting on within the month."""
    head = f"{prefix}-{local_today(now):%Y%m}-"
    column = model.number  # type: ignore[attr-defined]
    last = session.scalar(select(func.max(column)).where(column.like(f"{head}%")))
    return f"{head}{int(last[len(head) :]) + 1 if last else 1:04d}"


def staff_names(session: Session) -> dict[int, str]:
    return {st.id: st.display_name or st.username for st in session.scalars(select(Staff))}


def item_by_no(session: Session, item_no: str) -> ArchiveItem:
    row = session.scalar(select(ArchiveItem).where(ArchiveItem.number == item_no.strip()))
    if row is None:
        raise ValidationError("item", "not_found", item_no)
    return row


def loan_by_no(session: Session, loan_no: str) -> Loan:
    row = session.scalar(select(Loan).where(Loan.number == loan_no.strip()))
    if row is None:
        raise ValidationError("loan", "not_found", loan_no)
    return row


def contents_of(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(",") if c)


def item_record(session: Session, keys: VaultKeys, row: ArchiveItem) -> ArchiveItemRecord:
    customer = session.get(Customer, row.customer_id)
    handover = session.get(ArchiveHandover, row.handover_id) if row.handover_id else None
    return ArchiveItemRecord(
        id=row.id,
        number=row.number,
        customer_id=row.customer_id,
        customer_number=customer.number if customer else "",
        contents=contents_of(row.contents),
        description=unseal(keys, "archive_items", "description", row.id, row.description),
        copies=row.copies,
        shelf=row.shelf,
        confidentiality=row.confidentiality,
        received_on=date.fromisoformat(row.received_on),
        state=row.state,
        handover_no=handover.number if handover else "",
    )


def is_overdue(loan: Loan, today: date) -> bool:
    return loan.state == LoanState.LENT and loan.due_on < today.isoformat()


def loan_record(session: Session, keys: VaultKeys, loan: Loan, now: datetime) -> LoanRecord:
    names = staff_names(session)
    lines = []
    for line in session.scalars(
        select(LoanLine).where(LoanLine.loan_id == loan.id).order_by(LoanLine.id)
    ):
        item = session.get(ArchiveItem, line.item_id)
        assert item is not None
        customer = session.get(Customer, item.customer_id)
        lines.append(
            LoanLineRecord(
                item.number,
                customer.number if customer else "",
                contents_of(item.contents),
                line.copies,
                item.confidentiality,
                item.shelf,
                line.condition,
            )
        )
    approvals = tuple(
        ApprovalRecord(
            a.round,
            a.stage,
            a.approved,
            names.get(a.decided_by or 0, ""),
            a.decided_at,
            unseal(keys, "loan_approvals", "note", a.id, a.note),
        )
        for a in sorted(
            session.scalars(select(LoanApproval).where(LoanApproval.loan_id == loan.id)),
            key=lambda a: (a.round, a.decided_at, STAGE_ORDER.index(a.stage)),
        )
    )
    return LoanRecord(
        id=loan.id,
        number=loan.number,
        borrower_id=loan.borrower_id,
        borrower=names.get(loan.borrower_id, ""),
        department=loan.department,
        purpose=unseal(keys, "loans", "purpose", loan.id, loan.purpose),
        reason=unseal(keys, "loans", "reason", loan.id, loan.reason),
        due_on=date.fromisoformat(loan.due_on),
        state=loan.state,
        next_stage=next_stage(session, loan) or "",
        needs_general_manager=loan.needs_general_manager,
        round=loan.round,
        renewal_due_on=date.fromisoformat(loan.renewal_due_on) if loan.renewal_due_on else None,
        renewal_state=loan.renewal_state,
        applied_at=loan.applied_at,
        lent_at=loan.lent_at,
        lent_by=names.get(loan.lent_by or 0, ""),
        signature_kind=loan.signature_kind,
        has_signature=loan.signature is not None,
        returned_at=loan.returned_at,
        returned_to=names.get(loan.returned_to or 0, ""),
        overdue=is_overdue(loan, local_today(now)),
        lines=tuple(lines),
        approvals=approvals,
    )
