"""Demo repair orders for screenshots and a demo venue: three technicians and five orders in the
states a desk sees on a normal day (closed, waiting for the check, in progress, a technician
late, one not dispatched yet). The steps run on a clock moved by hand, so past times are real."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

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
from db.types import utc_now

DEMO_TECHNICIANS = (
    TechnicianInput("张师傅", ("locks", "carpentry")),
    TechnicianInput("阿卜杜拉·买买提", ("plumbing", "electrical")),
    TechnicianInput("李师傅", ("general",)),
)


@dataclass
class _Clock:
    at: datetime

    def __call__(self) -> datetime:
        return self.at


def _order(
    repairs: RepairService, clock: _Clock, customer_id: str | None, what: tuple[str, str, str]
) -> RepairRecord:
    start = clock.at + timedelta(hours=1)
    category, location, fault = what
    data = RepairInput(customer_id, category, location, fault, start, start + timedelta(hours=2))
    return repairs.record(data)


def _on_site(
    repairs: RepairService,
    clock: _Clock,
    order: RepairRecord,
    tech: TechnicianRecord,
    lines: tuple[FeeLineInput, ...],
) -> None:
    repairs.dispatch(order.id, DispatchInput(tech.id))
    clock.at = order.appointment_start + timedelta(minutes=8)
    repairs.arrive(order.id, ArrivalInput(clock.at))
    repairs.propose_fees(order.id, AgreementInput(lines))
    repairs.agree_fees(order.id)
    repairs.start_work(order.id)


def seed_repair_demo(services: Services, customer_ids: tuple[str | None, ...] = ()) -> list[str]:
    """Technicians and five orders (admin or manager signed in); returns the order numbers."""
    now = utc_now()
    clock = _Clock(now - timedelta(days=3))
    uow, desk, audit = services.venue.uow, services.desk, services.audit
    repairs = RepairService(uow, desk, audit, services.venue.venue_name, now=clock)
    techs = [services.technicians.save(t) for t in DEMO_TECHNICIANS]
    items = {i.code: i.id for i in services.fee_standard.current().items}

    def who(index: int) -> str | None:
        return customer_ids[index % len(customer_ids)] if customer_ids else None

    closed = _order(
        repairs, clock, who(0), ("locker", "3 号更衣室 A-12 柜", "锁芯卡死，钥匙拧不动")
    )
    _on_site(
        repairs,
        clock,
        closed,
        techs[0],
        (FeeLineInput(items["L02"]), FeeLineInput(items["L03"], 2000)),
    )
    clock.at += timedelta(minutes=50)
    repairs.complete(closed.id, CompletionInput("更换锁芯，试开三次正常", ("锁芯 ×1",)))
    repairs.sign(closed.id, SignatureInput(signed_on_paper=True))
    repairs.check(closed.id, CheckInput(True, "开关顺畅"))
    repairs.close(closed.id)

    clock.at = now - timedelta(days=1)
    done = _order(repairs, clock, who(1), ("room", "808 房卫生间", "洗手盆下水慢，有异味"))
    _on_site(repairs, clock, done, techs[1], (FeeLineInput(items["P01"]),))
    clock.at += timedelta(minutes=40)
    repairs.complete(
        done.id, CompletionInput("疏通下水并更换存水弯密封圈", (), under_warranty=True)
    )

    clock.at = now - timedelta(hours=3)
    working = _order(repairs, clock, who(2), ("equipment", "健身房 2 号跑步机", "跑带打滑，有异响"))
    other = FeeLineInput(None, 1000, "跑步机专用润滑硅油", "瓶", 6_800)
    _on_site(repairs, clock, working, techs[1], (FeeLineInput(items["Q01"]), other))

    clock.at = now - timedelta(hours=4)
    late = _order(repairs, clock, None, ("facility", "泳池区东侧照明", "两盏灯不亮"))
    repairs.dispatch(late.id, DispatchInput(techs[2].id))

    clock.at = now
    waiting = _order(repairs, clock, who(3), ("locker", "贵宾更衣室 V-03 柜", "柜门合页松动"))
    return [closed.number, done.number, working.number, late.number, waiting.number]
