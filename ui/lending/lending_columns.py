"""The columns of the archive room's lists: catalogue items, loans and where they stand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.lending.schemas import ArchiveItemRecord, LoanRecord
from ui.lending.lending_messages import (
    contents_text,
    item_state_texts,
    level_text,
    loan_state_texts,
    stage_texts,
    text_of,
)
from ui.lending.lending_widgets import local_minute
from ui.models.row_model import Column


def item_columns() -> list[Column[ArchiveItemRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "File no."), lambda r: r.number
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Customer file"),
            lambda r: r.customer_number,
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Contents"),
            lambda r: contents_text(r.contents),
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Copies"),
            lambda r: str(r.copies),
            lambda r: r.copies,
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Confidentiality"),
            lambda r: level_text(r.confidentiality),
        ),
        Column(lambda: QCoreApplication.translate("LendingColumns", "Shelf"), lambda r: r.shelf),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Received"),
            lambda r: r.received_on.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "State"),
            lambda r: text_of(item_state_texts(), r.state),
        ),
    ]


def files_of(loan: LoanRecord) -> str:
    """File numbers with their copies, 机密 / 绝密 marked."""
    parts = []
    for line in loan.lines:
        mark = "" if line.confidentiality == "normal" else f"[{level_text(line.confidentiality)}]"
        parts.append(f"{line.item_no}×{line.copies}{mark}")
    return ", ".join(parts)


def refusal_of(loan: LoanRecord) -> str:
    """The reason given by the level that refused (the application or its renewal)."""
    refusals = [a for a in loan.approvals if not a.approved]
    if not refusals:
        return ""
    last = refusals[-1]
    return f"{text_of(stage_texts(), last.stage)} {last.decided_by}: {last.note}"


def standing_of(loan: LoanRecord) -> str:
    """Where an application stands, in the borrower's words."""
    state = text_of(loan_state_texts(), loan.state)
    if loan.next_stage:
        waiting = QCoreApplication.translate("LendingColumns", "waiting for: {level}").format(
            level=text_of(stage_texts(), loan.next_stage)
        )
        if loan.round > 0:
            waiting = QCoreApplication.translate("LendingColumns", "renewal {waiting}").format(
                waiting=waiting
            )
        return f"{state} ({waiting})"
    if loan.overdue:
        return QCoreApplication.translate("LendingColumns", "{state}, OVERDUE").format(state=state)
    return state


def loan_columns(with_borrower: bool = True) -> list[Column[LoanRecord]]:
    columns: list[Column[LoanRecord]] = [
        Column(lambda: QCoreApplication.translate("LendingColumns", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Applied"),
            lambda r: local_minute(r.applied_at),
            lambda r: r.applied_at,
        ),
    ]
    if with_borrower:
        columns += [
            Column(
                lambda: QCoreApplication.translate("LendingColumns", "Borrower"),
                lambda r: r.borrower,
            ),
            Column(
                lambda: QCoreApplication.translate("LendingColumns", "Department"),
                lambda r: r.department,
            ),
        ]
    columns += [
        Column(lambda: QCoreApplication.translate("LendingColumns", "Files"), files_of),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Due back"),
            lambda r: r.due_on.isoformat(),
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Lent"),
            lambda r: local_minute(r.lent_at),
            lambda r: r.lent_at.isoformat() if r.lent_at else "",
        ),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Where it stands"), standing_of
        ),
        Column(lambda: QCoreApplication.translate("LendingColumns", "Refusal reason"), refusal_of),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Purpose"), lambda r: r.purpose
        ),
    ]
    return columns


def trail_of(loan: LoanRecord) -> str:
    """Each level's decision, one line each, for the detail under a list."""
    lines = []
    for a in loan.approvals:
        verdict = (
            QCoreApplication.translate("LendingColumns", "approved")
            if a.approved
            else QCoreApplication.translate("LendingColumns", "refused")
        )
        renewal = QCoreApplication.translate("LendingColumns", "renewal ") if a.round else ""
        note = f": {a.note}" if a.note else ""
        lines.append(
            f"{local_minute(a.decided_at)}  {renewal}{text_of(stage_texts(), a.stage)} "
            f"{a.decided_by} {verdict}{note}"
        )
    header = QCoreApplication.translate(
        "LendingColumns", "{number}: purpose {purpose}; reason {reason}"
    ).format(number=loan.number, purpose=loan.purpose, reason=loan.reason)
    return "\n".join([header, *lines])


def _level_of(loan: LoanRecord) -> str:
    level = text_of(stage_texts(), loan.next_stage)
    if loan.round and loan.renewal_due_on is not None:
        return QCoreApplication.translate("LendingColumns", "{level} (renewal to {day})").format(
            level=level, day=loan.renewal_due_on.isoformat()
        )
    return level


def approval_columns() -> list[Column[LoanRecord]]:
    """What an approver decides on: who, which files, until when, why."""
    keep = loan_columns()[:6]  # number, applied, borrower, department, files, due back
    return [
        *keep,
        Column(lambda: QCoreApplication.translate("LendingColumns", "Level"), _level_of),
        Column(
            lambda: QCoreApplication.translate("LendingColumns", "Purpose"), lambda r: r.purpose
        ),
        Column(lambda: QCoreApplication.translate("LendingColumns", "Reason"), lambda r: r.reason),
    ]
