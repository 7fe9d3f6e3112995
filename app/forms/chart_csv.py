"""One dashboard chart's figures as CSV (title, item, value) for Excel: UTF-8 with BOM, and cells
Excel would run as formulas defused."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from app.importing.customer_rows import safe_cell

CSV_HEADERS = ("图表", "项目", "数值")


def chart_csv(title: str, pairs: Sequence[tuple[str, float]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for label, value in pairs:
        number = int(value) if float(value).is_integer() else round(value, 2)
        writer.writerow((safe_cell(title), safe_cell(str(label)), number))
    return buffer.getvalue().encode("utf-8-sig")
