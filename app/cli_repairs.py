"""The repair commands of `frontdesk`: print a repair order in its three parts, the monthly
repairs report (register and rates), and the list of orders. Each returns the exit code; errors
reach app.cli's one-line handler."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_auth import signed_in
from app.cli_rooms import (
    SharedParsers,
    Subparsers,
    add_form,
    add_list,
    add_monthly_report,
    local_time,
    out_path,
    print_items,
    written,
)
from app.members.report import month_bounds
from app.members.schemas import yuan
from app.repairs.schemas import PrintLayout, RepairRow, RepairState
from app.security.permissions import Permission


def add_parsers(_sub: Subparsers, shared: SharedParsers) -> None:
    order = add_form(
        shared,
        "repair-order",
        "a repair order in three parts (customer, archive, finance)",
        _print_order,
    )
    order.add_argument("number", metavar="NUMBER", help="e.g. WX-202611-0001")
    order.add_argument(
        "--layout",
        choices=[layout.value for layout in PrintLayout],
        help="sheet: one A4 with cut lines; pages: three A4 pages (default: the venue's setting)",
    )
    add_monthly_report(shared, "repairs", "paid-service register, on-time and pass rates")
    listing = add_list(shared, "repairs", "repair orders, newest first", _list)
    listing.add_argument("--state", choices=[s.value for s in RepairState])
    listing.add_argument("--month", metavar="YYYY-MM", help="reported in this month")


def _print_order(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        pdf = services.repairs.render_order(args.number, args.layout)
    return written(out, pdf)


def _item(r: RepairRow) -> dict[str, object]:
    return {
        "number": r.number,
        "state": r.state,
        "reported_at": local_time(r.reported_at),
        "category": r.category,
        "urgency": r.urgency,
        "location": r.location,
        "customer": r.customer_name,
        "technician": r.technician_name,
        "appointment_start": local_time(r.appointment_start),
        "appointment_end": local_time(r.appointment_end),
        "late": r.late,
        "total": yuan(r.total_fen),
    }


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    if args.month:
        month_bounds(args.month)
    with signed_in(data_dir, Permission.RECORD_REPAIR) as services:
        rows = services.repairs.list_rows(state=args.state, month=args.month)
        print_items([_item(r) for r in rows], args.json)
    return 0
