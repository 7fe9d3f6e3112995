"""The complaints room's refusals worded for the desk; anything unknown here falls back to
ui/messages.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError, ValidationError
from ui.messages import error_text, field_error_text

translate = QCoreApplication.translate  # a plain name lupdate finds


def _field_texts() -> dict[tuple[str, str], str]:
    return {
        ("summary", "required"): translate("ComplaintMessages", "Please describe what happened."),
        ("channel", "required"): translate(
            "ComplaintMessages", "Choose how the complaint came in."
        ),
        ("category", "required"): translate("ComplaintMessages", "Choose a category."),
        ("complainant", "required"): translate(
            "ComplaintMessages", "Choose a customer file, type a contact name, or tick Anonymous."
        ),
        ("contact_name", "required"): translate(
            "ComplaintMessages", "Please fill in the contact's name."
        ),
        ("contact_phone", "invalid"): translate(
            "ComplaintMessages", "This is not a valid phone number."
        ),
        ("contact_phone", "missing_area_code"): translate(
            "ComplaintMessages", "A landline needs its area code, e.g. 021-58881234."
        ),
        ("customer_id", "not_found"): translate(
            "ComplaintMessages", "This customer file no longer exists."
        ),
        ("promised_reply_at", "before_received"): translate(
            "ComplaintMessages", "The promised reply time lies before the intake time."
        ),
        ("promised_reply_at", "required"): translate(
            "ComplaintMessages", "Fill in the reply time promised to the customer."
        ),
        ("received_at", "in_future"): translate(
            "ComplaintMessages", "The intake time lies in the future."
        ),
        ("major_reasons", "required"): translate(
            "ComplaintMessages", "A major complaint needs at least one reason."
        ),
        ("handler_id", "staff_concerned"): translate(
            "ComplaintMessages",
            "A complaint about a staff member is never assigned to that staff member.",
        ),
        ("handler_id", "not_found"): translate(
            "ComplaintMessages", "This staff member no longer exists."
        ),
        ("staff_concerned_id", "not_found"): translate(
            "ComplaintMessages", "This staff member no longer exists."
        ),
        ("requests", "invalid"): translate(
            "ComplaintMessages", "Choose what the customer asks for from the list."
        ),
        ("plan", "required"): translate("ComplaintMessages", "Please write the handling plan."),
        ("conclusion", "required"): translate("ComplaintMessages", "Please write the conclusion."),
        ("cause", "required"): translate("ComplaintMessages", "Please write the cause."),
        ("decision", "required"): translate(
            "ComplaintMessages", "Please write the remedy decided."
        ),
        ("compensation_fen", "invalid"): translate(
            "ComplaintMessages", "Enter the compensation in yuan, e.g. 200.00."
        ),
        ("compensation_fen", "negative"): translate(
            "ComplaintMessages", "Compensation cannot be negative."
        ),
        ("content", "required"): translate(
            "ComplaintMessages", "Please write what was said to the customer."
        ),
        ("method", "required"): translate("ComplaintMessages", "Choose how it was done."),
        ("satisfaction", "out_of_range"): translate(
            "ComplaintMessages", "Satisfaction lies between 1 and 5."
        ),
        ("result", "required"): translate(
            "ComplaintMessages", "Please write the result of the follow-up."
        ),
        ("replied_at", "in_future"): translate(
            "ComplaintMessages", "The reply time lies in the future."
        ),
        ("replied_at", "before_received"): translate(
            "ComplaintMessages", "The reply time lies before the intake time."
        ),
        ("at", "before_received"): translate(
            "ComplaintMessages", "The follow-up time lies before the intake time."
        ),
        ("at", "in_future"): translate(
            "ComplaintMessages", "The follow-up time lies in the future."
        ),
        ("complainant", "conflict"): translate(
            "ComplaintMessages", "Choose only one: a customer file, a new contact, or anonymous."
        ),
        ("handler_id", "not_a_handler"): translate(
            "ComplaintMessages", "This staff member's role may not handle complaints."
        ),
        ("severity", "complaints_only"): translate(
            "ComplaintMessages", "Only a complaint can be major, not a suggestion or praise."
        ),
        ("severity", "must_be_major"): translate(
            "ComplaintMessages", "Major reasons apply to a major complaint only."
        ),
        ("reply", "required"): translate(
            "ComplaintMessages", "The card cannot be closed before the customer has had a reply."
        ),
        ("investigation", "required"): translate(
            "ComplaintMessages",
            "A major complaint cannot be closed without an investigation report.",
        ),
        ("compensation_fen", "needs_approval"): translate(
            "ComplaintMessages",
            "The compensation is above the limit: a duty manager must approve it first.",
        ),
        ("number", "not_found"): translate(
            "ComplaintMessages", "No complaint card has this number."
        ),
        ("complaint_id", "not_found"): translate(
            "ComplaintMessages", "This complaint card no longer exists."
        ),
        ("note", "required"): translate("ComplaintMessages", "Please write a note."),
        ("facts", "required"): translate(
            "ComplaintMessages", "Please write what happened, as found."
        ),
        ("business_end", "before_start"): translate(
            "ComplaintMessages", "Business hours end before they start."
        ),
        ("working_days", "invalid"): translate(
            "ComplaintMessages", "Tick at least one working day."
        ),
        ("holidays", "invalid"): translate(
            "ComplaintMessages", "Write each holiday as YYYY-MM-DD, one per line."
        ),
        ("compensation_limit_fen", "negative"): translate(
            "ComplaintMessages", "The limit cannot be negative."
        ),
        ("followup_after_days", "negative"): translate(
            "ComplaintMessages", "The number of days cannot be negative."
        ),
        ("satisfied_min", "out_of_range"): translate(
            "ComplaintMessages", "Choose a score between 1 and 5."
        ),
        ("categories", "required"): translate("ComplaintMessages", "Keep at least one category."),
        ("departments", "required"): translate(
            "ComplaintMessages", "Keep at least one department."
        ),
    }


def _code_texts() -> dict[str, str]:
    return {
        "complaint_not_found": translate("ComplaintMessages", "No complaint card has this number."),
        "wrong_state": translate(
            "ComplaintMessages", "This step does not fit the card's current state."
        ),
        "needs_reply": translate(
            "ComplaintMessages", "The card cannot be closed before the customer has had a reply."
        ),
        "needs_investigation": translate(
            "ComplaintMessages",
            "A major complaint cannot be closed without an investigation report.",
        ),
        "needs_plan": translate(
            "ComplaintMessages", "A major complaint needs a handling plan first."
        ),
        "needs_approval": translate(
            "ComplaintMessages",
            "The compensation is above the limit: a duty manager must approve it first.",
        ),
        "not_paused": translate("ComplaintMessages", "The card is not waiting for the customer."),
        "already_paused": translate(
            "ComplaintMessages", "The card is already waiting for the customer."
        ),
        "staff_concerned": translate(
            "ComplaintMessages", "This complaint is about you: another staff member handles it."
        ),
        "already_major": translate("ComplaintMessages", "This card is already a major complaint."),
        "no_approval_needed": translate(
            "ComplaintMessages", "There is no compensation waiting for approval."
        ),
        "already_closed": translate("ComplaintMessages", "This card is already closed."),
    }


def complaint_field_text(field: str, code: str) -> str:
    return _field_texts().get((field, code)) or field_error_text(field, code)


def complaint_error_text(error: Exception) -> str:
    """The room's own wording first, then the shared one."""
    if isinstance(error, ValidationError):
        return complaint_field_text(error.field, error.code)
    if isinstance(error, DomainError) and error.code in _code_texts():
        return _code_texts()[error.code]
    return error_text(error)
