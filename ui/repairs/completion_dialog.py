"""Completion: the work done, the parts used, free under warranty, photos after, and the customer's
signature on the pad (or "signed on paper"). An order already done opens for the signature only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.schemas import yuan
from app.repairs.schemas import (
    CompletionInput,
    PhotoStage,
    RepairRecord,
    RepairState,
    SignatureInput,
)
from app.services import Services
from ui.customers.file_tabs import text_area
from ui.repairs.photo_picker import PhotoPicker
from ui.repairs.repair_messages import repair_error_text
from ui.repairs.signature_pad import SignatureField
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel


class CompletionDialog(QDialog):
    def __init__(
        self, services: Services, order: RepairRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completion_dialog")
        self.setWindowTitle(self.tr("Work done: {number}").format(number=order.number))
        self._services = services
        self.record = order
        self.photo_refusals: list[str] = []
        self.errors = FieldErrors()
        self.work_done = text_area(90)
        self.work_done.setObjectName("work_done")
        self.work_done.setPlainText(order.work_done)
        self.parts = text_area(70)
        self.parts.setObjectName("parts")
        self.parts.setPlaceholderText(self.tr("One part per line, e.g. 门锁 ×1"))
        self.parts.setPlainText("\n".join(order.parts))
        self.warranty = QCheckBox(self.tr("Under &warranty: free of charge"))
        self.warranty.setObjectName("under_warranty")
        self.warranty.setChecked(order.under_warranty)
        self.photos = PhotoPicker(PhotoStage.AFTER)
        self.work = QGroupBox(self.tr("Work"))
        form = QFormLayout(self.work)
        form.addRow(
            self.tr("Agreed fees:"),
            QLabel(self.tr("{amount} yuan").format(amount=yuan(order.lines_fen))),
        )
        self.errors.add_row(form, self.tr("&Work done"), self.work_done, "work_done")
        self.errors.add_row(form, self.tr("P&arts used"), self.parts, "parts")
        form.addRow("", self.warranty)
        self.errors.add_row(form, self.tr("P&hotos after"), self.photos, "content")
        self.signature = SignatureField()
        sign_box = QGroupBox(self.tr("Customer's signature"))
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.signature)
        sign_layout.addWidget(self.errors.error_label("signature"))
        self.message = message_label("completion_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.work)
        layout.addWidget(sign_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        self.setMinimumWidth(620)
        self._lock_work()

    def _lock_work(self) -> None:
        """Once the work is recorded only the signature is left to give."""
        self.work.setEnabled(self.record.state == RepairState.IN_PROGRESS)

    def completion_input(self) -> CompletionInput:
        parts = tuple(
            line.strip() for line in self.parts.toPlainText().splitlines() if line.strip()
        )
        return CompletionInput(
            self.work_done.toPlainText().strip(), parts, self.warranty.isChecked()
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        repairs, order_id = self._services.repairs, self.record.id
        try:
            if self.record.state == RepairState.IN_PROGRESS:
                self.record = repairs.complete(order_id, self.completion_input())
                self._lock_work()
                self.photo_refusals = self.photos.upload(repairs, order_id, PhotoStage.AFTER)
            if self.signature.is_signed():
                data = SignatureInput(
                    self.signature.signature_png() or None, self.signature.signed_on_paper()
                )
                self.record = repairs.sign(order_id, data)
        except ValidationError as exc:
            if not self.errors.show(exc.field, repair_error_text(exc)):
                self._show(repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
