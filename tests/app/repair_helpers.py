"""Helpers for the repairs tests: the repair services on a settable clock, technicians, and an
order walked from intake to any state."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import timedelta

from PIL import Image, ImageDraw

from app.customers.schemas import CustomerInput
from app.repairs.fee_standard import FeeStandardService
from app.repairs.reports import RepairReports
from app.repairs.schemas import (
    AgreementInput,
    ArrivalInput,
    CheckInput,
    CompletionInput,
    DispatchInput,
    FeeLineInput,
    RepairInput,
    RepairRecord,
    SignatureInput,
    TechnicianInput,
    TechnicianRecord,
)
from app.repairs.service import RepairService
from app.services import Services
from tests.app.member_helpers import Clock


@dataclass
class Shop:
    """The repairs room of one venue, all on the test's clock."""

    services: Services
    clock: Clock
    repairs: RepairService
    fees: FeeStandardService
    reports: RepairReports


def shop(services: Services, clock: Clock | None = None) -> Shop:
    clock = clock or Clock()
    uow, d, a = services.venue.uow, services.desk, services.audit
    name = services.venue.venue_name
    return Shop(
        services,
        clock,
        RepairService(uow, d, a, name, now=clock),
        FeeStandardService(uow, d, a, now=clock),
        RepairReports(uow, d, a, name, now=clock),
    )


def technician(
    t: Shop, name: str = "张师傅", specialties: tuple[str, ...] = ("locks", "carpentry")
) -> TechnicianRecord:
    return t.services.technicians.save(TechnicianInput(name, specialties))


def customer(t: Shop, name: str = "王𠮷", phone: str = "+86 138 0013 8000") -> str:
    return t.services.customers.create(CustomerInput(name=name, phone=phone)).id


def signature_png() -> bytes:
    """A small drawn signature, as the signature pad would hand it over."""
    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    pen.line(
        [(10, 60), (60, 20), (110, 70), (170, 25), (240, 65), (290, 30)], fill="black", width=4
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def intake(
    t: Shop,
    customer_id: str | None,
    *,
    category: str = "locker",
    location: str = "3 号更衣室 A-12 柜",
    fault: str = '柜门锁芯卡死，钥匙"拧不动"，\n客户物品在内',
    starts_in: timedelta = timedelta(hours=1),
    length: timedelta = timedelta(hours=2),
) -> RepairRecord:
    start = t.clock() + starts_in
    data = RepairInput(customer_id, category, location, fault, start, start + length)
    return t.repairs.record(data)


def standard_line(t: Shop, code: str, quantity_milli: int = 1000) -> FeeLineInput:
    item = next(i for i in t.fees.current().items if i.code == code)
    return FeeLineInput(item.id, quantity_milli)


def walk(
    t: Shop,
    order: RepairRecord,
    tech: TechnicianRecord,
    *,
    lines: tuple[FeeLineInput, ...] = (),
    arrive_after_end: timedelta | None = None,
    fail_first: bool = False,
    warranty: bool = False,
    work_hours: float = 1.0,
    until: str = "closed",
) -> RepairRecord:
    """Dispatch, arrive (at the window's start, or this long after its end), agree the fees,
    work, complete, sign, check (failing once if asked) and close; stop at `until`."""
    r = t.repairs
    r.dispatch(order.id, DispatchInput(tech.id))
    arrival = order.appointment_start + timedelta(minutes=5)
    if arrive_after_end is not None:
        arrival = order.appointment_end + arrive_after_end
    t.clock.at = max(t.clock.at, arrival)
    record = r.arrive(order.id, ArrivalInput(arrival))
    if until == "arrived":
        return record
    r.propose_fees(order.id, AgreementInput(lines))
    r.agree_fees(order.id)
    r.start_work(order.id)
    t.clock.advance(hours=work_hours)
    record = r.complete(order.id, CompletionInput("更换锁芯并试开三次", ("锁芯 ×1",), warranty))
    if until == "done":
        return record
    r.sign(order.id, SignatureInput(png=signature_png()))
    if fail_first:
        r.check(order.id, CheckInput(False, "柜门仍有异响"))
        t.clock.advance(minutes=30)
        r.complete(order.id, CompletionInput("调整合页，异响消除", ("锁芯 ×1",), warranty))
    record = r.check(order.id, CheckInput(True, "试开正常"))
    if until == "checked":
        return record
    return r.close(order.id)
