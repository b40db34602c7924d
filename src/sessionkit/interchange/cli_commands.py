"""CLI commands for schedules, calendars and session packages.

    sessionkit import FILE [--select CODE_OR_GUID ...] [--timezone TZ] [--dry-run] [--json]
    sessionkit export-ics --session S -o FILE        (also: sessionkit calendar export ...)
    sessionkit package export --session S -o FILE
    sessionkit package merge FILE [FILE ...] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _cli():
    from sessionkit import cli
    return cli


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_import(args) -> int:
    from sessionkit.interchange.schedule import ScheduleError, read_schedule, zone
    from sessionkit.services.importing import apply_plan, plan_import, _report

    cli = _cli()
    path = Path(args.file)
    if args.timezone and zone(args.timezone) is None:
        raise cli.CliError(f"unknown time zone {args.timezone!r} (use an IANA name such as "
                           "Europe/Brussels)")
    # Parse before touching the data file: a bad file never opens a transaction.
    try:
        parsed = read_schedule(path, default_timezone=args.timezone or "")
    except ScheduleError as exc:
        raise cli.CliError(f"{exc}; nothing was imported") from None
    store = cli.open_store(args)
    try:
        plan = plan_import(store, parsed, args.select, file_name=path.name)
        report = _report(plan, dry_run=True) if args.dry_run else apply_plan(store, plan)
    except ScheduleError as exc:
        raise cli.CliError(f"{path.name}: {exc}") from None
    if args.json:
        _print_json(report.to_dict())
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

    cli = _cli()
    store = cli.open_store(args, write=False) if _accepts_write() else cli.open_store(args)
    session = cli.find_session(store, args.session)
    try:
        data = build_calendar(store.load_bundle(session.id))
        out = write_atomic(Path(args.output), data, store_folder(store), "calendar")
    except (CalendarExportError, DestinationRefused) as exc:
        raise cli.CliError(str(exc)) from None
    except OSError as exc:
        raise cli.CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(str(out))
    return 0


def cmd_package_export(args) -> int:
    from sessionkit.interchange.package import PackageError
    from sessionkit.services.packages import export_package

    cli = _cli()
    store = cli.open_store(args, write=False) if _accepts_write() else cli.open_store(args)
    session = cli.find_session(store, args.session)
    try:
        out = export_package(store, session.id, Path(args.output))
    except PackageError as exc:
        raise cli.CliError(str(exc)) from None
    print(str(out))
    return 0


def cmd_package_merge(args) -> int:
    from sessionkit.interchange.package import PackageError, read_package
    from sessionkit.services.packages import merge

    cli = _cli()
    packages = []
    for name in args.files:  # read and check every file before changing anything
        try:
            packages.append((Path(name).name, read_package(Path(name))))
        except PackageError as exc:
            raise cli.CliError(f"{exc}; nothing was merged") from None
    store = cli.open_store(args)
    reports = []
    try:
        with store.atomic():
            for file_name, pkg in packages:
                reports.append(merge(store, pkg, file_name=file_name))
    except PackageError as exc:
        raise cli.CliError(f"{exc}; nothing was merged") from None
    if args.json:
        _print_json([r.to_dict() for r in reports])
    else:
        for r in reports:
            print(r.summary())
    return 0


def _accepts_write() -> bool:
    import inspect

    return "write" in inspect.signature(_cli().open_store).parameters


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common],
                       help="import a conference schedule (frab/Pentabarf XML, pretalx/frab "
                            "JSON, iCalendar)")
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
