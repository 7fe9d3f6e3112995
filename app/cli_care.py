"""The care commands of `frontdesk`: the day's care list, a greeting list for the SMS tool or
as a call sheet, the daily classification (Task Scheduler) and the monthly analysis report."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.care.schemas import CareToday
from app.cli_auth import signed_in
from app.cli_rooms import (
    SharedParsers,
    Subparsers,
    add_monthly_report,
    out_path,
    print_items,
)
from app.errors import ValidationError
from app.files import atomic_write_bytes
from app.forms.greeting_list import greeting_csv, render_call_sheet
from app.gui_hooks import GuiHooks
from app.security.permissions import Permission


def add_parsers(sub: Subparsers, shared: SharedParsers) -> None:
    add_monthly_report(shared, "analysis", "the month's customer analysis with charts")
    care = sub.add_parser("care", help="customer care: today's list, greetings, classes")
    tasks = care.add_subparsers(dest="care", metavar="TASK", required=True)
    today = tasks.add_parser("today", help="birthdays, calls due, win-backs, greeting days")
    today.add_argument("--json", action="store_true", help="a JSON array")
    greet = tasks.add_parser("greetings", help="who to greet on a greeting day (marketing consent)")
    greet.add_argument("day", metavar="DAY", help="the greeting day's name, e.g. 中秋节")
    greet.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf")
    tasks.add_parser("classify", help="bring every customer's class up to date (daily)")


def cmd_care(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    if args.care == "today":
        with signed_in(data_dir, Permission.CARE_TASKS) as services:
            print_items(today_items(services.care.today()), args.json)
        return 0
    if args.care == "classify":
        with signed_in(data_dir, Permission.CARE_TASKS) as services:
            changes = services.care.refresh_classes(force=True)
        print(f"Classified every customer: {len(changes)} changed.")
        return 0
    out = out_path(args.out)
    if out.suffix.lower() not in (".csv", ".pdf"):
        raise ValidationError("out", "invalid", "FILE.csv or FILE.pdf")
    with signed_in(data_dir, Permission.CARE_TASKS) as services:
        days = {d.name: d for d in services.care.greeting_days()}
        if args.day not in days:
            raise ValidationError("day", "not_found", "one of " + ", ".join(days))
        targets = services.care.greeting_list(days[args.day].id)
        venue = services.venue.venue_name
    content = (
        greeting_csv(targets)
        if out.suffix.lower() == ".csv"
        else render_call_sheet(args.day, targets, venue)
    )
    atomic_write_bytes(out, content)
    print(out)
    return 0


def today_items(t: CareToday) -> list[dict[str, object]]:
    """One item per line of the day's list, the section first."""
    items: list[dict[str, object]] = []
    for section, birthdays in (
        ("birthday_today", t.birthdays_today),
        ("birthday_week", t.birthdays_week),
    ):
        items += [
            {"section": section, "number": b.number, "name": b.name, "phone": b.phone,
             "on": b.birthday.isoformat(), "detail": b.benefit, "done": b.benefit_given}
            for b in birthdays
        ]  # fmt: skip
    items += [
        {"section": "follow_up", "number": c.number, "name": c.name, "phone": c.phone,
         "on": c.due_on, "detail": c.source or c.note, "done": False}
        for c in t.follow_ups
    ]  # fmt: skip
    items += [
        {"section": "win_back", "number": w.number, "name": w.name, "phone": w.phone,
         "on": w.last_active_on, "detail": w.value_tier, "done": False}
        for w in t.win_back
    ]  # fmt: skip
    items += [
        {"section": "greeting_day", "number": "", "name": g.name, "phone": "",
         "on": g.on.isoformat(), "detail": g.greeting, "done": False}
        for g in t.greetings
    ]  # fmt: skip
    items += [
        {"section": f"overdue_{d.source}", "number": d.number, "name": d.title, "phone": "",
         "on": d.due_at.astimezone().isoformat(timespec="minutes"), "detail": d.deadline,
         "done": False}
        for d in t.overdue
    ]  # fmt: skip
    return items
