"""Photos of a repair picked from files (before the work at intake, after it at completion); they
are read into memory when picked and handed to the service once the order step is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.repairs.service import RepairService
from ui.repairs.repair_messages import repair_error_text

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff"


class PhotoPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[tuple[str, bytes]] = []
        self.list = QListWidget()
        self.list.setObjectName("repair_photos")
        self.list.setMaximumHeight(70)
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
        self.list.addItem(f"{filename} ({max(1, len(content) // 1024)} KB)")

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.photos):
            del self.photos[row]
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
