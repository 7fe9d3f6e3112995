"""What a duty manager does to a whole file: merge a duplicate into it, erase it on the customer's
request (PIPL art. 47), or hand the customer a copy of everything held (art. 45)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.customers.schemas import CustomerRecord
from app.errors import DomainError
from app.fonts import missing_glyphs
from app.services import Services
from ui.customers.prompts import EraseConfirmDialog
from ui.customers.search_model import phone_text
from ui.messages import error_text, field_error_text
from ui.widgets.debounce import debounced
from ui.widgets.field_errors import message_label, ok_cancel


def _glyphs_ok(parent: QWidget, title: str, record: CustomerRecord) -> bool:
    """The PDF copy prints with the bundled font: say which characters it lacks before printing."""
    text = " ".join([record.name, record.address, record.notes, record.interests, record.habits])
    missing = missing_glyphs(text)
    if not missing:
        return True
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "CustomerActions",
            "The PDF cannot print these characters and shows 〓 instead: {chars}\n"
            "The JSON copy keeps them exactly. Export anyway?",
        ).format(chars=" ".join(missing)),
    )
    return answer == QMessageBox.StandardButton.Yes


class MergeDialog(QDialog):
    """Find the other file by search; it is merged into the one kept, with a reason."""

    def __init__(
        self, services: Services, keep_id: str, keep_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge customer files"))
        self._services = services
        self._keep_id = keep_id
        self._keep_label = keep_label
        intro = QLabel(
            self.tr("The file found below is merged into {keep}; its history is kept.").format(
                keep=keep_label
            )
        )
        intro.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setObjectName("merge_search")
        self.results = QListWidget()
        self.results.setObjectName("merge_results")
        self.reason = QLineEdit()
        self.reason.setObjectName("merge_reason")
        self._timer = debounced(self.query, self.search)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Find the other file:"), self.query),
            (self.tr("&Results:"), self.results),
            (self.tr("&Reason:"), self.reason),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.message = message_label("merge_message")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Merge"), self.tr("Cancel")))
        self.setMinimumWidth(560)

    def search(self) -> None:
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            return
        try:
            hits = self._services.directory.search(text, 30)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        for hit in hits:
            if hit.customer_id == self._keep_id:
                continue
            item = QListWidgetItem(f"{hit.number}  {hit.name}  {phone_text(hit.phone)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def other_id(self) -> str:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self._show(self.tr("Choose the file to merge in."))
            return
        if not self.reason.text().strip():
            self._show(field_error_text("reason", "required"))
            return
        if not self.confirm(item.text()):
            return
        try:
            self._services.lifecycle.merge(self._keep_id, self.other_id(), self.reason.text())
        except DomainError as exc:
            self._show(error_text(exc))
            return
        super().accept()

    def confirm(self, other: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Merge customer files"),
            self.tr(
                "Merge {other} into {keep}? The merged file then only points to the kept one."
            ).format(other=other, keep=self._keep_label),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def merge_into(parent: QWidget, services: Services, keep: CustomerRecord) -> bool:
    dialog = MergeDialog(services, keep.id, f"{keep.number} {keep.name}", parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def erase(parent: QWidget, services: Services, record: CustomerRecord) -> bool:
    dialog = EraseConfirmDialog(record.number, record.name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        number = services.lifecycle.erase(record.id, dialog.reason.text())
    except DomainError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), error_text(exc))
        return False
    QMessageBox.information(
        parent,
        dialog.windowTitle(),
        QCoreApplication.translate(
            "CustomerActions", "Erased. Deletion record no. {n} is kept."
        ).format(n=number),
    )
    return True


def export_copy(parent: QWidget, services: Services, record: CustomerRecord) -> list[Path]:
    title = QCoreApplication.translate("CustomerActions", "Export a personal copy")
    if not _glyphs_ok(parent, title, record):
        return []
    folder = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    if not folder:
        return []
    try:
        written = services.person_copy.export(record.id, Path(folder))
    except (DomainError, OSError) as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return []
    files = "\n".join(str(p) for p in written)
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("CustomerActions", "Written for the customer:\n{files}").format(
            files=files
        ),
    )
    return written
