"""Importing a customer list (CSV or XLSX): a preview for the dialog, then the import itself in one
transaction, with the refused rows set aside in a rejects file beside the input.

Rows are taken whole or refused whole. A row with an ID number needs "是" in 证件单独同意 (PIPL's
separate consent; it is then recorded on paper by the importing manager), else it is refused with
the reason. A row matching a file (same ID number, or same phone and name) corrects that file with
its non-empty values, with history; a phone held by a file under another name is refused, so a
list never overwrites someone else's file. 会员等级 is read but not stored until member cards exist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.customers.consents import add_consents
from app.customers.corrections import write_correction
from app.customers.directory import CustomerDirectory
from app.customers.import_plan import (
    NEW,
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportPlanner,
    PlannedRow,
    RowProblem,
)
from app.customers.store import insert_many
from app.errors import ValidationError
from app.importing.customer_rows import map_headers, missing_fields, write_rejects
from app.importing.tabular import Table, read_table
from app.security.audit import Actor, AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer
from db.session import UnitOfWork
from db.types import utc_now

__all__ = [
    "CustomerImportService",
    "ImportPreview",
    "ImportSummary",
    "PreviewRow",
    "RowProblem",
]

IGNORED_FIELDS = ("tier",)  # read and checked, not stored yet (the member-cards issue adds it)


@dataclass(frozen=True)
class PreviewRow:
    line_no: int
    values: tuple[str, ...]
    action: str  # "new" | "update" | "unchanged" | "reject"
    problems: tuple[RowProblem, ...]
    name: str


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    encoding: str | None  # None for XLSX
    headers: tuple[str, ...]
    mapping: dict[str, int]  # field -> column index
    missing: tuple[str, ...]  # required fields no column is mapped to
    rows: tuple[PreviewRow, ...]  # the first `limit` rows
    total_rows: int
    ignored: tuple[str, ...] = ()  # headers of columns read but not imported (e.g. 会员等级)


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    updated: int
    unchanged: int
    rejected: int
    rejects_file: Path | None
    dry_run: bool


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _mapping(table: Table, mapping: Mapping[str, int] | None) -> dict[str, int]:
    """`mapping` is the whole field -> column map (the dialog's, edited); None guesses it."""
    if mapping is None:
        return map_headers(table.headers)
    width = len(table.headers)
    if any(not 0 <= index < width for index in mapping.values()):
        raise ValidationError("mapping", "invalid", f"columns 0-{width - 1}")
    return dict(mapping)


class CustomerImportService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, directory: CustomerDirectory
    ) -> None:
        self._uow, self._desk, self._audit, self._directory = uow, desk, audit, directory

    def _planner(self, session: Session, path: Path) -> ImportPlanner:
        today = utc_now().astimezone().date()
        return ImportPlanner(session, self._desk.keys, today, path.name)

    def preview(
        self, path: Path, mapping: dict[str, int] | None = None, limit: int = 200
    ) -> ImportPreview:
        """What the import would do with the first `limit` rows; nothing is written."""
        self._desk.require(Permission.IMPORT_CUSTOMERS)
        path = Path(path)
        table = read_table(path)
        fields = _mapping(table, mapping)
        with self._uow() as s:
            planned = self._planner(s, path).plan(table, fields, limit=max(limit, 0))
        rows = tuple(
            PreviewRow(
                p.line_no, tuple(cell_text(v) for v in p.values), p.action, p.problems, p.name
            )
            for p in planned
        )
        ignored = tuple(
            header
            for i, header in enumerate(table.headers)
            if header and (i not in fields.values() or i in {fields.get(f) for f in IGNORED_FIELDS})
        )
        return ImportPreview(
            path=path,
            encoding=table.encoding,
            headers=tuple(table.headers),
            mapping=fields,
            missing=tuple(missing_fields(fields)),
            rows=rows,
            total_rows=len(table.rows),
            ignored=ignored,
        )

    def run(
        self, path: Path, mapping: dict[str, int] | None = None, *, dry_run: bool = False
    ) -> ImportSummary:
        """Import every row that passes, in one transaction (all or nothing); refused rows go to
        `<stem>.rejects.csv` beside the input. A dry run writes only the rejects file."""
        actor = self._desk.require(Permission.IMPORT_CUSTOMERS)
        path = Path(path)
        table = read_table(path)
        fields = _mapping(table, mapping)
        missing = missing_fields(fields)
        if missing:
            raise ValidationError("mapping", "missing_fields", ", ".join(missing))
        with self._uow() as s:
            planned = self._planner(s, path).plan(table, fields)
            rejects = [p for p in planned if p.action == REJECT]
            rejects_file = self._write_rejects(path, table, rejects) if rejects else None
            if not dry_run:
                self._apply(s, actor, path, planned)
        if not dry_run:
            self._directory.wipe()  # rebuilt from the database at the next search

        def count(action: str) -> int:
            return sum(1 for p in planned if p.action == action)

        return ImportSummary(
            imported=count(NEW),
            updated=count(UPDATE),
            unchanged=count(UNCHANGED),
            rejected=len(rejects),
            rejects_file=rejects_file,
            dry_run=dry_run,
        )

    @staticmethod
    def _write_rejects(path: Path, table: Table, rejects: Sequence[PlannedRow]) -> Path:
        items = [(p.line_no, p.values, [x.message for x in p.problems]) for p in rejects]
        return write_rejects(path, items, table.headers)

    def _apply(self, s: Session, actor: Actor, path: Path, planned: Sequence[PlannedRow]) -> None:
        """Corrections first, then the new files in bulk, each with its audit row, all in the
        caller's transaction."""
        keys = self._desk.keys
        reason = f"导入 {path.name}"
        for p in planned:
            if p.action != UPDATE or p.data is None or p.customer_id is None:
                continue
            row = s.get(Customer, p.customer_id)
            assert row is not None
            if p.consent is not None:
                add_consents(s, keys, row.id, actor, [p.consent])
            detail = {"line": p.line_no, "consent": p.consent is not None}
            write_correction(s, keys, self._audit, actor, row, p.data, reason, detail)
        new = [p.data for p in planned if p.action == NEW and p.data is not None]
        ids: list[str] = []
        count = insert_many(s, keys, new, ids=ids)
        for customer_id, data in zip(ids, new, strict=True):
            if data.consents:
                add_consents(s, keys, customer_id, actor, data.consents)
        self._audit.record(
            s,
            actor,
            AuditAction.CUSTOMER_CREATED,
            entity="customer_batch",
            reason=reason,
            detail={
                "rows": count,
                "updated": sum(1 for p in planned if p.action == UPDATE),
                "unchanged": sum(1 for p in planned if p.action == UNCHANGED),
                "rejected": sum(1 for p in planned if p.action == REJECT),
            },
        )
