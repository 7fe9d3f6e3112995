"""客户分析: the month's charts for managers, the same list as the printed report
(analysis_charts), two to a row; each chart saves as PNG or CSV (right-click), the month prints
as PDF, and the classification can be run again on demand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.care.analysis import MonthAnalysis
from app.errors import DomainError
from app.forms.analysis_report import analysis_charts, summary_line
from app.security.permissions import Permission
from app.services import Services
from ui.busy import busy_cursor
from ui.care.care_messages import care_error_text
from ui.care.chart_widget import CHART_HEIGHT, ChartWidget
from ui.care.class_override_dialog import ClassOverrideDialog
from ui.care.month_picker import month_edit, month_of
from ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from ui.widgets.field_errors import message_label


class AnalysisPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_analysis_page")
        self._services = services
        self.analysis: MonthAnalysis | None = None
        self.charts: list[ChartWidget] = []
        self.month = month_edit("analysis_month")
        self.month.dateChanged.connect(self.refresh)
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        for text, slot, name in self._buttons():
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            top.addWidget(button)
        self.summary = QLabel()
        self.summary.setObjectName("analysis_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #1e6b34;")
        self.message = message_label("analysis_message")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def _buttons(self) -> list[tuple[str, object, str]]:
        buttons: list[tuple[str, object, str]] = [
            (self.tr("Re&fresh"), self.refresh, "analysis_refresh"),
            (self.tr("&Print month (PDF)..."), self.print_month, "analysis_pdf"),
            (self.tr("Re&classify customers"), self.reclassify, "analysis_reclassify"),
        ]
        if self._services.desk.can(Permission.OVERRIDE_CLASS):
            buttons.append(
                (self.tr("&Override a class..."), self.override_class, "analysis_override")
            )
        return buttons

    def refresh(self, *_args: object) -> None:
        self.message.hide()
        try:
            with busy_cursor():
                analysis = self._services.care_analysis.month(month_of(self.month))
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.show_analysis(analysis)

    def show_analysis(self, analysis: MonthAnalysis) -> None:
        self.analysis = analysis
        nps = "  ".join(
            f"{m[2:]}: {'—' if v is None else f'{v:g}'}" for m, v in analysis.nps_trend[-6:]
        )
        self.summary.setText(
            f"{summary_line(analysis)}\n" + self.tr("NPS, last 6 months: {nps}").format(nps=nps)
        )
        for chart in self.charts:
            self.grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = [
            ChartWidget(kind, title, pairs) for kind, title, pairs in analysis_charts(analysis)
        ]
        for n, chart in enumerate(self.charts):
            self.grid.addWidget(chart, n // 2, n % 2)
        rows = (len(self.charts) + 1) // 2  # the new charts are not shown yet: the layout
        margins = self.grid.contentsMargins()  # would not count them, so the height is set
        self.grid_host.setMinimumHeight(
            rows * CHART_HEIGHT
            + max(0, rows - 1) * self.grid.spacing()
            + margins.top()
            + margins.bottom()
        )

    def print_month(self) -> None:
        self.message.hide()
        month = month_of(self.month)
        try:
            with busy_cursor():
                pdf = self._services.care_analysis.render(month)
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        preview = PdfPreviewDialog(
            pdf,
            self.tr("Customer analysis {month}").format(month=month),
            f"客户分析-{month}.pdf",
            parent=self,
        )
        preview.exec()
        preview.deleteLater()

    def reclassify(self) -> None:
        self.message.hide()
        try:
            with busy_cursor():
                changes = self._services.care.refresh_classes(force=True)
        except DomainError as exc:
            self._show(care_error_text(exc))
            return
        self.note.setText(
            self.tr("Every customer was classified again: {n} changed.").format(n=len(changes))
        )
        self.refresh()

    def override_class(self) -> None:
        dialog = ClassOverrideDialog(self._services, parent=self)
        if dialog.exec():
            self.note.setText(self.tr("The class override was saved."))
        dialog.deleteLater()

    def wipe(self) -> None:
        for chart in self.charts:
            self.grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        self.analysis = None
        self.summary.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
