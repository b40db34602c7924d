"""What every command shares: the error type, opening the store, argument checks,
printing JSON, and turning SIGTERM into a clean stop.

Light to import (the app's own start goes through here): no service, store or Qt
module is imported at the top.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable

from sessionkit import config

EXIT_USER_ERROR = 2


class CliError(Exception):
    """A user mistake or an unusable input: printed as one line, exit 2."""


def common_parent() -> argparse.ArgumentParser:
    """The options every command takes (a parent parser: ``--data-dir`` may come
    before or after the command's name)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"where SessionKit keeps its data (default: ${config.ENV_DATA_DIR} "
                             "or the platform's user data folder)")
    return common


def session_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", required=True, metavar="CODE_OR_ID",
                   help="the session's code (e.g. D3) or id")


def data_dir(args):
    return config.data_dir(getattr(args, "data_dir", None))


_OPENED: list = []  # keeps the single-instance lock until the command ends (see run)


def open_store(args, seed: bool = True, write: bool = True):
    """The store for the chosen data directory, with the bundled sessions seeded.

    write=True (the default) takes the single-instance lock and fails, naming the
    PID, while the app or another writer runs; write=False still works then,
    through a read-only connection (see services/safety.py).
    """
    from sessionkit.services.safety import open_data

    opened = open_data(data_dir(args), write=write, seed=seed, start_backup=300.0)
    _OPENED.append(opened)
    for line in opened.seed_errors:
        print(f"sessionkit: warning: bundled session skipped: {line}", file=sys.stderr)
    if opened.ahead is not None:
        b = opened.ahead.backup
        print(f"sessionkit: warning: backup {b.id} holds {opened.ahead.missing} notes that "
              f"are missing from the data file; restore it with: sessionkit backup restore "
              f"{b.id}", file=sys.stderr)
    return opened.store


def _close_opened() -> None:
    """Close what the command opened and let go of the lock: main() may be called
    again in the same process (tests, scripts), and the next command must find the
    data folder free."""
    while _OPENED:
        try:
            _OPENED.pop().close()
        except Exception:  # noqa: BLE001 - closing must not hide the command's outcome
            pass


def find_session(store, key: str):
    from sessionkit.store import NotFound

    try:
        return store.sessions.find(key)
    except NotFound as exc:
        raise CliError(str(exc)) from None


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def kind_label(value: str) -> str:
    """A note kind as the app and the report name it ("Key message"); --json keeps the
    value ("key_message") that --kind takes."""
    from sessionkit.domain.labels import NOTE_KIND_LABELS
    from sessionkit.domain.models import NoteKind

    try:
        return NOTE_KIND_LABELS[NoteKind(value)]
    except ValueError:  # the draft row
        return value


# -- signals ----------------------------------------------------------------------

class Terminated(SystemExit):
    """SIGTERM (or SIGHUP: the terminal was closed), turned into an exception so that
    every ``finally`` runs: a half-written export's temp file is removed and a write
    transaction is rolled back."""


def _on_signal(signum, frame) -> None:
    import signal

    signal.signal(signum, signal.SIG_DFL)  # the same signal again ends it at once
    raise Terminated(128 + signum)


def install_signals() -> dict:
    """Handle SIGTERM and SIGHUP where nobody else does; returns what to put back."""
    import signal

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:  # no SIGHUP on Windows
            continue
        try:
            if signal.getsignal(sig) == signal.SIG_DFL:
                previous[sig] = signal.signal(sig, _on_signal)
        except (ValueError, OSError):  # not the main thread
            pass
    return previous


def restore_signals(previous: dict) -> None:
    import signal

    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):
            pass


# -- arguments that are not text -------------------------------------------------

# What each argument is called in a message about it.
_ARG_NAMES = {"output": "the output file name (-o)", "session": "the session (--session)",
              "data_dir": "the data folder (--data-dir)", "text": "the note text",
              "file": "the file name", "files": "the file name", "kind": "--kind",
              "select": "--select", "timezone": "--timezone", "sections": "--sections",
              "query": "the search text", "id": "the backup ID"}


def shown(value: str) -> str:
    """The text with its undecodable bytes written as \\xNN, safe to print anywhere."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _not_utf8(value) -> str | None:
    values = value if isinstance(value, list) else [value]
    for v in values:
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return v
    return None


def check_text_args(args: argparse.Namespace) -> None:
    """Arguments that are not valid UTF-8 (Python keeps their bytes as lone surrogates,
    which fail later wherever the text is stored, printed or put in a report) are
    refused here, by name, before anything is opened. File names too: an imported
    file's name is kept in the store and shown in reports."""
    for name, value in vars(args).items():
        if name == "func":
            continue
        bad = _not_utf8(value)
        if bad is not None:
            what = _ARG_NAMES.get(name, f"--{name.replace('_', '-')}")
            hint = ("use a name in UTF-8" if name in ("output", "file", "files", "data_dir")
                    else "check that the terminal uses UTF-8")
            raise CliError(f"{what} '{shown(bad)}' is not valid UTF-8 text ({hint}); "
                           "nothing was changed")


# -- running one command --------------------------------------------------------------

def run(func: Callable, args: argparse.Namespace) -> int:
    """Run a command; every failure a user can cause is one line on stderr."""
    try:
        return _run(func, args)
    finally:
        _close_opened()


def _run(func: Callable, args: argparse.Namespace) -> int:
    from sessionkit.store import StoreError

    try:
        check_text_args(args)
        return func(args) or 0
    except CliError as exc:
        print(f"sessionkit: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreError as exc:
        print(f"sessionkit: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except sqlite3.Error as exc:  # disk full, read-only disk…: the transaction was rolled back
        from sessionkit.services.safety import describe_write_error

        print(f"sessionkit: error: {describe_write_error(exc)}; nothing was changed",
              file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        from sessionkit.interchange.files import discard_pending

        discard_pending()
        return 130
    except Terminated:
        from sessionkit.interchange.files import discard_pending

        discard_pending()  # a temp file the signal caught before its caller held it
        print("sessionkit: stopped by a signal; what was not finished was not kept",
              file=sys.stderr)
        raise
    except UnicodeError as exc:
        # Text that cannot be encoded reached a file or the terminal: one sentence, not
        # a traceback (the known cases are refused by name above).
        print(f"sessionkit: error: some text is not valid UTF-8 and could not be written "
              f"({shown(str(exc))})", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, with what is needed to report it
        import os

        if os.environ.get("SESSIONKIT_DEBUG"):
            raise
        print(f"sessionkit: unexpected error ({type(exc).__name__}: {shown(str(exc))}); "
              "please report it, and set SESSIONKIT_DEBUG=1 to see the details",
              file=sys.stderr)
        return 1
