"""A repair order's photos at full size: one at a time, fitted to the window as it is resized, with
previous / next between them, the stage and file name, and where it stands ("2 / 5")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.repairs.schemas import PhotoStage


@dataclass(frozen=True)
class ViewerPhoto:
    stage: str  # PhotoStage
    filename: str
    content: bytes


def decode_photo(content: bytes) -> QImage:
    """The photo upright: a phone's JPEG stores its rotation in EXIF, which QImage.fromData
    ignores; a null image when the bytes are no image Qt can read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


class PhotoCanvas(QWidget):
    """The photo scaled to fit, centred, keeping its aspect ratio; the scaled copy is kept until the
    size changes so repaints stay cheap with large photos."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_canvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self._pixmap = QPixmap()
        self._scaled = QPixmap()
        self._message = ""

    def set_image(self, image: QImage, message: str = "") -> None:
        """Show `image`; `message` is shown instead when it is null."""
        self._pixmap = QPixmap.fromImage(image)
        self._message = message
        self._rescale()
        self.update()

    def pixmap(self) -> QPixmap:
        """The photo at its own size."""
        return self._pixmap

    def scaled_pixmap(self) -> QPixmap:
        """The photo as it is drawn now."""
        return self._scaled

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            self._scaled = QPixmap()
            return
        size = self._pixmap.size()
        if size.width() > self.width() or size.height() > self.height():
            self._scaled = self._pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            self._scaled = self._pixmap  # never blown up past its own size

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rescale()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        if self._scaled.isNull():
            painter.setPen(QColor("white"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)
        else:
            target = QRect(0, 0, self._scaled.width(), self._scaled.height())
            target.moveCenter(self.rect().center())
            painter.drawPixmap(target, self._scaled)
        painter.end()


class PhotoViewerDialog(QDialog):
    """Left / Right (or Page Up / Page Down) step between the photos; Esc closes."""

    def __init__(
        self, photos: Sequence[ViewerPhoto], index: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.photos = tuple(photos)
        self.index = 0
        self.canvas = PhotoCanvas()
        self.caption = QLabel()
        self.caption.setObjectName("photo_caption")
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counter = QLabel()
        self.counter.setObjectName("photo_counter")
        self.previous = QPushButton(self.tr("< &Previous"))
        self.previous.setObjectName("photo_previous")
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setObjectName("photo_next")
        for button in (self.previous, self.next):
            button.setAutoDefault(False)
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.counter)
        row.addWidget(self.next)
        row.addSpacing(12)
        row.addWidget(self.caption, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self.resize(self._start_size())
        self.show_photo(index)
        close.setFocus()

    def _start_size(self) -> QSize:
        """Most of the screen, so a photo opens large."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(900, 680)
        area = screen.availableGeometry().size()
        return QSize(int(area.width() * 0.8), int(area.height() * 0.85))

    def show_photo(self, index: int) -> None:
        if not self.photos:
            self.canvas.set_image(QImage(), self.tr("No photos."))
            self.previous.setEnabled(False)
            self.next.setEnabled(False)
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        stage = self.tr("Before") if photo.stage == PhotoStage.BEFORE else self.tr("After")
        caption = self.tr("{stage}: {filename}").format(stage=stage, filename=photo.filename)
        self.caption.setText(caption)
        self.counter.setText(f"{self.index + 1} / {len(self.photos)}")
        self.setWindowTitle(self.tr("Photo – {caption}").format(caption=caption))
        self.canvas.set_image(decode_photo(photo.content), self.tr("This photo cannot be shown."))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.photos) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_photo(self.index - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.show_photo(self.index + 1)
        elif key == Qt.Key.Key_Home:
            self.show_photo(0)
        elif key == Qt.Key.Key_End:
            self.show_photo(len(self.photos) - 1)
        else:
            super().keyPressEvent(event)
