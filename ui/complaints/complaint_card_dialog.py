"""投诉受理: a new complaint record card in under two minutes. Everything has a default (now,
phone, complaint, promised reply = now + first-response time) except who and what happened; a
refusal is shown next to its field and nothing typed is lost."""

from __future__ import annotations

import itertools
from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints.schemas import (
    ComplaintInput,
    ComplaintRecord,
    ComplaintSettings,
    MajorReason,
    Request,
)
from app.errors import DomainError, ValidationError
from app.services import Services
from ui.complaints.complainant_box import ComplainantBox
from ui.complaints.complaint_fields import (
    CheckChoices,
    combo_staff_id,
    datetime_edit,
    fill_combo,
    fill_staff,
    service_now,
)
from ui.complaints.complaint_messages import complaint_error_text
from ui.complaints.complaint_words import (
    category_texts,
    channel_texts,
    department_texts,
    kind_texts,
    major_reason_texts,
    request_texts,
    severity_texts,
)
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

# Service fields shown under another row of this dialog.
FIELD_ROWS = {
    "customer_id": "complainant",
    "contact_name": "complainant",
    "contact_phone": "complainant",
    "phone": "complainant",
    "anonymous": "complainant",
    "request_note": "requests",
    "staff_concerned_name": "staff_concerned_id",
}


class ComplaintCardDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_card_dialog")
        self.setWindowTitle(self.tr("New complaint record card"))
        self._services = services
        self.record: ComplaintRecord | None = None
        self.errors = FieldErrors()
        complaints = services.complaints
        try:
            settings = complaints.settings()
        except DomainError:
            settings = ComplaintSettings()
        now = service_now(complaints)
        self.received_at = datetime_edit(now, "received_at")
        self.channel = QComboBox()
        fill_combo(self.channel, channel_texts(), channel_texts())
        self.kind = QComboBox()
        fill_combo(self.kind, kind_texts(), kind_texts())
        self.complainant = ComplainantBox(services.directory)
        self.category = QComboBox()
        self.category.setObjectName("category")
        fill_combo(self.category, settings.categories, category_texts())
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What happened, where and when, in a few lines"))
        self.requests = CheckChoices(tuple(Request), request_texts(), 3, "request")
        self.request_note = QLineEdit()
        self.request_note.setPlaceholderText(self.tr("The customer's own words (optional)"))
        self.department = QComboBox()
        self.department.addItem("", "")
        for code in settings.departments:
            self.department.addItem(department_texts().get(code, code), code)
        self.staff_concerned = QComboBox()
        self.staff_concerned.setObjectName("staff_concerned")
        self.handler = QComboBox()
        self.handler.setObjectName("handler")
        self._fill_staff()
        self.staff_concerned.currentIndexChanged.connect(self._staff_concerned_changed)
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        fill_combo(self.severity, severity_texts(), severity_texts())
        self.severity.currentIndexChanged.connect(self._severity_changed)
        self.major_reasons = CheckChoices(tuple(MajorReason), major_reason_texts(), 2, "major")
        promised = now + timedelta(hours=settings.first_response_hours)
        self.promised_reply_at = datetime_edit(promised, "promised_reply_at")
        left, right = QFormLayout(), QFormLayout()
        rows_left: list[tuple[str, str, QWidget]] = [
            ("received_at", self.tr("&Received at"), self.received_at),
            ("channel", self.tr("C&hannel"), self.channel),
            ("kind", self.tr("&Kind"), self.kind),
            ("complainant", self.tr("Complainant *"), self.complainant),
            ("category", self.tr("Cate&gory"), self.category),
            ("summary", self.tr("&What happened *"), self.summary),
        ]
        asks = QWidget()
        asks_column = QVBoxLayout(asks)
        asks_column.setContentsMargins(0, 0, 0, 0)
        asks_column.addWidget(self.requests)
        asks_column.addWidget(self.request_note)
        rows_right: list[tuple[str, str, QWidget]] = [
            ("requests", self.tr("Customer &asks for"), asks),
            ("department", self.tr("&Department"), self.department),
            ("staff_concerned_id", self.tr("&Staff concerned"), self.staff_concerned),
            ("handler_id", self.tr("Hand&ler"), self.handler),
            ("severity", self.tr("Se&verity"), self.severity),
            ("major_reasons", self.tr("Major because"), self.major_reasons),
            ("promised_reply_at", self.tr("&Promised reply by"), self.promised_reply_at),
        ]
        for form, rows in ((left, rows_left), (right, rows_right)):
            for field, label, widget in rows:
                self.errors.add_row(form, label, widget, field)
        self.message = message_label("complaint_card_message")
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, self.tr("&Record card"), self.tr("Cancel")))
        self._severity_changed()
        self._set_tab_order()
        self.resize(1040, 640)
        self.complainant.finder.search.setFocus()

    def _fill_staff(self) -> None:
        try:
            colleagues = self._services.complaints.staff_options()
        except DomainError:
            colleagues = []
        fill_staff(self.staff_concerned, colleagues, self.tr("(nobody in particular)"))
        self._staff_concerned_changed()

    def _staff_concerned_changed(self) -> None:
        """The person complained about never appears among the handlers."""
        try:
            handlers = self._services.complaints.handlers(combo_staff_id(self.staff_concerned))
        except DomainError:
            handlers = []
        fill_staff(self.handler, handlers, self.tr("(assign later)"))

    def _severity_changed(self) -> None:
        self.major_reasons.setEnabled(self.severity.currentData() == "major")

    def _set_tab_order(self) -> None:
        box = self.complainant
        chain: list[QWidget] = [
            box.finder.search,
            box.contact_name,
            box.contact_phone,
            self.summary,
            self.category,
            self.channel,
            self.kind,
            *self.requests.boxes.values(),
            self.request_note,
            self.department,
            self.staff_concerned,
            self.handler,
            self.severity,
            *self.major_reasons.boxes.values(),
            self.promised_reply_at,
            self.received_at,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def input(self) -> ComplaintInput:
        who = self.complainant.value()
        major = self.severity.currentData() == "major"
        return ComplaintInput(
            kind=str(self.kind.currentData()),
            channel=str(self.channel.currentData()),
            category=str(self.category.currentData() or ""),
            summary=self.summary.toPlainText().strip(),
            received_at=self.received_at.chosen(),
            customer_id=who.customer_id,
            contact_name=who.contact_name,
            contact_phone=who.contact_phone,
            anonymous=who.anonymous,
            requests=self.requests.selected(),
            request_note=self.request_note.text().strip(),
            department=str(self.department.currentData() or ""),
            staff_concerned_id=combo_staff_id(self.staff_concerned),
            severity=str(self.severity.currentData()),
            major_reasons=self.major_reasons.selected() if major else (),
            promised_reply_at=self.promised_reply_at.utc(),
            handler_id=combo_staff_id(self.handler),
        )

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.record = self._services.complaints.record(self.input())
        except ValidationError as exc:
            self.show_refusal(exc)
            return
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        super().accept()

    def show_refusal(self, error: ValidationError) -> None:
        row = FIELD_ROWS.get(error.field, error.field)
        if not self.errors.show(row, complaint_error_text(error)):
            self._show(complaint_error_text(error))
        if row == "complainant":
            self.complainant.focus_field(error.field)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
