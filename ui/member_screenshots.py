"""The check-in and member screens for `main.py screenshots`: a scan with a Warn alert, one with a
Deny alert, the walk-in dialog with a refusal, the members room with a card, the card preview,
the membership settings (with a refused discount) and gift catalogue, and the customer file's
points ledger and consumption tabs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from app.checkin.schemas import VisitInput
from app.customers.schemas import CustomerInput
from app.points.records import ConsumptionInput
from app.services import Services
from ui.admin.gifts_page import GiftsPage
from ui.admin.membership_page import MembershipPage
from ui.checkin.checkin_room import CheckInRoom
from ui.checkin.walk_in_dialog import WalkInDialog
from ui.customers.file_dialog import CustomerFileDialog
from ui.members.members_room import MembersRoom

Shoot = Callable[..., None]


@dataclass(frozen=True)
class MemberDemo:
    birthday_card: str
    frozen_card: str
    birthday_customer: str = ""


def _birthday_today(today: date) -> date:
    try:
        return today.replace(year=1985)
    except ValueError:  # 29 February
        return date(1985, 2, 28)


def seed_member_demo(services: Services) -> MemberDemo:
    """Two members: a gold card whose holder has a birthday today, and a frozen card."""
    today = services.cards.today()
    gold = services.customers.create(
        CustomerInput("孙悦", "13711112222", "female", _birthday_today(today)),
        allow_duplicate=True,
    )
    card = services.cards.issue(gold.id, "gold")
    receipts = [
        services.consumption.record(ConsumptionInput("茶室", items, fen, "wechat", card.card_no))
        for items, fen in (("下午茶套餐", 68_800), ("足疗 90 分钟", 29_800), ("红酒一瓶", 58_800))
    ]
    services.consumption.reverse(receipts[-1].receipt_no, "顾客退单")
    services.points.adjust(card.card_no, 200, "开卡礼")
    services.points.save_gift("明前龙井礼盒", 300, 12)
    services.points.save_gift("会所定制茶杯", 120, 0)
    services.points.save_gift("旧款毛巾", 50, 3, active=False)
    away = services.customers.create(
        CustomerInput("钱程", "13622223333", "male"), allow_duplicate=True
    )
    frozen = services.cards.issue(away.id, "silver")
    services.cards.freeze(frozen.card_no, today, today + timedelta(days=30), "出国三个月")
    walk_in = services.customers.create(CustomerInput("周敏", "15911112222"), allow_duplicate=True)
    services.checkin.check_in_customer(walk_in.id, VisitInput(2, "商务洽谈", "二楼茶室"))
    return MemberDemo(card.card_no, frozen.card_no, gold.id)


def checkin_screens(shoot: Shoot, services: Services, room: CheckInRoom, demo: MemberDemo) -> None:
    room.activate()
    room.visit.party_size.setValue(3)
    room.visit.purpose.setText("生日聚会")
    room.visit.service_area.setText("一楼大厅")
    room.scan.setText(demo.birthday_card)
    room.scan_entered()
    shoot(room.window(), "checkin_warn_birthday")
    room.scan.setText(demo.frozen_card)
    room.scan_entered()
    shoot(room.window(), "checkin_deny_frozen")
    walk_in = WalkInDialog(services)
    walk_in.name.setText("赵六")
    walk_in.phone.setText("12345")
    walk_in.visit.purpose.setText("参观会所")
    walk_in.accept()
    shoot(walk_in, "checkin_walk_in_phone_error")
    walk_in.close()


def members_screens(shoot: Shoot, room: MembersRoom, demo: MemberDemo) -> None:
    room.activate()
    room.card_no.setText(demo.birthday_card)
    room.find_card()
    shoot(room.window(), "members_card")
    preview = room.card_preview()
    if preview is not None:
        preview.resize(720, 560)
        shoot(preview, "members_card_print_preview", 1.5)
        preview.close()
    membership_screens(shoot, room.services, demo)


def membership_screens(shoot: Shoot, services: Services, demo: MemberDemo) -> None:
    """The manager's 会员设置 page (then a refused discount), the gift catalogue, and the
    customer file's 会员卡与积分 / 消费 tabs."""
    page = MembershipPage(services)
    page.resize(1180, 900)
    page.reload()
    shoot(page, "membership_settings")
    page.tiers.select("gold")
    page.tiers.discount.setValue(150)
    page.tiers.save()
    page.verticalScrollBar().setValue(0)
    shoot(page, "membership_settings_discount_error")
    page.close()
    gifts = GiftsPage(services.points)
    gifts.resize(900, 560)
    gifts.reload()
    gifts.select(gifts.model.row_at(0).id)
    shoot(gifts, "membership_gifts")
    gifts.close()
    if not demo.birthday_customer:
        return
    dialog = CustomerFileDialog(services, services.customers.open(demo.birthday_customer))
    dialog.resize(1100, 760)
    cards, consumption = dialog.member_tabs[1], dialog.member_tabs[2]
    dialog.tabs.setCurrentWidget(cards)
    shoot(dialog, "members_file_points")
    dialog.tabs.setCurrentWidget(consumption)
    shoot(dialog, "members_file_consumption")
    dialog.close()
