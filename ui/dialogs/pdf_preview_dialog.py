"""Preview a rendered PDF form, print it, or save it as a file (written atomically)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.files import atomic_write_bytes

PRINT_DPI = 300


def save_pdf_as(parent: QWidget, data: bytes, suggested_name: str) -> Path | None:
    """Ask where to save, then write temp + fsync + replace; None if cancelled or failed."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfPreviewDialog", "Save as PDF"),
        str(Path.home() / suggested_name),
        "PDF (*.pdf)",
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfPreviewDialog", "Save as PDF"), str(exc)
        )
        return None
    return path


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page as a 300 dpi image scaled to the printable area."""
    painter = QPainter(printer)
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                int(points.width() / 72 * PRINT_DPI), int(points.height() / 72 * PRINT_DPI)
            )
            image = document.render(page, size)
            scaled = image.scaled(
                area.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(QPointF(0, 0), scaled)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        printer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._data = data
        self._suggested = suggested_name
        self._printer_name = printer_name
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        print_button = QPushButton(self.tr("&Print..."))
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("&Save as PDF..."))
        save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(720, 900)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._printer_name:
            printer.setPrinterName(self._printer_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)
            self.status.setText(self.tr("Sent to the printer."))

    def save_as(self) -> None:
        path = save_pdf_as(self, self._data, self._suggested)
        if path is not None:
            self.status.setText(self.tr("Saved: {path}").format(path=str(path)))
