"""The complaints screens for `main.py screenshots`: the room with overdue cards and a major card
on show, the intake dialog with a refusal next to its field, a handling step, the printed card
and the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from app.complaints.schemas import ComplaintInput, InvestigationInput, PlanInput, ReplyInput
from app.errors import DomainError
from app.services import Services
from app.staff.service import StaffInput
from ui.complaints.complainant_box import CONTACT
from ui.complaints.complaint_card_dialog import ComplaintCardDialog
from ui.complaints.complaint_fields import select_code, set_moment
from ui.complaints.complaint_report_dialog import ComplaintReportDialog
from ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog
from ui.complaints.complaints_room import ComplaintsRoom
from ui.complaints.handling_dialogs import InvestigationDialog

Shoot = Callable[..., None]


def seed_complaint_demo(services: Services) -> None:
    """Cards in several states: one overdue, a major one investigated, praise, one replied."""
    now = datetime.now(UTC)
    c = services.complaints
    try:
        manager = services.staff.create(StaffInput("zhangzg", "张主管", "manager", "zhuguan-2026"))
    except DomainError:
        return
    late = c.record(
        ComplaintInput(
            channel="phone",
            category="hygiene",
            summary="包间茶具有水渍，客人要求更换并道歉",
            received_at=now - timedelta(days=2),
            promised_reply_at=now - timedelta(days=1),
            contact_name="赵女士",
            contact_phone="13911112222",
            requests=("apology", "exchange"),
            department="food_beverage",
            handler_id=manager.id,
        )
    )
    major = c.record(
        ComplaintInput(
            channel="in_person",
            category="safety",
            summary="泳池边地面湿滑，客人摔倒擦伤膝盖，称要找媒体曝光",
            received_at=now - timedelta(hours=5),
            promised_reply_at=now + timedelta(hours=19),
            contact_name="钱先生",
            contact_phone="+86 138 0013 8000",
            requests=("apology", "compensation", "explanation"),
            department="recreation",
            severity="major",
            major_reasons=("media", "injury"),
            handler_id=manager.id,
        )
    )
    c.record_plan(major.id, PlanInput("当天由值班经理上门探望；调取监控；48 小时内给出赔偿方案。"))
    c.record_investigation(
        major.id,
        InvestigationInput(
            cause="防滑垫移位未及时复位",
            facts="16:20 保洁拖地后未放置警示牌，客人经过时滑倒",
            responsible="康体部 孙领班",
            conclusion="投诉属实，属我方管理疏漏",
            corrective_action="立即复位防滑垫，增设警示牌",
            preventive_action="每两小时巡查一次泳池区地面",
        ),
    )
    praise = c.record(
        ComplaintInput(
            kind="praise",
            channel="suggestion_box",
            category="service_attitude",
            summary="前台小李耐心帮我找回遗失的手机，特此表扬！👍",
            anonymous=True,
        )
    )
    del praise
    done = c.record(
        ComplaintInput(
            channel="email",
            category="price_billing",
            summary="账单多收了一份果盘",
            received_at=now - timedelta(days=1),
            promised_reply_at=now,
            contact_name="孙悦",
            contact_phone="13711112222",
            requests=("refund",),
            department="finance",
        )
    )
    c.start_investigation(done.id)
    c.record_reply(done.id, ReplyInput("phone", "已核实并原路退还 68 元，向客人致歉", None, 5))
    del late


def complaint_screens(shoot: Shoot, services: Services, room: ComplaintsRoom) -> None:
    room.activate()
    major = [r for r in services.complaints.list_rows() if r.severity == "major"]
    if major:
        room.open_card(major[0].id)
    shoot(room.window(), "complaints_card")
    intake = ComplaintCardDialog(services)
    intake.complainant.set_mode(CONTACT)
    intake.complainant.contact_name.setText("王芳")
    intake.complainant.contact_phone.setText("+86 138 0013 8000")
    intake.summary.setPlainText('客人说前台"态度冷淡"，等了 20 分钟还被催着结账 😠')
    intake.requests.boxes["apology"].setChecked(True)
    intake.requests.boxes["explanation"].setChecked(True)
    select_code(intake.department, "front_desk")
    now = datetime.now(UTC)
    set_moment(intake.promised_reply_at, now - timedelta(hours=3))
    intake.accept()  # refused: the promised reply lies before the intake
    shoot(intake, "complaints_intake_refused")
    intake.close()
    record = room.card.record
    if record is not None:
        report = InvestigationDialog(lambda _d: record, record.investigation, room)
        shoot(report, "complaints_investigation_report")
        report.close()
        preview = room.card_preview()
        if preview is not None:
            preview.resize(720, 900)
            shoot(preview, "complaints_card_print_preview", 1.5)
            preview.close()
    report = ComplaintReportDialog(services, room.report_months(), room)
    shoot(report, "complaints_monthly_report")
    report.close()
    settings = ComplaintSettingsDialog(services.complaints, room)
    shoot(settings, "complaints_settings")
    settings.close()
