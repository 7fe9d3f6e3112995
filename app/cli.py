"""`frontdesk [--data-dir DIR] [COMMAND]`: the command line for Task Scheduler, support and tests,
over the same services as the desktop app. Exit 0 ok, 1 a check failed, 2 could not run."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from app import cli_care as care
from app import cli_commands as commands
from app import cli_complaints as complaints
from app import cli_customers as customers
from app import cli_lending as lending
from app import cli_members as members
from app import cli_repairs as repairs
from app.backup import BackupVerificationFailed
from app.cli_rooms import add_shared_parsers, run_room_command
from app.errors import DomainError, ValidationError
from app.gui_hooks import GuiHooks
from app.paths import resolve_data_dir
from db.session import ConnectionCheckFailed
from db.sqlite_ops import StoreError

PROG = "frontdesk"
EXIT_OK, EXIT_CHECK_FAILED, EXIT_CANNOT_RUN = 0, 1, 2

Command = Callable[[argparse.Namespace, Path, GuiHooks], int]


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line on stderr (exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_CANNOT_RUN, f"{PROG}: error: {message} (see {self.prog} --help)\n")


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="FrontDesk: offline customer files for reception.")
    parser.add_argument("--data-dir", help="the venue's data folder (or FRONTDESK_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create a venue (admin account + venue passphrase)")
    init.add_argument("--venue", required=True, help="the venue's name")
    init.add_argument(
        "--kdf-iterations",
        type=int,
        help="support/tests: fixed Argon2id passes (>= 3, 64 MiB) instead of tuning to this PC",
    )
    sub.add_parser("verify", help="database integrity, audit chain, sample decryptions")
    backup = sub.add_parser("backup", help="write a verified backup")
    backup.add_argument("--to", metavar="FILE", help="write here instead of the backup folder")
    restore = sub.add_parser("restore", help="restore a backup into an empty data dir")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--to", metavar="DIR", required=True, help="an empty or new folder")
    seed = sub.add_parser("seed-demo", help="fill an empty venue with realistic demo data")
    seed.add_argument("--customers", type=_count, default=500, metavar="N")
    shots = sub.add_parser("screenshots", help="render each main screen offscreen to PNG")
    shots.add_argument("--out", required=True, metavar="DIR")
    bench = sub.add_parser("bench", help="the benchmark; prints JSON")
    bench.add_argument("--customers", type=_count, default=100_000, metavar="N")
    bench.add_argument("--audit-rows", type=_count, default=1_000_000, metavar="N")
    bench.add_argument("--import-rows", type=_count, default=10_000, metavar="N")
    bench.add_argument("--ledger-rows", type=_count, default=1_000_000, metavar="N")
    sub.add_parser("rotate-key", help="re-encrypt every field with a new data key (admin)")
    # Each room adds its `print FORM`, `report NAME` and `list KIND` sub-commands to these with
    # app.cli_rooms.add_form / add_report / add_list (see app/cli_members.py): one line per room.
    shared = add_shared_parsers(sub)
    customers.add_parsers(sub, shared)
    members.add_parsers(sub, shared)
    complaints.add_parsers(sub, shared)
    repairs.add_parsers(sub, shared)
    lending.add_parsers(sub, shared)
    care.add_parsers(sub, shared)
    return parser


COMMANDS: dict[str, Command] = {
    "init": commands.cmd_init,
    "verify": commands.cmd_verify,
    "backup": commands.cmd_backup,
    "restore": commands.cmd_restore,
    "seed-demo": commands.cmd_seed_demo,
    "screenshots": commands.cmd_screenshots,
    "bench": commands.cmd_bench,
    "rotate-key": commands.cmd_rotate_key,
    "import-customers": customers.cmd_import_customers,
    "export-customers": customers.cmd_export_customers,
    "list": run_room_command,
    "export-person": customers.cmd_export_person,
    "print": run_room_command,
    "report": run_room_command,
    "expire-points": members.cmd_expire_points,
    "care": care.cmd_care,
}


def describe(exc: BaseException) -> str:
    """One line a support person can act on, without a traceback."""
    if isinstance(exc, ValidationError):
        detail = f" ({exc.detail})" if exc.detail and exc.detail != exc.code else ""
        return f"{exc.field}: {exc.code}{detail}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error: {getattr(exc, 'orig', None) or exc.__class__.__name__}"
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    text = " ".join(str(exc).split())
    return text or exc.__class__.__name__


def _fail(exc: BaseException, code: int) -> int:
    print(f"{PROG}: error: {describe(exc)}", file=sys.stderr)
    return code


def run(argv: list[str], hooks: GuiHooks) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a bad argument (2), already printed
        return exc.code if isinstance(exc.code, int) else EXIT_CANNOT_RUN
    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.command is None:
            return hooks.open_desktop(data_dir)
        return COMMANDS[args.command](args, data_dir, hooks)
    except (commands.CheckFailed, BackupVerificationFailed) as exc:
        return _fail(exc, EXIT_CHECK_FAILED)
    except (DomainError, OSError, StoreError, SQLAlchemyError, ConnectionCheckFailed) as exc:
        return _fail(exc, EXIT_CANNOT_RUN)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
