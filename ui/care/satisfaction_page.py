"""满意度: record an answer at the desk; managers see the month's figures (answers, CSAT average,
promoters / passives / detractors, NPS) and the comments."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.care.schemas import SatisfactionMonth
from app.errors import DomainError
from app.security.permissions import Permission
from app.services import Services
from ui.care.care_messages import care_error_text
from ui.care.month_picker import month_edit, month_of
from ui.care.satisfaction_dialog import SatisfactionDialog
from ui.widgets.field_errors import message_label

FIGURES = ("answers", "csat", "promoters", "passives", "detractors", "nps")


class SatisfactionPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_satisfaction_page")
        self._services = services
        record = QPushButton(self.tr("&Record an answer..."))
        record.setObjectName("satisfaction_record")
        record.setAutoDefault(False)
        record.clicked.connect(self.record)
        record.setVisible(services.desk.can(Permission.CARE_TASKS))
        self.note = QLabel()
        self.note.setStyleSheet("color: #1e6b34;")
        self.message = message_label("satisfaction_page_message")
        top = QHBoxLayout()
        top.addWidget(record)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        self.month = month_edit("satisfaction_month")
        self.figures: dict[str, QLabel] = {}
        self.comments = QPlainTextEdit()
        self.comments.setReadOnly(True)
        self.shows_figures = services.desk.can(Permission.VIEW_ANALYSIS)
        if self.shows_figures:
            self._add_figures(layout)
        else:
            layout.addStretch(1)

    def _add_figures(self, layout: QVBoxLayout) -> None:
        self.month.dateChanged.connect(self.refresh)
        row = QHBoxLayout()
        heading = QLabel(self.tr("This month's figures"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month)
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.month)
        words = {
            "answers": self.tr("Answers:"),
            "csat": self.tr("Satisfaction (CSAT) average:"),
            "promoters": self.tr("Promoters (9-10):"),
            "passives": self.tr("Passives (7-8):"),
            "detractors": self.tr("Detractors (0-6):"),
            "nps": self.tr("Net promoter score (NPS):"),
        }
        form = QFormLayout()
        for key in FIGURES:
            value = QLabel()
            value.setObjectName(f"satisfaction_{key}")
            value.setStyleSheet("font-size: 12pt;")
            self.figures[key] = value
            form.addRow(words[key], value)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Comments:")))
        layout.addWidget(self.comments, 1)

    def refresh(self) -> None:
        if not self.shows_figures:
            return
        self.message.hide()
        try:
            month = self._services.care.satisfaction_month(month_of(self.month))
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.show_month(month)

    def show_month(self, m: SatisfactionMonth) -> None:
        dash = "—"
        values = {
            "answers": str(m.answers),
            "csat": dash if m.csat_average is None else f"{m.csat_average:.2f}  (n={m.csat_count})",
            "promoters": str(m.promoters),
            "passives": str(m.passives),
            "detractors": str(m.detractors),
            "nps": dash if m.nps is None else f"{m.nps:g}  (n={m.nps_count})",
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        self.comments.setPlainText("\n\n".join(m.comments))

    def record(self) -> None:
        self.note.clear()
        dialog = SatisfactionDialog(self._services, self)
        if dialog.exec():
            self.note.setText(self.tr("The answer was recorded."))
            self.refresh()
        dialog.deleteLater()

    def wipe(self) -> None:
        self.comments.clear()
        for value in self.figures.values():
            value.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
