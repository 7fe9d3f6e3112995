"""附件: scanned IDs, signed forms, contracts. Viewed from memory only (a scaled QLabel for images,
QPdfView over a QBuffer for PDFs); the decrypted bytes are never written to disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.customers.attachments import AttachmentInfo, AttachmentKind, AttachmentService
from app.errors import DomainError
from ui.customers.file_tabs import combo, select_data
from ui.customers.prompts import ask_reason
from ui.labels import attachment_kind_text, local_time
from ui.messages import error_text
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import message_label
from ui.widgets.table_view import make_table

FILE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf"


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _columns() -> list[Column[AttachmentInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("AttachmentTableModel", "Kind"),
            lambda r: attachment_kind_text(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("AttachmentTableModel", "File name"),
            lambda r: r.filename,
        ),
        Column(
            lambda: QCoreApplication.translate("AttachmentTableModel", "Size"),
            lambda r: _size(r.size),
            lambda r: r.size,
        ),
        Column(
            lambda: QCoreApplication.translate("AttachmentTableModel", "Added"),
            lambda r: local_time(r.created_at),
        ),
    ]


class ImageLabel(QLabel):
    """Keeps the full image and shows it scaled to the space it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_image")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 200)
        self._full = QPixmap()

    def set_image(self, pixmap: QPixmap) -> None:
        self._full = pixmap
        self._rescale()

    def clear(self) -> None:
        self._full = QPixmap()
        super().clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._full.isNull():
            return
        self.setPixmap(
            self._full.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class AttachmentsTab(QWidget):
    def __init__(
        self, attachments: AttachmentService, customer_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._attachments = attachments
        self._customer_id = customer_id
        self.model: RowTableModel[AttachmentInfo] = RowTableModel(_columns(), self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("attachment_table")
        self.view.activated.connect(lambda _index: self.view_selected())
        self.kind = combo([(attachment_kind_text(k.value), k.value) for k in AttachmentKind])
        select_data(self.kind, AttachmentKind.SIGNED_FORM.value)  # an ID scan needs consent
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        add = QPushButton(self.tr("&Add file..."))
        add.clicked.connect(self.choose_file)
        show = QPushButton(self.tr("&View"))
        show.clicked.connect(self.view_selected)
        remove = QPushButton(self.tr("&Remove..."))
        remove.clicked.connect(self.remove_selected)
        for button in (add, show, remove):
            button.setEnabled(bool(customer_id))
        self.image = ImageLabel()
        self._buffer = QBuffer(self)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("attachment_pdf")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer = QStackedWidget()
        self.viewer.addWidget(self.image)
        self.viewer.addWidget(self.pdf_view)
        self.message = message_label("attachment_message")
        if not customer_id:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Save the new file first, then add attachments."))
            self.message.show()
        buttons = QHBoxLayout()
        buttons.addWidget(kind_label)
        buttons.addWidget(self.kind)
        buttons.addWidget(add)
        buttons.addWidget(show)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        if not self._customer_id:
            return
        try:
            self.model.set_rows(self._attachments.list(self._customer_id))
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.view.resizeColumnsToContents()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add attachment"),
            str(Path.home()),
            self.tr("Images and PDF") + f" ({FILE_FILTER})",
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> AttachmentInfo | None:
        self.message.hide()
        try:
            content = path.read_bytes()
        except OSError as exc:
            self._show(str(exc))
            return None
        try:
            info = self._attachments.add(
                self._customer_id, str(self.kind.currentData()), path.name, content
            )
        except DomainError as exc:
            self._show(error_text(exc))
            return None
        self.reload()
        return info

    def _selected(self) -> AttachmentInfo | None:
        index = self.view.currentIndex()
        if not index.isValid():
            if self.model.rowCount() != 1:
                return None
            return self.model.row_at(0)
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def view_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        self.message.hide()
        try:
            opened = self._attachments.open(info.id)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.wipe_viewer()
        if opened.info.content_type == "application/pdf":
            self._buffer.setData(QByteArray(opened.content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            self.viewer.setCurrentWidget(self.pdf_view)
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(opened.content):
            self._show(self.tr("This image cannot be shown."))
            return
        self.image.set_image(pixmap)
        self.viewer.setCurrentWidget(self.image)

    def remove_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        reason = ask_reason(
            self,
            self.tr("Remove attachment"),
            self.tr("Why is {name} removed?").format(name=info.filename),
        )
        if reason is None:
            return
        try:
            self._attachments.remove(info.id, reason)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.wipe_viewer()
        self.reload()

    def wipe_viewer(self) -> None:
        """Drop decrypted content from memory (another attachment, or the dialog closing)."""
        self.image.clear()
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
