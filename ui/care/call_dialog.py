"""Record a care call: its result, the next step and, for a follow-up, the day of the next call;
or skip it. The service decides; errors show next to the field and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.care.schemas import CareTaskRecord, TaskOutcome
from app.errors import DomainError, ValidationError
from ui.care.care_messages import care_error_text
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel
from ui.widgets.optional_date import OptionalDateEdit

Record = Callable[[TaskOutcome], CareTaskRecord]


class CallDialog(QDialog):
    def __init__(
        self,
        who: str,
        record: Record,
        *,
        may_plan_next: bool = True,
        may_skip: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("care_call_dialog")
        self.setWindowTitle(self.tr("Record call"))
        self._record = record
        self.saved: CareTaskRecord | None = None
        self.errors = FieldErrors()
        heading = QLabel(who)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.result_text = QPlainTextEdit()
        self.result_text.setObjectName("call_result")
        self.result_text.setPlaceholderText(self.tr("What the customer said"))
        self.result_text.setTabChangesFocus(True)
        self.result_text.setFixedHeight(80)
        self.next_step = QLineEdit()
        self.next_step.setObjectName("call_next_step")
        self.next_step.setPlaceholderText(self.tr("e.g. send a trial voucher"))
        self.next_due_on = OptionalDateEdit()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Result:"), self.result_text, "result")
        self.errors.add_row(form, self.tr("&Next step:"), self.next_step, "next_step")
        if may_plan_next:
            self.errors.add_row(form, self.tr("Next &call on:"), self.next_due_on, "next_due_on")
        self.message = message_label("call_message")
        bottom = QHBoxLayout()
        self.skip_button: QPushButton | None = None
        if may_skip:
            self.skip_button = QPushButton(self.tr("S&kip this call"))
            self.skip_button.setAutoDefault(False)
            self.skip_button.clicked.connect(self.skip)
            bottom.addWidget(self.skip_button)
        bottom.addStretch(1)
        bottom.addWidget(ok_cancel(self, self.tr("&Save"), self.tr("Cancel")))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(480, 320)

    def outcome(self, skipped: bool = False) -> TaskOutcome:
        return TaskOutcome(
            result=self.result_text.toPlainText(),
            next_step=self.next_step.text(),
            next_due_on=self.next_due_on.value(),
            skipped=skipped,
        )

    def accept(self) -> None:
        self._submit(self.outcome())

    def skip(self) -> None:
        self._submit(self.outcome(skipped=True))

    def _submit(self, outcome: TaskOutcome) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.saved = self._record(outcome)
        except ValidationError as exc:
            if not self.errors.show(exc.field, care_error_text(exc)):
                self._show(care_error_text(exc))
            return
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
