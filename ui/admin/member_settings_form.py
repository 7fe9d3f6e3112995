"""The membership settings as a form: card prefix, what the tier thresholds count, the points
rule, points expiry and payment, check-in timings and alert rules, walk-in required fields,
check-out and the departments a consumption is booked to. Reads and shows MemberSettings."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.members.schemas import yuan
from app.members.settings import (
    DEFAULT_ALERT_RULES,
    WALK_IN_FIELDS,
    MemberSettings,
    Rounding,
    Rule,
    ThresholdBasis,
)
from ui.admin.membership_messages import membership_field_text
from ui.members.consumption_dialog import parse_yuan
from ui.widgets.field_errors import FieldErrors

translate = QCoreApplication.translate  # a plain name lupdate finds

MAX_SPIN = 999_999


def _texts() -> dict[str, str]:
    return {
        ThresholdBasis.SPEND: translate(
            "MemberSettingsForm", "Spend in the validity period (yuan)"
        ),
        ThresholdBasis.POINTS: translate(
            "MemberSettingsForm", "Points earned in the validity period"
        ),
        Rounding.DOWN: translate("MemberSettingsForm", "Round down"),
        Rounding.NEAREST: translate("MemberSettingsForm", "Round to nearest"),
        Rounding.UP: translate("MemberSettingsForm", "Round up"),
        Rule.ALLOW: translate("MemberSettingsForm", "Allow"),
        Rule.WARN: translate("MemberSettingsForm", "Warn"),
        Rule.DENY: translate("MemberSettingsForm", "Refuse check-in"),
        "name": translate("MemberSettingsForm", "Name"),
        "phone": translate("MemberSettingsForm", "Phone"),
        "purpose": translate("MemberSettingsForm", "Purpose"),
        "party_size": translate("MemberSettingsForm", "Party size"),
        "service_area": translate("MemberSettingsForm", "Service area"),
        "host_staff_id": translate("MemberSettingsForm", "Receiving staff"),
    }


def rule_label(code: str) -> str:
    """The alert as a heading for its rule (the check-in screen words it as a sentence)."""

    return {
        "card_expired": translate("MemberSettingsForm", "Card expired:"),
        "card_frozen": translate("MemberSettingsForm", "Card frozen:"),
        "card_lost": translate("MemberSettingsForm", "Card reported lost:"),
        "card_cancelled": translate("MemberSettingsForm", "Card cancelled:"),
        "birthday_today": translate("MemberSettingsForm", "Birthday today:"),
        "birthday_week": translate("MemberSettingsForm", "Birthday this week:"),
        "open_complaint": translate("MemberSettingsForm", "Open complaint:"),
        "overdue_item": translate("MemberSettingsForm", "Overdue borrowed item:"),
        "recent_visit": translate("MemberSettingsForm", "Checked in recently:"),
        "missing_photo": translate("MemberSettingsForm", "No photo on file:"),
    }.get(code, code)


def _combo(codes: tuple[str, ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    texts = _texts()
    for code in codes:
        combo.addItem(texts[code], code)
    return combo


def _spin(name: str, suffix: str = "", special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, MAX_SPIN)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    return spin


class MemberSettingsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.card_prefix = QLineEdit()
        self.card_prefix.setObjectName("settings_card_prefix")
        self.threshold_basis = _combo(tuple(ThresholdBasis), "settings_threshold_basis")
        self.points_per_unit = _spin("settings_points_per_unit", self.tr(" points"))
        self.unit_yuan = QLineEdit()
        self.unit_yuan.setObjectName("settings_unit_yuan")
        self.rounding = _combo(tuple(Rounding), "settings_rounding")
        self.expiry_days = _spin("settings_expiry_days", self.tr(" days"), self.tr("Never"))
        self.points_per_yuan = _spin("settings_points_per_yuan", self.tr(" points"))
        self.recent_visit_hours = _spin("settings_recent_visit_hours", self.tr(" h"))
        self.repeat_scan_seconds = _spin("settings_repeat_scan_seconds", self.tr(" s"))
        self.checkout_enabled = QCheckBox(self.tr("Record when visitors &leave (check-out)"))
        self.checkout_enabled.setObjectName("settings_checkout_enabled")
        self.departments = QPlainTextEdit()
        self.departments.setObjectName("settings_departments")
        self.departments.setMaximumHeight(110)
        self.walk_in: dict[str, QCheckBox] = {}
        walk_in_box = QWidget()
        walk_in_row = QGridLayout(walk_in_box)
        walk_in_row.setContentsMargins(0, 0, 0, 0)
        for n, code in enumerate(WALK_IN_FIELDS):
            box = QCheckBox(_texts()[code])
            box.setObjectName(f"settings_walk_in_{code}")
            box.setEnabled(code != "name")  # a walk-in always gives a name
            walk_in_row.addWidget(box, n // 3, n % 3)
            self.walk_in[code] = box
        self.rules: dict[str, QComboBox] = {}
        rules_box = QGroupBox(self.tr("At check-in"))
        rules = QFormLayout(rules_box)
        for code in DEFAULT_ALERT_RULES:
            self.rules[code] = _combo(tuple(Rule), f"settings_rule_{code}")
            rules.addRow(rule_label(code), self.rules[code])
        rules.addRow(self.errors.error_label("alert_rules"))

        e = self.errors
        form = QFormLayout()
        e.add_row(form, self.tr("&Card number prefix:"), self.card_prefix, "card_prefix")
        e.add_row(form, self.tr("Tiers are &earned by:"), self.threshold_basis, "threshold_basis")
        rule = QWidget()
        rule_row = QHBoxLayout(rule)
        rule_row.setContentsMargins(0, 0, 0, 0)
        rule_row.addWidget(self.points_per_unit, 1)
        rule_row.addWidget(QLabel(self.tr("for every")))
        rule_row.addWidget(self.unit_yuan, 1)
        rule_row.addWidget(QLabel(self.tr("yuan paid")))
        e.add_row(form, self.tr("Points ea&rned:"), rule, "points_per_unit")
        form.addRow("", e.error_label("unit_fen"))
        e.add_row(form, self.tr("Ro&unding:"), self.rounding, "rounding")
        e.add_row(form, self.tr("Points e&xpire after:"), self.expiry_days, "expiry_days")
        pay = self.tr("Points that &pay 1 yuan:")
        e.add_row(form, pay, self.points_per_yuan, "points_per_yuan")
        recent = self.tr("Recent visit &within:")
        e.add_row(form, recent, self.recent_visit_hours, "recent_visit_hours")
        repeat = self.tr("I&gnore a repeat scan within:")
        e.add_row(form, repeat, self.repeat_scan_seconds, "repeat_scan_seconds")
        e.add_row(form, self.tr("W&alk-in must give:"), walk_in_box, "walk_in_required")
        e.add_row(form, self.tr("Check-out:"), self.checkout_enabled, "checkout_enabled")
        departments = self.tr("Departments (&one per line):")
        e.add_row(form, departments, self.departments, "departments")
        right = QVBoxLayout()
        right.addWidget(rules_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)

    def show_settings(self, value: MemberSettings) -> None:
        self.errors.clear()
        self.card_prefix.setText(value.card_prefix)
        self._choose(self.threshold_basis, value.threshold_basis)
        self.points_per_unit.setValue(value.points_per_unit)
        self.unit_yuan.setText(yuan(value.unit_fen).replace(",", ""))
        self._choose(self.rounding, value.rounding)
        self.expiry_days.setValue(value.expiry_days)
        self.points_per_yuan.setValue(value.points_per_yuan)
        self.recent_visit_hours.setValue(value.recent_visit_hours)
        self.repeat_scan_seconds.setValue(value.repeat_scan_seconds)
        for code, box in self.walk_in.items():
            box.setChecked(code in value.walk_in_required or code == "name")
        for code, combo in self.rules.items():
            self._choose(combo, value.rule(code))
        self.checkout_enabled.setChecked(value.checkout_enabled)
        self.departments.setPlainText("\n".join(value.departments))

    @staticmethod
    def _choose(combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def read_input(self, base: MemberSettings) -> MemberSettings | None:
        """The settings as typed over `base`; None (error shown) when the yuan is no amount."""
        unit_fen = parse_yuan(self.unit_yuan.text())
        if unit_fen is None:
            self.errors.show("unit_fen", membership_field_text("amount_fen", "invalid"))
            return None
        lines = self.departments.toPlainText().splitlines()
        return dataclasses.replace(
            base,
            card_prefix=self.card_prefix.text().strip(),
            threshold_basis=str(self.threshold_basis.currentData()),
            points_per_unit=self.points_per_unit.value(),
            unit_fen=unit_fen,
            rounding=str(self.rounding.currentData()),
            expiry_days=self.expiry_days.value(),
            points_per_yuan=self.points_per_yuan.value(),
            recent_visit_hours=self.recent_visit_hours.value(),
            repeat_scan_seconds=self.repeat_scan_seconds.value(),
            walk_in_required=tuple(c for c, box in self.walk_in.items() if box.isChecked()),
            alert_rules={c: str(combo.currentData()) for c, combo in self.rules.items()},
            checkout_enabled=self.checkout_enabled.isChecked(),
            departments=tuple(line.strip() for line in lines if line.strip()),
        )

    def show_error(self, field: str, code: str) -> bool:
        return self.errors.show(field, membership_field_text(field, code))
