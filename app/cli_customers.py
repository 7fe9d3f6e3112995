"""The customer commands of `frontdesk`: import, export, list, and a person's copy (PIPL art. 45).
Each returns the exit code; errors reach app.cli's one-line handler."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_auth import signed_in
from app.cli_commands import CheckFailed
from app.cli_rooms import SharedParsers, Subparsers, add_list, print_items
from app.customers.store import id_by_number
from app.customers.validation import display_phone
from app.errors import ValidationError
from app.gui_hooks import GuiHooks
from app.security.permissions import Permission

PAGE = 1000


def add_parsers(sub: Subparsers, shared: SharedParsers) -> None:
    imp = sub.add_parser("import-customers", help="import a customer list (.csv or .xlsx)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    exp = sub.add_parser("export-customers", help="export every customer file (managers)")
    exp.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    add_list(shared, "customers", "customer files (each page read is audited)", _list_customers)
    person = sub.add_parser("export-person", help="one person's copy: JSON + PDF (PIPL art. 45)")
    person.add_argument("number", metavar="CUSTOMER_NO")
    person.add_argument("--out", required=True, metavar="DIR")


def _path(text: str) -> Path:
    return Path(text).expanduser().resolve()


def cmd_import_customers(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    with signed_in(data_dir, Permission.IMPORT_CUSTOMERS) as services:
        summary = services.importer.run(_path(args.file), dry_run=args.dry_run)
    if summary.dry_run:
        print("Dry run: nothing was changed.")
    print(f"imported:  {summary.imported}")
    print(f"updated:   {summary.updated}")
    print(f"unchanged: {summary.unchanged}")
    print(f"rejected:  {summary.rejected}")
    if summary.rejects_file is not None:
        print(f"rejects file: {summary.rejects_file}")
        raise CheckFailed(f"{summary.rejected} row(s) rejected: see {summary.rejects_file}")
    return 0


def cmd_export_customers(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    target = _path(args.file)
    with signed_in(data_dir, Permission.EXPORT_DATA) as services:
        rows = services.exporter.export(target)
    print(f"Exported {rows} customers to {target}")
    return 0


def _list_customers(args: argparse.Namespace, data_dir: Path) -> int:
    items: list[dict[str, object]] = []
    with signed_in(data_dir, Permission.VIEW_CUSTOMER) as services:
        offset = 0
        while True:
            page = services.customers.list_page(offset, PAGE)  # each page is audited
            items += [
                {
                    "number": r.number,
                    "name": r.name,
                    "phone": display_phone(r.phone) if r.phone else "",
                    "tier": r.value_tier,
                    "activity": r.activity,
                    "confidentiality": r.confidentiality,
                }
                for r in page
                if not r.erased
            ]
            if len(page) < PAGE:
                break
            offset += PAGE
    print_items(items, args.json)
    return 0


def cmd_export_person(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    out = _path(args.out)
    with signed_in(data_dir, Permission.EXPORT_DATA) as services:
        with services.venue.uow() as s:
            customer_id = id_by_number(s, args.number)
        if customer_id is None:
            raise ValidationError("customer", "not_found", f"no customer {args.number}")
        written = services.person_copy.export(customer_id, out)
    for path in written:
        print(path)
    return 0
