"""Which steps a card offers in its state to the signed-in role, and running each: ask with the
step's dialog, call the service, hand back the card as it is afterwards (None if cancelled)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.complaints.schemas import ComplaintRecord, ComplaintSettings, PlanInput
from app.errors import DomainError
from app.security.permissions import Permission
from app.services import Services
from ui.complaints.complaint_fields import service_now
from ui.complaints.handling_dialogs import (
    ComplaintFollowUpDialog,
    InvestigationDialog,
    RemedyDialog,
    ReplyDialog,
)
from ui.complaints.stage_dialogs import AssignDialog, MajorDialog, NoteDialog, PlanDialog

translate = QCoreApplication.translate  # a plain name lupdate finds
HANDLE = Permission.HANDLE_COMPLAINT
# The steps each state offers, in the order the buttons show them.
STATE_ACTIONS: dict[str, tuple[str, ...]] = {
    "received": ("start", "investigation", "plan", "assign", "major", "wait"),
    "reopened": ("start", "investigation", "plan", "assign", "major", "wait"),
    "investigating": ("investigation", "remedy", "reply", "plan", "assign", "major", "wait"),
    "handling": ("remedy", "approve", "reply", "investigation", "plan", "assign", "major", "wait"),
    "waiting_customer": ("resume",),
    "replied": ("close", "reopen", "wait"),
    "following_up": ("followup", "reopen"),
    "closed": ("followup", "reopen"),
}
RECORDER_ACTIONS = ("note", "print")  # anyone who may record a card


def action_texts() -> dict[str, str]:
    """Button texts of the steps, with their Alt keys."""
    return {
        "start": translate("ComplaintActions", "&Start investigation..."),
        "investigation": translate("ComplaintActions", "In&vestigation report..."),
        "plan": translate("ComplaintActions", "Handling &plan..."),
        "assign": translate("ComplaintActions", "&Assign handler..."),
        "major": translate("ComplaintActions", "Mark ma&jor..."),
        "remedy": translate("ComplaintActions", "Re&medy..."),
        "approve": translate("ComplaintActions", "A&pprove compensation"),
        "reply": translate("ComplaintActions", "Rep&ly to customer..."),
        "wait": translate("ComplaintActions", "&Wait for customer..."),
        "resume": translate("ComplaintActions", "Res&ume..."),
        "close": translate("ComplaintActions", "&Close case..."),
        "followup": translate("ComplaintActions", "&Follow-up..."),
        "reopen": translate("ComplaintActions", "Re&open..."),
        "note": translate("ComplaintActions", "Add &note..."),
        "print": translate("ComplaintActions", "Print car&d..."),
    }


def role_actions(can_handle: bool, can_approve: bool) -> list[str]:
    """Every step the signed-in role could ever take, in button order."""
    keys = dict.fromkeys(k for steps in STATE_ACTIONS.values() for k in steps) if can_handle else {}
    if not can_approve:
        keys.pop("approve", None)
    return [*keys, *RECORDER_ACTIONS]


def available_actions(
    record: ComplaintRecord | None, can_handle: bool, can_approve: bool
) -> tuple[str, ...]:
    """The buttons to show for `record`: handling steps only for handlers, the approval only
    for managers and only while compensation waits for it."""
    if record is None:
        return ()
    steps = list(STATE_ACTIONS.get(record.state, ())) if can_handle else []
    if "approve" in steps and not (can_approve and record.compensation_needs_approval):
        steps.remove("approve")
    if "plan" in steps and not record.is_major:
        steps.remove("plan")
    if "major" in steps and (record.is_major or record.kind != "complaint"):
        steps.remove("major")
    return (*steps, *RECORDER_ACTIONS)


class ComplaintActions(QObject):
    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent

    def allowed(self, record: ComplaintRecord | None) -> tuple[str, ...]:
        """The staff member a complaint is about never handles it, even as a manager."""
        desk = self._services.desk
        concerned = (
            record is not None
            and desk.actor is not None
            and record.staff_concerned_id is not None
            and record.staff_concerned_id == desk.actor.staff_id
        )
        can_handle = desk.can(HANDLE) and not concerned
        return available_actions(
            record, can_handle, can_handle and desk.can(Permission.APPROVE_COMPENSATION)
        )

    def dialog_for(self, key: str, record: ComplaintRecord) -> QDialog | None:
        """The dialog of a step, not yet shown (tests fill it in); None for one-click steps."""
        c, cid, p = self._services.complaints, record.id, self._parent
        now = service_now(c)
        notes: dict[str, tuple[str, str, str, Callable[[str], ComplaintRecord], bool]] = {
            "start": (
                self.tr("Start the investigation"),
                self.tr("&Start"),
                self.tr("&Note"),
                lambda t: c.start_investigation(cid, t),
                False,
            ),
            "wait": (
                self.tr("Wait for the customer"),
                self.tr("&Pause the clock"),
                self.tr("&What we wait for"),
                lambda t: c.wait_for_customer(cid, t),
                True,
            ),
            "resume": (
                self.tr("The customer answered"),
                self.tr("&Resume"),
                self.tr("&Note"),
                lambda t: c.resume(cid, t),
                False,
            ),
            "close": (
                self.tr("Close the case"),
                self.tr("&Close case"),
                self.tr("&Note"),
                lambda t: c.close(cid, t),
                False,
            ),
            "reopen": (
                self.tr("Reopen the card"),
                self.tr("&Reopen"),
                self.tr("&Reason *"),
                lambda t: c.reopen(cid, t),
                True,
            ),
            "note": (
                self.tr("Add a note"),
                self.tr("&Add note"),
                self.tr("&Note *"),
                lambda t: c.add_note(cid, t),
                True,
            ),
        }
        if key in notes:
            title, ok, label, submit, required = notes[key]
            return NoteDialog(title, ok, label, submit, required, p)
        if key == "plan":
            return PlanDialog(lambda t: c.record_plan(cid, PlanInput(t)), record.plan, p)
        if key == "major":
            return MajorDialog(lambda r: c.mark_major(cid, r), p)
        if key == "assign":
            options = [(h.staff_id, h.display_name) for h in c.handlers(record.staff_concerned_id)]
            return AssignDialog(options, lambda h: c.assign(cid, h), p)
        if key == "investigation":
            return InvestigationDialog(
                lambda d: c.record_investigation(cid, d), record.investigation, p
            )
        if key == "remedy":
            return RemedyDialog(lambda d: c.record_remedy(cid, d), self._limit(), p)
        if key == "reply":
            return ReplyDialog(lambda d: c.record_reply(cid, d), now, p)
        if key == "followup":
            return ComplaintFollowUpDialog(lambda d: c.record_followup(cid, d), now, p)
        return None

    def _limit(self) -> int:
        try:
            return self._services.complaints.settings().compensation_limit_fen
        except DomainError:
            return ComplaintSettings().compensation_limit_fen

    def run(self, key: str, record: ComplaintRecord) -> ComplaintRecord | None:
        """Raises the service's DomainError for one-click steps (the room shows it)."""
        if key == "approve":
            return self._services.complaints.approve_compensation(record.id)
        dialog = self.dialog_for(key, record)
        if dialog is None:
            return None
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return getattr(dialog, "record", None)
        finally:
            dialog.deleteLater()
