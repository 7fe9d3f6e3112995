"""The customer file's tabs filled by the other rooms: this customer's complaint cards, repair
orders, paper files in the archive and care calls. Each appears only for a role that may read
it and loads the first time it is brought forward (each load may be an audited read)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget

from app.care.schemas import CareTaskRecord
from app.complaints.schemas import ComplaintRow
from app.members.schemas import yuan
from app.repairs.schemas import RepairRow
from app.security.permissions import Permission
from app.services import Services
from ui.care.care_words import call_reason
from ui.complaints import complaint_words as cw
from ui.customers.record_tabs import RecordListTab
from ui.labels import local_time
from ui.lending.lending_columns import item_columns
from ui.models.row_model import Column
from ui.repairs import repair_messages as rw

Loader = Callable[[], Sequence[Any]]


translate = QCoreApplication.translate  # a plain name lupdate finds


def _complaint_columns() -> list[Column[ComplaintRow]]:
    return [
        Column(lambda: translate("RoomTabs", "Number"), lambda r: r.number),
        Column(lambda: translate("RoomTabs", "Received"), lambda r: local_time(r.received_at)),
        Column(
            lambda: translate("RoomTabs", "Kind"), lambda r: cw.text_of(cw.kind_texts(), r.kind)
        ),
        Column(
            lambda: translate("RoomTabs", "Category"),
            lambda r: cw.text_of(cw.category_texts(), r.category),
        ),
        Column(
            lambda: translate("RoomTabs", "State"), lambda r: cw.text_of(cw.state_texts(), r.state)
        ),
        Column(lambda: translate("RoomTabs", "Handler"), lambda r: r.handler_name),
    ]


def _repair_columns() -> list[Column[RepairRow]]:
    return [
        Column(lambda: translate("RoomTabs", "Number"), lambda r: r.number),
        Column(lambda: translate("RoomTabs", "Reported"), lambda r: local_time(r.reported_at)),
        Column(
            lambda: translate("RoomTabs", "Category"),
            lambda r: rw.text_of(rw.category_texts(), r.category),
        ),
        Column(lambda: translate("RoomTabs", "Place"), lambda r: r.location),
        Column(
            lambda: translate("RoomTabs", "State"), lambda r: rw.text_of(rw.state_texts(), r.state)
        ),
        Column(lambda: translate("RoomTabs", "Technician"), lambda r: r.technician_name),
        Column(
            lambda: translate("RoomTabs", "Amount (yuan)"),
            lambda r: yuan(r.total_fen),
            lambda r: r.total_fen,
        ),
    ]


def _care_columns() -> list[Column[CareTaskRecord]]:
    kinds = {
        "birthday": translate("RoomTabs", "Birthday benefit"),
        "greeting": translate("RoomTabs", "Greeting"),
        "follow_up": translate("RoomTabs", "Follow-up call"),
        "win_back": translate("RoomTabs", "Win-back call"),
    }
    states = {
        "open": translate("RoomTabs", "To do"),
        "done": translate("RoomTabs", "Done"),
        "skipped": translate("RoomTabs", "Skipped"),
    }
    return [
        Column(lambda: translate("RoomTabs", "Date"), lambda r: r.due_on),
        Column(lambda: translate("RoomTabs", "Kind"), lambda r: kinds.get(r.kind, r.kind)),
        Column(lambda: translate("RoomTabs", "Why"), call_reason),
        Column(lambda: translate("RoomTabs", "State"), lambda r: states.get(r.state, r.state)),
        Column(lambda: translate("RoomTabs", "Result"), lambda r: r.result),
        Column(lambda: translate("RoomTabs", "Next step"), lambda r: r.next_step or r.note),
    ]


def add_room_tabs(tabs: QTabWidget, services: Services, customer_id: str) -> list[RecordListTab]:
    """Add the tabs this role may read; returns them so the dialog can reload them."""
    can = services.desk.can
    wanted: list[tuple[str, Permission, str, Sequence[Column[Any]], Loader]] = [
        (
            "complaints_tab",
            Permission.RECORD_COMPLAINT,
            translate("RoomTabs", "Complaints"),
            _complaint_columns(),
            lambda: services.complaints.list_rows(customer_id=customer_id),
        ),
        (
            "repairs_tab",
            Permission.RECORD_REPAIR,
            translate("RoomTabs", "Repairs"),
            _repair_columns(),
            lambda: services.repairs.list_rows(customer_id=customer_id),
        ),
        (
            "paper_files_tab",
            Permission.APPLY_LOAN,
            translate("RoomTabs", "Paper files"),
            item_columns(),
            lambda: services.archive.items(customer_id=customer_id),
        ),
        (
            "care_tab",
            Permission.CARE_TASKS,
            translate("RoomTabs", "Care and follow-up"),
            _care_columns(),
            lambda: services.care.customer_tasks(customer_id),
        ),
    ]
    added: list[RecordListTab] = []
    for name, permission, title, columns, load in wanted:
        if can(permission):
            tab = RecordListTab(list(columns), load, name, Qt.SortOrder.DescendingOrder)
            tabs.addTab(tab, title)
            added.append(tab)

    def load_shown(index: int) -> None:
        for tab in added:
            if tabs.widget(index) is tab and not tab.loaded:
                tab.reload()

    tabs.currentChanged.connect(load_shown)
    return added
