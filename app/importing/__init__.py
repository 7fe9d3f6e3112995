"""Customer lists from CSV and XLSX: read the table, map its headers, check each row, set the
refused rows aside in a rejects file beside the input."""

from app.importing.customer_rows import (
    TEMPLATE_HEADERS,
    ParsedRow,
    map_headers,
    missing_fields,
    parse_row,
    write_rejects,
    write_template,
)
from app.importing.tabular import Table, UnreadableTable, read_table

__all__ = [
    "TEMPLATE_HEADERS",
    "ParsedRow",
    "Table",
    "UnreadableTable",
    "map_headers",
    "missing_fields",
    "parse_row",
    "read_table",
    "write_rejects",
    "write_template",
]
