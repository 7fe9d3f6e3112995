"""The member commands of `frontdesk`: print a card or the visit register, list cards and visits,
the monthly members report, and the daily points expiry for Task Scheduler. Each returns the exit
code; errors reach app.cli's one-line handler."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.checkin.schemas import VisitRecord
from app.cli_auth import signed_in
from app.errors import ValidationError
from app.files import atomic_write_bytes
from app.forms.members_report import (
    members_report_csv,
    members_report_data,
    render_members_report,
)
from app.gui_hooks import GuiHooks
from app.members.report import month_bounds
from app.members.schemas import CardRecord
from app.security.permissions import Permission

REPORT_SUFFIXES = (".pdf", ".csv")


def day_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _path(text: str) -> Path:
    return Path(text).expanduser().resolve()


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    printing = sub.add_parser("print", help="print a form to PDF (audited)")
    forms = printing.add_subparsers(dest="form", metavar="FORM", required=True)
    card = forms.add_parser("member-card", help="member card(s): CR80, or an A4 sheet of ten")
    card.add_argument("card_nos", nargs="+", metavar="CARD_NO")
    card.add_argument("--out", required=True, metavar="FILE.pdf")
    card.add_argument("--sheet", action="store_true", help="A4, ten cards to a page, to cut")
    register = forms.add_parser("visit-register", help="the day's visit register")
    register.add_argument("day", type=day_arg, metavar="YYYY-MM-DD")
    register.add_argument("--out", required=True, metavar="FILE.pdf")
    report = sub.add_parser("report", help="a report to PDF or CSV (managers)")
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    members = reports.add_parser("members", help="members by tier, cards, points of a month")
    members.add_argument("--month", required=True, metavar="YYYY-MM")
    members.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    expire = sub.add_parser("expire-points", help="expire the points due (daily, Task Scheduler)")
    expire.add_argument("--date", type=day_arg, metavar="YYYY-MM-DD", help="default: today")


def cmd_print(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    out = _path(args.out)
    if args.form == "member-card":
        if len(args.card_nos) > 1 and not args.sheet:
            raise ValidationError("card_no", "one_only", "several cards need --sheet")
        with signed_in(data_dir, Permission.PRINT_FORMS) as services:
            printing = services.card_print
            pdf = (
                printing.render_sheet(args.card_nos)
                if args.sheet
                else printing.render_card(args.card_nos[0])
            )
    else:
        with signed_in(data_dir, Permission.PRINT_FORMS) as services:
            pdf = services.checkin.render_visit_register(args.day)
    atomic_write_bytes(out, pdf)
    print(out)
    return 0


def _card_item(c: CardRecord) -> dict[str, object]:
    return {
        "card_no": c.card_no,
        "customer_number": c.customer_number,
        "name": c.member_name,
        "tier": c.tier_code,
        "tier_name": c.tier_name,
        "state": c.state,
        "issued_on": c.issued_on.isoformat(),
        "valid_until": c.valid_until.isoformat(),
        "points_balance": c.points_balance,
        "replaced_by": c.replaced_by,
    }


def _local(at: datetime | None) -> str | None:
    return at.astimezone().isoformat(timespec="seconds") if at else None


def _visit_item(v: VisitRecord) -> dict[str, object]:
    return {
        "day": v.day.isoformat(),
        "checked_in_at": _local(v.checked_in_at),
        "checked_out_at": _local(v.checked_out_at),
        "name": v.name,
        "customer_number": v.customer_number,
        "card_no": v.card_no,
        "party_size": v.party_size,
        "purpose": v.purpose,
        "service_area": v.service_area,
        "host": v.host,
        "walk_in": v.walk_in,
        "undone": v.undone,
    }


def _list_cards(_args: argparse.Namespace, data_dir: Path) -> list[dict[str, object]]:
    with signed_in(data_dir, Permission.VIEW_CUSTOMER) as services:
        return [_card_item(c) for c in services.cards.all_cards()]


def _list_visits(args: argparse.Namespace, data_dir: Path) -> list[dict[str, object]]:
    with signed_in(data_dir, Permission.CHECK_IN) as services:
        return [_visit_item(v) for v in services.checkin.visits_on(args.date)]


LIST_KINDS: dict[str, Callable[[argparse.Namespace, Path], list[dict[str, object]]]] = {
    "cards": _list_cards,
    "visits": _list_visits,
}


def print_items(items: list[dict[str, object]], as_json: bool) -> None:
    """A JSON array, or one tab-separated line per item."""
    if as_json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for item in items:
        print("\t".join(str(v) for v in item.values()))


def cmd_list_members(args: argparse.Namespace, data_dir: Path) -> int:
    print_items(LIST_KINDS[args.what](args, data_dir), args.json)
    return 0


def cmd_report(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    out = _path(args.out)
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError("out", "invalid", "FILE.pdf or FILE.csv")
    month_bounds(args.month)  # a malformed month is refused before any sign-in
    with signed_in(data_dir, Permission.MANAGE_MEMBERSHIP) as services:
        report = services.membership.month_report(args.month)
        data = members_report_data(report, services.venue.venue_name)
    atomic_write_bytes(
        out, members_report_csv(data) if suffix == ".csv" else render_members_report(data)
    )
    print(out)
    return 0


def cmd_expire_points(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    with signed_in(data_dir, Permission.ADJUST_POINTS) as services:
        expired = services.points.expire_due(args.date)
    day = (args.date or date.today()).isoformat()
    print(f"Expired {expired} points due by {day}.")
    return 0
