"""A small stand-in for the moderator's link server, speaking docs/live-link.md's follower
routes (POST /pair, /f/{token}/state, /ws, /package) on 127.0.0.1 with aiohttp, on its
own thread. Tests set the state document it serves, push it, send hostile frames and
drop connections; the real server is sessionkit.link.server."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import threading
import time

from aiohttp import web

CODE = "ABCD-EFGH"


def state_document(store, session_id: str, seq: int = 1) -> dict:
    """The state document for a store's live run, as docs/live-link.md describes it (the
    fields a follower uses), built from the clock service."""
    from sessionkit.services.clock import SessionClock

    session = store.sessions.get(session_id)
    snap = SessionClock(store, session_id).snapshot()
    now = time.time()
    cur = snap.current
    current = speaker = nxt = None
    if cur is not None:
        current = {"index": cur.index, "id": cur.item.id, "title": cur.item.title,
                   "kind": cur.item.kind.value, "planned_seconds": cur.planned_seconds,
                   "elapsed": cur.elapsed, "remaining": cur.remaining,
                   "ends_at": now + cur.remaining if snap.state.value == "running" else None}
        if cur.item.person_ids:
            p = store.people.get(cur.item.person_ids[0])
            speaker = {"id": p.id, "name": p.display_name, "native_name": p.native_name,
                       "affiliation": p.affiliation(), "intro_cue": ""}
        if cur.index + 1 < len(snap.items):
            n = snap.items[cur.index + 1].item
            nxt = {"index": cur.index + 1, "title": n.title, "speakers": []}
    return {"v": 1, "seq": seq, "server_time": now,
            "session": {"id": session.id, "code": session.code, "title": session.title,
                        "source": session.source},
            "state": snap.state.value, "warning": "none", "current": current,
            "speaker": speaker, "next": nxt, "message": store.live.stage_message(session_id),
            "offset_seconds": snap.offset,
            "agenda": [{"index": t.index, "id": t.item.id, "title": t.item.title,
                        "kind": t.item.kind.value, "status": t.status.value,
                        "planned_seconds": t.planned_seconds, "elapsed": t.elapsed,
                        "speakers": []} for t in snap.items],
            "words": {}}


class FakeModerator:
    def __init__(self, doc: dict | None = None, package: bytes = b"", port: int = 0,
                 clock_skew: float = 0.0):
        self.doc = doc
        self.package = package
        self.token = secrets.token_urlsafe(24)
        self.clock_skew = clock_skew  # the moderator's clock runs this many seconds ahead
        self.wrong_codes = 0
        self.port = port
        self.sockets: set[web.WebSocketResponse] = set()
        self.connections = 0
        self.loop = asyncio.new_event_loop()
        self._runner = None
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.start()

    # -- control from the test thread -------------------------------------------------
    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self._call(self._start())

    def stop(self) -> None:
        """Close every connection and stop listening (the port stays known for start())."""
        self._call(self._stop())

    def close(self) -> None:
        self.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()

    def push(self, doc: dict | None = None) -> None:
        if doc is not None:
            self.doc = doc
        self.send_raw(json.dumps({"type": "state", "state": self.doc}))

    def send_raw(self, text: str) -> None:
        self._call(self._send(text))

    def drop(self) -> None:
        self._call(self._drop())

    # -- the server ---------------------------------------------------------------------
    async def _start(self):
        app = web.Application(client_max_size=64 * 1024)
        app.router.add_post("/pair", self._pair)
        app.router.add_get("/f/{token}/state", self._state)
        app.router.add_get("/f/{token}/package", self._package)
        app.router.add_get("/f/{token}/ws", self._ws)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def _stop(self):
        await self._drop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _send(self, text):
        for ws in list(self.sockets):
            if not ws.closed:
                try:
                    await ws.send_str(text)
                except ConnectionError:  # the follower hung up (e.g. on a huge frame)
                    self.sockets.discard(ws)

    async def _drop(self):
        for ws in list(self.sockets):
            await ws.close()
        self.sockets.clear()

    def _ok(self, request) -> bool:
        return secrets.compare_digest(request.match_info["token"], self.token)

    async def _pair(self, request):
        if self.wrong_codes >= 10:
            return web.Response(status=429)
        try:
            code = (await request.json()).get("code", "")
        except Exception:  # noqa: BLE001
            return web.Response(status=400)
        if re.sub(r"[\s-]", "", str(code)).upper() != CODE.replace("-", ""):
            self.wrong_codes += 1
            return web.Response(status=403)
        return web.json_response({"follow_token": self.token,
                                  "session_id": self.doc["session"]["id"]})

    async def _state(self, request):
        if not self._ok(request):
            return web.Response(status=404)
        return web.json_response(self.doc)

    async def _package(self, request):
        if not self._ok(request):
            return web.Response(status=404)
        return web.Response(body=self.package, content_type="application/json")

    async def _ws(self, request):
        if not self._ok(request):
            return web.Response(status=404)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.add(ws)
        self.connections += 1
        await ws.send_str(json.dumps({"type": "state", "state": self.doc}))
        async for msg in ws:
            try:
                m = json.loads(msg.data)
            except Exception:  # noqa: BLE001
                continue
            if m.get("type") == "ping":
                await ws.send_str(json.dumps({
                    "type": "pong", "t0": m.get("t0"),
                    "server": (time.time() + self.clock_skew) * 1000}))
        self.sockets.discard(ws)
        return ws
