"""The questions each step of a complaint card asks before the service is called: a note or a
reason, the handling plan, the handler, the major reasons. Each dialog calls one service method
on OK; a refusal is shown next to its field and the dialog keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints.schemas import ComplaintRecord, MajorReason
from app.errors import DomainError, ValidationError
from ui.complaints.complaint_fields import CheckChoices
from ui.complaints.complaint_messages import complaint_error_text, complaint_field_text
from ui.complaints.complaint_words import major_reason_texts
from ui.widgets.field_errors import FieldErrors, message_label, ok_cancel

TEXT_HEIGHT = 90


def text_box(object_name: str, height: int = TEXT_HEIGHT) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class StageDialog(QDialog):
    """A form whose OK runs submit(); the card as it is afterwards is kept in .record."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.record: ComplaintRecord | None = None
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.message = message_label("stage_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, ok_text, self.tr("Cancel")))
        self.setMinimumWidth(520)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def submit(self) -> ComplaintRecord:
        raise NotImplementedError

    def require(self, field: str, text: str) -> bool:
        """A required text the dialog checks itself, so nothing is sent half-filled."""
        if text.strip():
            return True
        self.errors.show(field, complaint_field_text(field, "required"))
        return False

    def accept(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.record = self.submit()
        except _Incomplete:
            return
        except ValidationError as exc:
            if not self.errors.show(exc.field, complaint_error_text(exc)):
                self._show(complaint_error_text(exc))
            return
        except DomainError as exc:
            self._show(complaint_error_text(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class _Incomplete(Exception):
    """A required field is empty; its error is already shown."""


def incomplete() -> _Incomplete:
    return _Incomplete()


class NoteDialog(StageDialog):
    """A step that only needs words (start, wait, resume, close, add a note) or a reason."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        label: str,
        submit: Callable[[str], ComplaintRecord],
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self._submit, self._required = submit, required
        self.note = text_box("stage_note", 70)
        self.errors.add_row(self.form, label, self.note, "note")
        self.note.setFocus()

    def submit(self) -> ComplaintRecord:
        text = self.note.toPlainText().strip()
        if self._required and not self.require("note", text):
            raise incomplete()
        return self._submit(text)


class PlanDialog(StageDialog):
    def __init__(
        self, submit: Callable[[str], ComplaintRecord], current: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Handling plan"), self.tr("&Save plan"), parent)
        self._submit = submit
        self.say(self.tr("A major complaint needs its handling plan within 24 hours."))
        self.plan = text_box("plan_text", 140)
        self.plan.setPlainText(current)
        self.errors.add_row(self.form, self.tr("&Plan"), self.plan, "plan")
        self.plan.setFocus()

    def submit(self) -> ComplaintRecord:
        text = self.plan.toPlainText().strip()
        if not self.require("plan", text):
            raise incomplete()
        return self._submit(text)


class AssignDialog(StageDialog):
    def __init__(
        self,
        options: list[tuple[int, str]],
        submit: Callable[[int], ComplaintRecord],
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Assign a handler"), self.tr("&Assign"), parent)
        self._submit = submit
        self.say(self.tr("The staff member a complaint is about is not offered."))
        self.handler = QComboBox()
        self.handler.setObjectName("assign_handler")
        for staff_id, name in options:
            self.handler.addItem(name, staff_id)
        self.errors.add_row(self.form, self.tr("&Handler"), self.handler, "handler_id")

    def submit(self) -> ComplaintRecord:
        data = self.handler.currentData()
        if data is None:
            self.errors.show("handler_id", complaint_field_text("handler_id", "required"))
            raise incomplete()
        return self._submit(int(data))


class MajorDialog(StageDialog):
    def __init__(
        self, submit: Callable[[tuple[str, ...]], ComplaintRecord], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Mark as a major complaint"), self.tr("&Mark major"), parent)
        self._submit = submit
        self.say(self.tr("The duty manager is alerted at once; a plan is due within 24 hours."))
        self.reasons = CheckChoices(tuple(MajorReason), major_reason_texts(), 1, "major")
        self.errors.add_row(self.form, self.tr("Major because"), self.reasons, "major_reasons")

    def submit(self) -> ComplaintRecord:
        reasons = self.reasons.selected()
        if not reasons:
            self.errors.show("major_reasons", complaint_field_text("major_reasons", "required"))
            raise incomplete()
        return self._submit(reasons)
