"""``sessionkit [gui] [--session CODE_OR_ID]``: start the app (the default command).

The app's own start is read by ``gui_args`` without building every command's parser,
so starting the app costs no argparse set-up for commands it does not run.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from sessionkit.cli.common import data_dir


def cmd_gui(args) -> int:
    from sessionkit.ui.app import run_gui

    return run_gui(data_dir(args), session=getattr(args, "session", None))


def register(sub, common) -> None:
    p = sub.add_parser("gui", parents=[common], help="start the app (the default)")
    p.add_argument("--session", metavar="CODE_OR_ID", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)


def gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``sessionkit [gui] [--data-dir DIR] [--session KEY]``, the app's own start, read
    without building every command's parser (~10 ms of each start-up). Anything else
    (help, version, other commands, mistakes) returns None: the full parser handles it."""
    args = argparse.Namespace(func=cmd_gui)
    rest, gui = list(argv), False
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if arg == "gui" and not gui:
            gui = True
        elif name in ("--data-dir", "--session") and eq:
            setattr(args, name[2:].replace("-", "_"), value)
        elif arg in ("--data-dir", "--session") and rest and not rest[0].startswith("-"):
            setattr(args, arg[2:].replace("-", "_"), rest.pop(0))
        else:
            return None
    return args
