"""Demo data for the archive room (screenshots and the screens' tests): catalogued files, loans
in each state with one overdue, an incident, access requests and destructions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

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


def as_staff(services: Services, username: str) -> None:
    """Sign the desk in as one of the demo's PEOPLE."""
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
    as_staff(services, "qianwu")
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
        as_staff(services, username)
        loans.approve(number, "同意")


def _seed_loans(services: Services, items: list[str]) -> None:
    venue, desk, audit = services.venue, services.desk, services.audit
    past = _shifted(-6)
    loans_then = LoanService(venue.uow, desk, audit, now=past)
    register_then = LendingRegister(venue.uow, desk, audit, venue.venue_name, now=past)
    as_staff(services, "zhoujl")
    late = loans_then.apply(_loan(services, (items[3],), -3, "核对消费收据"))
    _approve(loans_then, services, late.number, "sunliu", "qianwu")
    register_then.lend(late.number, signed_on_paper=True)  # due three days ago: overdue
    loans, heads = services.loans, ("zhoujl", "qianwu")
    as_staff(services, "wangfang")
    back = loans.apply(_loan(services, (items[0],), 2, "办理会员卡续期"))
    _approve(loans, services, back.number, *heads)
    services.lending.lend(back.number, signed_on_paper=True)
    services.lending.write_off(
        back.number, ReturnInput(((items[0], "missing_pages"),), "合同第 2 页缺失, 已联系借阅人")
    )
    as_staff(services, "wangfang")
    out = loans.apply(_loan(services, (items[0],), 3, "客户要求复印合同"))
    _approve(loans, services, out.number, *heads)
    services.lending.lend(out.number, signed_on_paper=True)
    as_staff(services, "wangfang")
    secret = loans.apply(_loan(services, (items[1], items[2]), 2, "核对会员资料"))
    _approve(loans, services, secret.number, *heads)
    as_staff(services, "wangfang")
    ready = loans.apply(_loan(services, (items[4],), 1, "续签合同"))
    _approve(loans, services, ready.number, *heads)
    as_staff(services, "wangfang")
    refused = loans.apply(_loan(services, (items[2],), 3, "了解客户情况"))
    as_staff(services, "zhoujl")
    loans.refuse(refused.number, "理由不充分, 请说明具体业务")


def _seed_access(services: Services, ids: list[str]) -> None:
    as_staff(services, "wangfang")
    used = services.file_access.request(AccessRequestInput(ids[1], "客户来电核对会籍信息", 4))
    services.file_access.request(AccessRequestInput(ids[2], "客户投诉需核对身份", 8))
    as_staff(services, "zhoujl")
    services.file_access.approve(used.number, "同意")
    as_staff(services, "wangfang")
    services.customers.open(ids[1], "客户来电核对会籍信息")


def eleven_years_on(services: Services) -> Services:
    """The venue with the destruction service eleven years on, past the files' retention."""
    venue = services.venue
    later = DestructionService(
        venue.uow,
        services.desk,
        services.audit,
        services.directory,
        venue.venue_name,
        now=_shifted(366 * 11),
    )
    return dataclasses.replace(services, destruction=later)


def _seed_destruction(services: Services, ids: list[str]) -> None:
    later = eleven_years_on(services).destruction
    as_staff(services, "qianwu")
    done = later.propose(DestructionInput(ids[3], "shred"))
    waiting = later.propose(DestructionInput(ids[4], "pulp"))
    later.approve(done.number)
    later.approve(waiting.number)
    as_staff(services, "zhoujl")
    later.approve(done.number)
    staff = {s.username: s.id for s in services.staff.colleagues()}
    as_staff(services, "qianwu")
    later.record_destroyed(
        done.number, DestructionDone(staff["qianwu"], staff["zhoujl"], date.today())
    )
