"""`sessionkit live …`: drive and read a session's persisted live run, and share it.

start|pause|next|prev|plus|message|status are here; `live serve` (the network link
without a window) is in cli/live_serve.py. They drive the run through
services/clock.SessionClock, the same service the app's live panel uses, so a run
started here is the run the app shows when it opens (and the other way round).
"""

from __future__ import annotations

from sessionkit.cli.common import CliError, find_session, open_store, print_json, session_arg

MAX_PLUS_MINUTES = 60


def status_document(store, session, snap) -> dict:
    """What `live status --json` prints (and every other action with --json)."""
    from sessionkit.services.clock import stage_message

    cur = snap.current

    def names(person_ids):
        out = []
        for pid in person_ids:
            try:
                out.append(store.people.get(pid).display_name)
            except Exception:  # noqa: BLE001 - someone deleted meanwhile: left out
                continue
        return out

    current = speaker = nxt = None
    if cur is not None:
        current = {"index": cur.index, "id": cur.item.id, "title": cur.item.title,
                   "kind": cur.item.kind.value, "planned_seconds": cur.planned_seconds,
                   "elapsed": round(cur.elapsed, 1), "remaining": round(cur.remaining, 1)}
        if cur.item.person_ids:
            pid = cur.item.person_ids[0]
            got = names([pid])
            if got:
                speaker = {"id": pid, "name": got[0]}
        if cur.index + 1 < len(snap.items):
            n = snap.items[cur.index + 1]
            nxt = {"index": n.index, "id": n.item.id, "title": n.item.title,
                   "speakers": names(n.item.person_ids)}
    elif snap.state.value == "idle" and snap.items:
        n = snap.items[0]
        nxt = {"index": 0, "id": n.item.id, "title": n.item.title,
               "speakers": names(n.item.person_ids)}
    return {
        "session": {"id": session.id, "code": session.code, "title": session.title},
        "state": snap.state.value,
        "warning": snap.warning.value,
        "items": len(snap.items),
        "current": current,
        "time_left": round(cur.remaining, 1) if cur is not None else None,
        "speaker": speaker,
        "next": nxt,
        "message": stage_message(store, session.id),
        "behind_seconds": round(snap.offset, 1),
    }


def _print_status(doc: dict) -> None:
    from sessionkit.services.clock import format_clock

    s = doc["session"]
    print(f"{s['code']}: {s['title']}")
    state = doc["state"]
    cur = doc["current"]
    if cur is not None:
        left = format_clock(doc["time_left"], signed=True)
        over = " over" if doc["time_left"] < 0 else " left"
        print(f"{state}: item {cur['index'] + 1} of {doc['items']}, {cur['title']} "
              f"({left}{over})")
        if doc["speaker"]:
            print(f"speaker: {doc['speaker']['name']}")
    else:
        print({"idle": "not started", "finished": "finished"}.get(state, state))
    if doc["next"]:
        who = ", ".join(doc["next"]["speakers"])
        print(f"next: {doc['next']['title']}" + (f" ({who})" if who else ""))
    if doc["message"]:
        print(f"stage message: {doc['message']}")


def _finish(args, store, session, clock) -> int:
    doc = status_document(store, session, clock.snapshot())
    if getattr(args, "json", False):
        print_json(doc)
    else:
        _print_status(doc)
    return 0


def _open(args, write: bool = True):
    from sessionkit.services.clock import SessionClock

    store = open_store(args, write=write)
    session = find_session(store, args.session)
    return store, session, SessionClock(store, session.id)


def _not_running(session, clock) -> CliError | None:
    """The one sentence for an action that needs a run in progress, or None."""
    state = clock.state.value
    if state == "idle":
        return CliError(f"the live run of {session.code} has not started; start it with: "
                        f"sessionkit live start --session {session.code}")
    if state == "finished":
        return CliError(f"the live run of {session.code} has finished; nothing was changed")
    return None


def cmd_start(args) -> int:
    from sessionkit.services.clock import ClockError

    store, session, clock = _open(args)
    state = clock.state.value
    if state in ("running", "paused"):
        raise CliError(f"the live run of {session.code} is already {state}; nothing was changed")
    try:
        clock.start()
    except ClockError as exc:
        raise CliError(str(exc)) from None
    return _finish(args, store, session, clock)


def cmd_pause(args) -> int:
    store, session, clock = _open(args)
    refused = _not_running(session, clock)
    if refused:
        raise refused
    if not (clock.pause() or clock.resume()):
        raise CliError(f"the live run of {session.code} could not be paused or resumed")
    return _finish(args, store, session, clock)


def cmd_next(args) -> int:
    store, session, clock = _open(args)
    refused = _not_running(session, clock)
    if refused:
        raise refused
    clock.next()
    return _finish(args, store, session, clock)


def cmd_prev(args) -> int:
    store, session, clock = _open(args)
    if clock.state.value == "idle":
        raise _not_running(session, clock)
    if not clock.previous():
        raise CliError(f"the live run of {session.code} is on its first item; "
                       "there is no previous one")
    return _finish(args, store, session, clock)


def cmd_plus(args) -> int:
    minutes = args.minutes
    if not 1 <= minutes <= MAX_PLUS_MINUTES:
        raise CliError(f"--minutes must be between 1 and {MAX_PLUS_MINUTES}; "
                       "nothing was changed")
    store, session, clock = _open(args)
    refused = _not_running(session, clock)
    if refused:
        raise refused
    if not clock.extend(60 * minutes):
        raise CliError(f"the live run of {session.code} has no current item; "
                       "nothing was changed")
    return _finish(args, store, session, clock)


def cmd_message(args) -> int:
    from sessionkit.services.clock import ClockError, set_stage_message

    text = "" if args.clear else " ".join(args.text or [])
    if not args.clear and not text.strip():
        raise CliError("give the message's text, or --clear to take the message down")
    if args.clear and args.text:
        raise CliError("give either a message or --clear, not both")
    store, session, clock = _open(args)
    try:
        set_stage_message(store, session.id, text)
    except ClockError as exc:
        raise CliError(f"{exc.args[0].rstrip('.')}; nothing was changed") from None
    return _finish(args, store, session, clock)


def cmd_status(args) -> int:
    store, session, clock = _open(args, write=False)
    return _finish(args, store, session, clock)


def register(sub, common) -> None:
    p = sub.add_parser("live", parents=[common],
                       help="drive the live run, read its state, share it on the network")
    actions = p.add_subparsers(metavar="ACTION", required=True)
    register_run(actions, common)
    from sessionkit.cli.live_serve import register_serve
    register_serve(actions, common)


def register_run(actions, common) -> None:
    """start, pause, next, prev, plus, message, status."""
    def action(name, func, help_text):
        p = actions.add_parser(name, parents=[common], help=help_text)
        session_arg(p)
        p.add_argument("--json", action="store_true",
                       help="print the run's state as JSON (as `live status --json`)")
        p.set_defaults(func=func)
        return p

    action("start", cmd_start, "start the session's live run on its first item")
    action("pause", cmd_pause, "pause the run, or resume it when it is paused (a toggle)")
    action("next", cmd_next, "end the current item and start the next one "
                             "(on the last item, finish the session)")
    action("prev", cmd_prev, "go back to the previous item (undoes a next)")
    p = action("plus", cmd_plus, "give the current item one more minute")
    p.add_argument("--minutes", type=int, default=1, metavar="N",
                   help=f"give N minutes instead of one (1–{MAX_PLUS_MINUTES})")
    p = action("message", cmd_message,
               "show a message on the stage display: live message --session D3 -- TEXT")
    p.add_argument("--clear", action="store_true", help="take the stage message down")
    p.add_argument("text", nargs="*", help="the message (one line, at most 200 characters)")
    action("status", cmd_status, "show the run's state: item, time left, next, stage message")
