"""The live link's latency on loopback: a key press on the moderator's side (a store change
through SessionClock, then LinkServer.notify(), as the window does) until the pushed
state reaches a browser's WebSocket (view token) and a follower's (follow token).

    python benchmarks/bench_link.py [--changes 200]
    python -m benchmarks --only link          (the same, in the benchmarks table)

Baseline, interleaved change by change in the same run: the round trip of one message
through a bare aiohttp WebSocket echo server, on its own thread as ours is. A second
figure times a change made by another connection without notify() (the 50 ms
data_version poll: `sessionkit live next` in another process). Goal: p99 ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def _p99(xs):
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(0.99 * (len(s) - 1))))]


class EchoServer:
    """A bare aiohttp WebSocket echo on its own thread and loop: the baseline."""

    def __init__(self):
        self.port = None
        self._ready = threading.Event()
        self._loop = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def _run(self):
        from aiohttp import web

        async def echo(request):
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            async for msg in ws:
                await ws.send_str(msg.data)
            return ws

        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get("/ws", echo)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._runner = runner
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())
        self._loop.close()

    def stop(self):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def measure(changes: int = 200, polled: int = 50) -> dict:
    """Latencies in seconds: {"browser": [...], "follower": [...], "polled": [...],
    "echo": [...]}."""
    import aiohttp

    from sessionkit.link.server import LinkServer
    from sessionkit.services.clock import SessionClock
    from sessionkit.services.sessions import open_store

    tmp = Path(tempfile.mkdtemp(prefix="sk-bench-link-"))
    store, _ = open_store(tmp / "data")
    session = store.sessions.find("D3")
    clock = SessionClock(store, session.id)
    clock.start()
    server = LinkServer(tmp / "data", session.id)
    server.start()
    echo = EchoServer()
    req = urllib.request.Request(f"http://{server.address}/pair", method="POST",
                                 data=json.dumps({"code": server.pairing_code}).encode())
    follow = json.loads(urllib.request.urlopen(req, timeout=5).read())["follow_token"]
    view_ws = server.urls["stage"].replace("http://", "ws://").rsplit("/", 1)[0] + "/ws"
    follow_ws = f"ws://{server.address}/f/{follow}/ws"
    out = {"browser": [], "follower": [], "polled": [], "echo": []}

    async def run():
        async with aiohttp.ClientSession() as http:
            browser = await http.ws_connect(view_ws)
            follower = await http.ws_connect(follow_ws)
            bare = await http.ws_connect(f"ws://127.0.0.1:{echo.port}/ws")
            arrivals = {"browser": asyncio.Queue(), "follower": asyncio.Queue()}

            async def reader(name, ws):
                async for msg in ws:
                    data = json.loads(msg.data)
                    if data.get("type") == "state":
                        await arrivals[name].put((time.perf_counter(), data["state"]))
            readers = [asyncio.ensure_future(reader("browser", browser)),
                       asyncio.ensure_future(reader("follower", follower))]

            async def arrival(name, index):
                while True:
                    t, doc = await asyncio.wait_for(arrivals[name].get(), 5)
                    if doc["current"] and doc["current"]["index"] == index:
                        return t

            for name in arrivals:  # the state sent on connect
                await arrival(name, 0)
            forward = True
            for i in range(changes + polled):
                t = time.perf_counter()
                await bare.send_str("x" * 2000)  # about the size of a state document
                await bare.receive()
                out["echo"].append(time.perf_counter() - t)
                t0 = time.perf_counter()
                (clock.next if forward else clock.previous)()
                notify = i < changes
                if notify:
                    server.notify()  # what the window does after a key
                index = clock.snapshot().current.index
                tb = await arrival("browser", index)
                tf = await arrival("follower", index)
                if notify:
                    out["browser"].append(tb - t0)
                    out["follower"].append(tf - t0)
                else:
                    out["polled"].append(tb - t0)
                forward = not forward
                await asyncio.sleep(0.01)
            for r in readers:
                r.cancel()
            for ws in (browser, follower, bare):
                await ws.close()

    try:
        asyncio.run(run())
    finally:
        server.stop()
        echo.stop()
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def rows(tmp, Row, changes: int = 200) -> list:
    """The benchmarks table's rows (benchmarks/run.py --only link)."""
    m = measure(changes, polled=max(changes // 4, 10))
    echo = statistics.median(m["echo"])
    result = []
    for key, label in (("browser", "live link: key → browser WebSocket"),
                       ("follower", "live link: key → follower WebSocket"),
                       ("polled", "live link: other process's change → browser")):
        med, p = statistics.median(m[key]), _p99(m[key])
        result.append(Row(f"{label} ({len(m[key])} changes)",
                          f"{med * 1000:.1f} ms median, {p * 1000:.1f} ms p99",
                          f"{echo * 1000:.2f} ms median bare aiohttp WebSocket echo",
                          med / echo, "p99 ≤ 300 ms", p <= 0.300,
                          "no notify(): found by the 50 ms data_version poll"
                          if key == "polled" else ""))
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--changes", type=int, default=200)
    args = ap.parse_args(argv)
    m = measure(args.changes, polled=max(args.changes // 4, 10))
    echo = statistics.median(m["echo"])
    print(f"bare aiohttp WebSocket echo: {echo * 1000:.2f} ms median, "
          f"{_p99(m['echo']) * 1000:.2f} ms p99")
    for key in ("browser", "follower", "polled"):
        med, p = statistics.median(m[key]), _p99(m[key])
        print(f"{key:9s} {len(m[key]):4d} changes: {med * 1000:6.1f} ms median, "
              f"{p * 1000:6.1f} ms p99, {med / echo:5.1f}× the echo")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
