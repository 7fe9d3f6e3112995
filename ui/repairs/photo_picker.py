"""Photos of a repair picked from files (before the work at intake, after it at completion); they
are read into memory when picked and handed to the service once the order step is saved. Each is
listed with a thumbnail; double-click or Enter opens it full size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.repairs.schemas import PhotoStage
from app.repairs.service import RepairService
from ui.repairs.photo_viewer import PhotoViewerDialog, ViewerPhoto, decode_photo
from ui.repairs.repair_messages import repair_error_text

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff"
ICON_SIZE = QSize(64, 48)


class PhotoPicker(QWidget):
    def __init__(self, stage: str = PhotoStage.BEFORE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.photos: list[tuple[str, bytes]] = []
        self.viewer: PhotoViewerDialog | None = None
        self.list = QListWidget()
        self.list.setObjectName("repair_photos")
        self.list.setIconSize(ICON_SIZE)
        self.list.setMaximumHeight(ICON_SIZE.height() * 2 + 12)
        self.list.setToolTip(self.tr("Double-click a photo to see it full size"))
        self.list.itemActivated.connect(self._view)
        add = QPushButton(self.tr("Add photo..."))
        add.setAutoDefault(False)
        add.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.setFocusProxy(add)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), str(Path.home()), self.tr("Images") + f" ({PHOTO_FILTER})"
        )
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.list.addItem(f"{path.name}: {exc.strerror or exc}")
            return
        self.add_photo(path.name, content)

    def add_photo(self, filename: str, content: bytes) -> None:
        self.photos.append((filename, content))
        item = QListWidgetItem(f"{filename} ({max(1, len(content) // 1024)} KB)")
        image = decode_photo(content)
        if not image.isNull():
            thumb = image.scaled(
                ICON_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
        item.setData(Qt.ItemDataRole.UserRole, True)  # a photo, not a file that could not be read
        self.list.addItem(item)

    def _photo_index(self, row: int) -> int | None:
        """The photo listed at `row`: the list also holds the files that could not be read."""
        item = self.list.item(row)
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return None
        return sum(1 for r in range(row) if self.list.item(r).data(Qt.ItemDataRole.UserRole))

    def _view(self, item: QListWidgetItem) -> None:
        """The full-size viewer on the activated photo; a file that could not be read has none."""
        index = self._photo_index(self.list.row(item))
        if index is None:
            return
        if self.viewer is not None:
            self.viewer.close()
        photos = [ViewerPhoto(self.stage, name, content) for name, content in self.photos]
        self.viewer = PhotoViewerDialog(photos, index, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._viewer_gone)
        self.viewer.open()

    def _viewer_gone(self) -> None:
        self.viewer = None

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        index = self._photo_index(row)
        if index is not None:
            del self.photos[index]
        if row >= 0:
            self.list.takeItem(row)

    def upload(self, repairs: RepairService, order_id: str, stage: str) -> list[str]:
        """Hand every photo to the service; the refusals come back worded, one per photo."""
        refused = []
        for filename, content in self.photos:
            try:
                repairs.add_photo(order_id, stage, filename, content)
            except DomainError as exc:
                refused.append(f"{filename}: {repair_error_text(exc)}")
        self.photos.clear()
        self.list.clear()
        return refused
