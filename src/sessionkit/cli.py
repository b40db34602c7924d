"""The command line: a thin adapter over the services, like the UI.

``sessionkit`` with no command starts the app. User mistakes print one line on
stderr and exit non-zero; tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sessionkit import __version__, config

EXIT_USER_ERROR = 2


class CliError(Exception):
    """A user mistake or an unusable input: printed as one line, exit 2."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"where SessionKit keeps its data (default: ${config.ENV_DATA_DIR} "
                             "or the platform's user data folder)")
    return common


def _session_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", required=True, metavar="CODE_OR_ID",
                   help="the session's code (e.g. D3) or id")


_OPENED: list = []  # keeps the single-instance lock for the life of the command


def open_store(args, seed: bool = True, write: bool = True):
    """The store for the chosen data directory, with the bundled sessions seeded.

    write=True (the default) takes the single-instance lock and fails, naming the
    PID, while the app or another writer runs; write=False still works then,
    through a read-only connection (see services/safety.py).
    """
    from sessionkit.services.safety import open_data

    opened = open_data(config.data_dir(getattr(args, "data_dir", None)), write=write,
                       seed=seed, start_backup=300.0)
    _OPENED.append(opened)
    for line in opened.seed_errors:
        print(f"sessionkit: warning: bundled session skipped: {line}", file=sys.stderr)
    if opened.ahead is not None:
        b = opened.ahead.backup
        print(f"sessionkit: warning: backup {b.id} holds {opened.ahead.missing} notes that "
              f"are missing from the data file; restore it with: sessionkit backup restore "
              f"{b.id}", file=sys.stderr)
    return opened.store


def find_session(store, key: str):
    from sessionkit.store import NotFound

    try:
        return store.sessions.find(key)
    except NotFound as exc:
        raise CliError(str(exc)) from None


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- commands -------------------------------------------------------------------

def cmd_list(args) -> int:
    store = open_store(args, write=False)
    sessions = store.sessions.list()
    if args.json:
        _print_json([{"code": s.code, "title": s.title, "id": s.id,
                      "start": s.start.isoformat() if s.start else None,
                      "room": s.room, "track": s.track} for s in sessions])
    else:
        for s in sessions:
            print(f"{s.code}\t{s.title}\t{s.id}")
    return 0


def cmd_note_add(args) -> int:
    from sessionkit.services.notes import NoteError, add_note

    store = open_store(args)
    session = find_session(store, args.session)
    text = " ".join(args.text)
    try:
        note = add_note(store, session.id, text, kind=args.kind)
    except (NoteError, ValueError) as exc:
        raise CliError(str(exc)) from None
    print(note.id)
    return 0


def cmd_notes_import(args) -> int:
    from sessionkit.services.notes import NoteError, import_notes

    from sessionkit.interchange.infile import InputFileError, read_text_file

    path = Path(args.file)
    try:  # ordinary files only, size capped; UTF-8 or UTF-16, any line ends
        text = read_text_file(path)
    except InputFileError as exc:
        raise CliError(f"{path}: {exc}; nothing was imported") from None
    store = open_store(args)
    session = find_session(store, args.session)
    try:
        notes = import_notes(store, session.id, text)
    except NoteError as exc:
        raise CliError(f"{path}: {exc}; nothing was imported") from None
    print(f"imported {len(notes)} notes into {session.code}")
    return 0


def _kind_label(value: str) -> str:
    """A note kind as the app and the report name it ("Key message"); --json keeps the
    value ("key_message") that --kind takes."""
    from sessionkit.domain.labels import NOTE_KIND_LABELS
    from sessionkit.domain.models import NoteKind

    try:
        return NOTE_KIND_LABELS[NoteKind(value)]
    except ValueError:  # the draft row
        return value


def cmd_notes_list(args) -> int:
    store = open_store(args, write=False)
    session = find_session(store, args.session)
    notes = store.notes.for_session(session.id)
    rows = [{"id": n.id, "created": n.created.isoformat(), "kind": n.kind.value,
             "text": n.text, "agenda_item_id": n.agenda_item_id, "speaker_id": n.speaker_id,
             "starred": n.starred, "conflict": n.conflict, "draft": False} for n in notes]
    if args.drafts:
        draft = store.drafts.get(session.id)
        if draft.strip():
            rows.append({"id": None, "created": None, "kind": "draft", "text": draft,
                         "agenda_item_id": None, "speaker_id": None, "starred": False,
                         "conflict": False, "draft": True})
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            when = r["created"][:19].replace("T", " ") if r["created"] else "(draft)"
            # edited on two laptops at once: the other text is in the note's history
            mark = f"[⚠ conflict: notes history {r['id']}] " if r["conflict"] else ""
            print(f"{when}\t{_kind_label(r['kind'])}\t{mark}{r['text']}")
    return 0


def cmd_notes_history(args) -> int:
    from sessionkit.services.capture import note_history

    store = open_store(args, write=False)
    key = args.note_id.strip()
    rows = store.db.execute("SELECT id FROM notes WHERE id = ?", [key]).fetchall()
    if not rows and len(key) >= 6:
        rows = store.db.execute("SELECT id FROM notes WHERE substr(id, 1, ?) = ? LIMIT 2",
                                [len(key), key]).fetchall()
    if len(rows) != 1:
        raise CliError(f"no note with id {key!r}" if not rows else
                       f"several notes have ids starting with {key!r}; give the whole id")
    note = store.notes.get(rows[0][0])

    def iso(t):
        return t.isoformat() if t else None

    out = [{"version": v.id, "updated": iso(v.was_updated), "replaced_at": iso(v.saved_at),
            "kind": v.kind.value, "text": v.text, "starred": v.starred,
            "deleted_at": iso(v.deleted_at), "device": v.device, "in_conflict": v.head,
            "current": False} for v in reversed(note_history(store, note.id))]
    out.append({"version": None, "updated": iso(note.updated), "replaced_at": None,
                "kind": note.kind.value, "text": note.text, "starred": note.starred,
                "deleted_at": iso(note.deleted_at), "device": note.device,
                "in_conflict": note.conflict, "current": True})
    if args.json:
        _print_json(out)
    else:
        for r in out:
            flags = [f for f, on in (("current", r["current"]), ("conflict", r["in_conflict"]),
                                     ("starred", r["starred"]), ("deleted", r["deleted_at"]))
                     if on]
            when = (r["updated"] or "")[:19].replace("T", " ")
            print(f"{when}\t{_kind_label(r['kind'])}\t{','.join(flags) or '-'}\t{r['text']}")
    return 0


def _report_options(args):
    from sessionkit.services.reports import SECTION_KEYS, ReportOptions

    sections = None
    if getattr(args, "sections", None) is not None:
        names = [n.strip().lower().replace("-", "_") for n in args.sections.split(",")]
        names = [n for n in names if n]
        unknown = [n for n in names if n not in SECTION_KEYS]
        if unknown or not names:
            raise CliError(f"unknown report section(s): {', '.join(unknown) or '(none given)'}"
                           f"; valid names: {', '.join(SECTION_KEYS)}")
        sections = frozenset(names)
    language, paper = getattr(args, "lang", None), getattr(args, "paper", None)
    if language is None or paper is None:  # the app's choices (File → Settings…, export)
        from sessionkit.services import preferences

        prefs = preferences.load(config.data_dir(getattr(args, "data_dir", None)),
                                 warn=lambda line: print(f"sessionkit: warning: {line}",
                                                         file=sys.stderr))
        language = language or prefs.report_language
        paper = paper or prefs.report_paper or "A4"
    return ReportOptions(sections=sections, paper=paper,
                         include_annex=not getattr(args, "no_annex", False),
                         language=language)


def cmd_report(args) -> int:
    from sessionkit.services.reports import ReportError, export_report

    options = _report_options(args)  # a bad section name fails before the store opens
    store = open_store(args, write=False)
    session = find_session(store, args.session)
    try:
        result = export_report(store, session.id, Path(args.output), fmt=args.format,
                               options=options)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    for warning in result.warnings:
        print(f"sessionkit: warning: {warning}", file=sys.stderr)
    print(str(result.path))
    return 0


def cmd_gui(args) -> int:
    from sessionkit.ui.app import run_gui

    return run_gui(config.data_dir(getattr(args, "data_dir", None)),
                   session=getattr(args, "session", None))


# -- parser -----------------------------------------------------------------------

# Feature modules add their own subcommands: each has register(subparsers, common).
EXTENSIONS: list[str] = ["sessionkit.cli_backup", "sessionkit.interchange.cli_commands",
                         "sessionkit.cli_search"]


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="sessionkit", parents=[common],
        description="SessionKit: agenda, clock, notes and report for one conference session.")
    parser.add_argument("--version", action="version", version=f"SessionKit {__version__}")
    parser.add_argument("--session", metavar="CODE_OR_ID", default=argparse.SUPPRESS,
                        help="open the app on this session")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("gui", parents=[common], help="start the app (the default)")
    p.add_argument("--session", metavar="CODE_OR_ID", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("list", parents=[common], help="list sessions (code, title, id)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    note = sub.add_parser("note", parents=[common], help="add a note")
    note_sub = note.add_subparsers(metavar="ACTION", required=True)
    p = note_sub.add_parser("add", parents=[common], help="add one note: note add --session D3 -- TEXT")
    _session_arg(p)
    p.add_argument("--kind", default="note",
                   help="note, key_message, decision, action, question, recommendation, quote")
    p.add_argument("text", nargs="+", help="the note's text (put it after --)")
    p.set_defaults(func=cmd_note_add)

    notes = sub.add_parser("notes", parents=[common], help="import, list or trace notes")
    notes_sub = notes.add_subparsers(metavar="ACTION", required=True)
    p = notes_sub.add_parser("import", parents=[common],
                             help="import a UTF-8 text file, one note per paragraph")
    _session_arg(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_notes_import)
    p = notes_sub.add_parser("list", parents=[common], help="list a session's notes")
    _session_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--drafts", action="store_true",
                   help="include the unsaved text of the app's note box")
    p.set_defaults(func=cmd_notes_list)
    p = notes_sub.add_parser("history", parents=[common],
                             help="every version of one note, oldest first (the current last)")
    p.add_argument("note_id", metavar="NOTE_ID", help="the note's id (or its first 6+ characters)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notes_history)

    p = sub.add_parser("report", parents=[common], help="export the post-session report")
    _session_arg(p)
    from sessionkit.report import formats  # the one list of formats; light to import

    p.add_argument("--format", default=formats.default().name, choices=formats.names(),
                   help="file format (default: %(default)s)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", default=None, choices=["en", "ja", "ko", "zh_CN"],
                   help="language of the report's headings and labels (default: the "
                        "report language chosen in the app's Settings, else en)")
    p.add_argument("--paper", default=None, type=str.lower, choices=["a4", "letter"],
                   help="paper size of the PDF and DOCX (default: the one last chosen "
                        "in the app's export dialog, else a4)")
    p.add_argument("--sections", metavar="LIST",
                   help="comma-separated sections to include (default: all): metadata, roles, "
                        "speakers, summary, outcomes, agenda, key_messages, presentations, "
                        "discussion, decisions, recommendations, actions, annex")
    p.add_argument("--no-annex", action="store_true",
                   help="leave out the annex (all notes in time order)")
    p.set_defaults(func=cmd_report)

    import importlib

    for name in EXTENSIONS:
        importlib.import_module(name).register(sub, common)
    return parser


def _gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
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


class Terminated(SystemExit):
    """SIGTERM (or SIGHUP: the terminal was closed), turned into an exception so that
    every ``finally`` runs: a half-written export's temp file is removed and a write
    transaction is rolled back."""


def _on_signal(signum, frame) -> None:
    import signal

    signal.signal(signum, signal.SIG_DFL)  # the same signal again ends it at once
    raise Terminated(128 + signum)


def _install_signals() -> dict:
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


def _restore_signals(previous: dict) -> None:
    import signal

    for sig, handler in previous.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):
            pass


# What each argument is called in a message about it.
_ARG_NAMES = {"output": "the output file name (-o)", "session": "the session (--session)",
              "data_dir": "the data folder (--data-dir)", "text": "the note text",
              "file": "the file name", "files": "the file name", "kind": "--kind",
              "select": "--select", "timezone": "--timezone", "sections": "--sections",
              "query": "the search text", "id": "the backup ID"}


def _shown(value: str) -> str:
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


def _check_text_args(args: argparse.Namespace) -> None:
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
            raise CliError(f"{what} '{_shown(bad)}' is not valid UTF-8 text ({hint}); "
                           "nothing was changed")


def main(argv: Sequence[str] | None = None) -> int:
    args = _gui_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    func: Callable = args.func
    # The app has its own SIGTERM handling (it saves the draft); main() called in-process
    # (tests, scripts) leaves the caller's handler as it found it.
    previous = _install_signals() if func is not cmd_gui else {}
    try:
        return _run(func, args)
    finally:
        _restore_signals(previous)


def _run(func: Callable, args: argparse.Namespace) -> int:
    from sessionkit.store import StoreError

    try:
        _check_text_args(args)
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
        return 130
    except Terminated:
        print("sessionkit: stopped by a signal; what was not finished was not kept",
              file=sys.stderr)
        raise
    except UnicodeError as exc:
        # Text that cannot be encoded reached a file or the terminal: one sentence, not
        # a traceback (the known cases are refused by name above).
        print(f"sessionkit: error: some text is not valid UTF-8 and could not be written "
              f"({_shown(str(exc))})", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, with what is needed to report it
        import os

        if os.environ.get("SESSIONKIT_DEBUG"):
            raise
        print(f"sessionkit: unexpected error ({type(exc).__name__}: {_shown(str(exc))}); "
              "please report it, and set SESSIONKIT_DEBUG=1 to see the details",
              file=sys.stderr)
        return 1
