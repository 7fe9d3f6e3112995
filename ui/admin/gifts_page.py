"""积分礼品 (managers): the gift catalogue members redeem points for. Add a gift, or pick one and
change its name, points cost, stock or whether it is offered; gifts are never deleted, so past
redemptions keep their name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.points.service import GiftRecord, PointsService
from ui.admin.membership_messages import membership_error_text
from ui.labels import yes_no
from ui.models.row_model import Column, RowTableModel
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from ui.widgets.table_view import make_table

translate = QCoreApplication.translate  # a plain name lupdate finds

MAX_POINTS = 10_000_000


def gift_columns() -> list[Column[GiftRecord]]:
    return [
        Column(lambda: translate("GiftsPage", "Gift"), lambda g: g.name),
        Column(
            lambda: translate("GiftsPage", "Points"),
            lambda g: str(g.points_cost),
            lambda g: g.points_cost,
        ),
        Column(
            lambda: translate("GiftsPage", "In stock"), lambda g: str(g.stock), lambda g: g.stock
        ),
        Column(lambda: translate("GiftsPage", "Offered"), lambda g: yes_no(g.active)),
    ]


class GiftsPage(QWidget):
    def __init__(self, points: PointsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gifts_page")
        self._points = points
        self.editing: GiftRecord | None = None
        self.model: RowTableModel[GiftRecord] = RowTableModel(gift_columns(), self)
        self.view, self.proxy = make_table(self.model, self)  # type: ignore[arg-type]
        self.view.setObjectName("gifts_table")
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._edit_selected())
        self.errors = FieldErrors()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.name = QLineEdit()
        self.name.setObjectName("gift_name")
        self.points_cost = QSpinBox()
        self.points_cost.setObjectName("gift_points_cost")
        self.points_cost.setRange(0, MAX_POINTS)
        self.points_cost.setSuffix(self.tr(" points"))
        self.stock = QSpinBox()
        self.stock.setObjectName("gift_stock")
        self.stock.setRange(0, MAX_POINTS)
        self.active = QCheckBox(self.tr("Offered for &redemption"))
        self.active.setObjectName("gift_active")
        form = QFormLayout()
        form.addRow(self.heading)
        self.errors.add_row(form, self.tr("Gift &name:"), self.name, "name")
        self.errors.add_row(form, self.tr("&Points cost:"), self.points_cost, "points_cost")
        self.errors.add_row(form, self.tr("In s&tock:"), self.stock, "stock")
        form.addRow("", self.active)
        new = QPushButton(self.tr("Ne&w gift"))
        new.setObjectName("gift_new")
        new.clicked.connect(self.new_gift)
        save = QPushButton(self.tr("&Save gift"))
        save.setObjectName("gift_save")
        save.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("gift_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.new_gift()

    def reload(self) -> None:
        try:
            self.model.set_rows(self._points.gifts())
        except DomainError as exc:
            self._say(membership_error_text(exc), error=True)
            return
        self.view.resizeColumnsToContents()

    def new_gift(self) -> None:
        self.editing = None
        self.view.clearSelection()
        self.heading.setText(self.tr("New gift"))
        self.name.clear()
        self.points_cost.setValue(100)
        self.stock.setValue(0)
        self.active.setChecked(True)
        self.errors.clear()
        self.name.setFocus()

    def _edit_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        gift = self.model.row_at(self.proxy.mapToSource(index).row())
        self.editing = gift
        self.heading.setText(self.tr("Gift: {name}").format(name=gift.name))
        self.name.setText(gift.name)
        self.points_cost.setValue(gift.points_cost)
        self.stock.setValue(gift.stock)
        self.active.setChecked(gift.active)
        self.errors.clear()

    def select(self, gift_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).id == gift_id:
                self.view.setCurrentIndex(index)
                return

    def save(self) -> None:
        self.errors.clear()
        self.message.clear()
        try:
            saved = self._points.save_gift(
                self.name.text(),
                self.points_cost.value(),
                self.stock.value(),
                self.editing.id if self.editing else None,
                active=self.active.isChecked(),
            )
        except ValidationError as exc:
            if not self.errors.show(exc.field, membership_error_text(exc)):
                self._say(membership_error_text(exc), error=True)
            return
        except DomainError as exc:
            self._say(membership_error_text(exc), error=True)
            return
        self.reload()
        self.select(saved.id)
        self._say(self.tr("Gift {name} saved.").format(name=saved.name), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
