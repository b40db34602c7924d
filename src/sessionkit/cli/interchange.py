"""Schedules, calendars and session packages on the command line.

    sessionkit import FILE [--select CODE_OR_GUID ...] [--timezone TZ] [--dry-run] [--json]
    sessionkit export-ics --session S -o FILE        (also: sessionkit calendar export ...)
    sessionkit package export --session S -o FILE
    sessionkit package merge FILE [FILE ...] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path

from sessionkit.cli.common import CliError, find_session, open_store, print_json


def cmd_import(args) -> int:
    from sessionkit.interchange.schedule import ScheduleError, read_schedule, zone
    from sessionkit.services.importing import apply_plan, plan_import, report_for

    path = Path(args.file)
    if args.timezone and zone(args.timezone) is None:
        raise CliError(f"unknown time zone {args.timezone!r} (use an IANA name such as "
                       "Europe/Brussels)")
    # Parse before touching the data file: a bad file never opens a transaction.
    try:
        parsed = read_schedule(path, default_timezone=args.timezone or "")
    except ScheduleError as exc:
        raise CliError(f"{exc}; nothing was imported") from None
    store = open_store(args)
    try:
        plan = plan_import(store, parsed, args.select, file_name=path.name)
        report = report_for(plan, dry_run=True) if args.dry_run else apply_plan(store, plan)
    except ScheduleError as exc:
        raise CliError(f"{path.name}: {exc}") from None
    if args.json:
        print_json(report.to_dict())
    else:
        for w in report.warnings:
            print(f"sessionkit: warning: {path.name}: {w}", file=sys.stderr)
        print(report.summary())
        if report.kept_local_edits:
            print("kept local edits: " + ", ".join(report.kept_local_edits[:20])
                  + (" ..." if len(report.kept_local_edits) > 20 else ""))
        if report.removed:
            print("no longer in the schedule (kept, with their notes): "
                  + ", ".join(report.removed[:20]) + (" ..." if len(report.removed) > 20 else ""))
    return 0


def cmd_export_ics(args) -> int:
    from sessionkit.interchange.files import DestinationRefused, store_folder, write_atomic
    from sessionkit.interchange.ics_export import CalendarExportError, build_calendar

    store = open_store(args, write=False)
    session = find_session(store, args.session)
    try:
        data = build_calendar(store.load_bundle(session.id))
        out = write_atomic(Path(args.output), data, store_folder(store), "calendar")
    except (CalendarExportError, DestinationRefused) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(str(out))
    return 0


def cmd_package_export(args) -> int:
    from sessionkit.interchange.package import PackageError
    from sessionkit.services.packages import export_package

    store = open_store(args, write=False)
    session = find_session(store, args.session)
    try:
        out = export_package(store, session.id, Path(args.output))
    except PackageError as exc:
        raise CliError(str(exc)) from None
    print(str(out))
    return 0


def cmd_package_merge(args) -> int:
    from sessionkit.interchange.package import PackageError, read_package
    from sessionkit.services.packages import merge

    packages = []
    for name in args.files:  # read and check every file before changing anything
        try:
            packages.append((Path(name).name, read_package(Path(name))))
        except PackageError as exc:
            raise CliError(f"{exc}; nothing was merged") from None
    store = open_store(args)
    reports = []
    try:
        with store.atomic():
            for file_name, pkg in packages:
                reports.append(merge(store, pkg, file_name=file_name))
    except PackageError as exc:
        raise CliError(f"{exc}; nothing was merged") from None
    if args.json:
        print_json([r.to_dict() for r in reports])
    else:
        for r in reports:
            print(r.summary())
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common],
                       help="import a conference schedule (frab/Pentabarf XML, pretalx/frab "
                            "JSON versions 1 and 2, an Indico timetable as JSON or iCalendar, "
                            "iCalendar)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--select", nargs="+", metavar="CODE_OR_GUID", action="extend",
                   help="import only these events (code, id, slug, guid or uid)")
    p.add_argument("--timezone", metavar="TZ", default="",
                   help="the conference's time zone, for files that don't give one "
                        "(e.g. Europe/Brussels)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be imported without changing anything")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=cmd_import)

    def ics_args(p):
        p.add_argument("--session", required=True, metavar="CODE_OR_ID")
        p.add_argument("-o", "--output", required=True, metavar="FILE")
        p.set_defaults(func=cmd_export_ics)

    ics_args(sub.add_parser("export-ics", parents=[common],
                            help="write a session's agenda as an iCalendar (.ics) file"))
    cal = sub.add_parser("calendar", parents=[common], help="calendar files")
    cal_sub = cal.add_subparsers(metavar="ACTION", required=True)
    ics_args(cal_sub.add_parser("export", parents=[common],
                                help="write a session's agenda as an iCalendar (.ics) file"))

    pkg = sub.add_parser("package", parents=[common],
                         help="export or merge session packages (session + all notes)")
    pkg_sub = pkg.add_subparsers(metavar="ACTION", required=True)
    p = pkg_sub.add_parser("export", parents=[common],
                           help="write one session with all its notes to one file")
    p.add_argument("--session", required=True, metavar="CODE_OR_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_package_export)
    p = pkg_sub.add_parser("merge", parents=[common],
                           help="merge session packages (idempotent, any order)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_package_merge)
