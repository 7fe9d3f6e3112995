"""The complaint commands of `frontdesk`: print a complaint record card, the monthly complaints
report, and the list of cards. Each returns the exit code; errors reach app.cli's one-line
handler."""

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
from app.complaints.schemas import ComplaintRow, Kind, State
from app.members.report import month_bounds
from app.security.permissions import Permission


def add_parsers(_sub: Subparsers, shared: SharedParsers) -> None:
    card = add_form(shared, "complaint-card", "a complaint record card (投诉记录卡)", _print_card)
    card.add_argument("number", metavar="NUMBER", help="e.g. TS-202611-0001")
    add_monthly_report(
        shared, "complaints", "counts, on-time rates, satisfaction, major complaints"
    )
    listing = add_list(shared, "complaints", "complaint cards, newest first", _list)
    listing.add_argument("--state", choices=["open", *(s.value for s in State)])
    listing.add_argument("--month", metavar="YYYY-MM", help="received in this month")
    listing.add_argument("--kind", choices=[k.value for k in Kind])
    listing.add_argument("--overdue", action="store_true", help="only cards past a deadline")


def _print_card(args: argparse.Namespace, data_dir: Path) -> int:
    out = out_path(args.out)
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        pdf = services.complaint_forms.card_pdf(args.number)
    return written(out, pdf)


def _item(r: ComplaintRow) -> dict[str, object]:
    return {
        "number": r.number,
        "kind": r.kind,
        "state": r.state,
        "received_at": local_time(r.received_at),
        "channel": r.channel,
        "category": r.category,
        "severity": r.severity,
        "department": r.department,
        "complainant": r.complainant,
        "handler": r.handler_name,
        "next_deadline": r.next_deadline,
        "next_due_at": local_time(r.next_due_at),
        "overdue": r.overdue,
        "paused": r.paused,
        "reopen_count": r.reopen_count,
        "satisfaction": r.satisfaction,
    }


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    if args.month:
        month_bounds(args.month)
    with signed_in(data_dir, Permission.RECORD_COMPLAINT) as services:
        rows = services.complaints.list_rows(
            state=args.state, month=args.month, overdue_only=args.overdue, kind=args.kind
        )
        print_items([_item(r) for r in rows], args.json)
    return 0
