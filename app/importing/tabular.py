"""Read a customer list as venues really keep it: CSV from Excel in China (GB18030 or UTF-8, with or
without BOM, comma/tab/semicolon) or an XLSX sheet, into plain rows with their line numbers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import DomainError

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = ",\t;"


class UnreadableTable(DomainError):
    """The file cannot be read as a table at all (exit 2 on the command line); names the file."""

    code = "unreadable_file"

    def __init__(self, path: Path, reason: str, *, code: str | None = None) -> None:
        super().__init__(f"{path.name}: {reason}", code=code)
        self.path = path


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[object]]  # str / date / None cells
    encoding: str | None  # None for XLSX
    line_numbers: list[int]  # file line (CSV) or sheet row (XLSX) where each row starts


def read_table(path: Path) -> Table:
    """Headers, non-empty rows and where each row starts in the file, whatever its encoding."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    if suffix == ".xls":
        raise UnreadableTable(path, "old .xls format: save it as .xlsx", code="unsupported_format")
    raise UnreadableTable(path, "not a .csv or .xlsx file", code="unsupported_format")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableTable(path, exc.strerror or str(exc)) from exc


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM first, then strict UTF-8, then GB18030 (Excel's "CSV" in China)."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]  # Excel's "Unicode text"
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableTable(path, "neither UTF-8 nor GB18030 text", code="unknown_encoding")


def _dialect_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(_DELIMITERS, key=first.count) if first else ","


def _read_csv(path: Path) -> Table:
    text, encoding = decode_text(path, _read_bytes(path))
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect_delimiter(text))
    records: list[tuple[int, list[object]]] = []
    next_line = 1
    try:
        for record in reader:
            start, next_line = next_line, reader.line_num + 1
            if any(cell.strip() for cell in record):
                cells: list[object] = list(record)
                records.append((start, cells))
    except csv.Error as exc:
        raise UnreadableTable(path, f"line {reader.line_num}: {exc}", code="bad_csv") from exc
    return _table(path, records, encoding)


def _table(path: Path, records: list[tuple[int, list[object]]], encoding: str | None) -> Table:
    if not records:
        raise UnreadableTable(path, "no header row", code="empty_file")
    _, header = records[0]
    headers = [_header_text(h) for h in header]
    rows = [list(values) for _, values in records[1:]]
    return Table(headers, rows, encoding, [line for line, _ in records[1:]])


def _header_text(value: object) -> str:
    return "" if value is None else str(value).strip().lstrip("\ufeff")


def cell_value(value: object) -> object:
    """Excel numbers become digit text (13800138000.0 -> "13800138000"); datetimes become dates."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return value if isinstance(value, str) else str(value)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise UnreadableTable(path, f"not a readable .xlsx file ({exc})", code="bad_xlsx") from exc
    try:
        sheet = book.worksheets[0]
        records: list[tuple[int, list[object]]] = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [cell_value(v) for v in row]
            if any(v is not None and str(v).strip() for v in values):
                records.append((number, values))
    finally:
        book.close()
    return _table(path, records, None)
