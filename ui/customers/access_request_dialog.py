"""申请查阅: a 机密 / 绝密 customer file refused to someone without an approved access request
offers one (why, for how many hours); a manager decides in the archive room, and the file opens
until the approval runs out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from app.errors import ConfidentialFile, DomainError
from app.lending.schemas import AccessRequestInput, AccessRequestRecord
from app.services import Services
from ui.customers.file_tabs import text_area
from ui.lending.lending_widgets import LendingDialog, local_minute

DEFAULT_HOURS = 24
MAX_HOURS = 72


class AccessRequestDialog(LendingDialog):
    def __init__(
        self,
        services: Services,
        customer_id: str,
        waiting: list[AccessRequestRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply to view a confidential file"))
        self.setObjectName("access_request_dialog")
        self._services, self._customer_id = services, customer_id
        intro = QLabel(
            self.tr(
                "This file is confidential. It opens for you once a manager approves your "
                "request, for the hours approved; every opening is logged with the request."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for request in waiting:
            self.form.addRow(
                QLabel(
                    self.tr("Request {number} of {at} is waiting for a manager.").format(
                        number=request.number, at=local_minute(request.requested_at)
                    )
                )
            )
        self.reason = text_area(90)
        self.reason.setObjectName("access_reason")
        self.hours = QSpinBox()
        self.hours.setObjectName("access_hours")
        self.hours.setRange(1, MAX_HOURS)
        self.hours.setValue(DEFAULT_HOURS)
        self.hours.setSuffix(self.tr(" hours"))
        self.errors.add_row(self.form, self.tr("&Why you need to view it"), self.reason, "reason")
        self.errors.add_row(self.form, self.tr("For &how long"), self.hours, "hours")
        self.form.addRow(self.errors.error_label("customer"))
        self.finish(self.tr("&Apply to view"))

    def accept(self) -> None:
        data = AccessRequestInput(self._customer_id, self.reason.toPlainText(), self.hours.value())
        if self.run(lambda: self._services.file_access.request(data)):
            super().accept()


class AccessRequestOffer(QWidget):
    """Shown with the refusal of a confidential file (and hidden with it): what was asked for
    already, and the button that files a new request."""

    def __init__(self, services: Services, refusal: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("access_request_offer")
        self._services = services
        self.customer_id = ""
        self.status = QLabel()
        self.status.setObjectName("access_request_status")
        self.button = QPushButton(self.tr("Apply to &view..."))
        self.button.setObjectName("request_access")
        self.button.clicked.connect(lambda _checked=False: self.apply())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.button)
        self.hide()
        refusal.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.hide()
        return False

    def _waiting(self) -> list[AccessRequestRecord]:
        try:
            mine = self._services.file_access.requests("pending")
        except DomainError:
            return []
        return [r for r in mine if r.customer_id == self.customer_id]

    def offer(self, customer_id: str, refusal: Exception) -> None:
        """Only for a confidential file refused for want of an approved request."""
        if not isinstance(refusal, ConfidentialFile):
            return
        self.customer_id = customer_id
        waiting = self._waiting()
        self.status.setText(
            self.tr("Your request {number} is waiting for a manager.").format(
                number=waiting[0].number
            )
            if waiting
            else ""
        )
        self.show()

    def dialog(self) -> AccessRequestDialog:
        return AccessRequestDialog(self._services, self.customer_id, self._waiting(), self)

    def apply(self) -> AccessRequestRecord | None:
        dialog = self.dialog()
        dialog.exec()
        dialog.deleteLater()
        record = dialog.result_value
        if isinstance(record, AccessRequestRecord):
            self.status.setText(
                self.tr(
                    "Request {number} filed: the file opens once a manager approves it."
                ).format(number=record.number)
            )
            return record
        return None
