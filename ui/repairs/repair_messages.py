"""Words for the repairs room: states, categories, urgency, specialties, and the refusals of the
repair services worded for the desk (anything not known here falls back to ui/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError, ValidationError
from ui.messages import error_text


def state_texts() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("RepairMessages", "New"),
        "scheduled": QCoreApplication.translate("RepairMessages", "Scheduled"),
        "in_progress": QCoreApplication.translate("RepairMessages", "In progress"),
        "waiting_parts": QCoreApplication.translate("RepairMessages", "Waiting for parts"),
        "done": QCoreApplication.translate("RepairMessages", "Done"),
        "checked": QCoreApplication.translate("RepairMessages", "Checked"),
        "closed": QCoreApplication.translate("RepairMessages", "Closed"),
        "cancelled": QCoreApplication.translate("RepairMessages", "Cancelled"),
    }


def category_texts() -> dict[str, str]:
    return {
        "locker": QCoreApplication.translate("RepairMessages", "Locker"),
        "equipment": QCoreApplication.translate("RepairMessages", "Equipment"),
        "room": QCoreApplication.translate("RepairMessages", "Room"),
        "facility": QCoreApplication.translate("RepairMessages", "Facility"),
        "other": QCoreApplication.translate("RepairMessages", "Other"),
    }


def urgency_texts() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("RepairMessages", "Low"),
        "normal": QCoreApplication.translate("RepairMessages", "Normal"),
        "urgent": QCoreApplication.translate("RepairMessages", "Urgent"),
    }


def via_texts() -> dict[str, str]:
    return {
        "desk": QCoreApplication.translate("RepairMessages", "At the desk"),
        "phone": QCoreApplication.translate("RepairMessages", "By phone"),
        "verbal": QCoreApplication.translate("RepairMessages", "Told to engineering"),
    }


def specialty_texts() -> dict[str, str]:
    return {
        "electrical": QCoreApplication.translate("RepairMessages", "Electrical"),
        "plumbing": QCoreApplication.translate("RepairMessages", "Plumbing"),
        "carpentry": QCoreApplication.translate("RepairMessages", "Carpentry"),
        "locks": QCoreApplication.translate("RepairMessages", "Locks"),
        "hvac": QCoreApplication.translate("RepairMessages", "Air conditioning"),
        "equipment": QCoreApplication.translate("RepairMessages", "Equipment"),
        "general": QCoreApplication.translate("RepairMessages", "General"),
    }


def event_texts() -> dict[str, str]:
    return {
        "state": QCoreApplication.translate("RepairMessages", "State changed"),
        "dispatch": QCoreApplication.translate("RepairMessages", "Dispatched"),
        "arrive": QCoreApplication.translate("RepairMessages", "Arrived on site"),
        "reschedule": QCoreApplication.translate("RepairMessages", "New time agreed"),
        "fee": QCoreApplication.translate("RepairMessages", "Fees"),
        "photo": QCoreApplication.translate("RepairMessages", "Photo"),
        "sign": QCoreApplication.translate("RepairMessages", "Signed"),
        "check": QCoreApplication.translate("RepairMessages", "Checked"),
        "followup": QCoreApplication.translate("RepairMessages", "Follow-up call"),
    }


def layout_texts() -> dict[str, str]:
    return {
        "sheet": QCoreApplication.translate("RepairMessages", "One A4 sheet with cut lines"),
        "pages": QCoreApplication.translate("RepairMessages", "Three A4 pages"),
    }


def text_of(table: dict[str, str], code: str) -> str:
    return table.get(code, code)


def late_text(late: bool | None) -> str:
    if late is None:
        return ""
    return (
        QCoreApplication.translate("RepairMessages", "Late")
        if late
        else QCoreApplication.translate("RepairMessages", "On time")
    )


def _field_texts() -> dict[tuple[str, str], str]:
    return {
        ("appointment_start", "in_past"): QCoreApplication.translate(
            "RepairMessages", "The appointment lies in the past: agree a time from now on."
        ),
        ("appointment_end", "before_start"): QCoreApplication.translate(
            "RepairMessages", "The window must end after it starts."
        ),
        ("new_end", "before_start"): QCoreApplication.translate(
            "RepairMessages", "The new window must end after it starts."
        ),
        ("new_start", "in_past"): QCoreApplication.translate(
            "RepairMessages", "The new time lies in the past."
        ),
        ("location", "required"): QCoreApplication.translate(
            "RepairMessages", "Please fill in the place and item."
        ),
        ("fault", "required"): QCoreApplication.translate(
            "RepairMessages", "Please describe what is wrong."
        ),
        ("reschedule_reason", "required"): QCoreApplication.translate(
            "RepairMessages", "A new time needs the reason the customer gave."
        ),
        ("reason", "required"): QCoreApplication.translate(
            "RepairMessages", "Please give a reason."
        ),
        ("work_done", "required"): QCoreApplication.translate(
            "RepairMessages", "Please describe the work done."
        ),
        ("technician_id", "not_found"): QCoreApplication.translate(
            "RepairMessages", "Choose a technician from the list."
        ),
        ("technician_id", "required"): QCoreApplication.translate(
            "RepairMessages", "Choose a technician from the list."
        ),
        ("fee_item_id", "not_in_standard"): QCoreApplication.translate(
            "RepairMessages",
            'This item is not in the fee standard; add it as "other" with a manager\'s approval.',
        ),
        ("quantity_milli", "out_of_range"): QCoreApplication.translate(
            "RepairMessages", "Enter a quantity above zero."
        ),
        ("other_name", "required"): QCoreApplication.translate(
            "RepairMessages", 'Name the "other" item.'
        ),
        ("other_unit", "required"): QCoreApplication.translate(
            "RepairMessages", 'Give the unit of the "other" item.'
        ),
        ("other_price_fen", "out_of_range"): QCoreApplication.translate(
            "RepairMessages", 'Enter the price of the "other" item.'
        ),
        ("fee_limit_fen", "negative"): QCoreApplication.translate(
            "RepairMessages", "The cost limit cannot be negative."
        ),
        ("fee_limit_fen", "below_total"): QCoreApplication.translate(
            "RepairMessages", "The cost limit lies below the fees shown: ask the customer again."
        ),
        ("fees", "not_proposed"): QCoreApplication.translate(
            "RepairMessages", "Show the customer the fee items first."
        ),
        ("fees", "other_not_approved"): QCoreApplication.translate(
            "RepairMessages",
            'An "other" fee item waits for a manager\'s approval before the customer can agree.',
        ),
        ("fees", "not_agreed"): QCoreApplication.translate(
            "RepairMessages", "The customer has not agreed the fees yet."
        ),
        ("signature", "required"): QCoreApplication.translate(
            "RepairMessages",
            'The customer has not signed: sign on the pad or tick "signed on paper".',
        ),
        ("effective_from", "in_past"): QCoreApplication.translate(
            "RepairMessages", "A new fee standard takes effect today or later."
        ),
        ("items", "required"): QCoreApplication.translate(
            "RepairMessages", "A fee standard needs at least one item."
        ),
        ("code", "duplicate"): QCoreApplication.translate(
            "RepairMessages", "Two items have the same code."
        ),
        ("code", "invalid"): QCoreApplication.translate(
            "RepairMessages", "Each item needs a code of at most 16 characters."
        ),
        ("name", "required"): QCoreApplication.translate(
            "RepairMessages", "Please fill in the name."
        ),
        ("unit", "required"): QCoreApplication.translate(
            "RepairMessages", "Each item needs its unit."
        ),
        ("price_fen", "negative"): QCoreApplication.translate(
            "RepairMessages", "A price cannot be negative."
        ),
        ("price_fen", "invalid"): QCoreApplication.translate(
            "RepairMessages", "Enter the price in yuan, e.g. 120.00."
        ),
        ("specialties", "required"): QCoreApplication.translate(
            "RepairMessages", "Tick at least one specialty."
        ),
        ("month", "invalid"): QCoreApplication.translate("RepairMessages", "Choose a month."),
        ("line_id", "not_found"): QCoreApplication.translate(
            "RepairMessages", "This fee line no longer exists."
        ),
        ("line_id", "not_other"): QCoreApplication.translate(
            "RepairMessages", 'Only "other" items need an approval.'
        ),
        ("number_prefix", "invalid"): QCoreApplication.translate(
            "RepairMessages", "Use 1 to 6 letters or digits, e.g. WX."
        ),
        ("number", "not_found"): QCoreApplication.translate(
            "RepairMessages", "No repair order has this number."
        ),
        ("arrived_at", "in_future"): QCoreApplication.translate(
            "RepairMessages", "The arrival time lies in the future."
        ),
        ("arrived_at", "before_reported"): QCoreApplication.translate(
            "RepairMessages", "The arrival time lies before the order was reported."
        ),
        ("arrived_at", "required"): QCoreApplication.translate(
            "RepairMessages", "Record the technician's arrival first."
        ),
        ("new_start", "required"): QCoreApplication.translate(
            "RepairMessages", "Give the new time agreed with the customer."
        ),
        ("new_end", "required"): QCoreApplication.translate(
            "RepairMessages", "Give the new time agreed with the customer."
        ),
        ("parts", "too_long"): QCoreApplication.translate(
            "RepairMessages", "The list of parts is too long."
        ),
        ("signature", "invalid"): QCoreApplication.translate(
            "RepairMessages", "The signature could not be read; please sign again."
        ),
        ("check", "required"): QCoreApplication.translate(
            "RepairMessages", "The supervisor has not checked the work yet."
        ),
        ("customer_id", "not_found"): QCoreApplication.translate(
            "RepairMessages", "This customer file no longer exists."
        ),
        ("content", "too_large"): QCoreApplication.translate(
            "RepairMessages", "The photo is larger than 10 MB."
        ),
        ("content", "required"): QCoreApplication.translate(
            "RepairMessages", "The photo file is empty."
        ),
        ("followup", "not_drawn"): QCoreApplication.translate(
            "RepairMessages", "This order was not drawn for a follow-up call."
        ),
    }


def _code_texts() -> dict[str, str]:
    return {
        "repair_not_found": QCoreApplication.translate(
            "RepairMessages", "This repair order no longer exists."
        ),
        "fee_standard_not_found": QCoreApplication.translate(
            "RepairMessages", "This fee standard version no longer exists."
        ),
        "repair_wrong_state": QCoreApplication.translate(
            "RepairMessages", "This step does not fit the order's state; reload it."
        ),
        "photo_not_found": QCoreApplication.translate(
            "RepairMessages", "This photo no longer exists."
        ),
    }


def repair_field_text(field: str, code: str) -> str:
    text = _field_texts().get((field, code))
    if text is not None:
        return text
    return error_text(ValidationError(field, code))


def repair_error_text(error: Exception) -> str:
    """The repairs room's wording first, then the desk's general one."""
    if isinstance(error, ValidationError):
        return repair_field_text(error.field, error.code)
    if isinstance(error, DomainError) and error.code in _code_texts():
        return _code_texts()[error.code]
    return error_text(error)
