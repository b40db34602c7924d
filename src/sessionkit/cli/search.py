"""``sessionkit search [--json] [--session S] -- QUERY``: full-text search of notes."""

from __future__ import annotations

from sessionkit.cli.common import CliError, find_session, open_store, print_json


def cmd_search(args) -> int:
    from sessionkit.services.search import search

    query = " ".join(args.query).strip()
    if not query:
        raise CliError("the search query is empty")
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    store = open_store(args, write=False)  # read-only: works while the app runs
    session_id = find_session(store, args.session).id if args.session else None
    hits = search(store, query, session_id=session_id, limit=args.limit)
    if args.json:
        print_json([{
            "kind": h.kind, "session_code": h.session_code, "session_id": h.session_id,
            "note_id": h.note_id, "note_kind": h.note_kind, "created": h.created,
            "text": h.text} for h in hits])
    else:
        for h in hits:
            when = h.created[:16].replace("T", " ") if h.created else "(session)"
            one_line = " ".join(h.text.split())
            if len(one_line) > 200:
                one_line = one_line[:200] + "…"
            print(f"{h.session_code}\t{when}\t{h.note_id or '-'}\t{one_line}")
        if not hits:
            print(f"no matches for {query!r}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common],
                       help="search all sessions' notes (and session titles/descriptions)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--session", metavar="CODE_OR_ID", help="only this session")
    p.add_argument("--limit", type=int, default=200, help="at most this many note hits")
    p.add_argument("query", nargs="+", help="the words to find (put them after --)")
    p.set_defaults(func=cmd_search)
