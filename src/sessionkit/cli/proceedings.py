"""``sessionkit proceedings [--day D] [--track T] [--tag T] [--session S ...] -o FILE``:
the chosen sessions' reports in one document; ``sessionkit actions (--session S ... |
--all) --format csv|ics -o FILE``: their action items for spreadsheets and calendars."""

from __future__ import annotations

import sys
from pathlib import Path

from sessionkit.cli.common import CliError, open_store


def _day(text: str | None):
    if text is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--day wants a date as YYYY-MM-DD, not {text!r}") from None


def cmd_proceedings(args) -> int:
    from sessionkit.cli.report import report_options
    from sessionkit.services.proceedings import (
        ProceedingsError,
        export_proceedings,
        select_sessions,
    )
    from sessionkit.services.reports import ReportError

    day = _day(args.day)
    args.no_annex = not args.annex  # the proceedings leave the annex out unless asked
    options = report_options(args)
    store = open_store(args, write=False)
    try:
        chosen = select_sessions(store, day=day, track=args.track, tag=args.tag,
                                 sessions=args.session or ())
        result = export_proceedings(store, [s.id for s in chosen], Path(args.output),
                                    fmt=args.format, options=options, title=args.title)
    except (ProceedingsError, ReportError) as exc:
        raise CliError(str(exc)) from None
    for warning in result.warnings:
        print(f"sessionkit: warning: {warning}", file=sys.stderr)
    print(f"{result.path} ({len(chosen)} sessions)")
    return 0


def cmd_actions(args) -> int:
    from sessionkit.services.proceedings import (
        ProceedingsError,
        export_actions,
        select_sessions,
    )

    if not args.all and not args.session:
        raise CliError("say which sessions: --session CODE (repeatable) or --all")
    if args.all and args.session:
        raise CliError("--all and --session do not go together")
    store = open_store(args, write=False)
    try:
        chosen = select_sessions(store, sessions=args.session or ())
        path, count = export_actions(store, [s.id for s in chosen], Path(args.output),
                                     args.format)
    except ProceedingsError as exc:
        raise CliError(str(exc)) from None
    print(f"{path} ({count} action items)")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser(
        "proceedings", parents=[common],
        help="the chosen sessions' reports in one document (title page, contents, key "
             "messages and recommendations by track, every action item)")
    p.add_argument("--day", metavar="YYYY-MM-DD",
                   help="only the sessions on this day (in each session's time zone)")
    p.add_argument("--track", metavar="TRACK", help="only the sessions in this track")
    p.add_argument("--tag", metavar="TAG", help="only the sessions with this tag")
    p.add_argument("--session", metavar="CODE_OR_ID", nargs="+", action="extend",
                   help="these sessions, in this order (repeatable); default: every session")
    p.add_argument("--format", default="pdf", choices=["pdf", "docx", "md"],
                   help="file format (default: %(default)s)")
    p.add_argument("--title", help="the title on the first page (default: \"Proceedings\" "
                                   "in the report language)")
    p.add_argument("--language", "--lang", dest="lang", default=None,
                   choices=["en", "ja", "ko", "zh_CN"],
                   help="language of the headings and labels (default: the report "
                        "language chosen in the app's Settings, else en)")
    p.add_argument("--paper", default=None, type=str.lower, choices=["a4", "letter"],
                   help="paper size of the PDF and DOCX (default: the app's choice, else a4)")
    p.add_argument("--template", metavar="FILE",
                   help="the organisation's look: a template TOML file or the name of one "
                        "kept in the data folder (see docs/report.md)")
    p.add_argument("--annex", action="store_true",
                   help="include each session's annex (all notes in time order)")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="where to write the proceedings")
    p.set_defaults(func=cmd_proceedings)

    a = sub.add_parser("actions", parents=[common],
                       help="the action items of sessions as CSV or iCalendar (VTODO)")
    a.add_argument("--session", metavar="CODE_OR_ID", nargs="+", action="extend",
                   help="these sessions (repeatable)")
    a.add_argument("--all", action="store_true", help="every session")
    a.add_argument("--format", required=True, type=str.lower, choices=["csv", "ics"],
                   help="csv (UTF-8 with a byte-order mark, for Excel and LibreOffice) or "
                        "ics (one to-do per action, due dates included)")
    a.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="where to write the file")
    a.set_defaults(func=cmd_actions)
