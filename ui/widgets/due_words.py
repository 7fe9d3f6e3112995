"""Words of the "overdue and due soon" list: rooms, deadlines, reminder steps, and each room's
item titles (rooms send codes; a room adds its own entry to TITLE_WORDS)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.reminders.board import DueItem
from ui.complaints.complaint_words import category_texts, text_of
from ui.repairs.repair_messages import category_texts as repair_category_texts


def _complaint_title(code: str) -> str:
    return text_of(category_texts(), code)


def _repair_title(code: str) -> str:
    return text_of(repair_category_texts(), code)


# How each room's titles are worded (complaints and repairs send their category code).
TITLE_WORDS: dict[str, Callable[[str], str]] = {
    "complaint": _complaint_title,
    "repair": _repair_title,
}


def title_text(item: DueItem) -> str:
    words = TITLE_WORDS.get(item.source)
    return words(item.title) if words is not None else item.title


def short_time(moment: datetime) -> str:
    """Local minutes are precise enough for a deadline."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def source_text(source: str) -> str:
    return {
        "complaint": QCoreApplication.translate("DueList", "Complaint"),
        "repair": QCoreApplication.translate("DueList", "Repair"),
        "loan": QCoreApplication.translate("DueList", "Archive loan"),
    }.get(source, source)


def deadline_text(deadline: str) -> str:
    return {
        "first_response": QCoreApplication.translate("DueList", "First response"),
        "close": QCoreApplication.translate("DueList", "Close the card"),
        "plan": QCoreApplication.translate("DueList", "Handling plan (major)"),
        "promised_reply": QCoreApplication.translate("DueList", "Promised reply"),
        "major": QCoreApplication.translate("DueList", "Major complaint alert"),
        "followup": QCoreApplication.translate("DueList", "Follow-up call"),
        "return": QCoreApplication.translate("DueList", "Return"),
        "appointment": QCoreApplication.translate("DueList", "Appointment"),
        "dispatch": QCoreApplication.translate("DueList", "Send a technician"),
        "arrival": QCoreApplication.translate("DueList", "Technician to arrive"),
        "complete": QCoreApplication.translate("DueList", "Completion"),
    }.get(deadline, deadline)


def step_text(step: str) -> str:
    """Reminder steps: 50 / 80 / 100 (% of the time used), overdue-<n> for each later day."""
    if step.isdigit():
        return QCoreApplication.translate("DueList", "{n}% of the time used").format(n=step)
    if step.startswith("overdue"):
        return QCoreApplication.translate("DueList", "Still overdue")
    if step in ("now", "due"):
        return QCoreApplication.translate("DueList", "Now")
    if step == "soon":
        return QCoreApplication.translate("DueList", "Soon")
    if step == "late":
        return QCoreApplication.translate("DueList", "Late")
    return step
