"""Words for the complaints room's codes: kinds, channels, states, categories, departments,
requests, deadlines, events. A venue's own list entry (not a code) is shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a plain name lupdate finds


def kind_texts() -> dict[str, str]:
    return {
        "complaint": translate("ComplaintMessages", "Complaint"),
        "suggestion": translate("ComplaintMessages", "Suggestion"),
        "praise": translate("ComplaintMessages", "Praise"),
    }


def channel_texts() -> dict[str, str]:
    return {
        "phone": translate("ComplaintMessages", "Phone"),
        "in_person": translate("ComplaintMessages", "In person"),
        "email": translate("ComplaintMessages", "Email"),
        "suggestion_box": translate("ComplaintMessages", "Suggestion box"),
        "online_review": translate("ComplaintMessages", "Online review"),
        "letter": translate("ComplaintMessages", "Letter"),
    }


def state_texts() -> dict[str, str]:
    return {
        "received": translate("ComplaintMessages", "Received"),
        "investigating": translate("ComplaintMessages", "Investigating"),
        "handling": translate("ComplaintMessages", "Handling"),
        "waiting_customer": translate("ComplaintMessages", "Waiting for customer"),
        "replied": translate("ComplaintMessages", "Replied"),
        "following_up": translate("ComplaintMessages", "Following up"),
        "closed": translate("ComplaintMessages", "Closed"),
        "reopened": translate("ComplaintMessages", "Reopened"),
    }


def category_texts() -> dict[str, str]:
    return {
        "service_attitude": translate("ComplaintMessages", "Service attitude"),
        "facilities": translate("ComplaintMessages", "Facilities"),
        "hygiene": translate("ComplaintMessages", "Hygiene"),
        "price_billing": translate("ComplaintMessages", "Price / billing"),
        "safety": translate("ComplaintMessages", "Safety"),
        "staff_conduct": translate("ComplaintMessages", "Staff conduct"),
        "other": translate("ComplaintMessages", "Other"),
    }


def department_texts() -> dict[str, str]:
    return {
        "front_desk": translate("ComplaintMessages", "Front desk"),
        "housekeeping": translate("ComplaintMessages", "Housekeeping"),
        "food_beverage": translate("ComplaintMessages", "Food and beverage"),
        "recreation": translate("ComplaintMessages", "Recreation"),
        "engineering": translate("ComplaintMessages", "Engineering"),
        "security": translate("ComplaintMessages", "Security"),
        "finance": translate("ComplaintMessages", "Finance"),
        "other": translate("ComplaintMessages", "Other"),
    }


def request_texts() -> dict[str, str]:
    return {
        "apology": translate("ComplaintMessages", "Apology"),
        "refund": translate("ComplaintMessages", "Refund"),
        "compensation": translate("ComplaintMessages", "Compensation"),
        "repair": translate("ComplaintMessages", "Repair"),
        "exchange": translate("ComplaintMessages", "Exchange"),
        "explanation": translate("ComplaintMessages", "Explanation"),
    }


def major_reason_texts() -> dict[str, str]:
    return {
        "repeat": translate("ComplaintMessages", "Repeated complaint"),
        "media": translate("ComplaintMessages", "Threat to go to the media or authorities"),
        "injury": translate("ComplaintMessages", "Injury or safety"),
        "manager": translate("ComplaintMessages", "Manager's judgement"),
    }


def severity_texts() -> dict[str, str]:
    return {
        "normal": translate("ComplaintMessages", "Normal"),
        "major": translate("ComplaintMessages", "Major"),
    }


def reply_method_texts() -> dict[str, str]:
    return {
        "phone": translate("ComplaintMessages", "Phone"),
        "in_person": translate("ComplaintMessages", "In person"),
        "email": translate("ComplaintMessages", "Email"),
        "letter": translate("ComplaintMessages", "Letter"),
        "sms": translate("ComplaintMessages", "Text message"),
        "online": translate("ComplaintMessages", "Online"),
    }


def followup_method_texts() -> dict[str, str]:
    return {
        "call": translate("ComplaintMessages", "Follow-up call"),
        "visit": translate("ComplaintMessages", "Visit"),
    }


def deadline_texts() -> dict[str, str]:
    return {
        "first_response": translate("ComplaintMessages", "First response"),
        "plan": translate("ComplaintMessages", "Handling plan (major)"),
        "close": translate("ComplaintMessages", "Close the card"),
        "promised_reply": translate("ComplaintMessages", "Reply promised to the customer"),
    }


def deadline_state_texts() -> dict[str, str]:
    return {
        "open": translate("ComplaintMessages", "Running"),
        "paused": translate("ComplaintMessages", "Paused (waiting for customer)"),
        "overdue": translate("ComplaintMessages", "Overdue"),
        "met": translate("ComplaintMessages", "Met on time"),
        "late": translate("ComplaintMessages", "Met late"),
    }


def event_kind_texts() -> dict[str, str]:
    return {
        "state": translate("ComplaintMessages", "State change"),
        "note": translate("ComplaintMessages", "Note"),
        "assign": translate("ComplaintMessages", "Assigned"),
        "approve": translate("ComplaintMessages", "Compensation approved"),
        "major": translate("ComplaintMessages", "Marked major"),
        "record": translate("ComplaintMessages", "Recorded"),
    }


def section_texts() -> dict[str, str]:
    """The card's sections, named by "record" events."""
    return {
        "plan": translate("ComplaintMessages", "Handling plan"),
        "investigation": translate("ComplaintMessages", "Investigation report"),
        "remedy": translate("ComplaintMessages", "Remedy"),
        "reply": translate("ComplaintMessages", "Reply to the customer"),
        "followup": translate("ComplaintMessages", "Follow-up"),
    }


def text_of(texts: dict[str, str], code: str) -> str:
    """A code's words; a venue's own entry (a category typed by a manager) is shown as typed."""
    return texts.get(code, code)
