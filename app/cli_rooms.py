"""The shared `print FORM`, `report NAME` and `list KIND` commands: each room adds its own forms,
reports and lists to them (with `add_form` / `add_report` / `add_list`), and each sub-command
carries the function that runs it, so no room edits another room's dispatcher."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeAlias

from app.errors import ValidationError
from app.files import atomic_write_bytes
from app.gui_hooks import GuiHooks
from app.members.report import month_bounds

RoomCommand = Callable[[argparse.Namespace, Path], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[Any]"
REPORT_SUFFIXES = (".pdf", ".csv")


@dataclass(frozen=True)
class SharedParsers:
    forms: Subparsers  # frontdesk print FORM ...
    reports: Subparsers  # frontdesk report NAME --month YYYY-MM --out F.pdf|F.csv
    lists: Subparsers  # frontdesk list KIND [--json]


def add_shared_parsers(sub: Subparsers) -> SharedParsers:
    printing = sub.add_parser("print", help="print a form to PDF (audited)")
    report = sub.add_parser("report", help="a monthly report to PDF or CSV")
    listing = sub.add_parser("list", help="list customer files, cards, visits, cards of a room")
    return SharedParsers(
        forms=printing.add_subparsers(dest="form", metavar="FORM", required=True),
        reports=report.add_subparsers(dest="report", metavar="REPORT", required=True),
        lists=listing.add_subparsers(dest="what", metavar="KIND", required=True),
    )


def add_form(
    shared: SharedParsers, name: str, help: str, run: RoomCommand
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = shared.forms.add_parser(name, help=help)
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.set_defaults(run=run)
    return parser


def add_report(
    shared: SharedParsers, name: str, help: str, run: RoomCommand
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = shared.reports.add_parser(name, help=help)
    parser.add_argument("--month", required=True, metavar="YYYY-MM")
    parser.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    parser.set_defaults(run=run)
    return parser


def add_list(
    shared: SharedParsers, kind: str, help: str, run: RoomCommand
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = shared.lists.add_parser(kind, help=help)
    parser.add_argument("--json", action="store_true", help="a JSON array")
    parser.set_defaults(run=run)
    return parser


def add_monthly_report(shared: SharedParsers, key: str, help: str) -> argparse.ArgumentParser:
    """`frontdesk report KEY --month --out` for a report of app.reports.catalogue."""
    parser = add_report(shared, key, help, run_monthly_report)
    parser.set_defaults(report_key=key)
    return parser


def run_monthly_report(args: argparse.Namespace, data_dir: Path) -> int:
    from app.cli_auth import signed_in  # the sign-in reaches the services: only when run
    from app.reports.catalogue import monthly_report

    report = monthly_report(args.report_key)
    out, as_csv = report_out(args)
    month_bounds(args.month)  # a malformed month is refused before any sign-in
    with signed_in(data_dir, report.permission) as services:
        content = report.render(services, args.month, as_csv=as_csv)
    return written(out, content)


def written(out: Path, content: bytes) -> int:
    """Write the file atomically and print where it went."""
    atomic_write_bytes(out, content)
    print(out)
    return 0


def local_time(at: datetime | None, timespec: str = "minutes") -> str | None:
    """A stored UTC time as the venue's local ISO time, for lists."""
    return at.astimezone().isoformat(timespec=timespec) if at else None


def run_room_command(args: argparse.Namespace, data_dir: Path, _hooks: GuiHooks) -> int:
    run: RoomCommand = args.run
    return run(args, data_dir)


def out_path(text: str) -> Path:
    return Path(text).expanduser().resolve()


def report_out(args: argparse.Namespace) -> tuple[Path, bool]:
    """The report's file and whether it is CSV; anything but .pdf/.csv is refused."""
    out = out_path(args.out)
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError("out", "invalid", "FILE.pdf or FILE.csv")
    return out, suffix == ".csv"


def day_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def print_items(items: list[dict[str, object]], as_json: bool) -> None:
    """A JSON array, or one tab-separated line per item."""
    if as_json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for item in items:
        print("\t".join(str(v) for v in item.values()))
