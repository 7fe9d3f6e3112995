"""The bigger steps of a card: the investigation report, the remedy (compensation above the
limit waits for a manager), the reply with the customer's satisfaction, and the follow-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.complaints.schemas import (
    ComplaintRecord,
    FollowUpInput,
    FollowUpMethod,
    InvestigationInput,
    RemedyInput,
    ReplyInput,
    ReplyMethod,
)
from app.members.schemas import yuan
from ui.complaints.complaint_fields import (
    datetime_edit,
    fill_combo,
    satisfaction_combo,
    select_code,
)
from ui.complaints.complaint_messages import complaint_field_text
from ui.complaints.complaint_words import followup_method_texts, reply_method_texts
from ui.complaints.stage_dialogs import StageDialog, incomplete, text_box
from ui.members.consumption_dialog import AMOUNT_PATTERN, parse_yuan

INVESTIGATION_FIELDS = (
    "cause",
    "facts",
    "responsible",
    "conclusion",
    "corrective_action",
    "preventive_action",
)


class InvestigationDialog(StageDialog):
    def __init__(
        self,
        submit: Callable[[InvestigationInput], ComplaintRecord],
        current: InvestigationInput | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Investigation report"), self.tr("&Save report"), parent)
        self._submit = submit
        labels = {
            "cause": self.tr("&Cause *"),
            "facts": self.tr("&What happened *"),
            "responsible": self.tr("&Responsible person"),
            "conclusion": self.tr("C&onclusion *"),
            "corrective_action": self.tr("Corr&ective action"),
            "preventive_action": self.tr("&Preventive action"),
        }
        self.fields: dict[str, QWidget] = {}
        for name in INVESTIGATION_FIELDS:
            widget: QWidget = QLineEdit() if name == "responsible" else text_box(name, 54)
            widget.setObjectName(f"investigation_{name}")
            self.errors.add_row(self.form, labels[name], widget, name)
            self.fields[name] = widget
            if current is not None:
                self._set(name, getattr(current, name))
        self.setMinimumWidth(640)
        self.fields["cause"].setFocus()

    def _set(self, name: str, text: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)  # type: ignore[attr-defined]

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        return str(widget.toPlainText()).strip()  # type: ignore[attr-defined]

    def submit(self) -> ComplaintRecord:
        values = {name: self.text(name) for name in INVESTIGATION_FIELDS}
        ok = [self.require(name, values[name]) for name in ("conclusion", "facts", "cause")]
        if not all(ok):
            raise incomplete()
        return self._submit(InvestigationInput(**values))


class RemedyDialog(StageDialog):
    def __init__(
        self,
        submit: Callable[[RemedyInput], ComplaintRecord],
        limit_fen: int,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Remedy decided"), self.tr("&Save remedy"), parent)
        self._submit = submit
        self.say(
            self.tr("Compensation above {limit} yuan needs a duty manager's approval.").format(
                limit=yuan(limit_fen)
            )
        )
        self.decision = text_box("remedy_decision", 90)
        self.compensation = QLineEdit()
        self.compensation.setObjectName("remedy_compensation")
        self.compensation.setPlaceholderText("0.00")
        self.compensation.setValidator(
            QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN))
        )
        self.errors.add_row(self.form, self.tr("&Remedy *"), self.decision, "decision")
        self.errors.add_row(
            self.form, self.tr("&Compensation (yuan)"), self.compensation, "compensation_fen"
        )
        self.decision.setFocus()

    def submit(self) -> ComplaintRecord:
        decision = self.decision.toPlainText().strip()
        if not self.require("decision", decision):
            raise incomplete()
        text = self.compensation.text().strip()
        fen = parse_yuan(text) if text else 0
        if fen is None:
            self.errors.show(
                "compensation_fen", complaint_field_text("compensation_fen", "invalid")
            )
            raise incomplete()
        return self._submit(RemedyInput(decision, fen))


class ReplyDialog(StageDialog):
    def __init__(
        self, submit: Callable[[ReplyInput], ComplaintRecord], now: datetime, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Reply to the customer"), self.tr("&Save reply"), parent)
        self._submit = submit
        self.say(self.tr("A low satisfaction reopens the card for a new investigation."))
        self.method = QComboBox()
        self.method.setObjectName("reply_method")
        fill_combo(self.method, tuple(ReplyMethod), reply_method_texts())
        self.replied_at = datetime_edit(now, "replied_at")
        self.content = text_box("reply_content", 100)
        self.satisfaction = satisfaction_combo(self.tr("(not said)"))
        self.satisfaction.setObjectName("reply_satisfaction")
        self.errors.add_row(self.form, self.tr("&How"), self.method, "method")
        self.errors.add_row(self.form, self.tr("&When"), self.replied_at, "replied_at")
        self.errors.add_row(self.form, self.tr("What was &said *"), self.content, "content")
        self.errors.add_row(
            self.form, self.tr("&Satisfaction (1-5)"), self.satisfaction, "satisfaction"
        )
        self.content.setFocus()

    def submit(self) -> ComplaintRecord:
        content = self.content.toPlainText().strip()
        if not self.require("content", content):
            raise incomplete()
        data = ReplyInput(
            str(self.method.currentData()),
            content,
            self.replied_at.chosen(),
            self.satisfaction.currentData(),
        )
        return self._submit(data)


class ComplaintFollowUpDialog(StageDialog):
    def __init__(
        self,
        submit: Callable[[FollowUpInput], ComplaintRecord],
        now: datetime,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Follow-up call or visit"), self.tr("&Save follow-up"), parent)
        self._submit = submit
        self.say(self.tr("An unsatisfied customer reopens the card."))
        self.method = QComboBox()
        self.method.setObjectName("followup_method")
        fill_combo(self.method, tuple(FollowUpMethod), followup_method_texts())
        select_code(self.method, FollowUpMethod.CALL)
        self.at = datetime_edit(now, "followup_at")
        self.result = text_box("followup_result", 90)
        self.satisfaction = satisfaction_combo(self.tr("(not said)"))
        self.satisfaction.setObjectName("followup_satisfaction")
        self.errors.add_row(self.form, self.tr("&How"), self.method, "method")
        self.errors.add_row(self.form, self.tr("&When"), self.at, "at")
        self.errors.add_row(self.form, self.tr("&Result *"), self.result, "result")
        self.errors.add_row(
            self.form, self.tr("&Satisfaction (1-5)"), self.satisfaction, "satisfaction"
        )
        self.result.setFocus()

    def submit(self) -> ComplaintRecord:
        result = self.result.toPlainText().strip()
        if not self.require("result", result):
            raise incomplete()
        data = FollowUpInput(
            str(self.method.currentData()),
            result,
            self.at.chosen(),
            self.satisfaction.currentData(),
        )
        return self._submit(data)
