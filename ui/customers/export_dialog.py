"""导出客户 (managers, audited): every live file to a .csv or .xlsx with the template's columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import Services
from ui.messages import error_text
from ui.widgets.field_errors import message_label

FILTERS = "Excel (*.xlsx);;CSV (*.csv)"


class ExportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export customers"))
        self._services = services
        self.count: int | None = None
        note = QLabel(
            self.tr(
                "The export holds personal information in the clear: keep the file safe and "
                "delete it when it is no longer needed. The export is recorded in the audit log."
            )
        )
        note.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setPlaceholderText(self.tr("A .xlsx or .csv file"))
        path_label = QLabel(self.tr("&Save to:"))
        path_label.setBuddy(self.path)
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.result_label = QLabel()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.message = message_label("export_message")
        self.run_button = QPushButton(self.tr("&Export"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def choose_path(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            str(Path.home() / self.tr("customers.xlsx")),
            FILTERS,
        )
        if name:
            if not name.lower().endswith((".xlsx", ".csv")):
                name += ".csv" if "csv" in chosen.lower() else ".xlsx"
            self.path.setText(name)

    def run_export(self) -> None:
        self.message.hide()
        self.result_label.clear()
        text = self.path.text().strip()
        if not text:
            self.choose_path()
            text = self.path.text().strip()
            if not text:
                return
        try:
            self.count = self._services.exporter.export(Path(text))
        except (DomainError, OSError) as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.result_label.setText(
            self.tr("{n} customer file(s) exported to {path}.").format(n=self.count, path=text)
        )
