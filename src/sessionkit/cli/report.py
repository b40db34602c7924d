"""``sessionkit report --session S -o FILE``: the post-session report;
``sessionkit report --check --session S [--json]``: what the report still misses."""

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
    template = None
    if getattr(args, "template", None):
        from sessionkit.report.template import TemplateError, load_template, templates_folder

        path = Path(args.template)
        kept = templates_folder(data_dir(args)) / f"{args.template}.toml"
        if not path.exists() and path.name == args.template and not path.suffix \
                and kept.is_file():  # a bare name: one kept in the data folder
            path = kept
        try:
            template = load_template(path)
        except TemplateError as exc:
            raise CliError(str(exc)) from None
    if template is not None and template.paper and getattr(args, "paper", None) is None:
        paper = template.paper  # the template's paper unless --paper says otherwise
    return ReportOptions(sections=sections, paper=paper,
                         include_annex=not getattr(args, "no_annex", False),
                         language=language, template=template)


def _store_for(args, write: bool) -> tuple:
    """The store, writable when a template is to be remembered; while the app holds the
    data folder the report is still written, the template just not remembered."""
    from sessionkit.store.db import StoreError

    if write:
        try:
            return open_store(args, write=True), True
        except StoreError as exc:
            print(f"sessionkit: warning: the template is not remembered for the session "
                  f"({exc})", file=sys.stderr)
    return open_store(args, write=False), False


def _with_template(options, template, args):
    from dataclasses import replace

    paper = options.paper
    if template.paper and getattr(args, "paper", None) is None:
        paper = template.paper
    return replace(options, template=template, paper=paper)


def cmd_check(args) -> int:
    """Exit 1 when something the report usually needs is missing, 0 when it is ready."""
    from sessionkit.services.readiness import check_session

    store = open_store(args, write=False)
    session = find_session(store, args.session)
    findings = check_session(store, session.id)
    if args.json:
        import json

        print(json.dumps({"session": session.code, "ready": not findings,
                          "missing": [f.as_dict() for f in findings]},
                         ensure_ascii=False, indent=2))
    elif findings:
        print(f"{session.code}: not ready to sign off; {len(findings)} thing(s) missing:")
        for f in findings:
            print(f"  - {f.message}")
    else:
        print(f"{session.code}: ready to sign off; nothing is missing")
    return 1 if findings else 0


def cmd_report(args) -> int:
    from sessionkit.services.reports import (
        ReportError,
        export_report,
        remember_template,
        session_template,
    )

    if args.check:
        return cmd_check(args)
    if args.json:
        raise CliError("--json goes with --check")
    if not args.output:
        raise CliError("the report needs -o FILE (or --check to list what it misses)")
    options = report_options(args)  # a bad section name fails before the store opens
    store, remember = _store_for(args, options.template is not None)
    session = find_session(store, args.session)
    try:
        if options.template is None:  # the session's remembered template is its default
            kept = session_template(store, session.id)
            if kept is not None:
                options = _with_template(options, kept, args)
        result = export_report(store, session.id, Path(args.output), fmt=args.format,
                               options=options)
        if remember:  # a template given here, once it made a report, is the session's
            remember_template(store, session.id, options.template)
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
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write the report (needed unless --check)")
    p.add_argument("--check", action="store_true",
                   help="write nothing; list what the report usually needs and is missing "
                        "(exit status 1 when something is)")
    p.add_argument("--json", action="store_true",
                   help="with --check: print the list as JSON")
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
    p.add_argument("--template", metavar="FILE",
                   help="the organisation's look: a template TOML file (logo, name, accent "
                        "colour, header and footer, cover page, paper, font), or the name of "
                        "one kept in the data folder's templates/ folder; it is remembered "
                        "for the session and used when --template is left out; see "
                        "docs/report.md")
    p.add_argument("--no-annex", action="store_true",
                   help="leave out the annex (all notes in time order)")
    p.set_defaults(func=cmd_report)
