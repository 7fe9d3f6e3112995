"""What a customer's erasure or merge does to the archive's rows: free text that may describe
the person is dropped, the counted facts (numbers, dates, copies, states) stay."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import ArchiveIncident, ArchiveItem, FileAccessRequest, Loan, LoanLine

MERGED_MODELS = (ArchiveItem, FileAccessRequest)


def blank_archive_free_text(session: Session, customer_id: str) -> None:
    """Descriptions, access reasons, and the purposes, reasons and notes of loans of the
    customer's paper files; the borrower's signature stays (it is the borrower's)."""
    items = select(ArchiveItem.id).where(ArchiveItem.customer_id == customer_id)
    session.execute(update(ArchiveItem).where(ArchiveItem.id.in_(items)).values(description=None))
    session.execute(
        update(FileAccessRequest)
        .where(FileAccessRequest.customer_id == customer_id)
        .values(reason=None, decision_note=None)
    )
    loans = select(LoanLine.loan_id).where(LoanLine.item_id.in_(items))
    session.execute(update(Loan).where(Loan.id.in_(loans)).values(purpose=None, reason=None))
    session.execute(
        update(ArchiveIncident)
        .where(ArchiveIncident.item_id.in_(items))
        .values(note=None, resolution=None)
    )
