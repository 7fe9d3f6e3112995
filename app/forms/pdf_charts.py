"""Charts for printed reports: a bar chart and a pie chart of (label, value) pairs, drawn with
ReportLab's own graphics in the bundled CJK font. Same top-down convention as pdf_canvas: pass
the `top` of the block, get the y below it back."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from app.fonts import PDF_FONT, printable
from app.forms.pdf_blocks import _render
from app.forms.pdf_canvas import draw_text, mm

Pair = tuple[str, float]
TITLE_SIZE = 10.5
LABEL_SIZE = 8.0
NO_DATA = "（无数据）"
# Distinct on screen and still apart when printed in grey.
PALETTE = (
    colors.HexColor("#2f5597"),
    colors.HexColor("#c55a11"),
    colors.HexColor("#548235"),
    colors.HexColor("#7f6000"),
    colors.HexColor("#7030a0"),
    colors.HexColor("#2e75b6"),
    colors.HexColor("#a9a9a9"),
    colors.HexColor("#bf9000"),
)


def _title(c: Canvas, title: str, x: float, top: float) -> float:
    if not title:
        return top
    draw_text(c, title, x, top - TITLE_SIZE, size=TITLE_SIZE, bold=True)
    return top - TITLE_SIZE - 2 * mm


def _short(label: str, limit: int = 8) -> str:
    text = printable(label, rare=False)  # chart labels draw in one font
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_data(c: Canvas, x: float, top: float, height: float) -> float:
    draw_text(c, NO_DATA, x, top - height / 2, size=LABEL_SIZE)
    return top - height


def draw_bar_chart(
    c: Canvas,
    pairs: Sequence[Pair],
    x: float,
    top: float,
    width: float,
    height: float,
    *,
    title: str = "",
) -> float:
    """Vertical bars, one per pair, the value printed above each bar."""
    top = _title(c, title, x, top)
    if not pairs or not any(v for _label, v in pairs):
        return _no_data(c, x, top, height)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 12 * mm
    chart.width, chart.height = width - 14 * mm, height - 16 * mm
    chart.data = [[float(v) for _label, v in pairs]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _v in pairs]
    chart.categoryAxis.labels.fontName = PDF_FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.angle = 30 if len(pairs) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(pairs) > 5 else "n"
    chart.valueAxis.labels.fontName = PDF_FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top_value = max(v for _label, v in pairs)
    if all(float(v).is_integer() for _label, v in pairs):  # counts: whole-number ticks
        step = max(1, math.ceil(top_value / 5))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = step * max(1, math.ceil(top_value / step))
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = PDF_FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.nudge = 5
    drawing.add(chart)
    _render(drawing, c, x, top - height)
    return top - height


def draw_pie_chart(
    c: Canvas,
    pairs: Sequence[Pair],
    x: float,
    top: float,
    width: float,
    height: float,
    *,
    title: str = "",
) -> float:
    """A pie of the shares, with a legend "label  value (percent)" to its right."""
    top = _title(c, title, x, top)
    shown = [(label, float(v)) for label, v in pairs if v > 0]
    if not shown:
        return _no_data(c, x, top, height)
    total = sum(v for _label, v in shown)
    drawing = Drawing(width, height)
    pie = Pie()
    diameter = min(height - 6 * mm, width / 2)
    pie.x, pie.y = 3 * mm, (height - diameter) / 2
    pie.width = pie.height = diameter
    pie.data = [v for _label, v in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = diameter + 10 * mm, height - 3 * mm
    legend.fontName, legend.fontSize = PDF_FONT, LABEL_SIZE
    legend.alignment = "right"
    legend.dx = legend.dy = 6
    legend.deltay = LABEL_SIZE + 3
    legend.columnMaximum = max(1, int((height - 6 * mm) // (LABEL_SIZE + 3)))
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{_short(label, 12)}  {v:g} ({v * 100 / total:.0f}%)")
        for i, (label, v) in enumerate(shown)
    ]
    drawing.add(legend)
    _render(drawing, c, x, top - height)
    return top - height
