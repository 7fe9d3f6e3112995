"""The archive commands of `frontdesk`: print a lending slip or a destruction record, the monthly
lending report and confidential-file view report, and the list of loans. Each returns the exit
code; errors reach app.cli's one-line handler."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from pathlib import Path

from app.cli_auth import signed_in
from app.cli_rooms import (
    SharedParsers,
    Subparsers,
    add_form,
    add_list,
    add_report,
    out_path,
    print_items,
    report_out,
)
from app.files import atomic_write_bytes
from app.lending.schemas import LoanRecord, LoanState
from app.members.report import month_bounds
from app.security.permissions import Permission


def add_parsers(_sub: Subparsers, shared: SharedParsers) -> None:
    slip = add_form(
        shared, "lending-slip", "a lending slip in two parts (archive, travelling)", _print_slip
    )
    slip.add_argument("loan_no", metavar="LOAN_NO", help="e.g. JY-202611-0001")
    record = add_form(shared, "destruction-record", "the record of a destroyed file", _print_record)
    record.add_argument("number", metavar="NUMBER", help="e.g. XH-202611-0001")
    add_report(shared, "lending", "lending register, loans out, overdue, days out", _report)
    add_report(shared, "file-views", "who opened which confidential file, on what basis", _views)
    listing = add_list(shared, "loans", "loans of the archive, newest first", _list)
    listing.add_argument("--state", choices=[s.value for s in LoanState])
    listing.add_argument("--overdue", action="store_true", help="only loans past their day")


def _written(out: Path, content: bytes) -> int:
    atomic_write_bytes(out, content)
    print(out)
    return 0


def _print_slip(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        pdf = services.lending.render_slip(args.loan_no)
    return _written(out, pdf)


def _print_record(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.APPROVE_DESTRUCTION) as services:
        pdf = services.destruction.render_record(args.number)
    return _written(out, pdf)


def _report(args: argparse.Namespace, data_dir: Path) -> int:
    out, as_csv = report_out(args)
    month_bounds(args.month)  # a malformed month is refused before any sign-in
    with signed_in(data_dir, Permission.APPLY_LOAN) as services:
        content = services.lending.render_month_report(args.month, as_csv=as_csv)
    return _written(out, content)


def _views(args: argparse.Namespace, data_dir: Path) -> int:
    out, as_csv = report_out(args)
    first, after = month_bounds(args.month)
    with signed_in(data_dir, Permission.VIEW_FILE_VIEWERS) as services:
        content = services.file_access.render_view_report(
            first, after - timedelta(days=1), as_csv=as_csv
        )
    return _written(out, content)


def _local(at: datetime | None) -> str | None:
    return at.astimezone().isoformat(timespec="seconds") if at else None


def _loan_item(loan: LoanRecord) -> dict[str, object]:
    return {
        "number": loan.number,
        "state": loan.state,
        "next_stage": loan.next_stage,
        "borrower": loan.borrower,
        "department": loan.department,
        "items": [line.item_no for line in loan.lines],
        "copies": sum(line.copies for line in loan.lines),
        "due_on": loan.due_on.isoformat(),
        "lent_at": _local(loan.lent_at),
        "returned_at": _local(loan.returned_at),
        "overdue": loan.overdue,
        "renewal": loan.renewal_state,
    }


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    with signed_in(data_dir, Permission.APPLY_LOAN) as services:
        loans = services.loans.overdue() if args.overdue else services.loans.loans(args.state or "")
    if args.overdue and args.state:
        loans = [loan for loan in loans if loan.state == args.state]
    print_items([_loan_item(loan) for loan in loans], args.json)
    return 0
