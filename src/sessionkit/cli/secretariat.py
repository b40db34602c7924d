"""``sessionkit secretariat [--json] [--day D] [--track T] [--status S] [TEXT]``: every
session with its notes, outcomes, actions, report and last update (the rows of File →
Secretariat view…, from the same service)."""

from __future__ import annotations

import unicodedata

from sessionkit.cli.common import CliError, open_store, print_json

COLUMNS = ("day", "time", "room", "track", "code", "title", "notes", "key messages",
           "outcomes", "actions incomplete", "report", "last update")


def _line(text: str) -> str:
    """One line without control characters: an escape sequence typed or imported into a
    title must not act on the terminal."""
    text = " ".join(text.split())
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in text)


def _when(value) -> str:
    from datetime import timezone

    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _report(row) -> str:
    if row.report_exported_at is None:
        return "not exported"
    text = f"exported {_when(row.report_exported_at)} ({row.report_format})"
    return text + ", notes changed since" if row.report_outdated else text


def _last(row) -> str:
    if row.last_update is None:
        return "no notes yet"
    device = "this computer" if row.last_device_is_here else (row.last_device or "unknown")
    return f"{_when(row.last_update)} from {device}"


def cmd_secretariat(args) -> int:
    from datetime import date

    from sessionkit.services.secretariat import overview, select

    if args.day is not None:
        try:
            date.fromisoformat(args.day)
        except ValueError:
            raise CliError(f"--day {args.day!r} is not a date like 2026-11-18") from None
    store = open_store(args, write=False)  # read-only: works while the app runs
    rows = select(overview(store), day=args.day, track=args.track, status=args.status,
                  text=" ".join(args.text))
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    print("\t".join(COLUMNS))
    for r in rows:
        print("\t".join(_line(str(v)) for v in (
            r.day or "-", r.time or "-", r.room or "-", r.track or "-", r.code, r.title,
            r.notes, r.key_messages, r.outcomes_text(), r.actions_incomplete, _report(r),
            _last(r))))
    if not rows:
        print("no session matches")
    return 0


def register(sub, common) -> None:
    from sessionkit.services.secretariat import STATUS_FILTERS

    p = sub.add_parser(
        "secretariat", parents=[common],
        help="every session with its notes, outcomes, actions, report and last update")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="only sessions on this day")
    p.add_argument("--track", metavar="TRACK", help="only sessions in this track")
    p.add_argument("--status", choices=list(STATUS_FILTERS),
                   help="only sessions needing attention: " + "; ".join(
                       f"{k}: {v}" for k, v in STATUS_FILTERS.items()))
    p.add_argument("text", nargs="*", help="words to find in the code, title, room or track")
    p.set_defaults(func=cmd_secretariat)
