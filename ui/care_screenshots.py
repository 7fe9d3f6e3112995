"""The customer care screens for `main.py screenshots`: the today list (birthdays, calls due),
a call being recorded with a refusal, the greeting days and a greeting list, the satisfaction
figures and dialog, the analysis dashboard, the class override and the care settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtWidgets import QApplication

from app.care.greeting_days import GreetingDayRecord
from app.care.schemas import SatisfactionInput
from app.checkin.schemas import VisitInput
from app.checkin.service import CheckInService
from app.customers.schemas import ConsentInput, ConsentPurpose, CustomerInput
from app.points.records import ConsumptionInput
from app.services import Services
from ui.care.call_dialog import CallDialog
from ui.care.care_room import CareRoom
from ui.care.care_settings_dialog import CareSettingsDialog
from ui.care.class_override_dialog import ClassOverrideDialog
from ui.care.greeting_day_dialog import GreetingDayDialog
from ui.care.satisfaction_dialog import SatisfactionDialog
from ui.customers.search_model import phone_text

Shoot = Callable[..., None]
ANNIVERSARY = "感谢您一路相伴！周年庆期间到店消费享双倍积分，期待您的光临。"
MARKETING = (ConsentInput(ConsentPurpose.MARKETING),)
# name, phone, gender, birthday offset from today (days; None = unknown), year, tier, address
PEOPLE = (
    ("赵丽华", "13810001001", "female", 0, 1990, "gold", "上海市静安区南京西路1601号"),
    ("黄志明", "13810001002", "male", 3, 1976, "platinum", "上海市徐汇区衡山路8号"),
    ("周杰", "13810001003", "male", 5, 2001, "", "上海市浦东新区世纪大道100号"),
    ("阿卜杜拉·买买提", "13810001004", "male", None, 0, "silver", "上海市长宁区愚园路50号"),
    ("王𠮷", "13810001005", "female", None, 0, "gold", "上海市静安区愚园路88号"),
    ("林晓雨😀", "13810001006", "female", None, 0, "", "上海市黄浦区淮海中路300号"),
)
SPEND = (
    ("茶室", "明前龙井一壶", 28_800),
    ("餐饮", "商务套餐", 128_000),
    ("足疗", "90 分钟", 29_800),
)


class _Clock:
    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at


def _birthday(today: date, offset: int | None, year: int) -> date | None:
    if offset is None:
        return None
    day = today + timedelta(days=offset)
    return date(year, day.month, 28 if (day.month, day.day) == (2, 29) else day.day)


def seed_care_demo(services: Services) -> None:
    """Members with birthdays this week and marketing consent, five months of visits and
    purchases at different hours, a call to make, and satisfaction answers."""
    today = services.cards.today()
    clock = _Clock()
    checkin = CheckInService(
        services.venue.uow, services.desk, services.audit, services.customers, now=clock
    )
    for n, (name, phone, gender, offset, year, tier, address) in enumerate(PEOPLE):
        record = services.customers.create(
            CustomerInput(
                name, phone, gender, _birthday(today, offset, year), address=address,
                consents=MARKETING if n != 2 else (),
            ),
            allow_duplicate=True,
        )  # fmt: skip
        card_no = services.cards.issue(record.id, tier).card_no if tier else ""
        for months_ago in range(5, -1, -1):
            day = today - timedelta(days=30 * months_ago + 3 * n + 4)
            clock.at = datetime.combine(day, time(10 + (n * 3 + months_ago) % 10)).astimezone(UTC)
            checkin.check_in_customer(record.id, VisitInput(2, "下午茶", "二楼茶室"))
            department, items, fen = SPEND[(n + months_ago) % len(SPEND)]
            services.consumption.record(
                ConsumptionInput(department, items, fen * (1 + n % 3), "wechat", card_no,
                                 None if card_no else record.id, day=day)
            )  # fmt: skip
        if n == 4:
            services.care.plan_call(record.id, today, "上次说包间空调太冷，回访是否改善")
    for csat, nps, comment in (
        (5, 10, "服务很周到, 茶也好"),
        (4, 9, ""),
        (3, 7, '等位有点久，"希望改进"'),
        (5, 8, ""),
        (2, 4, "包间空调太冷"),
    ):
        services.care.record_satisfaction(SatisfactionInput(csat=csat, nps=nps, comment=comment))
    soon = today + timedelta(days=2)
    services.care.save_greeting_day(
        GreetingDayRecord(0, "会所周年庆", "solar", soon.month, min(soon.day, 28), ANNIVERSARY)
    )
    services.care.refresh_classes(force=True)


def care_screens(shoot: Shoot, services: Services, room: CareRoom) -> None:
    window = room.window()
    assert room.today is not None and room.greetings is not None
    room.tabs.setCurrentWidget(room.today)
    shoot(window, "care_today")
    room.today.calls.view.selectRow(0)
    task = room.today.calls.selected()
    if task is not None:
        care = services.care
        who = f"{task.name}  {phone_text(task.phone)}"
        dialog = CallDialog(who, lambda o: care.finish_task(task.id, o))
        dialog.next_step.setText("下周再约")
        dialog.accept()  # no result: refused next to the field
        shoot(dialog, "care_call_refused")
        dialog.reject()
    room.today.greetings.view.selectRow(0)
    room.today.open_greeting_list()  # the venue's anniversary, in two days
    shoot(window, "care_greetings")
    days = room.greetings.days
    days.select_row_where(lambda d: d.name == "中秋节")
    day = days.selected()
    editor = GreetingDayDialog(services, day)
    shoot(editor, "care_greeting_day_lunar")
    editor.reject()
    if room.satisfaction is not None:
        room.tabs.setCurrentWidget(room.satisfaction)
        shoot(window, "care_satisfaction")
        survey = SatisfactionDialog(services)
        survey.anonymous.setChecked(True)
        survey.csat.setText("5")
        survey.nps.setText("11")
        survey.accept()
        shoot(survey, "care_satisfaction_refused")
        survey.reject()
    if room.analysis is not None:
        room.tabs.setCurrentWidget(room.analysis)
        shoot(window, "care_analysis")
        scroll = room.analysis.grid_host
        scroll.resize(scroll.width(), scroll.sizeHint().height())
        QApplication.processEvents()
        shoot(scroll, "care_analysis_all_charts")
        override = ClassOverrideDialog(services, parent=None)
        override.finder.search_for("王𠮷") if override.finder else None
        shoot(override, "care_class_override")
        override.reject()
    settings = CareSettingsDialog(services)
    shoot(settings, "care_settings")
    settings.reject()
