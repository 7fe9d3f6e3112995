"""The approval levels of a loan: department head, then archive keeper, then the general
manager for 机密 / 绝密 files. A renewal goes through the same levels again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.lending.schemas import LoanState, Stage
from app.security.permissions import Permission
from db.models import Loan, LoanApproval

STAGE_PERMISSION: dict[Stage, Permission] = {
    Stage.DEPARTMENT: Permission.APPROVE_LOAN_DEPARTMENT,
    Stage.ARCHIVE: Permission.APPROVE_LOAN_ARCHIVE,
    Stage.GENERAL_MANAGER: Permission.APPROVE_LOAN_CONFIDENTIAL,
}
RENEWAL_PENDING = "pending"
STAGE_ORDER = (Stage.DEPARTMENT, Stage.ARCHIVE, Stage.GENERAL_MANAGER)


def required_stages(needs_general_manager: bool) -> tuple[Stage, ...]:
    base = (Stage.DEPARTMENT, Stage.ARCHIVE)
    return (*base, Stage.GENERAL_MANAGER) if needs_general_manager else base


def awaiting_decision(loan: Loan) -> bool:
    """An application, or the renewal of a loan that is out, waiting for a level."""
    return loan.state == LoanState.PENDING or (
        loan.state == LoanState.LENT and loan.renewal_state == RENEWAL_PENDING
    )


def next_stage(session: Session, loan: Loan) -> Stage | None:
    """The level that must decide now, or None when nothing waits."""
    if not awaiting_decision(loan):
        return None
    done = set(
        session.scalars(
            select(LoanApproval.stage).where(
                LoanApproval.loan_id == loan.id,
                LoanApproval.round == loan.round,
                LoanApproval.approved.is_(True),
            )
        )
    )
    for stage in required_stages(loan.needs_general_manager):
        if stage not in done:
            return stage
    return None
