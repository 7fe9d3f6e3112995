"""What the three parts of a repair order (维修单) say, built apart from drawing so it can be
tested as data: the order's fields, the agreed fees, and each part's own rows (客户联 the
agreement, 工程存档联 the parts used and the check, 财务联 the amount due in capital numerals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.members.schemas import yuan
from app.repairs.schemas import FeeLineRecord, RepairRecord

TITLE = "维修单"
CUSTOMER, ARCHIVE, FINANCE = "客户联", "工程存档联", "财务联"
STATE_NAMES = {
    "new": "待派工",
    "scheduled": "已派工",
    "in_progress": "维修中",
    "waiting_parts": "待配件",
    "done": "已完工",
    "checked": "已验收",
    "closed": "已关闭",
    "cancelled": "已取消",
}
CATEGORY_NAMES = {
    "locker": "储物柜",
    "equipment": "设备",
    "room": "房间",
    "facility": "设施",
    "other": "其他",
}
URGENCY_NAMES = {"low": "一般", "normal": "普通", "urgent": "紧急"}
VIA_NAMES = {"desk": "前台", "phone": "电话", "verbal": "口头告知工程部"}
FEE_HEADERS = ("收费项目", "单位", "单价（元）", "数量", "金额（元）")
FEE_COLUMNS = (0.44, 0.10, 0.16, 0.12, 0.18)  # shares of the table's width

Rows = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class OrderPart:
    label: str  # 客户联 / 工程存档联 / 财务联
    purpose: str  # what the copy is for, printed under the label
    rows: Rows  # the part's own rows after the order's


@dataclass(frozen=True)
class RepairOrderData:
    venue_name: str
    number: str
    printed_at: datetime
    pairs: Rows  # short fields, three to a row on the sheet
    details: Rows  # longer fields: place, fault, work
    fee_headers: tuple[str, ...]
    fee_rows: tuple[tuple[str, str, str, str, str], ...]
    fee_total: str  # the last row of the fee table
    signature_png: bytes | None
    signature_note: str  # "客户已在纸质联签字" / signed time / ""
    parts: tuple[OrderPart, ...]


def local_time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def quantity(milli: int) -> str:
    return str(milli // 1000) if milli % 1000 == 0 else f"{milli / 1000:.3f}".rstrip("0")


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def rmb_upper(fen: int) -> str:
    """An amount in Chinese capital numerals, as finance writes it (120.50 -> 壹佰贰拾元伍角)."""
    if fen < 0:
        return "负" + rmb_upper(-fen)
    whole, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    text, zero = "", False
    groups = []
    while whole:
        whole, group = divmod(whole, 10_000)
        groups.append(group)
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero = bool(text)
            continue
        for place in range(3, -1, -1):
            digit = group // 10**place % 10
            if digit == 0:
                zero = zero or bool(text)
                continue
            text += ("零" if zero and text else "") + _DIGITS[digit] + _PLACES[place]
            zero = False
        text += _GROUPS[index]
    if not text and not cents:
        return "零元整"
    out = text + "元" if text else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif text and fen_digit:
        out += "零"
    if fen_digit:
        out += _DIGITS[fen_digit] + "分"
    return out if cents else out + "整"


def _fee_row(line: FeeLineRecord) -> tuple[str, str, str, str, str]:
    name = f"{line.name}（其他项目，已批准）" if line.other and line.approved else line.name
    if line.other and not line.approved:
        name = f"{line.name}（其他项目，待批准）"
    return (
        name,
        line.unit,
        yuan(line.unit_price_fen),
        quantity(line.quantity_milli),
        yuan(line.amount_fen),
    )


def _arrival(r: RepairRecord) -> str:
    if r.arrived_at is None:
        return ""
    return f"{local_time(r.arrived_at)}（{'迟到' if r.late else '准时'}）"


def _check(r: RepairRecord) -> str:
    if not r.check_result:
        return ""
    verdict = "合格" if r.check_result == "pass" else "不合格"
    rework = f"，返工 {r.check_failures} 次" if r.check_failures else ""
    who = f"，{r.checked_by_name}" if r.checked_by_name else ""
    return f"{verdict}{rework}{who} {local_time(r.checked_at)}".strip()


def repair_order_data(
    r: RepairRecord, venue_name: str, signature_png: bytes | None, printed_at: datetime
) -> RepairOrderData:
    """What every part of the order says, as plain rows."""
    window = f"{local_time(r.appointment_start)} 至 {local_time(r.appointment_end)[11:]}"
    if r.rescheduled:
        window += f"（改约：{r.reschedule_reason}）"
    standard = r.fee_effective_from.isoformat() if r.fee_effective_from else "—"
    requester = " ".join(p for p in (r.customer_name, r.customer_number) if p) or "—"
    pairs: Rows = (
        ("单号", r.number),
        ("报修时间", local_time(r.reported_at)),
        ("报修人", requester),
        ("联系电话", r.customer_phone),
        (
            "类别",
            f"{CATEGORY_NAMES.get(r.category, r.category)} · "
            f"{URGENCY_NAMES.get(r.urgency, r.urgency)}",
        ),
        ("报修方式", VIA_NAMES.get(r.reported_via, r.reported_via)),
        ("预约时间", window),
        ("维修员", r.technician_name),
        ("到场时间", _arrival(r)),
    )
    details: Rows = (
        ("位置/物品", r.location),
        ("故障描述", r.fault),
        ("维修内容", r.work_done),
        ("完工时间", local_time(r.finished_at)),
    )
    lines_total = f"合计 ¥ {yuan(r.lines_fen)}"
    if r.under_warranty:
        lines_total += "；保修期内免费，应收 ¥ 0.00"
    agreed = (
        f"客户于 {local_time(r.fees_agreed_at)} 同意，上限 ¥ {yuan(r.fee_limit_fen)}"
        if r.fees_agreed_at
        else "客户尚未同意"
    )
    parts = (
        OrderPart(
            CUSTOMER,
            "交客户留存",
            (("费用确认", agreed), ("状态", STATE_NAMES.get(r.state, r.state))),
        ),
        OrderPart(
            ARCHIVE,
            "工程部存档",
            (
                ("使用材料", "；".join(r.parts) or "无"),
                ("验收", _check(r) or "待验收"),
            ),
        ),
        OrderPart(
            FINANCE,
            "交财务结算",
            (
                ("应收金额", f"¥ {yuan(r.total_fen)}（大写：{rmb_upper(r.total_fen)}）"),
                ("费用确认", agreed),
            ),
        ),
    )
    if r.signed_on_paper:
        note = "客户已在纸质联签字"
    elif r.has_signature:
        note = f"签于 {local_time(r.signed_at)}"
    else:
        note = ""
    return RepairOrderData(
        venue_name=venue_name,
        number=r.number,
        printed_at=printed_at.astimezone(),
        pairs=pairs,
        details=details,
        fee_headers=(f"收费项目（{standard} 版收费标准）", *FEE_HEADERS[1:]),
        fee_rows=tuple(_fee_row(line) for line in r.lines),
        fee_total=lines_total,
        signature_png=signature_png,
        signature_note=note,
        parts=parts,
    )
