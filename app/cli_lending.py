"""The archive commands of `frontdesk`: print a lending slip or a destruction record, the monthly
lending report and confidential-file view report, and the list of loans. Each returns the exit
code; errors reach app.cli's one-line handler."""

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
from app.lending.schemas import LoanRecord, LoanState
from app.security.permissions import Permission


def add_parsers(_sub: Subparsers, shared: SharedParsers) -> None:
    slip = add_form(
        shared, "lending-slip", "a lending slip in two parts (archive, travelling)", _print_slip
    )
    slip.add_argument("loan_no", metavar="LOAN_NO", help="e.g. JY-202611-0001")
    record = add_form(shared, "destruction-record", "the record of a destroyed file", _print_record)
    record.add_argument("number", metavar="NUMBER", help="e.g. XH-202611-0001")
    add_monthly_report(shared, "lending", "lending register, loans out, overdue, days out")
    add_monthly_report(shared, "file-views", "who opened which confidential file, on what basis")
    listing = add_list(shared, "loans", "loans of the archive, newest first", _list)
    listing.add_argument("--state", choices=[s.value for s in LoanState])
    listing.add_argument("--overdue", action="store_true", help="only loans past their day")


def _print_slip(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        pdf = services.lending.render_slip(args.loan_no)
    return written(out, pdf)


def _print_record(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.APPROVE_DESTRUCTION) as services:
        pdf = services.destruction.render_record(args.number)
    return written(out, pdf)


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
        "lent_at": local_time(loan.lent_at, "seconds"),
        "returned_at": local_time(loan.returned_at, "seconds"),
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
