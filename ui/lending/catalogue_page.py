"""档案目录 tab (archive keeper): the catalogue of paper files (机密 / 绝密 in red, kept apart)
and the handover sign-in book."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.lending.schemas import ArchiveItemRecord, HandoverRecord
from app.services import Services
from ui.lending.item_dialogs import HandoverDialog, ItemDialog
from ui.lending.lending_columns import item_columns
from ui.lending.lending_widgets import (
    LendingPage,
    RowTable,
    button,
    local_minute,
    table_with_buttons,
)
from ui.models.row_model import Column


def _complete_text(row: HandoverRecord) -> str:
    if row.complete:
        return QCoreApplication.translate("CataloguePage", "Complete")
    return QCoreApplication.translate("CataloguePage", "Missing: {what}").format(what=row.missing)


def handover_columns() -> list[Column[HandoverRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("CataloguePage", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("CataloguePage", "Received"),
            lambda r: local_minute(r.received_at),
            lambda r: r.received_at,
        ),
        Column(
            lambda: QCoreApplication.translate("CataloguePage", "Department"),
            lambda r: r.department,
        ),
        Column(
            lambda: QCoreApplication.translate("CataloguePage", "Handed in by"),
            lambda r: r.handed_by,
        ),
        Column(
            lambda: QCoreApplication.translate("CataloguePage", "Received by"),
            lambda r: r.received_by,
        ),
        Column(lambda: QCoreApplication.translate("CataloguePage", "Complete"), _complete_text),
        Column(
            lambda: QCoreApplication.translate("CataloguePage", "Files"),
            lambda r: ", ".join(r.item_numbers),
        ),
    ]


class CataloguePage(LendingPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.items: RowTable[ArchiveItemRecord] = RowTable(
            item_columns(), self, "catalogue_items", lambda r: r.confidentiality != "normal"
        )
        self.handovers: RowTable[HandoverRecord] = RowTable(
            handover_columns(), self, "handover_book", lambda r: not r.complete
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by file no., customer file or shelf"))
        self.filter.textChanged.connect(self.items.proxy.setFilterFixedString)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(
            QLabel(self.tr("Paper files in the archive (confidential and top secret in red):"))
        )
        upper_layout.addWidget(self.filter)
        upper_layout.addWidget(
            table_with_buttons(
                self.items.view,
                button(self.tr("&Catalogue a file..."), "add_item", self.add_item),
            )
        )
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Handover sign-in book:")))
        lower_layout.addWidget(
            table_with_buttons(
                self.handovers.view,
                button(self.tr("&Receive a handover..."), "receive_handover", self.handover),
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        items: list[ArchiveItemRecord] = []
        handovers: list[HandoverRecord] = []
        if self.call(lambda: items.extend(self._services.archive.items())):
            self.items.set_rows(items)
        if self.call(lambda: handovers.extend(self._services.archive.handovers())):
            self.handovers.set_rows(handovers)

    def item_dialog(self) -> ItemDialog:
        return ItemDialog(self._services, self)

    def add_item(self) -> None:
        self.run_dialog(self.item_dialog())

    def handover_dialog(self) -> HandoverDialog:
        return HandoverDialog(self._services, self)

    def handover(self) -> None:
        self.run_dialog(self.handover_dialog())

    def wipe(self) -> None:
        self.items.model.clear()
        self.handovers.model.clear()
