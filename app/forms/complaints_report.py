"""投诉月报: the month's complaint cards counted (by kind, category, channel, department), the
on-time rates, times to close, reopen rate, satisfaction and the major complaints; as a PDF with
charts or as CSV rows (UTF-8 with BOM for Excel). The figures are built from the cards alone."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.complaints import labels as L
from app.complaints.schemas import ComplaintRecord, Deadline, DeadlineState, Kind
from app.forms.complaint_card import local_time
from app.forms.pdf_blocks import draw_field_grid
from app.forms.pdf_canvas import A4, FormCanvas, draw_text, ensure_space, mm
from app.forms.pdf_charts import draw_bar_chart, draw_pie_chart
from app.importing.customer_rows import safe_cell

TITLE = "投诉月报"
CSV_HEADERS = ("月份", "类别", "项目", "代码", "数值")
NO_DEPARTMENT = "未指定"
DECIDED = (DeadlineState.MET, DeadlineState.LATE, DeadlineState.OVERDUE)

Row = tuple[str, str, int]  # (code, label, count)


@dataclass(frozen=True)
class OnTime:
    """Deadlines decided this far: met on time out of met + late + overdue."""

    on_time: int
    decided: int

    @property
    def percent(self) -> float | None:
        return self.on_time * 100 / self.decided if self.decided else None


@dataclass(frozen=True)
class MajorLine:
    number: str
    received_at: datetime
    category: str
    reasons: str
    state: str
    handler: str


@dataclass(frozen=True)
class ComplaintsReportData:
    venue_name: str
    month: str
    total: int
    by_kind: tuple[Row, ...]
    by_category: tuple[Row, ...]
    by_channel: tuple[Row, ...]
    by_department: tuple[Row, ...]
    first_response: OnTime
    closing: OnTime
    closed: int
    average_close_hours: float | None
    longest_close_hours: float | None
    longest_close_number: str
    complaints: int  # cards of kind complaint (the base of the reopen rate)
    reopened: int  # complaints reopened at least once
    satisfaction_average: float | None
    satisfaction_count: int
    majors: tuple[MajorLine, ...]

    @property
    def reopen_percent(self) -> float | None:
        return self.reopened * 100 / self.complaints if self.complaints else None


def _rows(
    counts: Counter[str], table: dict[str, str], order: Sequence[str] = ()
) -> tuple[Row, ...]:
    """Known codes in their list order first, then the rest by count."""
    known = [c for c in order if counts[c]]
    rest = sorted((c for c in counts if c not in known), key=lambda c: (-counts[c], c))
    return tuple((c, L.word(table, c) if c else NO_DEPARTMENT, counts[c]) for c in known + rest)


def _on_time(records: Sequence[ComplaintRecord], deadline: str) -> OnTime:
    states = [d.state for r in records for d in r.deadlines if d.deadline == deadline]
    decided = [s for s in states if s in DECIDED]
    return OnTime(sum(s == DeadlineState.MET for s in decided), len(decided))


def complaints_report_data(
    records: Sequence[ComplaintRecord],
    month: str,
    venue_name: str,
    categories: Sequence[str] = tuple(L.CATEGORIES),
    departments: Sequence[str] = tuple(L.DEPARTMENTS),
) -> ComplaintsReportData:
    """The month's figures from its cards (the cards received in `month`)."""
    cards = [r for r in records if r.month == month]
    closed = [r for r in cards if r.closed_at is not None]
    hours = {
        r.number: (r.closed_at - r.received_at).total_seconds() / 3600
        for r in closed
        if r.closed_at
    }
    longest = max(hours, key=lambda n: (hours[n], n)) if hours else ""
    complaints = [r for r in cards if r.kind == Kind.COMPLAINT]
    rated = [r.satisfaction for r in cards if r.satisfaction is not None]
    majors = tuple(
        MajorLine(
            r.number,
            r.received_at,
            L.word(L.CATEGORIES, r.category),
            L.words(L.MAJOR_REASONS, r.major_reasons),
            L.word(L.STATES, r.state),
            r.handler_name,
        )
        for r in sorted(cards, key=lambda r: r.number)
        if r.is_major
    )
    return ComplaintsReportData(
        venue_name=venue_name,
        month=month,
        total=len(cards),
        by_kind=_rows(Counter(r.kind for r in cards), L.KINDS, tuple(Kind)),
        by_category=_rows(Counter(r.category for r in cards), L.CATEGORIES, categories),
        by_channel=_rows(Counter(r.channel for r in cards), L.CHANNELS, tuple(L.CHANNELS)),
        by_department=_rows(Counter(r.department for r in cards), L.DEPARTMENTS, departments),
        first_response=_on_time(cards, Deadline.FIRST_RESPONSE),
        closing=_on_time(cards, Deadline.CLOSE),
        closed=len(closed),
        average_close_hours=sum(hours.values()) / len(hours) if hours else None,
        longest_close_hours=hours[longest] if longest else None,
        longest_close_number=longest,
        complaints=len(complaints),
        reopened=sum(r.reopen_count > 0 for r in complaints),
        satisfaction_average=sum(rated) / len(rated) if rated else None,
        satisfaction_count=len(rated),
        majors=majors,
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def summary_cells(d: ComplaintsReportData) -> tuple[tuple[str, str], ...]:
    """The headline figures as (label, text), shared by the PDF and the CSV."""
    longest = (
        f"{_num(d.longest_close_hours)}（{d.longest_close_number}）"
        if d.longest_close_number
        else "—"
    )
    return (
        ("受理总数", str(d.total)),
        (
            "首次响应按时率",
            f"{_pct(d.first_response.percent)}（{d.first_response.on_time}/{d.first_response.decided}）",
        ),
        ("结案按时率", f"{_pct(d.closing.percent)}（{d.closing.on_time}/{d.closing.decided}）"),
        ("已结案", str(d.closed)),
        ("平均结案时长（小时）", _num(d.average_close_hours)),
        ("最长结案时长（小时）", longest),
        ("重新处理率", f"{_pct(d.reopen_percent)}（{d.reopened}/{d.complaints}）"),
        ("平均满意度", f"{_num(d.satisfaction_average, 2)}（{d.satisfaction_count} 份评价）"),
    )


def complaints_report_csv(d: ComplaintsReportData) -> bytes:
    buffer = io.StringIO(newline="")
    w = csv.writer(buffer)
    w.writerow(CSV_HEADERS)
    for heading, rows in (
        ("类型", d.by_kind),
        ("类别", d.by_category),
        ("渠道", d.by_channel),
        ("部门", d.by_department),
    ):
        for code, label, value in rows:
            w.writerow([d.month, heading, safe_cell(label), safe_cell(code), value])
    figures: tuple[tuple[str, str, object], ...] = (
        ("total", "受理总数", d.total),
        ("first_response_on_time", "首次响应按时", d.first_response.on_time),
        ("first_response_decided", "首次响应已到期或完成", d.first_response.decided),
        ("first_response_rate", "首次响应按时率%", _num(d.first_response.percent)),
        ("close_on_time", "按时结案", d.closing.on_time),
        ("close_decided", "结案已到期或完成", d.closing.decided),
        ("close_rate", "结案按时率%", _num(d.closing.percent)),
        ("closed", "已结案", d.closed),
        ("average_close_hours", "平均结案时长（小时）", _num(d.average_close_hours)),
        ("longest_close_hours", "最长结案时长（小时）", _num(d.longest_close_hours)),
        ("reopened", "重新处理的投诉", d.reopened),
        ("reopen_rate", "重新处理率%", _num(d.reopen_percent)),
        ("satisfaction_average", "平均满意度", _num(d.satisfaction_average, 2)),
        ("satisfaction_count", "满意度评价份数", d.satisfaction_count),
    )
    for code, label, figure in figures:
        w.writerow([d.month, "指标", label, code, figure])
    for m in d.majors:
        text = f"{local_time(m.received_at)} {m.category} {m.reasons} {m.state} {m.handler}"
        w.writerow([d.month, "重大投诉", safe_cell(text.strip()), m.number, 1])
    return buffer.getvalue().encode("utf-8-sig")


def _pairs(rows: tuple[Row, ...]) -> list[tuple[str, float]]:
    return [(label, float(value)) for _code, label, value in rows]


def render_complaints_report(
    d: ComplaintsReportData, *, printed_at: datetime | None = None
) -> bytes:
    c = FormCanvas(venue_name=d.venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at)
    draw_text(c, f"月份 {d.month}", c.left, c.top - 5 * mm)
    top = draw_field_grid(
        c, summary_cells(d), c.left, c.top - 8 * mm, c.width, columns=2, label_width=44 * mm
    )
    half = (c.width - 6 * mm) / 2
    top -= 6 * mm
    top = ensure_space(c, top, 62 * mm)
    draw_pie_chart(c, _pairs(d.by_kind), c.left, top, half, 50 * mm, title="按类型")
    below = draw_bar_chart(
        c, _pairs(d.by_channel), c.left + half + 6 * mm, top, half, 50 * mm, title="按渠道"
    )
    top = ensure_space(c, below - 6 * mm, 62 * mm)
    below = draw_bar_chart(c, _pairs(d.by_category), c.left, top, half, 50 * mm, title="按类别")
    draw_bar_chart(
        c, _pairs(d.by_department), c.left + half + 6 * mm, top, half, 50 * mm, title="按部门"
    )
    top = ensure_space(c, below - 8 * mm, 24 * mm)
    draw_text(c, f"重大投诉（{len(d.majors)} 件）", c.left, top - 5 * mm, size=12, bold=True)
    top -= 8 * mm
    if not d.majors:
        draw_text(c, "本月无重大投诉。", c.left, top - 5 * mm)
    for m in d.majors:
        top = ensure_space(c, top, 10 * mm)
        text = f"{local_time(m.received_at)}  {m.category}  {m.reasons}  {m.state}  {m.handler}"
        top = draw_field_grid(c, [(m.number, text)], c.left, top, c.width, label_width=34 * mm)
    return c.pdf_bytes()
