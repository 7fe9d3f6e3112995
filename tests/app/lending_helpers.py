"""Helpers for the archive tests: the archive services on a settable clock, the people of the
venue (borrower, department head, archive keeper, general manager) and catalogued files."""

from __future__ import annotations

import struct
import subprocess
import zlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from app.customers.schemas import CustomerInput
from app.lending.access import FileAccessService
from app.lending.archive import ArchiveService
from app.lending.destruction import DestructionService
from app.lending.loans import LoanService
from app.lending.register import LendingRegister
from app.lending.schemas import ArchiveItemInput, LoanInput, LoanLineInput, LoanRecord
from app.services import Services
from app.staff.service import StaffInput
from tests.app.member_helpers import Clock
from tests.conftest import ADMIN_PASSWORD

PEOPLE = {
    "admin": ("管理员 王𠮷", "admin"),
    "borrower": ("前台 阿卜杜拉·买买提", "reception"),
    "tech": ("维修员 李雷", "technician"),
    "head": ("值班经理 张三", "manager"),
    "eng_head": ("工程主管 赵四", "engineering_lead"),
    "keeper": ("档案管理员 钱五", "archive_keeper"),
    "gm": ("总经理 孙六", "general_manager"),
    "manager2": ("值班经理 周七", "manager"),
}


def _png(width: int, height: int) -> bytes:
    """A real greyscale PNG (a diagonal stroke), built without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + bytes(0 if abs(x - y * width // height) < 2 else 255 for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = _png(120, 40)


def password(username: str) -> str:
    return ADMIN_PASSWORD if username == "admin" else f"{username}-pass-123"


@dataclass
class Archive:
    """The archive services of one venue, all on the test's clock."""

    services: Services
    clock: Clock
    archive: ArchiveService
    loans: LoanService
    register: LendingRegister
    access: FileAccessService
    destruction: DestructionService
    ids: dict[str, int] = field(default_factory=dict)

    def act(self, who: str) -> None:
        """Sign the desk in as one of PEOPLE."""
        self.services.staff.sign_out()
        self.services.staff.sign_in(who, password(who))


def archive_desk(services: Services, clock: Clock | None = None) -> Archive:
    """Creates PEOPLE (signed in as admin) and leaves the admin signed in."""
    clock = clock or Clock()
    uow, d, a, name = services.venue.uow, services.desk, services.audit, services.venue.venue_name
    t = Archive(
        services,
        clock,
        ArchiveService(uow, d, a, now=clock),
        LoanService(uow, d, a, now=clock),
        LendingRegister(uow, d, a, name, now=clock),
        FileAccessService(uow, d, a, name, now=clock),
        DestructionService(uow, d, a, services.directory, name, now=clock),
    )
    services.staff.sign_out()
    services.staff.sign_in("admin", ADMIN_PASSWORD)
    for username, (display, role) in PEOPLE.items():
        if username != "admin":
            services.staff.create(StaffInput(username, display, role, password(username)))
    t.ids = {s.username: s.id for s in services.staff.list()}
    return t


def catalogue(t: Archive, name: str = "王𠮷", level: str = "normal", copies: int = 2) -> str:
    """A customer file with one paper file in the archive; returns the item number."""
    t.act("admin")
    customer = t.services.customers.create(
        CustomerInput(name, "+86 138 0013 8000", confidentiality=level), allow_duplicate=True
    )
    t.act("keeper")
    item = t.archive.add_item(
        ArchiveItemInput(
            customer.id,
            ("id_copy", "contract"),
            copies,
            "A区-3架-12格",
            t.clock.today(),
            description='合同附件, 含"补充条款"\n第二页',
        )
    )
    return item.number


def application(
    item_no: str, days: int = 3, copies: int = 1, clock: Clock | None = None
) -> LoanInput:
    today = (clock or Clock()).today()
    return LoanInput(
        department="前厅部",
        lines=(LoanLineInput(item_no, copies),),
        purpose="核对会员合同, 客户来电投诉",
        reason='客户说"合同条款不一致"',
        due_on=today + timedelta(days=days),
    )


def approved_loan(t: Archive, item_no: str, days: int = 3) -> LoanRecord:
    """Applied by the borrower, approved by each level the files need."""
    t.act("borrower")
    loan = t.loans.apply(application(item_no, days, clock=t.clock))
    for who in ("head", "keeper", "gm"):
        if loan.next_stage:
            t.act(who)
            loan = t.loans.approve(loan.number, "同意")
    return loan


def lent_loan(t: Archive, item_no: str, days: int = 3) -> LoanRecord:
    loan = approved_loan(t, item_no, days)
    t.act("keeper")
    return t.register.lend(loan.number, signed_on_paper=True)


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "out.pdf") -> str:
    """The PDF read back as a reader would see it (poppler's pdftotext, layout kept)."""
    path = tmp_path / name
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return done.stdout
