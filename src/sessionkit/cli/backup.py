"""``sessionkit backup list|create|restore``: the rotating backups of the data file."""

from __future__ import annotations

import sys

from sessionkit.cli.common import data_dir, open_store, print_json


def cmd_backup_list(args) -> int:
    from sessionkit.store.backup import backup_summary, list_backups

    rows = [backup_summary(b) for b in list_backups(data_dir(args))]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no backups yet", file=sys.stderr)
        return 0
    for r in rows:
        local = r["created"]
        try:
            from datetime import datetime

            local = datetime.fromisoformat(r["created"]).astimezone().strftime(
                "%Y-%m-%d %H:%M:%S")
        except ValueError:
            pass
        state = "ok" if r["ok"] else "DAMAGED"
        notes = "?" if r["notes"] is None else r["notes"]
        print(f"{r['id']}\t{local}\t{r['reason']}\t{notes} notes\t{r['size']} bytes\t{state}")
    return 0


def cmd_backup_create(args) -> int:
    store = open_store(args, write=True)
    info = store.backup_to(data_dir(args), reason="manual")
    print(info.id)
    return 0


def cmd_backup_restore(args) -> int:
    from sessionkit.services.safety import restore

    info, safety, moved = restore(data_dir(args), args.id)
    if safety is not None:
        print(f"the current data was backed up first as {safety.id}")
    if moved is not None:
        print(f"the damaged data file was kept as {moved}")
    print(f"restored backup {info.id}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="list, create or restore backups")
    bsub = p.add_subparsers(metavar="ACTION", required=True)
    q = bsub.add_parser("list", parents=[common], help="list backups, newest first")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_backup_list)
    q = bsub.add_parser("create", parents=[common], help="back up the data file now")
    q.set_defaults(func=cmd_backup_create)
    q = bsub.add_parser("restore", parents=[common],
                        help="restore a backup (the current data is backed up first)")
    q.add_argument("id", help="a backup ID from `backup list` (a unique prefix will do), "
                              "or latest")
    q.set_defaults(func=cmd_backup_restore)
