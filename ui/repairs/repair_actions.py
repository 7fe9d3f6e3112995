"""Which next steps an order offers in its state to the role signed in, and what each button asks
before calling the service. Each step returns the order afterwards, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.repairs.schemas import RepairRecord, RepairState
from app.security.permissions import Permission
from app.services import Services
from ui.customers.prompts import ask_reason
from ui.repairs.completion_dialog import CompletionDialog
from ui.repairs.onsite_dialog import OnSiteDialog
from ui.repairs.step_dialogs import CheckDialog, DispatchDialog, RescheduleDialog

S = RepairState
WORKING = (S.SCHEDULED, S.IN_PROGRESS, S.WAITING_PARTS)
OPEN = (S.NEW, *WORKING, S.DONE, S.CHECKED)

# key: (states it fits, permission it needs)
STEPS: dict[str, tuple[tuple[str, ...], Permission]] = {
    "dispatch": ((S.NEW, *WORKING), Permission.DISPATCH_REPAIR),
    "reschedule": ((S.NEW, S.SCHEDULED), Permission.RECORD_REPAIR),
    "onsite": ((S.SCHEDULED,), Permission.WORK_REPAIR),
    "fees": ((S.IN_PROGRESS, S.WAITING_PARTS), Permission.WORK_REPAIR),
    "approve": (WORKING, Permission.APPROVE_OTHER_FEE),
    "parts": ((S.IN_PROGRESS,), Permission.WORK_REPAIR),
    "resume": ((S.WAITING_PARTS,), Permission.WORK_REPAIR),
    "complete": ((S.IN_PROGRESS,), Permission.WORK_REPAIR),
    "sign": ((S.DONE, S.CHECKED), Permission.RECORD_REPAIR),
    "check": ((S.DONE,), Permission.CHECK_REPAIR),
    "close": ((S.CHECKED,), Permission.CHECK_REPAIR),
    "cancel": (OPEN, Permission.DISPATCH_REPAIR),
    "print": ((*OPEN, S.CLOSED, S.CANCELLED), Permission.PRINT_FORMS),
}


def step_texts() -> dict[str, str]:
    return {
        "dispatch": QCoreApplication.translate("RepairActions", "&Dispatch..."),
        "reschedule": QCoreApplication.translate("RepairActions", "New &time..."),
        "onsite": QCoreApplication.translate("RepairActions", "&On site: arrival and fees..."),
        "fees": QCoreApplication.translate("RepairActions", "Change &fees..."),
        "approve": QCoreApplication.translate("RepairActions", '&Approve "other" fee'),
        "parts": QCoreApplication.translate("RepairActions", "&Waiting for parts..."),
        "resume": QCoreApplication.translate("RepairActions", "&Resume work"),
        "complete": QCoreApplication.translate("RepairActions", "Work d&one and signature..."),
        "sign": QCoreApplication.translate("RepairActions", "Customer &signs..."),
        "check": QCoreApplication.translate("RepairActions", "C&heck the work..."),
        "close": QCoreApplication.translate("RepairActions", "C&lose order"),
        "cancel": QCoreApplication.translate("RepairActions", "Cance&l order..."),
        "print": QCoreApplication.translate("RepairActions", "&Print order (three parts)..."),
    }


def next_steps(order: RepairRecord | None, can: Callable[[Permission], bool]) -> set[str]:
    """The buttons to enable; the service still refuses whatever the rules forbid."""
    if order is None:
        return set()
    found = {k for k, (states, perm) in STEPS.items() if order.state in states and can(perm)}
    if not any(line.other and not line.approved for line in order.lines):
        found.discard("approve")
    if order.has_signature or order.signed_on_paper:
        found.discard("sign")
    if order.arrived_at is not None:
        found.discard("reschedule")
    return found


class RepairActions(QObject):
    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.note = ""  # what the last step wants the room to say

    def run(self, key: str, order: RepairRecord) -> RepairRecord | None:
        self.note = ""
        step: Callable[[RepairRecord], RepairRecord | None] = getattr(self, key)
        return step(order)

    def _dialog(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def dispatch(self, order: RepairRecord) -> RepairRecord | None:
        dialog = DispatchDialog(self._services, order, self._parent)
        return dialog.record if self._dialog(dialog) else None

    def reschedule(self, order: RepairRecord) -> RepairRecord | None:
        dialog = RescheduleDialog(self._services, order, self._parent)
        return dialog.record if self._dialog(dialog) else None

    def onsite(self, order: RepairRecord) -> RepairRecord | None:
        repairs, standards = self._services.repairs, self._services.fee_standard
        if order.fee_version_id is not None:
            standard = standards.version(order.fee_version_id)
        else:
            standard = standards.current()
        dialog = OnSiteDialog(self._services, order, standard, self._parent)
        accepted = self._dialog(dialog)
        self.note = dialog.summary() if accepted else ""
        return dialog.record if accepted else repairs.open(order.id)

    fees = onsite

    def approve(self, order: RepairRecord) -> RepairRecord | None:
        record = order
        for line in order.lines:
            if line.other and not line.approved:
                record = self._services.repairs.approve_other_fee(order.id, line.id)
        return record

    def parts(self, order: RepairRecord) -> RepairRecord | None:
        title = self.tr("Waiting for parts")
        note = ask_reason(self._parent, title, self.tr("Which parts, and when are they due?"))
        return None if note is None else self._services.repairs.wait_for_parts(order.id, note)

    def resume(self, order: RepairRecord) -> RepairRecord | None:
        return self._services.repairs.start_work(order.id)

    def complete(self, order: RepairRecord) -> RepairRecord | None:
        dialog = CompletionDialog(self._services, order, self._parent)
        accepted = self._dialog(dialog)
        if accepted and dialog.photo_refusals:
            self.note = "\n".join(dialog.photo_refusals)
        return dialog.record if accepted else self._services.repairs.open(order.id)

    sign = complete

    def check(self, order: RepairRecord) -> RepairRecord | None:
        dialog = CheckDialog(self._services, order, self._parent)
        return dialog.record if self._dialog(dialog) else None

    def close(self, order: RepairRecord) -> RepairRecord | None:
        return self._services.repairs.close(order.id)

    def cancel(self, order: RepairRecord) -> RepairRecord | None:
        reason = ask_reason(
            self._parent,
            self.tr("Cancel repair order {number}").format(number=order.number),
            self.tr("Reason (kept with the order's history):"),
        )
        return None if reason is None else self._services.repairs.cancel(order.id, reason)
