"""The technicians engineering dispatches to: name, specialties, the staff account their reminders
go to, and whether they still work here (kept by the engineering supervisor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.repairs.schemas import TechnicianInput, TechnicianRecord
from app.services import Services
from ui.labels import yes_no
from ui.members.members_room import NOTE_STYLE
from ui.models.row_model import ROW_ROLE, Column, RowTableModel
from ui.repairs.repair_messages import repair_error_text, specialty_texts, text_of
from ui.widgets.field_errors import FieldErrors, message_label
from ui.widgets.table_view import make_table


def technician_columns() -> list[Column[TechnicianRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("TechniciansPage", "Name"), lambda r: r.name),
        Column(
            lambda: QCoreApplication.translate("TechniciansPage", "Specialties"),
            lambda r: "、".join(text_of(specialty_texts(), s) for s in r.specialties),
        ),
        Column(
            lambda: QCoreApplication.translate("TechniciansPage", "Active"),
            lambda r: yes_no(r.active),
        ),
    ]


class TechniciansPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("technicians_page")
        self._services = services
        self.editing: int | None = None
        self.errors = FieldErrors()
        self.model: RowTableModel[TechnicianRecord] = RowTableModel(technician_columns(), self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("technicians_table")
        self.view.clicked.connect(lambda _i: self.edit_selected())
        self.name = QLineEdit()
        self.name.setObjectName("technician_name")
        self.specialties: dict[str, QCheckBox] = {}
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (code, text) in enumerate(specialty_texts().items()):
            box = QCheckBox(text)
            box.setObjectName(f"specialty_{code}")
            grid.addWidget(box, n // 4, n % 4)
            self.specialties[code] = box
        self.staff = QComboBox()
        self.staff.setObjectName("technician_staff")
        self.active = QCheckBox(self.tr("Still works here"))
        self.active.setChecked(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name"), self.name, "name")
        self.errors.add_row(form, self.tr("&Specialties"), boxes, "specialties")
        self.errors.add_row(form, self.tr("Staff &account"), self.staff, "staff_id")
        form.addRow("", self.active)
        new = QPushButton(self.tr("N&ew technician"))
        new.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setObjectName("technician_save")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = message_label("technicians_message")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.note)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(right, 1)

    def reload(self) -> None:
        self.message.hide()
        try:
            self.model.set_rows(self._services.technicians.list(active_only=False))
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.view.resizeColumnsToContents()
        self._fill_staff()

    def _fill_staff(self) -> None:
        """Linking an account needs the staff list; a role that may not read it links none."""
        chosen = self.staff.currentData()
        self.staff.clear()
        self.staff.addItem(self.tr("(no staff account)"), None)
        try:
            colleagues = self._services.staff.colleagues()
        except DomainError:
            colleagues = []
        for person in colleagues:
            self.staff.addItem(f"{person.display_name} ({person.username})", person.id)
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))

    def start_new(self) -> None:
        self.editing = None
        self.name.clear()
        for box in self.specialties.values():
            box.setChecked(False)
        self.staff.setCurrentIndex(0)
        self.active.setChecked(True)
        self.name.setFocus()

    def edit_selected(self) -> None:
        index = self.view.currentIndex()
        tech = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(tech, TechnicianRecord):
            return
        self.editing = tech.id
        self.name.setText(tech.name)
        for code, box in self.specialties.items():
            box.setChecked(code in tech.specialties)
        self.staff.setCurrentIndex(max(self.staff.findData(tech.staff_id), 0))
        self.active.setChecked(tech.active)

    def technician_input(self) -> TechnicianInput:
        chosen = tuple(code for code, box in self.specialties.items() if box.isChecked())
        staff_id = self.staff.currentData()
        return TechnicianInput(
            self.name.text().strip(),
            chosen,
            int(staff_id) if staff_id is not None else None,
            self.active.isChecked(),
            self.editing,
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.note.clear()
        try:
            saved = self._services.technicians.save(self.technician_input())
        except ValidationError as exc:
            if not self.errors.show(exc.field, repair_error_text(exc)):
                self._show(repair_error_text(exc))
            return
        except DomainError as exc:
            self._show(repair_error_text(exc))
            return
        self.editing = saved.id
        self.note.setText(self.tr("{name} saved.").format(name=saved.name))
        self.reload()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def wipe(self) -> None:
        self.model.clear()
        self.start_new()
