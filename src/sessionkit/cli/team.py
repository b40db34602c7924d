"""The team folder on the command line (services/team.py):

    sessionkit team sync --folder DIR            one write-and-merge pass
    sessionkit team status --folder DIR [--json] devices and sessions seen there
"""

from __future__ import annotations

import sys

from sessionkit.cli.common import CliError, data_dir, open_store, print_json


def _when(t) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M") if t is not None else "?"


def _check(args):
    from sessionkit.services.team import TeamFolderError, check_folder

    try:  # before the data is opened: a wrong folder is said at once
        return check_folder(args.folder, data_dir(args))
    except TeamFolderError as exc:
        raise CliError(str(exc)) from None


def cmd_team_sync(args) -> int:
    from sessionkit.services.team import TeamFolderError, sync_folder

    folder = _check(args)
    store = open_store(args)
    try:
        report = sync_folder(store, folder)
    except TeamFolderError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # the folder went away or became unreadable mid-pass
        raise CliError(f"The team folder {folder} cannot be read "
                       f"({exc.strerror or exc}).") from None
    if args.json:
        print_json(report.to_dict())
    else:
        print("\n".join(report.lines()))
    return 0


def cmd_team_status(args) -> int:
    from sessionkit.services.team import TeamFolderError, shown, team_status

    folder = _check(args)
    store = open_store(args, write=False)
    try:
        status = team_status(store, folder)
    except TeamFolderError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(status.to_dict())
        return 0
    me = status.device
    print(f"Team folder {status.folder}; this device: {me.name} ({me.id})")
    if not status.sessions:
        print("No packages merged or written here yet; run: sessionkit team sync "
              "--folder DIR")
    for d in status.devices:
        mark = " (this device)" if d.this_device else ""
        print(f"device {d.device_name} ({d.device_id}){mark}: {d.sessions} session(s), "
              f"last seen {_when(d.last_seen)}")
    for s in status.sessions:
        print(f"{s.code}  {s.title}")
        for c in s.devices:
            mark = " (this device)" if c.this_device else ""
            print(f"    {c.device_name} ({c.device_id[:6]}){mark}  last seen "
                  f"{_when(c.last_seen)}")
    if status.waiting:
        print(f"{len(status.waiting)} file(s) not merged yet (incomplete, from a newer "
              "SessionKit, refused, or new since the last sync):", file=sys.stdout)
        for name in status.waiting:
            print(f"    {shown(name)}")  # a name's line breaks escaped
    return 0


def register(sub, common) -> None:
    team = sub.add_parser("team", parents=[common],
                          help="share sessions through a folder a sync engine keeps in step "
                               "(Syncthing, Nextcloud, a network share)")
    team_sub = team.add_subparsers(metavar="ACTION", required=True)
    p = team_sub.add_parser("sync", parents=[common],
                            help="write this device's packages to the folder and merge "
                                 "the other devices' packages")
    p.add_argument("--folder", required=True, metavar="DIR")
    p.add_argument("--json", action="store_true", help="print what was done as JSON")
    p.set_defaults(func=cmd_team_sync)
    p = team_sub.add_parser("status", parents=[common],
                            help="list the devices and sessions seen in the folder")
    p.add_argument("--folder", required=True, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_team_status)
