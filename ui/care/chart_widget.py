"""A bar or pie chart of (label, value) pairs painted with QPainter (pyside6-essentials has no
QtCharts), in the same colours as the printed report; exportable as PNG and as CSV."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QSizePolicy, QWidget

from app.files import atomic_write_bytes
from app.forms.chart_csv import chart_csv
from app.forms.pdf_charts import PALETTE

Pair = tuple[str, float]
COLOURS = [QColor("#" + c.hexval()[2:]) for c in PALETTE]
MARGIN = 12
CHART_HEIGHT = 340


def value_text(value: float) -> str:
    """Whole numbers without decimals (visits), money with two (yuan)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def nice_step(top: float, whole: bool, lines: int = 4) -> float:
    """A round gridline step (1, 2, 5 x 10^n) so that `lines` steps cover `top`; counts
    (`whole`) never get a step below 1."""
    raw = max(top, 1e-9) / lines
    power = 10 ** math.floor(math.log10(raw))
    step = float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))
    return max(step, 1.0) if whole else step


def gridlines(peak: float, whole: bool) -> list[float]:
    """The values of the horizontal gridlines, from 0 to the first step at or above `peak`."""
    step = nice_step(peak, whole)
    return [step * i for i in range(math.ceil(peak / step - 1e-9) + 1)]


class ChartWidget(QWidget):
    def __init__(
        self, kind: str, title: str, pairs: Sequence[Pair], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind, self.title = kind, title
        self.pairs: list[Pair] = [(str(label), float(value)) for label, value in pairs]
        self.setMinimumWidth(480)
        self.setFixedHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Right-click to save the chart as PNG or its figures as CSV."))

    def sizeHint(self) -> QSize:
        return QSize(600, CHART_HEIGHT)

    # ------------------------------------------------------------------ export
    def save_png(self, path: Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def save_csv(self, path: Path) -> None:
        atomic_write_bytes(path, chart_csv(self.title, self.pairs))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as &PNG..."), self.ask_png)
        menu.addAction(self.tr("Save figures as &CSV..."), self.ask_csv)
        menu.exec(event.globalPos())

    def ask_png(self) -> None:
        path = self._ask(self.tr("Save chart as PNG"), "PNG (*.png)", ".png")
        if path is not None and not self.save_png(path):
            QMessageBox.warning(self, self.title, self.tr("The file could not be written."))

    def ask_csv(self) -> None:
        path = self._ask(self.tr("Save figures as CSV"), "CSV (*.csv)", ".csv")
        if path is None:
            return
        try:
            self.save_csv(path)
        except OSError as exc:
            QMessageBox.warning(self, self.title, str(exc))

    def _ask(self, caption: str, pattern: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / f"{self.title}{suffix}"), pattern
        )
        if not name:
            return None
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QColor("#d0d0d0"))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() + 1.5)
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#202020"))
        title_h = QFontMetrics(title_font).height()
        p.drawText(QRectF(MARGIN, 8, self.width() - 2 * MARGIN, title_h), self.title)
        p.setFont(self.font())
        area = QRectF(MARGIN, 14 + title_h, self.width() - 2 * MARGIN, self.height())
        area.setBottom(self.height() - MARGIN)
        total = sum(v for _l, v in self.pairs)
        if not self.pairs or total <= 0:
            p.setPen(QColor("#707070"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
        elif self.kind == "pie":
            self._paint_pie(p, area, total)
        else:
            self._paint_bars(p, area)
        p.end()

    def _paint_bars(self, p: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        peak = max(v for _l, v in self.pairs)
        lines = gridlines(peak, all(float(v).is_integer() for _l, v in self.pairs))
        top = lines[-1]
        axis_w = max(metrics.horizontalAdvance(value_text(v)) for v in lines) + 8
        slot = (area.width() - axis_w) / len(self.pairs)
        widest = max(metrics.horizontalAdvance(label) for label, _v in self.pairs)
        angled = widest > slot - 4
        label_h = (widest * 0.72 + metrics.height()) if angled else metrics.height() + 4
        label_h = min(label_h, area.height() * 0.4)
        plot = QRectF(area.left() + axis_w, area.top() + metrics.height() + 2, 0, 0)
        plot.setRight(area.right())
        plot.setBottom(area.bottom() - label_h)
        for line in lines:
            y = plot.bottom() - plot.height() * line / top
            p.setPen(QPen(QColor("#e4e4e4")))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#606060"))
            text_rect = QRectF(area.left(), y - metrics.height() / 2, axis_w - 4, metrics.height())
            p.drawText(text_rect, Qt.AlignmentFlag.AlignRight, value_text(line))
        values_fit = all(metrics.horizontalAdvance(value_text(v)) <= slot for _l, v in self.pairs)
        for n, (label, value) in enumerate(self.pairs):
            x = plot.left() + n * slot
            height = plot.height() * value / top if top else 0
            bar = QRectF(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height)
            p.fillRect(bar, COLOURS[0])
            if values_fit or value == peak:
                p.setPen(QColor("#202020"))
                above = QRectF(
                    x - slot, bar.top() - metrics.height() - 1, slot * 3, metrics.height()
                )
                p.drawText(above, Qt.AlignmentFlag.AlignHCenter, value_text(value))
            p.setPen(QColor("#404040"))
            centre = x + slot / 2
            if angled:
                p.save()
                p.translate(centre + metrics.ascent() / 3, plot.bottom() + 4)
                p.rotate(-40)
                width = metrics.horizontalAdvance(label)
                p.drawText(QRectF(-width, 0, width, metrics.height()), label)
                p.restore()
            else:
                under = QRectF(x, plot.bottom() + 2, slot, metrics.height())
                p.drawText(under, Qt.AlignmentFlag.AlignHCenter, label)
        p.setPen(QColor("#808080"))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_pie(self, p: QPainter, area: QRectF, total: float) -> None:
        metrics = QFontMetrics(self.font())
        size = min(area.height(), area.width() * 0.45)
        circle = QRectF(area.left() + 4, area.top() + (area.height() - size) / 2, size, size)
        angle = 90 * 16
        for n, (_label, value) in enumerate(self.pairs):
            span = round(-360 * 16 * value / total)
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(COLOURS[n % len(COLOURS)])
            p.drawPie(circle, angle, span)
            angle += span
        line_h = metrics.height() + 6
        legend_x = circle.right() + 20
        y = area.top() + max(0.0, (area.height() - line_h * len(self.pairs)) / 2)
        for n, (label, value) in enumerate(self.pairs):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(COLOURS[n % len(COLOURS)])
            p.drawRect(QRectF(legend_x, y + (line_h - 12) / 2, 12, 12))
            p.setPen(QColor("#202020"))
            text = f"{label}  {value_text(value)}  ({value * 100 / total:.0f}%)"
            text = metrics.elidedText(
                text, Qt.TextElideMode.ElideMiddle, int(area.right() - legend_x - 20)
            )
            row = QRectF(legend_x + 18, y, area.right() - legend_x - 18, line_h)
            p.drawText(row, Qt.AlignmentFlag.AlignVCenter, text)
            y += line_h
