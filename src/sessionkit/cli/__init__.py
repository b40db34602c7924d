"""The command line: a thin adapter over the services, like the UI.

``sessionkit`` with no command starts the app. User mistakes print one line on
stderr and exit non-zero; tracebacks are for bugs only.

One module per command group; each has ``register(subparsers, common)`` adding its
commands, and COMMANDS below is the one list of them (the order of ``--help``).
Shared helpers (opening the store, errors, argument checks, signals) are in
``cli/common.py``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from sessionkit import __version__
from sessionkit.cli.app import cmd_gui, gui_args
from sessionkit.cli.common import (EXIT_USER_ERROR, CliError, common_parent, find_session,
                                   install_signals, open_store, restore_signals, run)

__all__ = ["COMMANDS", "EXIT_USER_ERROR", "CliError", "build_parser", "find_session",
           "main", "open_store"]

# Every command group, registered in this order. A new command: a module in cli/ with
# register(sub, common), named here (docs/architecture.md, "Where do I add a command").
COMMANDS: list[str] = [
    "sessionkit.cli.app",  # gui (the default)
    "sessionkit.cli.sessions",  # list
    "sessionkit.cli.notes",  # note add, notes import|list|history
    "sessionkit.cli.report",  # report
    "sessionkit.cli.proceedings",  # proceedings, actions
    "sessionkit.cli.backup",  # backup list|create|restore
    "sessionkit.cli.interchange",  # import, export-ics, calendar export, package
    "sessionkit.cli.search",  # search
    "sessionkit.cli.secretariat",  # secretariat (every session's progress)
    "sessionkit.cli.live",  # live start|pause|next|prev|plus|message|status|serve
    "sessionkit.cli.team",  # team sync|status
]


def build_parser() -> argparse.ArgumentParser:
    common = common_parent()
    parser = argparse.ArgumentParser(
        prog="sessionkit", parents=[common],
        description="SessionKit: agenda, clock, notes and report for one conference session.")
    parser.add_argument("--version", action="version", version=f"SessionKit {__version__}")
    parser.add_argument("--session", metavar="CODE_OR_ID", default=argparse.SUPPRESS,
                        help="open the app on this session")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # the app's own start skips building every command's parser
    args = gui_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    func: Callable = args.func
    # The app has its own SIGTERM handling (it saves the draft); main() called in-process
    # (tests, scripts) leaves the caller's handler as it found it.
    previous = install_signals() if func is not cmd_gui else {}
    try:
        return run(func, args)
    finally:
        restore_signals(previous)
