"""`sessionkit live …`: drive and read a session's persisted live run, and share it.

start|pause|next|prev|plus|message|status are here; `live serve` (the network link
without a window) is in cli/live_serve.py.
"""

from __future__ import annotations


def register(sub, common) -> None:
    p = sub.add_parser("live", parents=[common],
                       help="drive the live run, read its state, share it on the network")
    actions = p.add_subparsers(metavar="ACTION", required=True)
    register_run(actions, common)
    from sessionkit.cli.live_serve import register_serve
    register_serve(actions, common)


def register_run(actions, common) -> None:
    """start, pause, next, prev, plus, message, status."""
