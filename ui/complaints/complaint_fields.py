"""Small inputs the complaint dialogs share: a local date-time field read back as UTC, a row of
tick boxes for a multi-choice, combos filled from codes, a staff picker, a 1-5 satisfaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QGridLayout, QWidget

from app.complaints.schemas import HandlerOption
from app.complaints.service import ComplaintService
from ui.complaints.complaint_words import text_of

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def service_now(service: ComplaintService) -> datetime:
    """The complaint service's own clock (tests move it)."""
    return service.now()


class MomentEdit(QDateTimeEdit):
    """A local date and time to the minute; chosen() is None until staff change it, so "now"
    stays the service's exact now (a reply in the intake's minute is not "before" it)."""

    def __init__(self, moment: datetime, object_name: str = "") -> None:
        super().__init__()
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setCalendarPopup(True)
        set_moment(self, moment)
        self.touched = False
        self.dateTimeChanged.connect(self._changed)
        if object_name:
            self.setObjectName(object_name)

    def _changed(self) -> None:
        self.touched = True

    def utc(self) -> datetime:
        return utc_of(self)

    def chosen(self) -> datetime | None:
        return self.utc() if self.touched else None


def datetime_edit(moment: datetime, object_name: str = "") -> MomentEdit:
    return MomentEdit(moment, object_name)


def set_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    local = moment.astimezone().replace(second=0, microsecond=0)
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))


def utc_of(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def fill_combo(combo: QComboBox, codes: Iterable[str], texts: dict[str, str]) -> None:
    """Items worded for the desk, each carrying its code."""
    combo.clear()
    for code in codes:
        combo.addItem(text_of(texts, code), code)


def select_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_staff(combo: QComboBox, options: Sequence[HandlerOption], none_text: str) -> None:
    """Keeps the chosen person when the list is refilled (e.g. the handler list)."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(none_text, None)
    for option in options:
        combo.addItem(option.display_name, option.staff_id)
    if chosen is not None:
        select_code(combo, chosen)


def combo_staff_id(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


def satisfaction_combo(none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for score in range(5, 0, -1):
        combo.addItem("★" * score + f"  {score}", score)
    return combo


class CheckChoices(QWidget):
    """Tick boxes in a grid, one per code; selected() keeps the codes' order."""

    def __init__(
        self, codes: Sequence[str], texts: dict[str, str], columns: int = 3, name: str = ""
    ) -> None:
        super().__init__()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, code in enumerate(codes):
            box = QCheckBox(text_of(texts, code))
            box.setObjectName(f"{name}_{code}" if name else code)
            grid.addWidget(box, n // columns, n % columns)
            self.boxes[code] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def selected(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
