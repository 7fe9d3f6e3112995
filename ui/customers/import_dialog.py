"""导入客户 (managers): choose a CSV/XLSX list, check the preview and the column mapping, then run
the import (or a dry run); refused rows go to a rejects file beside the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.import_service import ImportPreview, ImportSummary
from app.errors import DomainError
from app.importing.customer_rows import write_template
from app.services import Services
from ui.customers.import_preview_model import ImportPreviewModel, field_texts
from ui.messages import error_text
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import customers"))
        self._services = services
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A .csv or .xlsx list (Excel, GB18030 or UTF-8)"))
        choose = QPushButton(self.tr("&Choose file..."))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Download &template..."))
        template.clicked.connect(self.save_template)
        top = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(choose)
        top.addWidget(file_label)
        top.addWidget(self.file, 1)
        top.addWidget(choose)
        top.addWidget(template)
        self.info = QLabel()
        self.info.setObjectName("import_info")
        self.info.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns (change to map by hand)"))
        grid = QGridLayout(mapping_box)
        for n, (field, text) in enumerate(field_texts().items()):
            box = QComboBox()
            box.setObjectName(f"map_{field}")
            box.currentIndexChanged.connect(lambda _i: self.refresh_preview(manual=True))
            label = QLabel(text + self.tr(":"))
            label.setBuddy(box)
            grid.addWidget(label, n // 5, (n % 5) * 2)
            grid.addWidget(box, n // 5, (n % 5) * 2 + 1)
            self.combos[field] = box
        self.model = ImportPreviewModel(self)
        self.view, _proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("import_preview")
        self.dry_run = QCheckBox(self.tr("&Dry run (check only, import nothing)"))
        self.run_button = QPushButton(self.tr("&Import"))
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_import)
        self.result_label = QLabel()
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open the rejects &folder"))
        self.open_folder.hide()
        self.open_folder.clicked.connect(self.show_rejects_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.message = message_label("import_message")
        bottom = QHBoxLayout()
        bottom.addWidget(self.dry_run)
        bottom.addStretch(1)
        bottom.addWidget(self.open_folder)
        bottom.addWidget(self.run_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(mapping_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.resize(1000, 640)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), str(Path.home()), "Excel / CSV (*.xlsx *.csv)"
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path = path
        self.file.setText(str(path))
        self.summary = None
        self.result_label.clear()
        self.open_folder.hide()
        self.refresh_preview(manual=False)

    def mapping(self) -> dict[str, int]:
        return {
            field: int(box.currentData())
            for field, box in self.combos.items()
            if box.currentData() is not None
        }

    def refresh_preview(self, manual: bool = True) -> None:
        if self.path is None:
            return
        self.message.hide()
        try:
            preview = self._services.importer.preview(
                self.path, self.mapping() if manual else None, PREVIEW_ROWS
            )
        except DomainError as exc:
            self.model.clear()
            self.run_button.setEnabled(False)
            self._show(error_text(exc))
            return
        self.preview = preview
        self._fill_combos(preview)
        self.model.set_preview(preview.headers, preview.rows)
        self.view.resizeColumnsToContents()
        refused = sum(1 for r in preview.rows if r.action == "reject")
        lines = [
            self.tr(
                "{rows} row(s) in the file; the first {shown} below, {refused} refused."
            ).format(rows=preview.total_rows, shown=len(preview.rows), refused=refused),
            self.tr("Encoding: {encoding}").format(encoding=(preview.encoding or "XLSX").upper()),
        ]
        if preview.ignored:
            lines.append(
                self.tr("Not imported: {columns}").format(columns="、".join(preview.ignored))
            )
        if preview.missing:
            names = "、".join(field_texts().get(f, f) for f in preview.missing)
            lines.append(self.tr("Map a column to: {fields}").format(fields=names))
        self.info.setText("\n".join(lines))
        self.run_button.setEnabled(not preview.missing)

    def _fill_combos(self, preview: ImportPreview) -> None:
        for field, box in self.combos.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(preview.headers):
                box.addItem(header or self.tr("Column {n}").format(n=index + 1), index)
            chosen = preview.mapping.get(field)
            box.setCurrentIndex(box.findData(chosen) if chosen is not None else 0)
            box.blockSignals(False)

    def run_import(self) -> None:
        if self.path is None:
            return
        self.message.hide()
        try:
            summary = self._services.importer.run(
                self.path, self.mapping(), dry_run=self.dry_run.isChecked()
            )
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.summary = summary
        text = self.tr(
            "{new} new, {updated} corrected, {unchanged} unchanged, {rejected} refused."
        ).format(
            new=summary.imported,
            updated=summary.updated,
            unchanged=summary.unchanged,
            rejected=summary.rejected,
        )
        if summary.dry_run:
            text = self.tr("Dry run, nothing imported: ") + text
        if summary.rejects_file is not None:
            text += "\n" + self.tr("Refused rows, with their reasons: {path}").format(
                path=str(summary.rejects_file)
            )
        self.result_label.setText(text)
        self.open_folder.setVisible(summary.rejects_file is not None)
        if not summary.dry_run:
            self.refresh_preview()

    def show_rejects_folder(self) -> None:
        if self.summary is not None and self.summary.rejects_file is not None:
            folder = self.summary.rejects_file.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Download template"),
            str(Path.home() / self.tr("customer-template.xlsx")),
            "Excel (*.xlsx)",
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            write_template(path)
        except OSError as exc:
            self._show(str(exc))
            return
        self.result_label.setText(self.tr("Template saved: {path}").format(path=str(path)))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
