"""``sessionkit report --session S -o FILE``: the post-session report."""

from __future__ import annotations

import sys
from pathlib import Path

from sessionkit.cli.common import CliError, data_dir, find_session, open_store, session_arg


def report_options(args):
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

        prefs = preferences.load(data_dir(args),
                                 warn=lambda line: print(f"sessionkit: warning: {line}",
                                                         file=sys.stderr))
        language = language or prefs.report_language
        paper = paper or prefs.report_paper or "A4"
    return ReportOptions(sections=sections, paper=paper,
                         include_annex=not getattr(args, "no_annex", False),
                         language=language)


def cmd_report(args) -> int:
    from sessionkit.services.reports import ReportError, export_report

    options = report_options(args)  # a bad section name fails before the store opens
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


def register(sub, common) -> None:
    from sessionkit.report import formats  # the one list of formats; light to import

    p = sub.add_parser("report", parents=[common], help="export the post-session report")
    session_arg(p)
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
                        "speakers, summary, outcomes, agenda, pictures, key_messages, "
                        "presentations, discussion, decisions, recommendations, actions, annex")
    p.add_argument("--no-annex", action="store_true",
                   help="leave out the annex (all notes in time order)")
    p.set_defaults(func=cmd_report)
