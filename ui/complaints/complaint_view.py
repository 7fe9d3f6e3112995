"""One complaint card on screen: every section of the paper card, its deadlines with the paused
time, and the state history with who and when."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app.complaints.schemas import ComplaintEventRecord, ComplaintRecord, DeadlineStatus
from app.members.schemas import yuan
from ui.complaints.complaint_table_model import utc_text
from ui.complaints.complaint_words import (
    category_texts,
    channel_texts,
    deadline_state_texts,
    deadline_texts,
    department_texts,
    event_kind_texts,
    followup_method_texts,
    kind_texts,
    major_reason_texts,
    reply_method_texts,
    request_texts,
    section_texts,
    severity_texts,
    state_texts,
    text_of,
)
from ui.customers.search_model import phone_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.due_words import short_time
from ui.widgets.table_view import make_table

translate = QCoreApplication.translate  # a plain name lupdate finds

LATE_STATES = ("overdue", "late")


def duration_text(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds) // 60, 60)
    return translate("ComplaintView", "{h} h {m} min").format(h=hours, m=rest)


def _when(moment: object) -> str:
    return short_time(moment) if moment is not None else ""  # type: ignore[arg-type]


def history_columns() -> list[Column[ComplaintEventRecord]]:
    def change(e: ComplaintEventRecord) -> str:
        if e.kind != "state":
            return text_of(event_kind_texts(), e.kind)
        if not e.from_state:
            return text_of(state_texts(), e.to_state)
        return f"{text_of(state_texts(), e.from_state)} → {text_of(state_texts(), e.to_state)}"

    def note(e: ComplaintEventRecord) -> str:
        if e.kind == "record":
            return text_of(section_texts(), e.note)
        if e.kind == "major":
            return "、".join(text_of(major_reason_texts(), c) for c in e.note.split(",") if c)
        if e.kind == "approve" and e.note.isdigit():
            return translate("ComplaintView", "{amount} yuan").format(amount=yuan(int(e.note)))
        if e.kind == "state" and e.note == "unsatisfied":
            return translate("ComplaintView", "The customer was not satisfied")
        return e.note

    return [
        Column(
            lambda: translate("ComplaintView", "When"),
            lambda e: short_time(e.at),
            lambda e: utc_text(e.at),
        ),
        Column(lambda: translate("ComplaintView", "Who"), lambda e: e.staff_name),
        Column(lambda: translate("ComplaintView", "Change"), change),
        Column(lambda: translate("ComplaintView", "Note"), note),
    ]


def _section(title: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#555; padding-right:12px'>{escape(k)}</td>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
        if v
    )
    empty = escape(translate("ComplaintView", "Not yet recorded"))
    body = cells or f"<tr><td style='color:#888'>{empty}</td></tr>"
    return f"<h3 style='margin-bottom:2px'>{escape(title)}</h3><table>{body}</table>"


def _deadline_row(status: DeadlineStatus) -> tuple[str, str]:
    text = translate("ComplaintView", "due {due}, {state}, {percent}% of the time used").format(
        due=short_time(status.due_at),
        state=text_of(deadline_state_texts(), status.state),
        percent=status.used_percent,
    )
    if status.met_at is not None:
        text += translate("ComplaintView", ", met {when}").format(when=short_time(status.met_at))
    return text_of(deadline_texts(), status.deadline), text


def _complainant(r: ComplaintRecord) -> str:
    if r.anonymous:
        return translate("ComplaintView", "Anonymous")
    phone = phone_text(r.contact_phone)
    return f"{r.customer_name}  {phone}".strip() + (
        "" if r.customer_id else translate("ComplaintView", " (no file)")
    )


def card_html(r: ComplaintRecord) -> str:
    """The card's sections as rich text (escaped: what customers said is shown, never run)."""
    codes = lambda texts, values: "、".join(text_of(texts, v) for v in values)  # noqa: E731
    asks = " ".join(x for x in (codes(request_texts(), r.requests), r.request_note) if x)
    intake = [
        (translate("ComplaintView", "Received"), short_time(r.received_at)),
        (translate("ComplaintView", "Channel"), text_of(channel_texts(), r.channel)),
        (translate("ComplaintView", "Complainant"), _complainant(r)),
        (translate("ComplaintView", "Category"), text_of(category_texts(), r.category)),
        (translate("ComplaintView", "What happened"), r.summary),
        (translate("ComplaintView", "Asks for"), asks),
        (translate("ComplaintView", "Department"), text_of(department_texts(), r.department)),
        (translate("ComplaintView", "Staff concerned"), r.staff_concerned_name),
        (translate("ComplaintView", "Severity"), text_of(severity_texts(), r.severity)),
        (translate("ComplaintView", "Major because"), codes(major_reason_texts(), r.major_reasons)),
        (translate("ComplaintView", "Promised reply by"), _when(r.promised_reply_at)),
        (translate("ComplaintView", "Handler"), r.handler_name),
        (translate("ComplaintView", "Recorded by"), r.created_by),
    ]
    plan = [
        (translate("ComplaintView", "Plan"), r.plan),
        (translate("ComplaintView", "Written"), _when(r.plan_at)),
    ]
    inv = r.investigation
    investigation = (
        [
            (translate("ComplaintView", "Cause"), inv.cause),
            (translate("ComplaintView", "What happened"), inv.facts),
            (translate("ComplaintView", "Responsible person"), inv.responsible),
            (translate("ComplaintView", "Conclusion"), inv.conclusion),
            (translate("ComplaintView", "Corrective action"), inv.corrective_action),
            (translate("ComplaintView", "Preventive action"), inv.preventive_action),
            (translate("ComplaintView", "Reported"), _when(r.investigated_at)),
        ]
        if inv is not None
        else []
    )
    compensation = yuan(r.compensation_fen) if r.compensation_fen else ""
    if compensation and r.compensation_needs_approval:
        compensation += translate("ComplaintView", " (waiting for a manager's approval)")
    elif compensation and r.compensation_approved_by:
        compensation += translate("ComplaintView", " (approved by {name})").format(
            name=r.compensation_approved_by
        )
    remedy = [
        (translate("ComplaintView", "Remedy"), r.remedy),
        (translate("ComplaintView", "Compensation (yuan)"), compensation),
    ]
    reply = []
    if r.reply is not None:
        reply = [
            (translate("ComplaintView", "How"), text_of(reply_method_texts(), r.reply.method)),
            (translate("ComplaintView", "When"), short_time(r.reply.replied_at)),
            (translate("ComplaintView", "What was said"), r.reply.content),
            (translate("ComplaintView", "By"), r.reply.staff_name),
        ]
    reply.append((translate("ComplaintView", "Satisfaction (1-5)"), str(r.satisfaction or "")))
    followup = [(translate("ComplaintView", "Due on"), r.followup_due_on or "")]
    if r.followup is not None:
        f = r.followup
        followup += [
            (translate("ComplaintView", "How"), text_of(followup_method_texts(), f.method)),
            (translate("ComplaintView", "When"), short_time(f.at)),
            (translate("ComplaintView", "Result"), f.result),
            (translate("ComplaintView", "Satisfaction (1-5)"), str(f.satisfaction or "")),
            (translate("ComplaintView", "By"), f.staff_name),
        ]
    paused = duration_text(r.paused_seconds)
    if r.paused_since is not None:
        paused += translate("ComplaintView", ", waiting since {when}").format(
            when=short_time(r.paused_since)
        )
    deadlines = [_deadline_row(d) for d in r.deadlines] + [
        (translate("ComplaintView", "Paused time"), paused)
    ]
    parts = [
        _section(translate("ComplaintView", "Intake"), intake),
        _section(translate("ComplaintView", "Deadlines"), deadlines),
        _section(translate("ComplaintView", "Handling plan"), plan) if r.is_major or r.plan else "",
        _section(translate("ComplaintView", "Investigation report"), investigation),
        _section(translate("ComplaintView", "Handling"), remedy),
        _section(translate("ComplaintView", "Reply to the customer"), reply),
        _section(translate("ComplaintView", "Follow-up"), followup),
    ]
    return "".join(parts)


def heading_text(r: ComplaintRecord) -> str:
    parts = [r.number, text_of(kind_texts(), r.kind), text_of(state_texts(), r.state)]
    if r.is_major:
        parts.append(translate("ComplaintView", "MAJOR"))
    if r.paused:
        parts.append(translate("ComplaintView", "clock paused"))
    if r.closed_at is not None:
        parts.append(
            translate("ComplaintView", "closed {when}").format(when=short_time(r.closed_at))
        )
    return "  ·  ".join(parts)


class ComplaintView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_view")
        self.record: ComplaintRecord | None = None
        self.heading = QLabel()
        self.heading.setObjectName("complaint_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details = QTextBrowser()
        self.details.setObjectName("complaint_details")
        self.history: RowTableModel[ComplaintEventRecord] = RowTableModel(history_columns(), self)
        self.history_view, _proxy = make_table(self.history, self)  # type: ignore[arg-type]
        self.history_view.setObjectName("complaint_history")
        history_title = QLabel(self.tr("History"))
        history_title.setStyleSheet("font-weight: bold;")
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(history_title)
        column.addWidget(self.history_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.details)
        split.addWidget(lower)
        split.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.clear()

    def show_record(self, record: ComplaintRecord) -> None:
        self.record = record
        self.heading.setText(heading_text(record))
        late = any(d.state == "overdue" for d in record.deadlines)
        self.heading.setStyleSheet(
            "font-size: 14pt; font-weight: bold;" + (" color: #b3261e;" if late else "")
        )
        self.details.setHtml(card_html(record))
        self.history.set_rows(record.events)
        self.history_view.resizeColumnsToContents()

    def clear(self) -> None:
        self.record = None
        self.heading.setText(self.tr("Choose a card in the list, or record a new one."))
        self.heading.setStyleSheet("font-size: 12pt; color: #555;")
        self.details.clear()
        self.history.clear()
