"""Exporting the customer list (managers only, audited): the import template's columns plus the
customer number and card number, so an export imports back into another venue unchanged.

CSV is UTF-8 with BOM (what Excel in China opens), written atomically; XLSX keeps phones and ID
numbers as text. Merged and erased files are left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.schemas import ConsentPurpose, CustomerRecord
from app.customers.store import open_row
from app.customers.validation import display_phone
from app.errors import ValidationError
from app.files import atomic_write_bytes
from app.importing.customer_rows import TEMPLATE_HEADERS, safe_cell
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.keys import VaultKeys
from app.security.permissions import Permission
from db.models import Customer, CustomerConsent, MemberCard, MemberTier
from db.session import UnitOfWork

EXPORT_HEADERS = ("客户编号", *TEMPLATE_HEADERS, "卡号")
_TEXT_COLUMNS = ("客户编号", "手机", "证件号码", "卡号")
_GENDER_ZH = {"male": "男", "female": "女"}
PHONE_JOIN = "、"  # the importer splits a cell on it: other phones come back as other phones


def export_row(
    record: CustomerRecord, separate_consent: bool, card: tuple[str, str] | None = None
) -> list[object]:
    """One line, in EXPORT_HEADERS order; the birthday stays a date (the writer formats it).
    `card` is the member's current (card number, tier name), if any."""
    phones = [display_phone(p) for p in (record.phone, *record.other_phones) if p]
    values: dict[str, object] = {
        "客户编号": record.number,
        "姓名": record.name,
        "性别": _GENDER_ZH.get(record.gender, ""),
        "手机": PHONE_JOIN.join(phones),
        "生日": record.birthday,
        "证件号码": record.id_number,
        "地址": record.address,
        "会员等级": card[1] if card else "",
        "备注": record.notes,
        "证件单独同意": ("是" if separate_consent else "否") if record.id_number else "",
        "卡号": card[0] if card else "",
    }
    return [values[h] for h in EXPORT_HEADERS]


class CustomerExportService:
    def __init__(self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail) -> None:
        self._uow, self._desk, self._audit = uow, desk, audit

    def export(self, path: Path) -> int:
        """Write every live file to `path` (.csv or .xlsx by suffix); returns the rows written."""
        actor = self._desk.require(Permission.EXPORT_DATA)
        path = Path(path)
        kind = path.suffix.lower()
        if kind not in (".csv", ".xlsx"):
            raise ValidationError("path", "unsupported_format", "a .csv or .xlsx file")
        with self._uow() as s:
            consented = set(
                s.scalars(
                    select(CustomerConsent.customer_id).where(
                        CustomerConsent.purpose == ConsentPurpose.SENSITIVE_ID,
                        CustomerConsent.withdrawn_at.is_(None),
                    )
                )
            )
            cards = _current_cards(s)
            rows = [
                export_row(record, record.id in consented, cards.get(record.id))
                for record in _live_records(s.scalars(_LIVE), self._desk.keys)
            ]
            data = _xlsx(rows) if kind == ".xlsx" else _csv(rows)
            atomic_write_bytes(path, data)
            self._audit.record(
                s,
                actor,
                AuditAction.DATA_EXPORTED,
                entity="customer_export",
                detail={"rows": len(rows), "format": kind[1:], "file": path.name},
            )
        return len(rows)


def _current_cards(session: Session) -> dict[str, tuple[str, str]]:
    """customer id -> (card number, tier name) of the newest card still in use."""
    query = (
        select(MemberCard.customer_id, MemberCard.card_no, MemberTier.name)
        .join(MemberTier, MemberTier.code == MemberCard.tier_code)
        .where(MemberCard.state.in_(("active", "frozen")))
        .order_by(MemberCard.issued_on)
    )
    return {cid: (card_no, tier) for cid, card_no, tier in session.execute(query)}


_LIVE = (
    select(Customer)
    .where(Customer.merged_into_id.is_(None), Customer.erased_at.is_(None))
    .order_by(Customer.number)
    .execution_options(yield_per=2000)
)


def _live_records(rows: Iterator[Customer], keys: VaultKeys) -> Iterator[CustomerRecord]:
    for row in rows:
        yield open_row(keys, row)


def _csv(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_HEADERS)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(list(EXPORT_HEADERS))
    text_at = {EXPORT_HEADERS.index(h) for h in _TEXT_COLUMNS}
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                cell.data_type = "s"  # "=..." stays text, never a formula
                if index in text_at:
                    cell.number_format = "@"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
