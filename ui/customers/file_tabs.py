"""The plain-field tabs of the customer file: 基本信息, 分类, 备注. Each fills itself from a record
and hands its values back; errors show under the field through the dialog's FieldErrors."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.customers.schemas import Activity, Confidentiality, CustomerRecord, ValueTier
from app.security.audit import Actor
from app.staff.service import StaffSummary
from ui.customers.search_model import phone_text
from ui.labels import activity_text, confidentiality_text, gender_text, source_texts, tier_text
from ui.widgets.field_errors import FieldErrors
from ui.widgets.optional_date import OptionalDateEdit

_SPLIT = re.compile(r"[,，、;；\s]+")


def split_list(text: str) -> tuple[str, ...]:
    """Phones and tags are typed on one line, separated by commas, 、 or spaces."""
    return tuple(part for part in _SPLIT.split(text) if part)


def combo(items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


def text_area(max_height: int = 110) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMaximumHeight(max_height)
    return edit


class BasicTab(QWidget):
    def __init__(
        self,
        errors: FieldErrors,
        actor: Actor | None,
        staff: list[StaffSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.gender = combo(
            [
                (self.tr("Not given"), ""),
                (gender_text("male"), "male"),
                (gender_text("female"), "female"),
            ]
        )
        self.birthday = OptionalDateEdit()
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("13800138000")
        self.other_phones = QLineEdit()
        self.other_phones.setPlaceholderText(
            self.tr("Landlines with area code; separate several with commas")
        )
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.occupation = QLineEdit()
        self.source = combo([(text, key) for key, text in source_texts().items()])
        self.owner = combo([(self.tr("Nobody yet"), None)])
        for member in staff:
            self.owner.addItem(member.display_name or member.username, member.id)
        if (
            actor is not None
            and actor.staff_id is not None
            and self.owner.findData(actor.staff_id) < 0
        ):
            self.owner.addItem(actor.display_name or actor.username, actor.staff_id)
        form = QFormLayout(self)
        errors.add_row(form, self.tr("&Name:"), self.name, "name")
        errors.add_row(form, self.tr("&Gender:"), self.gender, "gender")
        errors.add_row(form, self.tr("&Birthday:"), self.birthday, "birthday")
        errors.add_row(form, self.tr("&Mobile:"), self.phone, "phone")
        errors.add_row(form, self.tr("Other &phones:"), self.other_phones, "other_phones")
        errors.add_row(form, self.tr("&Email:"), self.email, "email")
        errors.add_row(form, self.tr("&Address:"), self.address, "address")
        errors.add_row(form, self.tr("O&ccupation:"), self.occupation, "occupation")
        errors.add_row(form, self.tr("So&urce:"), self.source, "source")
        errors.add_row(form, self.tr("&Owner (staff):"), self.owner, "owner_staff_id")

    def fill(self, record: CustomerRecord) -> None:
        self.name.setText(record.name)
        select_data(self.gender, record.gender)
        self.birthday.set_value(record.birthday)
        self.phone.setText(phone_text(record.phone))
        self.other_phones.setText(", ".join(phone_text(p) for p in record.other_phones))
        self.email.setText(record.email)
        self.address.setText(record.address)
        self.occupation.setText(record.occupation)
        select_data(self.source, record.source)
        if record.owner_staff_id is not None and self.owner.findData(record.owner_staff_id) < 0:
            self.owner.addItem(
                self.tr("Staff #{id}").format(id=record.owner_staff_id), record.owner_staff_id
            )
        select_data(self.owner, record.owner_staff_id)

    def values(self) -> dict[str, Any]:
        owner = self.owner.currentData()
        return {
            "name": self.name.text(),
            "gender": str(self.gender.currentData() or ""),
            "birthday": self.birthday.value(),
            "phone": self.phone.text(),
            "other_phones": split_list(self.other_phones.text()),
            "email": self.email.text(),
            "address": self.address.text(),
            "occupation": self.occupation.text(),
            "source": str(self.source.currentData()),
            "owner_staff_id": int(owner) if owner is not None else None,
        }


class ClassificationTab(QWidget):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_tier = combo([(tier_text(t.value), t.value) for t in ValueTier])
        self.activity = combo([(activity_text(a.value), a.value) for a in Activity])
        select_data(self.activity, Activity.POTENTIAL.value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.confidentiality = combo(
            [(confidentiality_text(c.value), c.value) for c in Confidentiality]
        )
        form = QFormLayout(self)
        errors.add_row(form, self.tr("&Value tier:"), self.value_tier, "value_tier")
        errors.add_row(form, self.tr("&Activity:"), self.activity, "activity")
        errors.add_row(form, self.tr("&Tags:"), self.tags, "tags")
        errors.add_row(form, self.tr("&Confidentiality:"), self.confidentiality, "confidentiality")

    def fill(self, record: CustomerRecord) -> None:
        select_data(self.value_tier, record.value_tier)
        select_data(self.activity, record.activity)
        self.tags.setText(", ".join(record.tags))
        select_data(self.confidentiality, record.confidentiality)

    def values(self) -> dict[str, Any]:
        return {
            "value_tier": str(self.value_tier.currentData()),
            "activity": str(self.activity.currentData()),
            "tags": split_list(self.tags.text()),
            "confidentiality": str(self.confidentiality.currentData()),
        }


class NotesTab(QWidget):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interests = text_area()
        self.habits = text_area()
        self.notes = text_area(220)
        form = QFormLayout(self)
        errors.add_row(form, self.tr("&Interests:"), self.interests, "interests")
        errors.add_row(form, self.tr("&Habits and special needs:"), self.habits, "habits")
        errors.add_row(form, self.tr("N&otes:"), self.notes, "notes")

    def fill(self, record: CustomerRecord) -> None:
        self.interests.setPlainText(record.interests)
        self.habits.setPlainText(record.habits)
        self.notes.setPlainText(record.notes)

    def values(self) -> dict[str, Any]:
        return {
            "interests": self.interests.toPlainText(),
            "habits": self.habits.toPlainText(),
            "notes": self.notes.toPlainText(),
        }
