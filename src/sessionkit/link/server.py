"""The live link's server: aiohttp on its own thread and asyncio loop, so neither the
window nor the command line waits on the network (docs/live-link.md is the protocol,
docs/architecture.md "The live link" says why aiohttp).

It reads the store through its own read-only connection and notices changes made by
anyone (the moderator's window, ``sessionkit live next`` in another process) by polling
SQLite's ``data_version`` every 50 ms. Views get fixed pages and the state document;
nothing is served from a disk path, and every other path, or a wrong token, is a 404
with an empty body. Errors go to the ``sessionkit.link`` logger, never to stderr.
"""

from __future__ import annotations

import asyncio
import atexit
import errno
import json
import logging
import math
import socket
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from aiohttp import WSMsgType, web
from aiohttp.web_runner import BaseSite

from sessionkit.link.i18n import LinkSentenceError, sentence
from sessionkit.services.clock import stage_message_ok
from sessionkit.link.state import state_document
from sessionkit.link.tokens import Pairing, RateLimiter, new_token, same

log = logging.getLogger("sessionkit.link")
log.addHandler(logging.NullHandler())  # a library's logger: silent unless the app logs
logging.getLogger("aiohttp").addHandler(logging.NullHandler())

# -- limits ----------------------------------------------------------------------------
MAX_CONNECTIONS = 400  # open TCP connections (WebSockets included); more are closed at once
MAX_WEBSOCKETS = 200
IDLE_TIMEOUT = 8.0  # seconds a connection may sit without a complete request (slowloris)
BODY_TIMEOUT = 5.0  # seconds to send a request body
MAX_BODY = 4096  # bytes: a pairing code or a stage message
MAX_HEADER_LINE = 8190  # aiohttp's own limits, stated here so they do not drift
MAX_HEADERS = 64
RATE = 20.0  # requests a second per client address, on average…
BURST = 60.0  # …with bursts of this many
POLL_SECONDS = 0.05  # how often the store is checked for another process's change
PUSH_EVERY = 5.0  # a fresh state to every client even when nothing changed
FRESH_FOR = 1.0  # seconds a built state document answers GET /state
SEND_TIMEOUT = 2.0  # a WebSocket client that cannot take a push this fast is dropped
MESSAGE_MAX_CHARS = 200

VIEWS = ("stage", "cue", "agenda")
ASSETS = {"link.js": "application/javascript", "link.css": "text/css"}
ACTIONS = ("start", "next", "prev", "plus", "pause", "message")


class LinkError(LinkSentenceError):
    """Sharing could not start, or a control action was refused; one sentence for the
    user (``text(language)``: in their language, link/i18n.py)."""


def _asset(name: str) -> bytes:
    return resources.files("sessionkit.link").joinpath("web", name).read_bytes()


def _session_gone() -> LinkError:
    return LinkError.of("The session to share is not in this data folder.")


def _bind_error(exc: OSError, host: str, port: int) -> LinkError:
    """An OSError from bind(), in one sentence."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, socket.gaierror):
        return LinkError.of("{host} is not an address this computer can use.", host=host)
    if code == errno.EADDRINUSE:
        return LinkError.of("Port {port} on {host} is in use.", port=port, host=host)
    if code == errno.EADDRNOTAVAIL:
        return LinkError.of("{host} is not an address of this computer.", host=host)
    if code in (errno.EACCES, errno.EPERM):
        return LinkError.of("Port {port} on {host} needs administrator rights; "
                            "choose a port above 1023.", port=port, host=host)
    return LinkError.of("Cannot listen on {host} port {port} ({reason}).", host=host,
                        port=port, reason=exc.strerror or exc)


class _Refuse(asyncio.Protocol):
    """What a connection over MAX_CONNECTIONS gets: closed at once, nothing read."""

    def connection_made(self, transport) -> None:
        transport.abort()


class _BoundedSite(BaseSite):
    """aiohttp's TCPSite with a cap on open connections (aiohttp has none)."""

    def __init__(self, runner, host: str, port: int, limit: int):
        super().__init__(runner, backlog=128)
        self._host, self._port, self._limit = host, port, limit

    @property
    def name(self) -> str:
        return f"http://{self._host}:{self._port}"

    async def start(self) -> None:
        await super().start()
        handler_factory = self._runner.server
        limit = self._limit
        loop = asyncio.get_running_loop()
        pending = [0]  # handlers made whose connection_made has not run yet

        def made() -> None:
            pending[0] -= 1

        def factory():
            # aiohttp counts a connection from its connection_made, which asyncio runs on
            # the next turn of the loop; a burst of accepts would all see the old count.
            if len(handler_factory.connections) + pending[0] >= limit:
                return _Refuse()
            pending[0] += 1
            # (the transport schedules connection_made right after this returns; two
            # turns later it has run)
            loop.call_soon(loop.call_soon, made)
            return handler_factory()

        self._server = await loop.create_server(
            factory, self._host, self._port, backlog=self._backlog, reuse_address=True)

    @property
    def bound(self) -> tuple[str, int]:
        return self._server.sockets[0].getsockname()[:2]


class LinkServer:
    """One shared run: start(), then urls / pairing_code; notify() after a change made
    in this process; stop() (also at interpreter exit).

    control_handler(action, text), when given, performs the control actions (the window
    passes one that moves its own LiveController; it is called on a worker thread).
    Without it the server performs them itself through SessionClock, opening the store
    for writing for that one action.
    """

    def __init__(self, data_dir: Path, session_id: str, *, host: str = "127.0.0.1",
                 port: int = 0, control: bool = False, language: str = "en",
                 control_handler: Callable[[str, str | None], None] | None = None):
        self.data_dir = Path(data_dir)
        self.session_id = session_id
        self.host = host
        self.port = int(port)
        self.control = bool(control)
        self.language = language
        self.control_handler = control_handler
        self.view_token = new_token()
        self.follow_token = new_token()
        self.control_token = new_token() if control else None
        self._pairing = Pairing()
        self._limiter = RateLimiter(RATE, BURST)
        self._store = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._runner = None
        self._site: _BoundedSite | None = None
        self._bound: tuple[str, int] | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self._wake: asyncio.Event | None = None
        self._poke = False
        self._seq = 0
        self._doc: dict | None = None
        self._doc_text = ""
        self._doc_built = 0.0
        self._fingerprint = ""
        self._tasks: list[asyncio.Task] = []
        self._pages = {name: _asset(f"{name}.html") for name in (*VIEWS, "control")}
        self._assets = {name: _asset(name) for name in ASSETS}

    # -- the public face ---------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            if self._thread is not None:
                return
            self._open_store()
            self._thread = threading.Thread(target=self._run, name="sessionkit-link",
                                            daemon=True)
            self._thread.start()
        self._ready.wait(30)
        if self._start_error is not None:
            self._thread.join(5)
            self._close_store()
            error, self._start_error = self._start_error, None
            with self._lock:
                self._stopped = True
            raise error
        atexit.register(self.stop)

    @property
    def address(self) -> str:
        host, port = self._bound or (self.host, self.port)
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    @property
    def urls(self) -> dict[str, str]:
        base = f"http://{self.address}"
        out = {view: f"{base}/v/{self.view_token}/{view}" for view in VIEWS}
        if self.control_token:
            out["control"] = f"{base}/c/{self.control_token}/"
        return out

    @property
    def pairing_code(self) -> str:
        return self._pairing.code

    @property
    def client_count(self) -> int:
        return len(self._sockets)

    def notify(self) -> None:
        """The live state changed (in this process): push it now. Any thread."""
        loop = self._loop
        if loop is None or self._stopped:
            return
        self._poke = True
        try:
            loop.call_soon_threadsafe(self._wake_up)
        except RuntimeError:  # the loop closed meanwhile
            pass

    def stop(self) -> None:
        """Close every connection and the listening socket; any thread, any number of
        times."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            try:
                future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
                future.result(timeout=10)
            except Exception:  # noqa: BLE001 - stopping must finish whatever went wrong
                log.exception("live link: shutdown")
            try:
                loop.call_soon_threadsafe(loop.stop)
            except RuntimeError:
                pass
            thread.join(10)
        self._close_store()
        try:
            atexit.unregister(self.stop)
        except Exception:  # noqa: BLE001
            pass

    # -- the store ---------------------------------------------------------------------
    def _open_store(self) -> None:
        from sessionkit.store import NotFound, StoreError
        from sessionkit.store.db import DB_FILENAME
        from sessionkit.store.store import read_only_store

        try:
            self._store = read_only_store(self.data_dir / DB_FILENAME)
        except StoreError as exc:
            raise LinkError.of("The data cannot be read for sharing: {reason}.",
                               reason=exc) from None
        try:
            self._store.sessions.get(self.session_id)
        except NotFound:
            self._close_store()
            raise LinkError.of("The session to share is not in this data folder.") from None

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            try:
                store.close()
            except Exception:  # noqa: BLE001
                pass

    # -- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(
            lambda lp, ctx: log.error("live link: %s", ctx.get("message"),
                                      exc_info=ctx.get("exception")))
        self._loop = loop
        try:
            try:
                loop.run_until_complete(self._begin())
            except BaseException as exc:  # noqa: BLE001 - handed to start()'s caller
                self._start_error = exc if isinstance(exc, LinkError) else LinkError.of(
                    "The live link could not start ({reason}).", reason=exc)
                if not isinstance(exc, LinkError):
                    log.exception("live link: start")
                if self._runner is not None:
                    loop.run_until_complete(self._runner.cleanup())
                return
            finally:
                self._ready.set()
            loop.run_forever()
        finally:
            try:
                pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
                for t in pending:
                    t.cancel()
                if pending:
                    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                self._loop = None
                loop.close()

    async def _begin(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, handler_args={
            "max_line_size": MAX_HEADER_LINE, "max_field_size": MAX_HEADER_LINE,
            "max_headers": MAX_HEADERS})
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None, logger=log,
                                     keepalive_timeout=IDLE_TIMEOUT, shutdown_timeout=1.0,
                                     handle_signals=False)
        await self._runner.setup()
        self._site = _BoundedSite(self._runner, self.host, self.port, MAX_CONNECTIONS)
        try:
            await self._site.start()
        except OSError as exc:
            raise _bind_error(exc, self.host, self.port) from None
        self._bound = self._site.bound
        self._wake = asyncio.Event()
        self._rebuild()
        self._last_version = self._store.data_version()
        self._tasks = [asyncio.ensure_future(self._watch())]

    async def _shutdown(self) -> None:
        for task in self._tasks:
            task.cancel()
        closing = [ws.close(code=1001, message=b"sharing stopped") for ws in list(self._sockets)]
        if closing:
            await asyncio.wait([asyncio.ensure_future(c) for c in closing], timeout=2)
        if self._runner is not None:
            await self._runner.cleanup()

    def _wake_up(self) -> None:
        if self._wake is not None:
            self._wake.set()

    # -- the state -------------------------------------------------------------------------
    def _rebuild(self) -> dict:
        doc = state_document(self._store, self.session_id, language=self.language)
        fingerprint = _fingerprint(doc)
        if fingerprint != self._fingerprint or self._poke:
            self._seq += 1
            self._fingerprint = fingerprint
        self._poke = False
        doc["seq"] = self._seq
        self._doc = doc
        self._doc_text = json.dumps(doc, ensure_ascii=False)
        self._doc_built = time.monotonic()
        return doc

    def _fresh_text(self) -> str:
        if self._doc is None or time.monotonic() - self._doc_built > FRESH_FOR:
            try:
                self._rebuild()
            except Exception:  # noqa: BLE001 - busy, or the session went: the last one
                if self._doc is None:
                    raise
                log.debug("live link: state not rebuilt", exc_info=True)
        return self._doc_text

    async def _watch(self) -> None:
        """Every 50 ms: has anyone committed to the data file, or did notify() say so?
        Push when the state changed; every 5 s push anyway (clients see they are live)."""
        last_push = time.monotonic()
        failing = False
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            except asyncio.TimeoutError:
                pass
            self._wake.clear()
            try:
                version = self._store.data_version()
                changed = version != self._last_version or self._poke
                self._last_version = version
                now = time.monotonic()
                if changed or now - last_push >= PUSH_EVERY:
                    seq = self._seq
                    self._rebuild()
                    if self._seq != seq or now - last_push >= PUSH_EVERY:
                        last_push = now
                        await self._broadcast()
                failing = False
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a busy or vanished file: try next time
                if not failing:  # once, not every half second while it lasts
                    log.exception("live link: reading the live state")
                failing = True
                await asyncio.sleep(0.5)

    async def _broadcast(self) -> None:
        if not self._sockets:
            return
        text = json.dumps({"type": "state", "state": self._doc}, ensure_ascii=False)

        async def send(ws):
            try:
                await asyncio.wait_for(ws.send_str(text), SEND_TIMEOUT)
            except Exception:  # noqa: BLE001 - a client gone or too slow: drop it
                self._sockets.discard(ws)
                try:
                    await asyncio.wait_for(ws.close(), 1)
                except Exception:  # noqa: BLE001
                    pass
        await asyncio.gather(*(send(ws) for ws in list(self._sockets)))

    # -- requests ------------------------------------------------------------------------
    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        try:
            if not self._limiter.allow(request.remote or "?"):
                return web.Response(status=429, headers=_NO_STORE)
            return await self._route(request)
        except web.HTTPException:
            raise
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - a bug: logged, the client gets a bare 500
            log.exception("live link: %s %s", request.method, "(path withheld)")
            return web.Response(status=500, headers=_NO_STORE)

    async def _route(self, request: web.Request) -> web.StreamResponse:
        method = request.method
        parts = request.rel_url.raw_path.split("/")
        if parts == ["", "pair"] and method == "POST":
            return await self._pair(request)
        if len(parts) < 4 or parts[0] != "" or request.rel_url.raw_query_string:
            return _not_found()
        kind, token, rest = parts[1], parts[2], parts[3:]
        get = method in ("GET", "HEAD")
        if kind == "v" and same(token, self.view_token):
            if get and len(rest) == 1 and rest[0] in VIEWS:
                return self._page(request, rest[0])
            if get and rest == ["state"]:
                return self._state_response()
            if method == "GET" and rest == ["ws"]:
                return await self._websocket(request)
            if get and len(rest) == 2 and rest[0] == "assets" and rest[1] in ASSETS:
                return web.Response(body=self._assets[rest[1]],
                                    content_type=ASSETS[rest[1]], charset="utf-8",
                                    headers=_NO_STORE)
        elif kind == "f" and same(token, self.follow_token):
            if get and rest == ["state"]:
                return self._state_response()
            if method == "GET" and rest == ["ws"]:
                return await self._websocket(request)
            if get and rest == ["package"]:
                return self._package()
        elif kind == "c" and self.control_token and same(token, self.control_token):
            if get and rest == [""]:
                return self._page(request, "control")
            if get and len(rest) == 2 and rest[0] == "assets" and rest[1] in ASSETS:
                return web.Response(body=self._assets[rest[1]],
                                    content_type=ASSETS[rest[1]], charset="utf-8",
                                    headers=_NO_STORE)
            if get and rest == ["state"]:
                return self._state_response()
            if method == "GET" and rest == ["ws"]:
                return await self._websocket(request)
            if method == "POST" and len(rest) == 1 and rest[0] in ACTIONS:
                return await self._control(request, rest[0])
        return _not_found()

    def _page(self, request: web.Request, name: str) -> web.Response:
        headers = dict(_NO_STORE)
        # Only this server, ever: the page cannot load or send anything elsewhere.
        headers["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            f"connect-src 'self' ws://{request.host}; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'")
        return web.Response(body=self._pages[name], content_type="text/html",
                            charset="utf-8", headers=headers)

    def _state_response(self) -> web.Response:
        return web.Response(text=self._fresh_text(), content_type="application/json",
                            headers=_NO_STORE)

    def _package(self) -> web.Response:
        from sessionkit.interchange.package import to_bytes
        from sessionkit.services.packages import build_package

        from sessionkit.store import NotFound

        try:
            data = to_bytes(build_package(self._store, self.session_id))
        except NotFound:  # deleted while shared: nothing to send
            return _not_found()
        return web.Response(body=data, content_type="application/json", charset="utf-8",
                            headers=_NO_STORE)

    async def _read_json(self, request: web.Request) -> dict | None:
        try:
            async with asyncio.timeout(BODY_TIMEOUT):
                body = await request.read()
            data = json.loads(body.decode("utf-8")) if body else {}
        except web.HTTPRequestEntityTooLarge:
            raise
        except (TimeoutError, ValueError, UnicodeDecodeError, RecursionError,
                web.HTTPException):
            # (RecursionError: "[[[[…" nested past Python's limit; a bad body, not a bug)
            return None
        return data if isinstance(data, dict) else None

    async def _pair(self, request: web.Request) -> web.Response:
        if self._pairing.closed:
            return web.json_response({"error": "Pairing is closed after too many wrong "
                                      "codes; start sharing again for a new code."},
                                     status=429, headers=_NO_STORE)
        data = await self._read_json(request)
        code = data.get("code") if data else None
        if not isinstance(code, str) or len(code) > 32:
            return web.json_response({"error": "Send the pairing code as "
                                      '{"code": "ABCD-EFGH"}.'}, status=400,
                                     headers=_NO_STORE)
        ok = self._pairing.check(code)
        if ok is None:
            return web.json_response({"error": "Pairing is closed after too many wrong "
                                      "codes; start sharing again for a new code."},
                                     status=429, headers=_NO_STORE)
        if not ok:
            await asyncio.sleep(0.2)  # guessing is slow as well as counted
            return web.json_response({"error": "That pairing code is not right."},
                                     status=403, headers=_NO_STORE)
        return web.json_response({"follow_token": self.follow_token,
                                  "session_id": self.session_id}, headers=_NO_STORE)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if len(self._sockets) >= MAX_WEBSOCKETS:
            return web.Response(status=503, headers=_NO_STORE)
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=MAX_BODY, autoping=True)
        if not ws.can_prepare(request).ok:
            return _not_found()
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            await ws.send_str(json.dumps({"type": "state", "state": json.loads(
                self._fresh_text())}, ensure_ascii=False))
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    break  # binary or an error: this client is not one of ours
                try:
                    data = json.loads(msg.data)
                except (ValueError, RecursionError):
                    break
                if isinstance(data, dict) and data.get("type") == "ping":
                    t0 = data.get("t0")
                    if not isinstance(t0, (int, float)) or isinstance(t0, bool) \
                            or abs(t0) > 1e15 or not math.isfinite(t0):
                        t0 = None  # (compared first: math.isfinite(10**400) raises)
                    await ws.send_str(json.dumps({"type": "pong", "t0": t0,
                                                  "server": time.time() * 1000.0}))
        finally:
            self._sockets.discard(ws)
            if not ws.closed:
                await ws.close()
        return ws

    async def _control(self, request: web.Request, action: str) -> web.Response:
        text = None
        if action == "message":
            data = await self._read_json(request)
            text = data.get("text") if data else None
            if not isinstance(text, str):
                return web.json_response(
                    {"error": sentence('Send the message as {"text": "…"}.', self.language)},
                    status=400, headers=_NO_STORE)
            text = text.strip()
            if len(text) > MESSAGE_MAX_CHARS:
                return web.json_response(
                    {"error": sentence("The message is longer than {n} characters.",
                                       self.language, n=MESSAGE_MAX_CHARS)},
                    status=400, headers=_NO_STORE)
            if not stage_message_ok(text):
                return web.json_response(
                    {"error": sentence("The message holds a line break or control "
                                       "character.", self.language)},
                    status=400, headers=_NO_STORE)
        loop = asyncio.get_running_loop()
        try:
            if self.control_handler is not None:
                await loop.run_in_executor(None, self.control_handler, action, text)
            else:
                await loop.run_in_executor(None, perform_action, self.data_dir,
                                           self.session_id, action, text)
        except LinkError as exc:
            return web.json_response({"error": exc.text(self.language)}, status=409,
                                     headers=_NO_STORE)
        self._poke = True
        self._doc_built = 0.0  # rebuilt now, else the last state (the session went)
        self._fresh_text()
        self._wake_up()
        return web.Response(text=self._doc_text, content_type="application/json",
                            headers=_NO_STORE)


_NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
             "Referrer-Policy": "no-referrer"}


def _not_found() -> web.Response:
    return web.Response(status=404, headers=_NO_STORE)


def _fingerprint(doc: dict) -> str:
    """The document without what moves with the clock: a change here is a change of
    the run (a key pressed, a message), worth a push."""
    keep = {k: v for k, v in doc.items() if k not in (
        "server_time", "offset_seconds", "offset_minutes", "status", "warning", "seq")}
    if keep.get("current"):
        keep["current"] = {k: v for k, v in keep["current"].items()
                           if k not in ("elapsed", "remaining", "ends_at")}
        # ends_at moves only when the run does (pause, +1 min): rounded to a second
        ends = doc["current"].get("ends_at")
        keep["current"]["ends"] = None if ends is None else round(ends)
    keep["agenda"] = [{k: v for k, v in row.items() if k != "elapsed"}
                      for row in doc.get("agenda", [])]
    return json.dumps(keep, sort_keys=True, ensure_ascii=False)


def perform_action(data_dir: Path, session_id: str, action: str, text: str | None) -> None:
    """Do one control action on the store, opened for writing for just this action
    (the command line's ``live serve --control``; the window passes its own handler).
    Raises LinkError with a sentence when it cannot be done."""
    from sessionkit.services.clock import ClockError, ClockState, SessionClock
    from sessionkit.store import NotFound
    from sessionkit.store.db import DB_FILENAME
    from sessionkit.store.lock import InstanceLock, LockUnavailableError
    from sessionkit.store.store import Store

    lock = InstanceLock(data_dir)
    deadline = time.monotonic() + 2.0
    try:
        while not lock.try_acquire():  # a `sessionkit live next` may hold it for a moment
            if time.monotonic() > deadline:
                raise LinkError.of("SessionKit is open on this data folder in another "
                                   "window; drive the run from there.")
            time.sleep(0.05)
    except LockUnavailableError:  # the data folder was removed while shared
        raise _session_gone() from None
    try:
        if not (Path(data_dir) / DB_FILENAME).is_file():
            raise _session_gone()  # Store.open would make a new, empty one
        store = Store.open(data_dir)
        try:
            store.sessions.get(session_id)  # NotFound when deleted while shared
            clock = SessionClock(store, session_id)
            if action == "start":
                clock.start()
                return
            if action == "message":
                store.live.save_stage_message(session_id, text or "")
                return
            if clock.state not in (ClockState.RUNNING, ClockState.PAUSED):
                raise LinkError.of("The session is not running.")
            if action == "next":
                clock.next()
            elif action == "prev":
                if not clock.previous():
                    raise LinkError.of("This is the first item.")
            elif action == "plus":
                clock.extend(60)
            elif action == "pause":
                if clock.state == ClockState.RUNNING:
                    clock.pause()
                else:
                    clock.resume()
        except ClockError as exc:
            # the clock's sentence; translated when it is one of link/i18n.py's
            raise LinkError.of(str(exc)) from None
        except NotFound:  # the session was binned or deleted while shared
            raise _session_gone() from None
        finally:
            store.close()
    finally:
        lock.release()
