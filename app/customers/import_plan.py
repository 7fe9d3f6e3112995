"""What an import would do with each row of a customer list: take it as a new file, correct the
file it matches (by ID number, or by phone and name), leave it, or refuse it with reasons.

Pure planning inside the caller's session: nothing is written here, so the preview, the dry run
and the real import share one decision.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.consents import active_purposes
from app.customers.corrections import changed_fields
from app.customers.rules import check_consents, clean_customer
from app.customers.schemas import (
    ConsentInput,
    ConsentMethod,
    ConsentPurpose,
    CustomerInput,
    CustomerRecord,
)
from app.customers.store import LOOKUP_ID, LOOKUP_PHONE, input_of, lookup_values, open_row
from app.errors import ValidationError
from app.importing.customer_rows import message_zh, parse_row
from app.importing.tabular import Table
from app.security.keys import VaultKeys
from db.models import Customer, CustomerLookup

NEW, UPDATE, UNCHANGED, REJECT = "new", "update", "unchanged", "reject"
# The fields a list may correct in an existing file: only when the list's value is not empty.
CORRECTABLE = (
    "name", "gender", "phone", "birthday", "notes", "email", "address", "id_doc_type", "id_number",
)  # fmt: skip
_DIGEST_CHUNK = 500


@dataclass(frozen=True)
class RowProblem:
    field: str
    code: str
    message: str  # in Chinese, as written to the rejects file


@dataclass(frozen=True)
class PlannedRow:
    line_no: int
    values: tuple[object, ...]  # the row's cells as read
    action: str  # NEW / UPDATE / UNCHANGED / REJECT
    problems: tuple[RowProblem, ...]
    name: str
    data: CustomerInput | None = None  # NEW: the file to add; UPDATE: the corrected file
    customer_id: str | None = None  # UPDATE / UNCHANGED: the file matched
    fields: tuple[str, ...] = ()  # UPDATE: the fields that change
    consent: ConsentInput | None = None  # UPDATE: a separate consent to record with it


def _problem(exc: ValidationError) -> RowProblem:
    return RowProblem(exc.field, exc.code, message_zh(exc))


def _name_cell(values: Sequence[object], mapping: Mapping[str, int]) -> str:
    index = mapping.get("name")
    value = values[index] if index is not None and index < len(values) else None
    return "" if value is None else str(value).strip()


def to_input(data: Mapping[str, object], note: str) -> CustomerInput:
    """A parsed row as the dialog's input; "证件单独同意: 是" with an ID number becomes the
    separate consent, recorded on paper by the importing manager (`note` says from where)."""
    id_number = str(data["id_number"])
    consents: tuple[ConsentInput, ...] = ()
    if id_number and data.get("id_consent") is True:
        consents = (ConsentInput(ConsentPurpose.SENSITIVE_ID, ConsentMethod.PAPER, note=note),)
    birthday = data["birthday"]
    others = data["other_phones"]
    return CustomerInput(
        name=str(data["name"]),
        phone=str(data["phone"]),
        gender=str(data["gender"]),
        birthday=birthday if isinstance(birthday, date) else None,
        notes=str(data["notes"]),
        other_phones=tuple(str(p) for p in others) if isinstance(others, tuple) else (),
        email=str(data["email"]),
        address=str(data["address"]),
        id_doc_type=str(data["id_doc_type"]),
        id_number=id_number,
        consents=consents,
    )


def corrected(record: CustomerRecord, row: CustomerInput) -> CustomerInput:
    """The file `record` with every non-empty value of the list's `row` taken over; other
    phones are united, everything the list does not carry (tags, tier...) stays."""
    values: dict[str, Any] = {
        f: getattr(row, f) for f in CORRECTABLE if getattr(row, f) not in ("", None)
    }
    phone = str(values.get("phone", record.phone))
    others = (*record.other_phones, *row.other_phones)
    values["other_phones"] = tuple(p for p in dict.fromkeys(others) if p != phone)
    return dataclasses.replace(input_of(record), **values, consents=row.consents)


class ImportPlanner:
    """Decides each row against the venue's files; `today` is the venue's local date."""

    def __init__(self, session: Session, keys: VaultKeys, today: date, source: str) -> None:
        self._s, self._keys, self._today, self._source = session, keys, today, source
        self._records: dict[str, CustomerRecord | None] = {}

    def plan(
        self, table: Table, mapping: Mapping[str, int], limit: int | None = None
    ) -> list[PlannedRow]:
        rows = list(zip(table.line_numbers, table.rows, strict=True))[:limit]
        checked = [self._check(line, values, mapping) for line, values in rows]
        known = self._known_digests(c for c in checked if isinstance(c, CustomerInput))
        seen_keys: dict[tuple[str, str], int] = {}
        seen_files: dict[str, int] = {}
        out = []
        for (line, values), item in zip(rows, checked, strict=True):
            cells = tuple(values)
            if not isinstance(item, CustomerInput):
                out.append(PlannedRow(line, cells, REJECT, item, _name_cell(values, mapping)))
                continue
            planned = self._decide(line, cells, item, known)
            keys = lookup_values(item)
            earlier = [seen_keys[k] for k in keys if k in seen_keys]
            if planned.customer_id in seen_files:
                earlier.append(seen_files[planned.customer_id])
            if earlier and planned.action != REJECT:
                planned = self._duplicate_in_file(planned, min(earlier))
            if planned.action != REJECT:
                seen_keys.update((k, line) for k in keys if k not in seen_keys)
                if planned.customer_id:
                    seen_files.setdefault(planned.customer_id, line)
            out.append(planned)
        return out

    def _check(
        self, line: int, values: Sequence[object], mapping: Mapping[str, int]
    ) -> CustomerInput | tuple[RowProblem, ...]:
        """The row parsed and cleaned by the dialog's rules, or every problem found."""
        parsed = parse_row(values, mapping, self._today)
        if parsed.data is None:
            return tuple(RowProblem(*error) for error in parsed.errors)
        try:
            return clean_customer(
                to_input(parsed.data, f"导入 {self._source} 第{line}行"), self._today
            )
        except ValidationError as exc:
            return (_problem(exc),)

    def _known_digests(self, items: Iterable[CustomerInput]) -> dict[bytes, list[str]]:
        """Keyed digest -> ids of the files holding it, in a few queries for the whole list."""
        wanted = {
            self._keys.lookup_digest(kind, value)
            for item in items
            for kind, value in lookup_values(item)
        }
        found: dict[bytes, list[str]] = {}
        digests = list(wanted)
        for start in range(0, len(digests), _DIGEST_CHUNK):
            chunk = digests[start : start + _DIGEST_CHUNK]
            query = select(CustomerLookup.digest, CustomerLookup.customer_id).where(
                CustomerLookup.digest.in_(chunk)
            )
            for digest, customer_id in self._s.execute(query):
                found.setdefault(digest, []).append(customer_id)
        return found

    def _record(self, customer_id: str) -> CustomerRecord | None:
        """The live file (not merged away, not erased), opened once per import."""
        if customer_id not in self._records:
            row = self._s.get(Customer, customer_id)
            live = row is not None and row.merged_into_id is None and row.erased_at is None
            self._records[customer_id] = open_row(self._keys, row) if live and row else None
        return self._records[customer_id]

    def _holders(self, known: Mapping[bytes, list[str]], kind: str, value: str) -> list[str]:
        ids = known.get(self._keys.lookup_digest(kind, value), [])
        return [cid for cid in dict.fromkeys(ids) if self._record(cid) is not None]

    def _decide(
        self,
        line: int,
        cells: tuple[object, ...],
        item: CustomerInput,
        known: Mapping[bytes, list[str]],
    ) -> PlannedRow:
        by_id = self._holders(known, LOOKUP_ID, item.id_number) if item.id_number else []
        by_phone = [
            cid
            for phone in (item.phone, *item.other_phones)
            if phone
            for cid in self._holders(known, LOOKUP_PHONE, phone)
        ]
        reject = PlannedRow(line, cells, REJECT, (), item.name)
        if len(by_id) > 1:
            return dataclasses.replace(
                reject, problems=(self._refusal("id_number", "ambiguous_match"),)
            )
        if by_id:
            return self._update(line, cells, item, by_id[0])
        if not by_phone:
            return self._new(line, cells, item)
        same_name = [c for c in dict.fromkeys(by_phone) if self._name_of(c) == item.name]
        if len(same_name) == 1:
            return self._update(line, cells, item, same_name[0])
        code = "ambiguous_match" if same_name else "phone_taken"
        return dataclasses.replace(reject, problems=(self._refusal("phone", code),))

    def _name_of(self, customer_id: str) -> str:
        record = self._record(customer_id)
        return record.name if record else ""

    def _refusal(self, field: str, code: str) -> RowProblem:
        return _problem(ValidationError(field, code))

    def _new(self, line: int, cells: tuple[object, ...], item: CustomerInput) -> PlannedRow:
        try:
            check_consents(item, set(), self._today)
        except ValidationError as exc:
            return PlannedRow(line, cells, REJECT, (_problem(exc),), item.name)
        return PlannedRow(line, cells, NEW, (), item.name, data=item)

    def _update(
        self, line: int, cells: tuple[object, ...], item: CustomerInput, customer_id: str
    ) -> PlannedRow:
        record = self._record(customer_id)
        assert record is not None  # _holders keeps live files only
        try:
            data = clean_customer(corrected(record, item), self._today)
            active = active_purposes(self._s, customer_id)
            check_consents(data, active, self._today)
        except ValidationError as exc:
            return PlannedRow(line, cells, REJECT, (_problem(exc),), item.name)
        fields = tuple(changed_fields(record, data))
        consent = next((c for c in data.consents if c.purpose not in active), None)
        action = UPDATE if fields or consent else UNCHANGED
        return PlannedRow(line, cells, action, (), item.name, data, customer_id, fields, consent)

    def _duplicate_in_file(self, planned: PlannedRow, first_line: int) -> PlannedRow:
        problem = RowProblem("row", "duplicate_in_file", f"与本文件第{first_line}行重复")
        return dataclasses.replace(
            planned, action=REJECT, problems=(problem,), data=None, customer_id=None, fields=()
        )
