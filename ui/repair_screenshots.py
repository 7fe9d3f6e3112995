"""The repairs screens for `main.py screenshots`: the room with a closed order (fees, signature,
history), the intake dialog refusing a past appointment, the on-site fees, the signature pad, the
three-part print in both layouts, the monthly register, the fee standard and the technicians."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPointF

from app.customers.schemas import CustomerInput
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
)
from app.services import Services
from ui.repairs.completion_dialog import CompletionDialog
from ui.repairs.onsite_dialog import OnSiteDialog
from ui.repairs.repair_order_dialog import RepairOrderDialog
from ui.repairs.repairs_room import RepairsRoom
from ui.repairs.signature_pad import SignaturePad

Shoot = Callable[..., None]


def sign_strokes(pad: SignaturePad) -> None:
    """A hand-like signature (two strokes) drawn straight into the pad's path."""
    for row, stroke in enumerate(((30, 70, 5.0), (250, 60, 3.0))):
        x0, y0, wave = stroke
        pad._start(QPointF(x0, y0 + row * 20))
        for step in range(1, 40):
            x = x0 + step * 5
            y = y0 + row * 20 + ((step % 8) - 4) * wave
            pad._extend(QPointF(x, y))
        pad._stop()


def drawn_signature() -> bytes:
    pad = SignaturePad()
    pad.resize(480, 180)
    sign_strokes(pad)
    return pad.to_png()


def _order(
    services: Services, customer_id: str | None, category: str, where: str, fault: str, hours: int
) -> RepairRecord:
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(hours=hours)
    return services.repairs.record(
        RepairInput(customer_id, category, where, fault, start, start + timedelta(hours=2))
    )


def seed_repair_demo(services: Services) -> None:
    """Three technicians and four orders: closed with fees and a signature, in progress,
    scheduled and new."""
    repairs = services.repairs
    locks = services.technicians.save(TechnicianInput("张师傅", ("locks", "carpentry")))
    services.technicians.save(TechnicianInput("李电工", ("electrical", "hvac")))
    services.technicians.save(TechnicianInput("阿卜杜拉·买买提", ("equipment", "general")))
    member = services.customers.create(
        CustomerInput("王建国", "+86 139 0013 8001"), allow_duplicate=True
    )
    items = {i.code: i for i in services.fee_standard.current().items}
    closed = _order(
        services,
        member.id,
        "locker",
        "3 号更衣室 A-12 柜",
        '柜门锁芯卡死，钥匙"拧不动"，客户物品在内',
        1,
    )
    repairs.dispatch(closed.id, DispatchInput(locks.id, "带备用锁芯"))
    repairs.arrive(closed.id, ArrivalInput(datetime.now(UTC)))
    lines = (FeeLineInput(items["L02"].id), FeeLineInput(items["L03"].id))
    repairs.propose_fees(closed.id, AgreementInput(lines, 10_000))
    repairs.agree_fees(closed.id)
    repairs.start_work(closed.id)
    repairs.complete(closed.id, CompletionInput("更换锁芯并试开三次", ("储物柜锁芯 ×1",)))
    repairs.sign(closed.id, SignatureInput(png=drawn_signature()))
    repairs.check(closed.id, CheckInput(True, "试开正常，客户满意"))
    repairs.close(closed.id)
    working = _order(services, member.id, "room", "贵宾包间 V3 卫生间", "水龙头滴水不止", 2)
    repairs.dispatch(working.id, DispatchInput(locks.id))
    repairs.arrive(working.id, ArrivalInput(datetime.now(UTC)))
    repairs.propose_fees(working.id, AgreementInput((FeeLineInput(items["P02"].id),)))
    repairs.agree_fees(working.id)
    repairs.start_work(working.id)
    scheduled = _order(services, None, "equipment", "健身房 2 号跑步机", "皮带打滑，有异响", 3)
    repairs.dispatch(scheduled.id, DispatchInput(locks.id))
    _order(services, None, "facility", "大堂东侧走廊", "两支灯管不亮", 5)


def repairs_screens(shoot: Shoot, services: Services, room: RepairsRoom) -> None:
    seed_repair_demo(services)
    room.setCurrentWidget(room.orders)
    room.activate()
    page = room.orders
    for row in range(page.proxy.rowCount()):
        page.view.selectRow(row)
        if page.order is not None and page.order.state == "closed":
            break
    shoot(room.window(), "repairs_closed_order")
    _dialogs(shoot, services)
    if page.order is not None:
        for layout in ("sheet", "pages"):
            page.printing.layout_choice.setCurrentIndex(
                page.printing.layout_choice.findData(layout)
            )
            preview = page.printing.order_preview(page.order.number)
            if preview is not None:
                preview.resize(760, 980)
                shoot(preview, f"repairs_print_{layout}", 1.5)
                preview.close()
                preview.deleteLater()
    report = page.printing.report_preview()
    if report is not None:
        report.resize(760, 980)
        shoot(report, "repairs_month_report", 1.5)
        report.close()
        report.deleteLater()
    for tab, name in (
        (room.followups, "repairs_followups"),
        (room.fee_standard, "repairs_fee_standard"),
        (room.technicians, "repairs_technicians"),
        (room.settings, "repairs_settings"),
    ):
        if tab is not None:
            room.setCurrentWidget(tab)
            if tab is room.followups:
                room.followups.draw_sample()
            shoot(room.window(), name)
    room.setCurrentWidget(room.orders)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # previews gone now


def _dialogs(shoot: Shoot, services: Services) -> None:
    intake = RepairOrderDialog(services)
    intake.finder.search_for("王建国")
    intake.finder.choose_selected()
    intake.location.setText("3 号更衣室 A-15 柜")
    intake.fault.setPlainText("柜门合页松动，关不严")
    intake.appointment.day.setDate(QDate.currentDate().addDays(-1))
    intake.accept()
    shoot(intake, "repairs_intake_past_appointment")
    intake.close()
    intake.deleteLater()
    rows = services.repairs.list_rows(state="in_progress")
    if rows:
        order = services.repairs.open(rows[0].id)
        standard = services.fee_standard.current()
        onsite = OnSiteDialog(services, order, standard)
        onsite.fees.add_other("定制柜门把手", "个", "35.50")
        onsite.agreed.setChecked(True)
        shoot(onsite, "repairs_onsite_fees")
        onsite.close()
        onsite.deleteLater()
        done = CompletionDialog(services, order)
        done.work_done.setPlainText("更换水龙头阀芯，试水无滴漏")
        done.parts.setPlainText("水龙头阀芯 ×1")
        done.show()
        sign_strokes(done.signature.pad)
        shoot(done, "repairs_completion_signature")
        done.close()
        done.deleteLater()
