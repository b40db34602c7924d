"""``sessionkit list [--json]``: the sessions in the data file."""

from __future__ import annotations

from sessionkit.cli.common import open_store, print_json


def cmd_list(args) -> int:
    store = open_store(args, write=False)
    sessions = store.sessions.list()
    if args.json:
        print_json([{"code": s.code, "title": s.title, "id": s.id,
                     "start": s.start.isoformat() if s.start else None,
                     "room": s.room, "track": s.track} for s in sessions])
    else:
        for s in sessions:
            print(f"{s.code}\t{s.title}\t{s.id}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("list", parents=[common], help="list sessions (code, title, id)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)
