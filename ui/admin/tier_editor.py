"""The membership tiers for managers: the list, and the chosen tier's name, entry threshold (yuan
when the venue counts spend, points when it counts points), discount, points multiplier,
birthday benefit and validity. The code and rank of a tier stay."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.members.schemas import TierRecord, yuan
from app.members.settings import ThresholdBasis
from app.services import Services
from ui.admin.membership_messages import membership_error_text, membership_field_text
from ui.members.consumption_dialog import parse_yuan
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from ui.widgets.table_view import make_table

translate = QCoreApplication.translate  # a plain name lupdate finds


def threshold_text(fen_or_points: int, basis: str) -> str:
    return yuan(fen_or_points) if basis == ThresholdBasis.SPEND else str(fen_or_points)


def unit_text(basis: str) -> str:
    if basis == ThresholdBasis.SPEND:
        return QCoreApplication.translate("TierEditor", "yuan")
    return QCoreApplication.translate("TierEditor", "points")


def tier_columns(basis: Callable[[], str]) -> list[Column[TierRecord]]:
    """The threshold column follows the basis the venue counts at the time it is painted."""

    return [
        Column(lambda: translate("TierEditor", "Tier"), lambda r: r.name, lambda r: r.rank),
        Column(
            lambda: translate("TierEditor", "Entry threshold ({unit})").format(
                unit=unit_text(basis())
            ),
            lambda r: threshold_text(r.threshold, basis()),
            lambda r: r.threshold,
        ),
        Column(lambda: translate("TierEditor", "Discount %"), lambda r: str(r.discount_percent)),
        Column(
            lambda: translate("TierEditor", "Points multiplier %"),
            lambda r: str(r.points_multiplier_pct),
        ),
        Column(
            lambda: translate("TierEditor", "Validity (months)"), lambda r: str(r.validity_months)
        ),
        Column(lambda: translate("TierEditor", "Birthday benefit"), lambda r: r.birthday_benefit),
    ]


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    """Wider than the rule on purpose: the service states the rule next to the field."""
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class TierEditor(QWidget):
    tier_saved = Signal(object)  # TierRecord

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.basis: str = ThresholdBasis.SPEND
        self.tiers: list[TierRecord] = []
        self.editing: TierRecord | None = None
        self.model: RowTableModel[TierRecord] = RowTableModel(
            tier_columns(lambda: self.basis), self
        )
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("tiers_table")
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._edit_selected())
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setObjectName("tier_name")
        self.threshold = QLineEdit()
        self.threshold.setObjectName("tier_threshold")
        self.threshold_unit = QLabel()
        self.discount = _spin(0, 999, " %")
        self.discount.setObjectName("tier_discount")
        self.multiplier = _spin(0, 9999, " %")
        self.multiplier.setObjectName("tier_multiplier")
        self.benefit = QLineEdit()
        self.benefit.setObjectName("tier_benefit")
        self.validity = _spin(0, 999, self.tr(" months"))
        self.validity.setObjectName("tier_validity")
        threshold_box = QWidget()
        row = QHBoxLayout(threshold_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.threshold, 1)
        row.addWidget(self.threshold_unit)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tier &name:"), self.name, "name")
        self.errors.add_row(form, self.tr("Entry &threshold:"), threshold_box, "threshold")
        self.errors.add_row(form, self.tr("&Discount:"), self.discount, "discount_percent")
        self.errors.add_row(
            form, self.tr("Points &multiplier:"), self.multiplier, "points_multiplier_pct"
        )
        self.errors.add_row(form, self.tr("&Birthday benefit:"), self.benefit, "birthday_benefit")
        self.errors.add_row(form, self.tr("&Valid for:"), self.validity, "validity_months")
        self.save_button = QPushButton(self.tr("Save t&ier"))
        self.save_button.setObjectName("save_tier")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("tier_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._set_enabled(False)

    def load(self, tiers: list[TierRecord], basis: str) -> None:
        """Show the tiers (thresholds in the basis the venue counts) and edit the first, or the
        one being edited before."""
        code = self.editing.code if self.editing else ""
        self.basis, self.tiers = basis, tiers
        self.model.set_rows(tiers)
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(len(tiers)))
        frame = 2 * self.view.frameWidth() + 2
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + rows + frame)
        self.threshold_unit.setText(unit_text(basis))
        self.select(code or (tiers[0].code if tiers else ""))

    def select(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.row_at(source).code == code:
                self.view.selectRow(row)
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                self._edit_selected()
                return

    def _edit_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        tier = self.model.row_at(self.proxy.mapToSource(index).row())
        self.editing = tier
        self.errors.clear()
        self.message.clear()
        self.name.setText(tier.name)
        self.threshold.setText(threshold_text(tier.threshold, self.basis).replace(",", ""))
        self.discount.setValue(tier.discount_percent)
        self.multiplier.setValue(tier.points_multiplier_pct)
        self.benefit.setText(tier.birthday_benefit)
        self.validity.setValue(tier.validity_months)
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.name, self.threshold, self.discount, self.multiplier):
            widget.setEnabled(enabled)
        for other in (self.benefit, self.validity, self.save_button):
            other.setEnabled(enabled)

    def _threshold(self) -> int | None:
        text = self.threshold.text().strip().replace(",", "")
        if self.basis == ThresholdBasis.SPEND:
            return parse_yuan(text)
        return int(text) if text.isdigit() and text.isascii() else None

    def read_input(self) -> TierRecord | None:
        """The tier as typed, or None (with the error shown) when the threshold is no number."""
        if self.editing is None:
            return None
        threshold = self._threshold()
        if threshold is None:
            self.errors.show("threshold", membership_field_text("threshold", "invalid"))
            return None
        return dataclasses.replace(
            self.editing,
            name=self.name.text().strip(),
            threshold=threshold,
            discount_percent=self.discount.value(),
            points_multiplier_pct=self.multiplier.value(),
            birthday_benefit=self.benefit.text().strip(),
            validity_months=self.validity.value(),
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.clear()
        tier = self.read_input()
        if tier is None:
            return
        try:
            saved = self._services.membership.update_tier(tier)
        except ValidationError as exc:
            if not self.errors.show(exc.field, membership_error_text(exc)):
                self._say(membership_error_text(exc), error=True)
            return
        except DomainError as exc:
            self._say(membership_error_text(exc), error=True)
            return
        self.tiers = [saved if t.code == saved.code else t for t in self.tiers]
        self.editing = saved
        self.load(self.tiers, self.basis)
        self._say(self.tr("Tier {name} saved.").format(name=saved.name), error=False)
        self.tier_saved.emit(saved)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
