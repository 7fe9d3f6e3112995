"""Words for the archive lending room: states, levels, contents, conditions, and the refusals of
the archive services worded for the desk (anything not known here falls back to ui/messages.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError, ValidationError
from ui.labels import confidentiality_text
from ui.messages import error_text


def loan_state_texts() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("LendingMessages", "Awaiting approval"),
        "refused": QCoreApplication.translate("LendingMessages", "Refused"),
        "approved": QCoreApplication.translate("LendingMessages", "Approved, ready to lend"),
        "lent": QCoreApplication.translate("LendingMessages", "Out on loan"),
        "returned": QCoreApplication.translate("LendingMessages", "Returned, written off"),
    }


def stage_texts() -> dict[str, str]:
    return {
        "department": QCoreApplication.translate("LendingMessages", "Department head"),
        "archive": QCoreApplication.translate("LendingMessages", "Archive keeper"),
        "general_manager": QCoreApplication.translate("LendingMessages", "General manager"),
    }


def content_texts() -> dict[str, str]:
    return {
        "id_copy": QCoreApplication.translate("LendingMessages", "ID copy"),
        "contract": QCoreApplication.translate("LendingMessages", "Contract"),
        "signed_forms": QCoreApplication.translate("LendingMessages", "Signed forms"),
        "receipts": QCoreApplication.translate("LendingMessages", "Receipts"),
        "other": QCoreApplication.translate("LendingMessages", "Other"),
    }


def condition_texts() -> dict[str, str]:
    return {
        "complete": QCoreApplication.translate("LendingMessages", "Complete"),
        "damaged": QCoreApplication.translate("LendingMessages", "Damaged"),
        "missing_pages": QCoreApplication.translate("LendingMessages", "Missing pages"),
    }


def method_texts() -> dict[str, str]:
    return {
        "shred": QCoreApplication.translate("LendingMessages", "Shredded"),
        "pulp": QCoreApplication.translate("LendingMessages", "Pulped"),
        "incinerate": QCoreApplication.translate("LendingMessages", "Incinerated"),
    }


def item_state_texts() -> dict[str, str]:
    return {
        "in": QCoreApplication.translate("LendingMessages", "In the archive"),
        "out": QCoreApplication.translate("LendingMessages", "Out on loan"),
        "destroyed": QCoreApplication.translate("LendingMessages", "Destroyed"),
    }


def request_state_texts() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("LendingMessages", "Awaiting approval"),
        "approved": QCoreApplication.translate("LendingMessages", "Approved"),
        "refused": QCoreApplication.translate("LendingMessages", "Refused"),
        "proposed": QCoreApplication.translate("LendingMessages", "Proposed"),
        "destroyed": QCoreApplication.translate("LendingMessages", "Destroyed"),
    }


def text_of(table: dict[str, str], code: str) -> str:
    return table.get(code, code)


def contents_text(codes: Iterable[str]) -> str:
    return "、".join(text_of(content_texts(), c) for c in codes)


def level_text(level: str) -> str:
    """普通 stays quiet; 机密 / 绝密 are marked wherever a file is listed."""
    return confidentiality_text(level)


def _field_texts() -> dict[tuple[str, str], str]:
    return {
        ("due_on", "beyond_limit"): QCoreApplication.translate(
            "LendingMessages", "The return date may be at most {days} days from today."
        ),
        ("due_on", "in_past"): QCoreApplication.translate(
            "LendingMessages", "The return date lies in the past."
        ),
        ("due_on", "not_later"): QCoreApplication.translate(
            "LendingMessages", "A renewal must move the return date later."
        ),
        ("department", "required"): QCoreApplication.translate(
            "LendingMessages", "Please give the department."
        ),
        ("purpose", "required"): QCoreApplication.translate(
            "LendingMessages", "Please give the purpose."
        ),
        ("reason", "required"): QCoreApplication.translate(
            "LendingMessages", "Please give a reason."
        ),
        ("note", "required"): QCoreApplication.translate(
            "LendingMessages", "Please give a reason (a refusal or a damaged file needs one)."
        ),
        ("lines", "required"): QCoreApplication.translate(
            "LendingMessages", "Choose at least one file from the catalogue."
        ),
        ("lines", "too_many"): QCoreApplication.translate(
            "LendingMessages", "At most 8 files fit on one lending slip."
        ),
        ("lines", "duplicate"): QCoreApplication.translate(
            "LendingMessages", "The same file is chosen twice."
        ),
        ("item", "destroyed"): QCoreApplication.translate(
            "LendingMessages", "This file has been destroyed."
        ),
        ("item", "not_found"): QCoreApplication.translate(
            "LendingMessages", "This file is not in the catalogue."
        ),
        ("copies", "out_of_range"): QCoreApplication.translate(
            "LendingMessages", "More copies than the archive holds of this file."
        ),
        ("contents", "required"): QCoreApplication.translate(
            "LendingMessages", "Tick what the file contains."
        ),
        ("shelf", "required"): QCoreApplication.translate(
            "LendingMessages", "Give the shelf location."
        ),
        ("received_on", "in_future"): QCoreApplication.translate(
            "LendingMessages", "The date received lies in the future."
        ),
        ("customer", "not_found"): QCoreApplication.translate(
            "LendingMessages", "Choose a customer file first."
        ),
        ("customer", "not_confidential"): QCoreApplication.translate(
            "LendingMessages", "This file is not confidential: no request needed."
        ),
        ("customer", "retention_not_ended"): QCoreApplication.translate(
            "LendingMessages", "This file's retention has not ended yet."
        ),
        ("customer", "no_paper_file"): QCoreApplication.translate(
            "LendingMessages", "This customer has no paper file in the archive."
        ),
        ("missing", "required"): QCoreApplication.translate(
            "LendingMessages", "Say what is missing."
        ),
        ("items", "required"): QCoreApplication.translate(
            "LendingMessages", "Add at least one file to the handover."
        ),
        ("signature", "required"): QCoreApplication.translate(
            "LendingMessages",
            'The borrower has not signed: sign on the pad or tick "signed on paper".',
        ),
        ("signature", "invalid"): QCoreApplication.translate(
            "LendingMessages", "The signature could not be read; please sign again."
        ),
        ("condition", "not_on_loan"): QCoreApplication.translate(
            "LendingMessages", "This file is not on this loan."
        ),
        ("resolution", "required"): QCoreApplication.translate(
            "LendingMessages", "Please describe how it was resolved."
        ),
        ("hours", "out_of_range"): QCoreApplication.translate(
            "LendingMessages", "Between 1 and 72 hours."
        ),
        ("last", "before_first"): QCoreApplication.translate(
            "LendingMessages", "The period ends before it starts."
        ),
        ("witnessed_by", "same_person"): QCoreApplication.translate(
            "LendingMessages", "The witness must be someone else."
        ),
        ("destroyed_on", "in_future"): QCoreApplication.translate(
            "LendingMessages", "The date lies in the future."
        ),
        ("method", "invalid"): QCoreApplication.translate(
            "LendingMessages", "Choose how the file is destroyed."
        ),
        ("month", "invalid"): QCoreApplication.translate("LendingMessages", "Choose a month."),
    }


def _code_texts() -> dict[str, str]:
    return {
        "borrower_overdue": QCoreApplication.translate(
            "LendingMessages", "A loan of this borrower is overdue: it must come back first."
        ),
        "nothing_to_decide": QCoreApplication.translate(
            "LendingMessages", "Nothing waits for a decision on this application."
        ),
        "own_application": QCoreApplication.translate(
            "LendingMessages", "No one may approve their own application."
        ),
        "already_decided": QCoreApplication.translate(
            "LendingMessages", "You have already decided at another level of this application."
        ),
        "not_borrower": QCoreApplication.translate(
            "LendingMessages", "Only the borrower may ask for a renewal."
        ),
        "not_lent": QCoreApplication.translate("LendingMessages", "This loan is not out."),
        "renewal_used": QCoreApplication.translate(
            "LendingMessages", "A loan may be renewed only once."
        ),
        "not_approved": QCoreApplication.translate(
            "LendingMessages", "This application is not fully approved."
        ),
        "item_out": QCoreApplication.translate(
            "LendingMessages", "A file of this loan is already out."
        ),
        "item_destroyed": QCoreApplication.translate(
            "LendingMessages", "A file of this loan has been destroyed."
        ),
        "incident_closed": QCoreApplication.translate(
            "LendingMessages", "This incident is already closed."
        ),
        "already_proposed": QCoreApplication.translate(
            "LendingMessages", "A destruction of this file is already proposed."
        ),
        "already_approved": QCoreApplication.translate(
            "LendingMessages", "This approval has already been given."
        ),
        "same_approver": QCoreApplication.translate(
            "LendingMessages", "The archive keeper and the manager must be two different people."
        ),
        "needs_both_approvals": QCoreApplication.translate(
            "LendingMessages",
            "The destruction needs the archive keeper's and a manager's approval first.",
        ),
        "destruction_refused": QCoreApplication.translate(
            "LendingMessages", "This destruction was refused."
        ),
        "destruction_destroyed": QCoreApplication.translate(
            "LendingMessages", "This file has already been destroyed."
        ),
        "not_destroyed": QCoreApplication.translate(
            "LendingMessages", "The record is printed once the destruction is carried out."
        ),
    }


def lending_error_text(error: Exception, days: int = 3) -> str:
    """The archive's wording first, then the desk's general one; `days` is the loan limit."""
    if isinstance(error, ValidationError):
        text = _field_texts().get((error.field, error.code))
        return text.format(days=days) if text is not None else error_text(error)
    if isinstance(error, DomainError) and error.code in _code_texts():
        return _code_texts()[error.code]
    return error_text(error)
