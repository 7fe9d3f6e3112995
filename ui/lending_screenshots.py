"""The archive lending screens for `main.py screenshots`: the register with an overdue loan in red,
the catalogue and sign-in book, access requests and the view report, destruction records, the
application refused for a late return date, lending with a signature, the slip, and the room as
the borrower and the general manager see it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from app.customers.schemas import CustomerInput
from app.errors import DomainError
from app.lending.destruction import DestructionService
from app.lending.loans import LoanService
from app.lending.register import LendingRegister
from app.lending.schemas import (
    AccessRequestInput,
    ArchiveItemInput,
    DestructionDone,
    DestructionInput,
    HandoverInput,
    LoanInput,
    LoanLineInput,
    ReturnInput,
)
from app.services import Services
from app.staff.service import StaffInput
from ui.lending.lending_room import LendingRoom
from ui.repairs.signature_pad import SignaturePad

Shoot = Callable[..., None]
PEOPLE = {
    "wangfang": ("前台 王芳", "reception"),
    "zhoujl": ("值班经理 周建林", "manager"),
    "qianwu": ("档案管理员 钱五", "archive_keeper"),
    "sunliu": ("总经理 孙六", "general_manager"),
}
DEPARTMENT = "前厅部"
SHELF = "A区-3架-{n}格"


def _password(username: str) -> str:
    return f"{username}-演示-2026"


def _as(services: Services, username: str) -> None:
    services.staff.sign_out()
    services.staff.sign_in(username, _password(username))


def _shifted(days: float) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + timedelta(days=days)


def _customers(services: Services) -> list[str]:
    people = [
        CustomerInput("陈静", "13700001111"),
        CustomerInput("阿卜杜拉·买买提", "+86 138 0013 8001", confidentiality="confidential"),
        CustomerInput("王𠮷", "13500002222", confidentiality="top_secret"),
        CustomerInput("赵敏", "13600003333"),
        CustomerInput("孙丽", "13600004444"),
    ]
    return [services.customers.create(p, allow_duplicate=True).id for p in people]


def _loan(services: Services, items: tuple[str, ...], days: int, purpose: str) -> LoanInput:
    return LoanInput(
        DEPARTMENT,
        tuple(LoanLineInput(i) for i in items),
        purpose,
        '客户来电称"合同条款不一致", 需核对原件',
        date.today() + timedelta(days=days),
    )


def seed_lending_demo(services: Services, admin_password: str) -> None:
    """Files, loans in each state (one overdue), an incident, access requests and destructions;
    the admin is signed in again at the end."""
    try:
        for username, (name, role) in PEOPLE.items():
            services.staff.create(StaffInput(username, name, role, _password(username)))
    except DomainError:
        return
    ids = _customers(services)
    _as(services, "qianwu")
    today = date.today()
    items = [
        services.archive.add_item(
            ArchiveItemInput(cid, contents, 2, SHELF.format(n=n), today - timedelta(days=30))
        ).number
        for n, (cid, contents) in enumerate(
            [
                (ids[0], ("id_copy", "contract")),
                (ids[1], ("contract", "signed_forms")),
                (ids[2], ("id_copy", "contract", "receipts")),
                (ids[0], ("receipts",)),
                (ids[0], ("signed_forms", "other")),
            ],
            start=1,
        )
    ]
    services.archive.receive_handover(
        HandoverInput("会籍部", "会籍顾问 李雷", complete=False, missing="缺第 3 页签字表单"),
        [ArchiveItemInput(ids[3], ("contract",), 1, SHELF.format(n=9), today)],
    )
    services.archive.receive_handover(
        HandoverInput("财务部", "出纳 韩梅梅"),
        [ArchiveItemInput(ids[4], ("receipts", "other"), 3, SHELF.format(n=10), today)],
    )
    _seed_loans(services, items)
    _seed_access(services, ids)
    _seed_destruction(services, ids)
    services.staff.sign_out()
    services.staff.sign_in("admin", admin_password)


def _approve(loans: LoanService, services: Services, number: str, *who: str) -> None:
    for username in who:
        _as(services, username)
        loans.approve(number, "同意")


def _seed_loans(services: Services, items: list[str]) -> None:
    venue, desk, audit = services.venue, services.desk, services.audit
    past = _shifted(-6)
    loans_then = LoanService(venue.uow, desk, audit, now=past)
    register_then = LendingRegister(venue.uow, desk, audit, venue.venue_name, now=past)
    _as(services, "zhoujl")
    late = loans_then.apply(_loan(services, (items[3],), -3, "核对消费收据"))
    _approve(loans_then, services, late.number, "sunliu", "qianwu")
    register_then.lend(late.number, signed_on_paper=True)  # due three days ago: overdue
    loans, heads = services.loans, ("zhoujl", "qianwu")
    _as(services, "wangfang")
    back = loans.apply(_loan(services, (items[0],), 2, "办理会员卡续期"))
    _approve(loans, services, back.number, *heads)
    services.lending.lend(back.number, signed_on_paper=True)
    services.lending.write_off(
        back.number, ReturnInput(((items[0], "missing_pages"),), "合同第 2 页缺失, 已联系借阅人")
    )
    _as(services, "wangfang")
    out = loans.apply(_loan(services, (items[0],), 3, "客户要求复印合同"))
    _approve(loans, services, out.number, *heads)
    services.lending.lend(out.number, signed_on_paper=True)
    _as(services, "wangfang")
    secret = loans.apply(_loan(services, (items[1], items[2]), 2, "核对会员资料"))
    _approve(loans, services, secret.number, *heads)
    _as(services, "wangfang")
    ready = loans.apply(_loan(services, (items[4],), 1, "续签合同"))
    _approve(loans, services, ready.number, *heads)
    _as(services, "wangfang")
    refused = loans.apply(_loan(services, (items[2],), 3, "了解客户情况"))
    _as(services, "zhoujl")
    loans.refuse(refused.number, "理由不充分, 请说明具体业务")


def _seed_access(services: Services, ids: list[str]) -> None:
    _as(services, "wangfang")
    used = services.file_access.request(AccessRequestInput(ids[1], "客户来电核对会籍信息", 4))
    services.file_access.request(AccessRequestInput(ids[2], "客户投诉需核对身份", 8))
    _as(services, "zhoujl")
    services.file_access.approve(used.number, "同意")
    _as(services, "wangfang")
    services.customers.open(ids[1], "客户来电核对会籍信息")


def _seed_destruction(services: Services, ids: list[str]) -> None:
    venue = services.venue
    later = DestructionService(
        venue.uow,
        services.desk,
        services.audit,
        services.directory,
        venue.venue_name,
        now=_shifted(366 * 11),
    )
    _as(services, "qianwu")
    done = later.propose(DestructionInput(ids[3], "shred"))
    waiting = later.propose(DestructionInput(ids[4], "pulp"))
    later.approve(done.number)
    later.approve(waiting.number)
    _as(services, "zhoujl")
    later.approve(done.number)
    staff = {s.username: s.id for s in services.staff.colleagues()}
    _as(services, "qianwu")
    later.record_destroyed(
        done.number, DestructionDone(staff["qianwu"], staff["zhoujl"], date.today())
    )


def _draw(pad: SignaturePad) -> None:
    left = Qt.MouseButton.LeftButton
    for y in (70, 120):
        QTest.mousePress(pad, left, pos=QPoint(40, y))
        for x in range(50, 420, 20):
            QTest.mouseMove(pad, QPoint(x, y + (x // 20) % 4 * 6))
        QTest.mouseRelease(pad, left, pos=QPoint(430, y))


def lending_screens(shoot: Shoot, services: Services, room: LendingRoom, password: str) -> None:
    window = room.window()
    for page, name in (
        (room.register, "register"),
        (room.catalogue, "catalogue"),
        (room.access, "access"),
        (room.destruction, "destruction"),
    ):
        if page is None:
            continue
        room.setCurrentWidget(page)
        if page is room.access and room.access is not None:
            room.access.show_report()
        shoot(window, f"lending_{name}")
    _dialog_screens(shoot, services, room)
    for username, key in (("wangfang", "applications"), ("sunliu", "approvals")):
        _as(services, username)
        view = LendingRoom(services)
        view.resize(1180, 640)
        tab = view.applications if key == "applications" else view.approvals
        if tab is not None:
            view.setCurrentWidget(tab)
            tab.reload()
            shoot(view, f"lending_{key}_{username}")
        view.close()
        view.deleteLater()
    services.staff.sign_out()
    services.staff.sign_in("admin", password)


def _dialog_screens(shoot: Shoot, services: Services, room: LendingRoom) -> None:
    register = room.register
    if register is None:
        return
    register.show_loans("approved")
    register.loans.view.selectRow(0)
    lend = register.lend_dialog()
    if lend is not None:
        lend.show()
        _draw(lend.signature.pad)
        shoot(lend, "lending_lend_signature")
        lend.close()
    register.show_loans("lent")
    register.loans.select_where(lambda r: r.overdue)
    slip = register.slip_preview()
    if slip is not None:
        slip.resize(640, 860)
        shoot(slip, "lending_slip_preview", settle_s=1.5)
        slip.close()
    back = register.return_dialog()
    if back is not None:
        for item in back.conditions:
            back.set_condition(item, "missing_pages")
        back.accept()  # refused: a missing page needs a note
        shoot(back, "lending_return_note_required")
        back.close()
    if room.approvals is not None:
        room.approvals.table.view.selectRow(0)
        dialog = room.approvals.decision(False)
        if dialog is not None:
            dialog.accept()
            shoot(dialog, "lending_refuse_needs_reason")
            dialog.close()
    if room.applications is not None:
        apply = room.applications.apply_dialog()
        apply.choose(*[r.number for r in apply.catalogue.rows()[:2]])
        apply.department.setText(DEPARTMENT)
        apply.purpose.setText("核对会员合同")
        apply.reason.setPlainText('客户说"合同条款不一致"')
        late = date.today() + timedelta(days=5)
        apply.due_on.setDate(QDate(late.year, late.month, late.day))
        apply.accept()
        shoot(apply, "lending_apply_late_date")
        apply.close()
