"""Following a moderator's run from another laptop (docs/live-link.md). Qt-free.

* ``pair(address, code)`` trades the pairing code for a follow token (a ``Ticket``);
* ``fetch_state(ticket)`` reads the state document once (the command line's
  ``note add --follow``);
* ``Follower`` is a thread with its own asyncio loop holding a WebSocket to the
  moderator: it reconnects by itself with a backoff, measures the clock offset by
  ping/pong and hands every valid state document to ``on_state``;
* ``map_state(store, doc)`` turns the moderator's ids into this store's (a ``Stamp``
  for the notes typed now); ``ensure_session(store, ticket)`` fetches the session's
  package from the moderator when this laptop does not have the session.

Whatever comes over the network is untrusted: an impostor on the network or a
broken moderator must not crash the follower nor put anything but checked, capped
values into a note's stamp. ``clean_state`` is the one gate every document passes.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import math
import re
import socket
import threading
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from sessionkit.link.i18n import LinkSentenceError

MAX_STATE_BYTES = 1 * 1024 * 1024  # a state document is a few kB; an agenda of 500 ~ 200 kB
MAX_PAIR_BYTES = 16 * 1024
MAX_TEXT = 1000  # any one text in a state document (a title, a name, a cue)
MAX_ID = 100
MAX_AGENDA = 1000
MAX_SPEAKERS = 50
TIMEOUT = 5.0  # seconds for one HTTP request
STATES = ("idle", "running", "paused", "finished")
WARNINGS = ("none", "normal", "amber", "red", "over", "overrun")
STALE_AFTER = 15.0  # seconds without any message from the moderator: the link is dead
LOST_AFTER = 10.0  # seconds of failed reconnecting before the status says "lost"
PING_EVERY = 2.0
BACKOFF = (0.25, 0.5, 1.0, 2.0, 4.0, 5.0)
CODE_ALPHABET = re.compile(r"^[0-9A-Z]{8}$")


class LinkError(LinkSentenceError):
    """Following cannot go on; the message is one sentence for the user
    (``text(language)``: in their language, link/i18n.py)."""


@dataclass(frozen=True)
class Ticket:
    """What pairing gives: where the moderator is and the token to read the run."""

    address: str  # as the user typed it, for messages ("Following 192.168.1.5:8765")
    base_url: str  # http://192.168.1.5:8765
    follow_token: str
    session_id: str  # the moderator's id of the session

    def url(self, what: str) -> str:
        return f"{self.base_url}/f/{urllib.parse.quote(self.follow_token, safe='')}/{what}"


@dataclass(frozen=True)
class Stamp:
    """What a note typed now is stamped with, in this store's ids."""

    session_id: str
    item_id: str | None
    speaker_id: str | None
    item_title: str
    speaker_name: str
    stale: bool  # the link is down: the last known item, marked as such

    def as_context(self) -> dict:
        return {"agenda_item_id": self.item_id, "speaker_id": self.speaker_id}


# -- addresses and pairing --------------------------------------------------------------

def base_url(address: str) -> str:
    """``192.168.1.5:8765``, ``http://192.168.1.5:8765/…`` or ``[::1]:8765`` → the
    server's root URL. LinkError for anything else."""
    text = str(address or "").strip()
    if not text or len(text) > 300 or any(ord(c) < 33 for c in text):
        raise LinkError.of("Give the moderator's address, like 192.168.1.5:8765.")
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
        host = parts.hostname
    except ValueError:
        raise LinkError.of("“{address}” is not an address like 192.168.1.5:8765.",
                           address=address) from None
    if parts.scheme not in ("http", "https") or not host:
        raise LinkError.of("“{address}” is not an address like 192.168.1.5:8765.",
                           address=address)
    if port is None and "://" not in str(address):
        raise LinkError.of("Give the port too, like {host}:8765 (the moderator's "
                           "sharing window shows it).", host=host)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc}"


def normal_code(code: str) -> str:
    """The pairing code as the moderator's screen shows it (ABCD-EFGH); dashes, spaces
    and case do not matter. LinkError when it cannot be one."""
    # NFKC: a Japanese, Chinese or Korean input method types ＡＢＣＤ－ＥＦＧＨ (full
    # width); any dash (‐ – －) or space between the halves is ignored too
    folded = unicodedata.normalize("NFKC", str(code or ""))
    raw = re.sub(r"[\s\-\u2010-\u2015\u2212]", "", folded).upper()
    if not CODE_ALPHABET.match(raw):
        raise LinkError.of("The pairing code is 8 letters and digits, like ABCD-EFGH.")
    return f"{raw[:4]}-{raw[4:]}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is never followed: the follower talks only to the address the user
    typed, never to a host a (possibly impostor) answer names. The 3xx comes back as
    an HTTPError, i.e. an answer that is not a moderator's."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


# urllib without the environment's proxies: the moderator is on this network, and a
# proxy set for the internet must never see the tokens
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _read_capped(resp, limit: int, deadline: float) -> bytes:
    """Up to ``limit + 1`` bytes of ``resp``, all of it before ``deadline`` (a
    monotonic time): the socket's timeout is per read, so an answer dripping a byte
    every few seconds would otherwise hold the follower for hours."""
    chunks, size = [], 0
    while size <= limit:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = resp.read1(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _http(url: str, address: str, data: bytes | None = None, limit: int = MAX_STATE_BYTES,
          timeout: float = TIMEOUT) -> tuple[int, bytes]:
    """(status, body) of one request; LinkError (one sentence) when nothing usable
    came back. Bodies over ``limit`` are refused, not read."""
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET",
                                 headers={"Content-Type": "application/json",
                                          "Accept": "application/json"})
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            status, body = resp.status, _read_capped(resp, limit, deadline)
    except urllib.error.HTTPError as exc:
        status, body = exc.code, b""
        exc.close()
    except (TimeoutError, socket.timeout):
        raise LinkError.of("{address} did not answer within {n} seconds.", address=address,
                           n=f"{timeout:g}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise LinkError.of("{address} did not answer within {n} seconds.", address=address,
                           n=f"{timeout:g}") from None
        raise LinkError.of("Nothing answers at {address}: check the address and that the "
                           "moderator is sharing.", address=address) from None
    except (OSError, ValueError, http.client.HTTPException):
        raise LinkError.of("{address} did not answer as a SessionKit moderator does.",
                           address=address) from None
    if len(body) > limit:
        raise LinkError.of("{address} sent far more than a SessionKit moderator does; "
                           "nothing was taken.", address=address)
    return status, body


def _json(body: bytes, address: str):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise LinkError.of("{address} did not answer as a SessionKit moderator does.",
                           address=address) from None


def pair(address: str, code: str, timeout: float = TIMEOUT) -> Ticket:
    """Trade the pairing code for a follow token. LinkError (one sentence) on a wrong
    code, a closed pairing, no answer, or an answer that is not a moderator's."""
    base = base_url(address)
    shown = str(address).strip()
    body = json.dumps({"code": normal_code(code)}).encode()
    status, data = _http(f"{base}/pair", shown, data=body, limit=MAX_PAIR_BYTES,
                         timeout=timeout)
    if status == 429:
        raise LinkError.of("Too many wrong pairing codes: pairing is closed until the "
                           "moderator starts sharing again.")
    if status in (400, 401, 403, 404):
        raise LinkError.of("The pairing code was not accepted; check it with the moderator "
                           "(it changes each time sharing starts).")
    if status != 200:
        raise LinkError.of("{address} did not answer as a SessionKit moderator does.",
                           address=shown)
    doc = _json(data, shown)
    token = doc.get("follow_token") if isinstance(doc, dict) else None
    sid = doc.get("session_id") if isinstance(doc, dict) else None
    if not (_is_token(token) and _is_id(sid)):
        raise LinkError.of("{address} did not answer as a SessionKit moderator does.",
                           address=shown)
    return Ticket(address=shown, base_url=base, follow_token=token, session_id=sid)


def fetch_state(ticket: Ticket, timeout: float = TIMEOUT) -> dict:
    """The moderator's state document now, checked (``clean_state``)."""
    status, data = _http(ticket.url("state"), ticket.address, timeout=timeout)
    if status == 404:
        raise LinkError.of("The moderator stopped sharing or started again; pair again "
                           "with the new code.")
    if status != 200:
        raise LinkError.of("{address} did not answer as a SessionKit moderator does.",
                           address=ticket.address)
    doc = clean_state(_json(data, ticket.address))
    if doc is None:
        raise LinkError.of("{address} sent a state this SessionKit cannot read.",
                           address=ticket.address)
    return doc


def fetch_package(ticket: Ticket, timeout: float = 30.0) -> bytes:
    from sessionkit.interchange.package import MAX_PACKAGE_BYTES

    status, data = _http(ticket.url("package"), ticket.address, limit=MAX_PACKAGE_BYTES,
                         timeout=timeout)
    if status != 200:
        raise LinkError.of("{address} did not send the session; pair again.",
                           address=ticket.address)
    return data


# -- checking what comes in ---------------------------------------------------------------

def _is_token(value) -> bool:
    return isinstance(value, str) and 16 <= len(value) <= 200 and bool(
        re.fullmatch(r"[A-Za-z0-9_\-]+", value))


def _is_id(value) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and value.isprintable()


def _text(value, limit: int = MAX_TEXT) -> str:
    """A text field: anything but a string is '', control characters dropped, capped."""
    if not isinstance(value, str):
        return ""
    value = "".join(c for c in value[:limit * 2] if c.isprintable() or c == " ")
    return value[:limit]


def _num(value, low: float = -1e12, high: float = 1e12) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        value = float(value)
    except OverflowError:  # an integer of hundreds of digits: JSON allows it
        return None
    if not math.isfinite(value) or not low <= value <= high:
        return None
    return value


def _index(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 100_000:
        return None
    return value


def _id_or_none(value) -> str | None:
    return value if _is_id(value) else None


def _names(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [_text(v, 200) for v in value[:MAX_SPEAKERS] if isinstance(v, str)]


MAX_AGENDA = 1000  # items in one session's rundown, at most
ITEM_STATUSES = ("upcoming", "current", "done")


def clean_state(doc) -> dict | None:
    """The state document with only what this follower uses, every field of the right
    type and size, or None when it is not a state document at all (wrong version, no
    session id, unknown state). Unknown fields are dropped; a wrong-typed optional
    field becomes empty rather than failing the whole document."""
    if not isinstance(doc, dict) or doc.get("v") != 1:
        return None
    session = doc.get("session")
    if not isinstance(session, dict) or not _is_id(session.get("id")):
        return None
    state = doc.get("state")
    if state not in STATES:
        return None
    out = {
        "v": 1,
        "seq": int(_num(doc.get("seq"), 0, 2 ** 53) or 0),
        "server_time": _num(doc.get("server_time"), 0, 1e11),
        "session": {"id": session["id"], "code": _text(session.get("code"), 100),
                    "title": _text(session.get("title")),
                    "source": _text(session.get("source"), 300)},
        "state": state,
        "warning": doc.get("warning") if doc.get("warning") in WARNINGS else "none",
        "current": None, "speaker": None, "next": None,
        "message": _text(doc.get("message"), 200),
        "offset_seconds": _num(doc.get("offset_seconds")) or 0.0,
    }
    cur = doc.get("current")
    if isinstance(cur, dict) and state in ("running", "paused"):
        out["current"] = {
            "index": _index(cur.get("index")),
            "id": _id_or_none(cur.get("id")),
            "title": _text(cur.get("title")),
            "kind": _text(cur.get("kind"), 50),
            "planned_seconds": _num(cur.get("planned_seconds"), 0, 1e7),
            "elapsed": _num(cur.get("elapsed"), -1e7, 1e7),
            "remaining": _num(cur.get("remaining"), -1e7, 1e7),
            "ends_at": _num(cur.get("ends_at"), 0, 1e11),
        }
    sp = doc.get("speaker")
    if isinstance(sp, dict) and out["current"] is not None:
        out["speaker"] = {"id": _id_or_none(sp.get("id")), "name": _text(sp.get("name"), 300),
                          "native_name": _text(sp.get("native_name"), 300),
                          "affiliation": _text(sp.get("affiliation"), 500)}
    nxt = doc.get("next")
    if isinstance(nxt, dict):
        out["next"] = {"index": _index(nxt.get("index")), "title": _text(nxt.get("title")),
                       "speakers": _names(nxt.get("speakers"))}
    # the rundown, for the follower's live agenda (done / now); a bounded list, entries
    # of another shape dropped
    out["agenda"] = []
    agenda = doc.get("agenda")
    if isinstance(agenda, list):
        for entry in agenda[:MAX_AGENDA]:
            if not isinstance(entry, dict) or entry.get("status") not in ITEM_STATUSES:
                continue
            out["agenda"].append({
                "index": _index(entry.get("index")), "title": _text(entry.get("title")),
                "status": entry["status"],
                "planned_seconds": _num(entry.get("planned_seconds"), 0, 1e7) or 0.0,
                "elapsed": _num(entry.get("elapsed"), -1e7, 1e7) or 0.0})
    return out


def time_left(doc: dict, offset: float = 0.0, now: float | None = None) -> float | None:
    """Seconds left on the moderator's current item, on this computer's clock:
    ``ends_at − (now + offset)`` while running, ``remaining`` when paused."""
    cur = doc.get("current") if isinstance(doc, dict) else None
    if not cur:
        return None
    if doc.get("state") == "running" and cur.get("ends_at") is not None:
        return cur["ends_at"] - ((time.time() if now is None else now) + offset)
    return cur.get("remaining")


# -- this store's ids ----------------------------------------------------------------------

def local_session(store, doc_session: dict) -> str | None:
    """This store's session for the moderator's: same id, else same source."""
    sid = doc_session.get("id")
    if sid and store.sessions.presence(sid) is False:
        return sid
    source = doc_session.get("source") or ""
    if source:
        return store.sessions.first_live_by_source(source)
    return None


def map_state(store, doc: dict, stale: bool = False) -> Stamp | None:
    """The moderator's current item and speaker in this store's ids, as packages map
    them: session by id else by source; item by id else by (title, kind); speaker by
    id else by name. None when this store has no such session. An item or speaker
    with no match here is left out (None), never invented."""
    sid = local_session(store, doc["session"])
    if sid is None:
        return None
    cur, sp = doc.get("current"), doc.get("speaker")
    item_id = speaker_id = None
    title = name = ""
    if cur:
        title = cur.get("title") or ""
        agenda = store.agenda.for_session(sid)
        mine = next((a for a in agenda if a.id == cur.get("id")), None)
        if mine is None:
            mine = next((a for a in agenda
                         if (a.title, a.kind.value) == (cur.get("title"), cur.get("kind"))),
                        None)
        if mine is not None:
            item_id = mine.id
        if sp:
            name = sp.get("name") or ""
            people = store.people.for_session(sid)
            if mine is not None:  # the item's own people first (a name may repeat)
                order = {pid: i for i, pid in enumerate(mine.person_ids)}
                people.sort(key=lambda p: order.get(p.id, len(order)))
            ids = {p.id for p in people}
            if sp.get("id") in ids or (sp.get("id") and mine is not None
                                       and sp.get("id") in mine.person_ids):
                speaker_id = sp["id"]
            else:
                same = [p for p in people if p.display_name == name and name]
                speaker_id = same[0].id if same else None
    return Stamp(session_id=sid, item_id=item_id, speaker_id=speaker_id, item_title=title,
                 speaker_name=name, stale=stale)


def ensure_session(store, ticket: Ticket, doc: dict | None = None) -> str:
    """This store's id of the moderator's session; when the store lacks it, the
    session's package is fetched from the moderator and merged (every check a package
    file gets applies; a refused package changes nothing). LinkError, one sentence."""
    from sessionkit.interchange.package import PackageError, from_bytes
    from sessionkit.services.packages import merge

    doc = doc or fetch_state(ticket)
    if doc["session"]["id"] != ticket.session_id:
        raise LinkError.of("{address} shares another session than the one it paired "
                           "for; pair again.", address=ticket.address)
    sid = local_session(store, doc["session"])
    if sid is not None:
        return sid
    if store.sessions.presence(doc["session"]["id"]):
        code = doc["session"]["code"]
        if code:
            raise LinkError.of("Session {code} is in the bin on this computer; restore it "
                               "to follow the moderator.", code=code)
        raise LinkError.of("Session is in the bin on this computer; restore it to follow "
                           "the moderator.")
    data = fetch_package(ticket)
    try:
        pkg = from_bytes(data)
    except PackageError as exc:
        why = str(exc).rstrip(".")
        raise LinkError.of("The moderator's session was refused: {reason}; nothing was "
                           "changed.", reason=why) from None
    if pkg.session.id != ticket.session_id:
        raise LinkError.of("The moderator sent another session than the one shared; "
                           "nothing was changed.")
    try:
        report = merge(store, pkg)
    except PackageError as exc:
        why = str(exc).lstrip(": ").rstrip(".")
        raise LinkError.of("The moderator's session was refused: {reason}; nothing was "
                           "changed.", reason=why) from None
    return report.session_id


# -- the follower thread -----------------------------------------------------------------

async def _refuse_redirect(session, context, params) -> None:
    import aiohttp

    raise aiohttp.ClientError("a redirect, not a SessionKit moderator's answer")


class Follower(threading.Thread):
    """Keeps a WebSocket to the moderator and reports every valid state document.

    Callbacks run on this thread: a GUI hands them to its own thread (a queued
    signal). ``on_status`` gets "connected", "reconnecting" or "lost" when that
    changes. The follower never gives up by itself; ``stop()`` ends it.
    """

    def __init__(self, ticket: Ticket, on_state: Callable[[dict], None],
                 on_status: Callable[[str], None] | None = None,
                 backoff: tuple[float, ...] = BACKOFF, stale_after: float = STALE_AFTER,
                 lost_after: float = LOST_AFTER, ping_every: float = PING_EVERY,
                 max_message: int = MAX_STATE_BYTES):
        super().__init__(name="sessionkit-follower", daemon=True)
        self.ticket = ticket
        self.on_state = on_state
        self.on_status = on_status or (lambda status: None)
        self.backoff = backoff
        self.stale_after = stale_after
        self.lost_after = lost_after
        self.ping_every = ping_every
        self.max_message = max_message
        self.status = "connecting"  # then connected | reconnecting | lost
        self.last: dict | None = None  # the last valid document
        self.offset = 0.0  # server clock − this clock, seconds
        self._best_rtt: float | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._stopped = threading.Event()
        self._seq = -1
        self.rejected = 0  # documents thrown away (for tests and diagnostics)

    # -- the outside ------------------------------------------------------------------
    def stop(self, timeout: float = 5.0) -> None:
        self._stopped.set()
        loop, ev = self._loop, self._stopping
        if loop is not None and ev is not None:
            try:
                loop.call_soon_threadsafe(ev.set)
            except RuntimeError:  # the loop already closed
                pass
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    def time_left(self, now: float | None = None) -> float | None:
        return time_left(self.last, self.offset, now) if self.last else None

    # -- the thread ---------------------------------------------------------------------
    def run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except Exception:  # noqa: BLE001 - the follower thread must never take the app down
            pass
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

    def _set_status(self, status: str) -> None:
        if status != self.status:
            self.status = status
            try:
                self.on_status(status)
            except Exception:  # noqa: BLE001 - a callback's bug must not end following
                pass

    async def _main(self) -> None:
        import aiohttp

        self._stopping = asyncio.Event()
        if self._stopped.is_set():
            return
        failures = 0
        down_since = time.monotonic()
        timeout = aiohttp.ClientTimeout(total=None, connect=TIMEOUT, sock_connect=TIMEOUT)
        # ws_connect follows redirects and takes no option against it: a redirect ends
        # the attempt here (the follower talks only to the address typed; it retries)
        no_redirect = aiohttp.TraceConfig()
        no_redirect.on_request_redirect.append(_refuse_redirect)
        async with aiohttp.ClientSession(timeout=timeout, trust_env=False,
                                         trace_configs=[no_redirect]) as client:
            while not self._stopping.is_set():
                await self._until_stopped(self._session(client))
                if self._stopping.is_set():
                    break
                if self.status == "connected":
                    down_since = time.monotonic()
                    failures = 0
                lost = time.monotonic() - down_since >= self.lost_after
                self._set_status("lost" if lost else "reconnecting")
                delay = self.backoff[min(failures, len(self.backoff) - 1)]
                failures += 1
                try:
                    await asyncio.wait_for(self._stopping.wait(), delay)
                except asyncio.TimeoutError:
                    pass

    async def _until_stopped(self, coro) -> None:
        """Run ``coro`` until it ends or stop() is called (a connection attempt to a
        host that is gone must not hold Stop following up for the connect timeout).
        Any network or protocol failure just ends it: the caller reconnects."""
        task = asyncio.create_task(coro)
        stopper = asyncio.create_task(self._stopping.wait())
        try:
            await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
            if not task.done():
                task.cancel()
            try:
                await task
            except (Exception, asyncio.CancelledError):  # noqa: BLE001
                pass

    async def _session(self, http) -> None:
        """One WebSocket connection, until it drops, goes silent or we stop."""
        import aiohttp

        async with http.ws_connect(self.ticket.url("ws"), max_msg_size=self.max_message,
                                   autoping=True, heartbeat=None) as ws:
            self._seq = -1  # pushes of this connection come in order; older ones are skipped
            pinger = asyncio.create_task(self._pings(ws))
            stopper = asyncio.create_task(self._stopping.wait())
            try:
                while not self._stopping.is_set():
                    recv = asyncio.create_task(ws.receive())
                    done, _ = await asyncio.wait({recv, stopper}, timeout=self.stale_after,
                                                 return_when=asyncio.FIRST_COMPLETED)
                    if recv not in done:  # silent too long, or stopping
                        recv.cancel()
                        return
                    msg = recv.result()
                    if msg.type == aiohttp.WSMsgType.TEXT:
                        self._message(msg.data)
                    elif msg.type == aiohttp.WSMsgType.BINARY:
                        self.rejected += 1
                    elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING,
                                      aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                        return
            finally:
                pinger.cancel()
                stopper.cancel()

    async def _pings(self, ws) -> None:
        n = 0
        try:
            while not ws.closed:
                await ws.send_str(json.dumps({"type": "ping", "t0": time.time() * 1000}))
                n += 1
                # a few quick ones first: the offset is good from the first second
                await asyncio.sleep(0.2 if n < 4 else self.ping_every)
        except (ConnectionError, RuntimeError, OSError):
            return  # the connection went; the receiving side reconnects

    def _message(self, text: str) -> None:
        if len(text) > self.max_message:
            self.rejected += 1
            return
        try:
            msg = json.loads(text)
        except (ValueError, RecursionError):
            self.rejected += 1
            return
        if not isinstance(msg, dict):
            self.rejected += 1
            return
        if msg.get("type") == "pong":
            self._pong(msg)
        elif msg.get("type") == "state":
            doc = clean_state(msg.get("state"))
            if doc is None or doc["session"]["id"] != self.ticket.session_id:
                self.rejected += 1
                return
            if doc["seq"] < self._seq:
                return  # an older push overtaken by a newer one
            self._seq = doc["seq"]
            self.last = doc
            self._set_status("connected")
            try:
                self.on_state(doc)
            except Exception:  # noqa: BLE001
                pass
        else:
            self.rejected += 1

    def _pong(self, msg: dict) -> None:
        t1 = time.time() * 1000
        t0, server = _num(msg.get("t0"), 0, 1e14), _num(msg.get("server"), 0, 1e14)
        if t0 is None or server is None or not 0 <= t1 - t0 <= 60_000:
            self.rejected += 1
            return
        rtt = t1 - t0
        if self._best_rtt is None or rtt <= self._best_rtt:
            self._best_rtt = rtt
            self.offset = (server - (t0 + t1) / 2) / 1000
