"""The month's paid-service register (有偿服务登记表) and rates (零修及时率, 合格率, time to
complete), gathered from the orders without drawing anything, so every figure is tested."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.repairs.schemas import FeeLineRecord, RepairRecord, RepairState

FINISHED = frozenset({RepairState.DONE, RepairState.CHECKED, RepairState.CLOSED})


@dataclass(frozen=True)
class RegisterLine:
    """One chargeable order of the register."""

    number: str
    reported_on: str  # YYYY-MM-DD, local
    customer_name: str
    location: str
    technician_name: str
    lines: tuple[FeeLineRecord, ...]
    total_fen: int


@dataclass(frozen=True)
class RateRow:
    """The figures of one group (all orders, one technician or one category)."""

    key: str  # "" for all, a technician's name, or a category code
    orders: int  # not cancelled
    arrived: int
    on_time: int
    checked: int  # checked at least once
    passed_first: int  # passed the first check
    completed: int  # work finished (done, checked or closed)
    complete_minutes: int  # summed, reported -> finished, over `completed`
    billed_fen: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.arrived if self.arrived else None

    @property
    def pass_rate(self) -> float | None:
        return self.passed_first / self.checked if self.checked else None

    @property
    def average_hours(self) -> float | None:
        return self.complete_minutes / self.completed / 60 if self.completed else None


@dataclass(frozen=True)
class FollowUpSummary:
    drawn: int
    called: int
    satisfied: int

    @property
    def unsatisfied(self) -> int:
        return self.called - self.satisfied

    @property
    def satisfied_rate(self) -> float | None:
        return self.satisfied / self.called if self.called else None


@dataclass(frozen=True)
class RepairMonthReport:
    month: str
    reported: int  # every order reported in the month, cancelled ones too
    cancelled: int
    closed: int
    register: tuple[RegisterLine, ...]
    register_total_fen: int
    overall: RateRow
    by_technician: tuple[RateRow, ...]
    by_category: tuple[RateRow, ...]
    followups: FollowUpSummary


def local_day(record: RepairRecord) -> str:
    return record.reported_at.astimezone().date().isoformat()


def rate_row(key: str, orders: Iterable[RepairRecord]) -> RateRow:
    counted = [o for o in orders if o.state != RepairState.CANCELLED]
    arrived = [o for o in counted if o.arrived_at is not None]
    checked = [o for o in counted if o.check_result or o.check_failures]
    done = [o for o in counted if o.state in FINISHED and o.finished_at is not None]
    minutes = sum(
        int((o.finished_at - o.reported_at).total_seconds() // 60)
        for o in done
        if o.finished_at is not None
    )
    return RateRow(
        key=key,
        orders=len(counted),
        arrived=len(arrived),
        on_time=sum(1 for o in arrived if o.late is False),
        checked=len(checked),
        passed_first=sum(1 for o in checked if o.check_failures == 0 and o.check_result == "pass"),
        completed=len(done),
        complete_minutes=minutes,
        billed_fen=sum(o.total_fen for o in done),
    )


def _grouped(orders: list[RepairRecord], key: Callable[[RepairRecord], str]) -> tuple[RateRow, ...]:
    groups: dict[str, list[RepairRecord]] = {}
    for order in orders:
        if order.state != RepairState.CANCELLED:
            groups.setdefault(key(order), []).append(order)
    return tuple(rate_row(k, groups[k]) for k in sorted(groups))


def repairs_month(
    month: str, orders: Iterable[RepairRecord], drawn: Iterable[RepairRecord] = ()
) -> RepairMonthReport:
    """The report of the orders reported in `month`; `drawn` are the orders drawn for the month's
    follow-up calls (they may have been reported earlier)."""
    mine = sorted((o for o in orders if o.month == month), key=lambda o: o.number)
    register = tuple(
        RegisterLine(
            number=o.number,
            reported_on=local_day(o),
            customer_name=o.customer_name,
            location=o.location,
            technician_name=o.technician_name,
            lines=o.lines,
            total_fen=o.total_fen,
        )
        for o in mine
        if o.state in FINISHED and o.total_fen > 0
    )
    calls = list(drawn)
    return RepairMonthReport(
        month=month,
        reported=len(mine),
        cancelled=sum(1 for o in mine if o.state == RepairState.CANCELLED),
        closed=sum(1 for o in mine if o.state == RepairState.CLOSED),
        register=register,
        register_total_fen=sum(line.total_fen for line in register),
        overall=rate_row("", mine),
        by_technician=_grouped(mine, lambda o: o.technician_name),
        by_category=_grouped(mine, lambda o: o.category),
        followups=FollowUpSummary(
            drawn=len(calls),
            called=sum(1 for o in calls if o.followup_satisfied is not None),
            satisfied=sum(1 for o in calls if o.followup_satisfied is True),
        ),
    )
