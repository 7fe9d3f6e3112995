"""The member commands of `frontdesk`: print a card or the visit register, list cards and visits,
the monthly members report, and the daily points expiry for Task Scheduler. Each returns the exit
code; errors reach app.cli's one-line handler."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.checkin.schemas import VisitRecord
from app.cli_auth import signed_in
from app.cli_rooms import (
    SharedParsers,
    Subparsers,
    add_form,
    add_list,
    add_monthly_report,
    day_arg,
    local_time,
    out_path,
    print_items,
    written,
)
from app.errors import ValidationError
from app.gui_hooks import GuiHooks
from app.members.schemas import CardRecord
from app.security.permissions import Permission


def add_parsers(sub: Subparsers, shared: SharedParsers) -> None:
    card = add_form(
        shared, "member-card", "member card(s): CR80, or an A4 sheet of ten", _print_card
    )
    card.add_argument("card_nos", nargs="+", metavar="CARD_NO")
    card.add_argument("--sheet", action="store_true", help="A4, ten cards to a page, to cut")
    register = add_form(shared, "visit-register", "the day's visit register", _print_register)
    register.add_argument("day", type=day_arg, metavar="YYYY-MM-DD")
    add_monthly_report(shared, "members", "members by tier, cards, points of a month")
    add_list(shared, "cards", "member cards", _list_cards)
    visits = add_list(shared, "visits", "the visits of a day (default today)", _list_visits)
    visits.add_argument("--date", type=day_arg, metavar="YYYY-MM-DD", help="default: today")
    expire = sub.add_parser("expire-points", help="expire the points due (daily, Task Scheduler)")
    expire.add_argument("--date", type=day_arg, metavar="YYYY-MM-DD", help="default: today")


def _print_card(args: argparse.Namespace, data_dir: Path) -> int:
    if len(args.card_nos) > 1 and not args.sheet:
        raise ValidationError("card_no", "one_only", "several cards need --sheet")
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        printing = services.card_print
        pdf = (
            printing.render_sheet(args.card_nos)
            if args.sheet
            else printing.render_card(args.card_nos[0])
        )
    return written(out_path(args.out), pdf)


def _print_register(args: argparse.Namespace, data_dir: Path) -> int:
    with signed_in(data_dir, Permission.PRINT_FORMS) as services:
        pdf = services.checkin.render_visit_register(args.day)
    return written(out_path(args.out), pdf)


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


def _visit_item(v: VisitRecord) -> dict[str, object]:
    return {
        "day": v.day.isoformat(),
        "checked_in_at": local_time(v.checked_in_at, "seconds"),
        "checked_out_at": local_time(v.checked_out_at, "seconds"),
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


def _list_cards(args: argparse.Namespace, data_dir: Path) -> int:
    with signed_in(data_dir, Permission.VIEW_CUSTOMER) as services:
        print_items([_card_item(c) for c in services.cards.all_cards()], args.json)
    return 0


def _list_visits(args: argparse.Namespace, data_dir: Path) -> int:
    with signed_in(data_dir, Permission.CHECK_IN) as services:
        print_items([_visit_item(v) for v in services.checkin.visits_on(args.date)], args.json)
    return 0


def cmd_expire_points(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    with signed_in(data_dir, Permission.ADJUST_POINTS) as services:
        expired = services.points.expire_due(args.date)
    day = (args.date or date.today()).isoformat()
    print(f"Expired {expired} points due by {day}.")
    return 0
