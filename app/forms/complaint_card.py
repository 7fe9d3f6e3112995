"""投诉记录卡: the complaint record card on A4, every section of the card (intake, deadlines,
plan, investigation, handling and reply, follow-up, state history) and the signature lines.

The card's contents are built as data first (tested apart from drawing); an empty section keeps
its cells so the card can be completed by pen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.complaints import labels as L
from app.complaints.schemas import ComplaintEventRecord, ComplaintRecord, EventKind
from app.customers.validation import display_phone
from app.fonts import printable
from app.forms.pdf_blocks import draw_field_grid, draw_signature_line
from app.forms.pdf_canvas import A4, BODY_SIZE, FormCanvas, draw_text, ensure_space, mm, wrap_text
from app.members.schemas import yuan

TITLE = "投诉记录卡"
LABEL_WIDTH = 26 * mm
SIGNATURES = ("处理人签字", "部门经理签字", "日期")

Cell = tuple[str, str]


@dataclass(frozen=True)
class Section:
    heading: str
    cells: tuple[Cell, ...]
    columns: int = 2  # cells side by side; long texts get a row of their own (columns=1)
    label_width: float = LABEL_WIDTH


@dataclass(frozen=True)
class ComplaintCardData:
    venue_name: str
    number: str
    title: str
    sections: tuple[Section, ...]
    signatures: tuple[str, ...] = SIGNATURES


def local_time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def _duration(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours} 小时 {rest // 60} 分" if seconds else ""


def _complainant(r: ComplaintRecord) -> str:
    if r.anonymous:
        return "匿名"
    return r.customer_name + ("（客户档案）" if r.customer_id else "")


def _intake(r: ComplaintRecord) -> tuple[Section, Section]:
    severity = L.word(L.SEVERITIES, r.severity)
    if r.major_reasons:
        severity += f"：{L.words(L.MAJOR_REASONS, r.major_reasons)}"
    requests = L.words(L.REQUESTS, r.requests)
    if r.request_note:
        requests = f"{requests}；{r.request_note}" if requests else r.request_note
    grid = (
        ("编号", r.number),
        ("类型", L.word(L.KINDS, r.kind)),
        ("受理时间", local_time(r.received_at)),
        ("渠道", L.word(L.CHANNELS, r.channel)),
        ("反映人", _complainant(r)),
        ("联系电话", display_phone(r.contact_phone) if r.contact_phone else ""),
        ("类别", L.word(L.CATEGORIES, r.category)),
        ("严重程度", severity),
        ("涉及部门", L.word(L.DEPARTMENTS, r.department)),
        ("涉及员工", r.staff_concerned_name),
        ("承诺答复", local_time(r.promised_reply_at)),
        ("当前状态", L.word(L.STATES, r.state)),
        ("受理人", r.created_by),
        ("处理人", r.handler_name),
    )
    texts = (("事情经过", r.summary), ("客人诉求", requests))
    return Section("一、受理信息", grid), Section("", texts, columns=1)


def _deadlines(r: ComplaintRecord) -> Section:
    cells = tuple(
        (
            L.word(L.DEADLINES, d.deadline),
            f"应于 {local_time(d.due_at)}  {L.word(L.DEADLINE_STATES, d.state)}"
            + (f"（完成 {local_time(d.met_at)}）" if d.met_at else ""),
        )
        for d in r.deadlines
    )
    paused = _duration(r.paused_seconds)
    return Section("二、处理时限", cells + ((("等待客人", f"共 {paused}"),) if paused else ()), 1)


def _investigation(r: ComplaintRecord) -> Section:
    inv = r.investigation
    return Section(
        "三、调查报告",
        (
            ("处理方案", r.plan + (f"（{local_time(r.plan_at)}）" if r.plan_at else "")),
            ("原因", inv.cause if inv else ""),
            ("调查经过", inv.facts if inv else ""),
            ("责任人", inv.responsible if inv else ""),
            ("调查结论", inv.conclusion if inv else ""),
            ("纠正措施", inv.corrective_action if inv else ""),
            ("预防措施", inv.preventive_action if inv else ""),
            ("完成时间", local_time(r.investigated_at)),
        ),
        columns=1,
    )


def _reply(r: ComplaintRecord) -> Section:
    reply = r.reply
    approval = r.compensation_approved_by or ("待经理审批" if r.compensation_needs_approval else "")
    return Section(
        "四、处理与答复",
        (
            ("处理决定", r.remedy),
            ("补偿金额", f"¥{yuan(r.compensation_fen)}" if r.compensation_fen else ""),
            ("审批经理", approval),
            ("答复方式", L.word(L.REPLY_METHODS, reply.method) if reply else ""),
            ("答复时间", local_time(reply.replied_at) if reply else ""),
            ("答复人", reply.staff_name if reply else ""),
            ("答复内容", reply.content if reply else ""),
            ("客人满意度", f"{r.satisfaction} / 5" if r.satisfaction else ""),
        ),
        columns=1,
    )


def _followup(r: ComplaintRecord) -> Section:
    f = r.followup
    return Section(
        "五、回访",
        (
            ("应回访日期", r.followup_due_on or ""),
            ("回访方式", L.word(L.FOLLOWUP_METHODS, f.method) if f else ""),
            ("回访时间", local_time(f.at) if f else ""),
            ("回访人", f.staff_name if f else ""),
            ("回访结果", f.result if f else ""),
            ("满意度", f"{f.satisfaction} / 5" if f and f.satisfaction else ""),
            ("结案时间", local_time(r.closed_at)),
            ("重新处理次数", str(r.reopen_count)),
        ),
    )


def event_text(e: ComplaintEventRecord) -> str:
    """One history line: the state change or what was done, who, and the note."""
    if e.kind == EventKind.STATE:
        what = L.word(L.STATES, e.to_state)
        if e.from_state:
            what = f"{L.word(L.STATES, e.from_state)} → {what}"
    else:
        what = {
            EventKind.NOTE: "备注",
            EventKind.ASSIGN: "指派处理人",
            EventKind.APPROVE: "审批补偿",
            EventKind.MAJOR: "升级为重大投诉",
            EventKind.RECORD: "",
        }.get(EventKind(e.kind), e.kind)
    note = L.word(L.EVENT_NOTES, e.note)
    if e.kind == EventKind.MAJOR:
        note = L.words(L.MAJOR_REASONS, tuple(e.note.split(",")))
    elif e.kind == EventKind.APPROVE and e.note.isdigit():
        note = f"¥{yuan(int(e.note))}"
    parts = [p for p in (what, note) if p]
    return "；".join(parts) + (f"（{e.staff_name}）" if e.staff_name else "")


def complaint_card_data(record: ComplaintRecord, venue_name: str) -> ComplaintCardData:
    intake, texts = _intake(record)
    history = tuple((local_time(e.at), event_text(e)) for e in record.events)
    sections = (
        intake,
        texts,
        _deadlines(record),
        _investigation(record),
        _reply(record),
        _followup(record),
        Section("六、状态记录", history, columns=1, label_width=34 * mm),
    )
    title = f"{L.word(L.KINDS, record.kind)} {record.number}"
    return ComplaintCardData(venue_name, record.number, title, sections)


def _row_height(c: FormCanvas, cells: tuple[Cell, ...], section: Section) -> float:
    value_width = c.width / section.columns - section.label_width - 3.6 * mm
    lines = max(len(wrap_text(printable(v), value_width)) for _label, v in cells)
    return max(8 * mm, 3.6 * mm + BODY_SIZE + (lines - 1) * BODY_SIZE * 1.35)


def _draw_section(c: FormCanvas, section: Section, top: float) -> float:
    if section.heading:
        top = ensure_space(c, top, 16 * mm)
        draw_text(c, section.heading, c.left, top - 5 * mm, size=12, bold=True)
        top -= 7 * mm
    n = section.columns
    for start in range(0, len(section.cells), n):
        chunk = section.cells[start : start + n]
        top = ensure_space(c, top, _row_height(c, chunk, section))
        top = draw_field_grid(
            c,
            chunk,
            c.left,
            top,
            c.width * len(chunk) / n,
            columns=len(chunk),
            label_width=section.label_width,
        )
    return top - 2 * mm


def render_complaint_card(data: ComplaintCardData, *, printed_at: datetime | None = None) -> bytes:
    c = FormCanvas(
        venue_name=data.venue_name, form_title=TITLE, page_size=A4, printed_at=printed_at
    )
    draw_text(c, data.title, c.left, c.top - 5 * mm, size=10.5)
    top = c.top - 8 * mm
    for section in data.sections:
        top = _draw_section(c, section, top)
    top = ensure_space(c, top, 16 * mm)
    width = c.width / len(data.signatures)
    for i, label in enumerate(data.signatures):
        draw_signature_line(c, label, c.left + i * width, top, width - 6 * mm)
    return c.pdf_bytes()
