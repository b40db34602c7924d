"""`sessionkit live serve`: the live link without a window (docs/live-link.md).

It prints the stage view's URL (with its token) as its first line, so a script can read
it, then the cue and agenda URLs, the pairing code and, with --control, the control URL;
then it serves until SIGTERM or Ctrl+C and exits 0. It does not hold the data folder's
lock: the moderator's window, or `sessionkit live next`, drives the run meanwhile.
"""

from __future__ import annotations

import ipaddress
import os
import sys

from sessionkit.cli.common import (CliError, _close_opened, data_dir, find_session,
                                   open_store, session_arg)

LANGS = ("en", "ja", "ko", "zh_CN")


def register_serve(actions, common) -> None:
    p = actions.add_parser(
        "serve", parents=[common],
        help="share the live run on the network: stage, cue and agenda views in any browser",
        description="Share a session's live run: browser views (stage, cue card, agenda), "
                    "rapporteur laptops that follow, and with --control a remote control. "
                    "Prints the stage view's URL first, then the cue and agenda URLs, the "
                    "pairing code and the control URL; runs until Ctrl+C or SIGTERM.")
    session_arg(p)
    p.add_argument("--bind", metavar="ADDR:PORT", default="127.0.0.1:0",
                   help="the address and port to listen on (default 127.0.0.1 with a free "
                        "port: this computer only; give this computer's address on the "
                        "room's network, e.g. 192.168.1.5:8080, for phones and laptops)")
    p.add_argument("--control", action="store_true",
                   help="also serve a remote control (next, previous, +1 min, pause, stage "
                        "message) under its own URL")
    p.add_argument("--lang", choices=LANGS, default=None,
                   help="the language of the views' words (default: the app's language)")
    p.set_defaults(func=cmd_serve)


def parse_bind(text: str) -> tuple[str, int]:
    """``ADDR:PORT``, ``ADDR`` (a free port), ``[v6]:PORT``; IP addresses only."""
    text = text.strip()
    host, port = text, "0"
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError
        host, rest = text[1:end], text[end + 1:]
        if rest:
            if not rest.startswith(":"):
                raise ValueError
            port = rest[1:]
    elif text.count(":") == 1:
        host, port = text.split(":")
    elif text.count(":") > 1:
        host = text  # a bare IPv6 address
    ipaddress.ip_address(host)
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError
    return host, int(port)


def ui_language(args) -> str:
    """The moderator's UI language as the app chooses it, without Qt: SESSIONKIT_LANG,
    else Settings → Language, else the system locale's variables; English otherwise."""
    if args.lang:
        return args.lang
    from sessionkit.services import preferences

    prefs = preferences.load(data_dir(args), warn=lambda line: None)
    for value in (os.environ.get("SESSIONKIT_LANG", ""), prefs.ui_language,
                  os.environ.get("LC_ALL", ""), os.environ.get("LC_MESSAGES", ""),
                  os.environ.get("LANG", "")):
        value = value.strip().split(".")[0].replace("-", "_")
        if not value:
            continue
        low = value.lower()
        if low.startswith("zh"):
            return "zh_CN" if not any(t in low for t in ("tw", "hk", "mo", "hant")) else "en"
        if low.split("_")[0] in ("ja", "ko", "en"):
            return low.split("_")[0]
        if value in ("C", "POSIX"):
            continue
        return "en"
    return "en"


def cmd_serve(args) -> int:
    import signal
    import threading

    from sessionkit.link.server import LinkError, LinkServer

    try:
        host, port = parse_bind(args.bind)
    except ValueError:
        raise CliError(f"--bind takes an IP address and a port, such as 127.0.0.1:8080 or "
                       f"192.168.1.5:0; {args.bind!r} is not one") from None
    store = open_store(args, write=False)
    session = find_session(store, args.session)
    # let go of the data folder at once (a read-only open still takes the lock when it
    # is free): `sessionkit live next` and the app must be able to drive the run
    _close_opened()
    server = LinkServer(data_dir(args), session.id, host=host, port=port,
                        control=args.control, language=ui_language(args))
    stop = threading.Event()

    def on_signal(signum, frame) -> None:
        stop.set()

    previous = {}
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            try:
                previous[sig] = signal.signal(sig, on_signal)
            except (ValueError, OSError):  # not the main thread (a test calling main())
                pass
    try:
        try:
            server.start()
        except LinkError as exc:
            raise CliError(str(exc).rstrip(".")) from None
        urls = server.urls
        print(urls["stage"])
        print(urls["cue"])
        print(urls["agenda"])
        print(f"pairing code: {server.pairing_code}")
        if "control" in urls:
            print(f"control: {urls['control']}")
        sys.stdout.flush()
        print(f"sessionkit: sharing {session.code} on {server.address}; "
              "stop with Ctrl+C", file=sys.stderr, flush=True)
        while not stop.is_set():
            stop.wait(0.5)
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
