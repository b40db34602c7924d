"""Headless Chromium (Debian's `chromium`) loads the stage view from a running link:
the countdown and the item's title are on the page, and after Next the page loaded
again shows the next item."""

import re
import subprocess
import time
from pathlib import Path

import pytest
from conftest import make_session

from sessionkit.link.server import LinkServer
from sessionkit.services.clock import SessionClock

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium missing")]


def chromium(tmp_path, url, *args, size=(390, 844)):
    profile = tmp_path / "profile"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
           f"--window-size={size[0]},{size[1]}", "--virtual-time-budget=2000", *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    return done.stdout


def text_of(dom: str, element_id: str) -> str:
    m = re.search(rf'id="{element_id}"[^>]*>([^<]*)<', dom)
    return m.group(1) if m else ""


def test_the_stage_view_shows_the_countdown_and_follows_next(data_dir, store, tmp_path):
    s = make_session(store)
    clock = SessionClock(store, s.id)
    server = LinkServer(data_dir, s.id, language="ja")
    server.start()
    try:
        url = server.urls["stage"]
        dom = chromium(tmp_path, url, "--dump-dom")  # before Start, as the stage display
        assert text_of(dom, "title") == "City pairs, a test session"
        assert text_of(dom, "speaker") == "まもなく開始"
        assert text_of(dom, "countdown") == "5:00"
        assert text_of(dom, "status") == "未開始"
        clock.start()
        dom = chromium(tmp_path, url, "--dump-dom")
        assert text_of(dom, "title") == "Opening"
        countdown = text_of(dom, "countdown")
        assert re.fullmatch(r"[45]:\d\d", countdown), countdown  # 5 minutes, running
        assert text_of(dom, "status") == "予定どおり"

        shot = tmp_path / "stage.png"
        chromium(tmp_path, url, f"--screenshot={shot}")
        assert _bright_pixels_in_the_middle(shot) > 500  # the white digits are drawn

        clock.next()
        t0 = time.monotonic()
        dom = chromium(tmp_path, url, "--dump-dom")
        assert text_of(dom, "title") == "Presentation: Naoki Mori", time.monotonic() - t0
        assert text_of(dom, "speaker") == "Naoki Mori"
        assert re.fullmatch(r"1[45]:\d\d", text_of(dom, "countdown"))

        store.live.save_stage_message(s.id, "Five minutes please")
        dom = chromium(tmp_path, server.urls["cue"], "--dump-dom")
        assert text_of(dom, "name") == "Naoki Mori"
        assert text_of(dom, "next") == "次: Kim Sang-Kap"
        assert text_of(dom, "message") == "Five minutes please"
        dom = chromium(tmp_path, server.urls["agenda"], "--dump-dom", size=(1180, 820))
        assert "▶ 進行中" in dom and "2. Presentation: Naoki Mori" in dom
    finally:
        server.stop()


def _bright_pixels_in_the_middle(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as im:
        w, h = im.size
        box = im.convert("L").crop((0, h // 3, w, 2 * h // 3))
        return sum(box.histogram()[201:])



def test_an_open_stage_page_shows_the_next_item_within_a_second(data_dir, store, tmp_path):
    """The page stays open (as on the phone at the lectern): after Next in the store, its
    title changes within 1 s, pushed over its WebSocket. Read through Chromium's
    DevTools endpoint on 127.0.0.1."""
    import asyncio
    import json

    s = make_session(store)
    clock = SessionClock(store, s.id)
    clock.start()
    server = LinkServer(data_dir, s.id)
    server.start()
    proc = subprocess.Popen(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile-live'}",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
         "--window-size=390,844", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        endpoint = None
        t0 = time.monotonic()
        while endpoint is None and time.monotonic() - t0 < 30:
            line = proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://127\.0\.0\.1:\d+/\S+)", line)
            if m:
                endpoint = m.group(1)
        assert endpoint, "Chromium did not start its DevTools endpoint"

        async def scenario():
            import aiohttp

            async with aiohttp.ClientSession() as http:
                async with http.ws_connect(endpoint, max_msg_size=0) as cdp:
                    ids = iter(range(1, 10**6))

                    async def call(method, params=None, session=None):
                        n = next(ids)
                        msg = {"id": n, "method": method, "params": params or {}}
                        if session:
                            msg["sessionId"] = session
                        await cdp.send_str(json.dumps(msg))
                        while True:
                            answer = json.loads((await cdp.receive(timeout=10)).data)
                            if answer.get("id") == n:
                                return answer.get("result", {})

                    target = (await call("Target.createTarget",
                                         {"url": server.urls["stage"]}))["targetId"]
                    session = (await call("Target.attachToTarget",
                                          {"targetId": target, "flatten": True}))["sessionId"]

                    async def text(element_id, page=None):
                        result = await call("Runtime.evaluate", {
                            "expression": f"(document.getElementById('{element_id}')"
                                          " || {}).textContent || ''",
                            "returnByValue": True}, page or session)
                        return result.get("result", {}).get("value", "")

                    async def wait_text(element_id, want, timeout, page=None):
                        end = time.monotonic() + timeout
                        while time.monotonic() < end:
                            if await text(element_id, page) == want:
                                return True
                            await asyncio.sleep(0.02)
                        return False

                    assert await wait_text("title", "Opening", 15)
                    assert re.fullmatch(r"[45]:\d\d", await text("countdown"))
                    await asyncio.sleep(0.5)  # the WebSocket is up (it connects at load)
                    started = time.monotonic()
                    clock.next()
                    assert await wait_text("title", "Presentation: Naoki Mori", 1.0), \
                        await text("title")
                    took = time.monotonic() - started

                    # a phone whose clock is an hour fast still counts down the right time
                    blank = (await call("Target.createTarget", {"url": "about:blank"}))[
                        "targetId"]
                    phone = (await call("Target.attachToTarget",
                                        {"targetId": blank, "flatten": True}))["sessionId"]
                    await call("Page.enable", {}, phone)
                    await call("Page.addScriptToEvaluateOnNewDocument", {"source": (
                        "(function () { var real = Date.now;"
                        " Date.now = function () { return real() + 3600000; }; })();")},
                        phone)
                    await call("Page.navigate", {"url": server.urls["stage"]}, phone)
                    assert await wait_text("title", "Presentation: Naoki Mori", 15, phone)
                    await asyncio.sleep(1.5)  # pings measured the offset
                    countdown = await text("countdown", phone)
                    assert re.fullmatch(r"1[45]:\d\d", countdown), countdown
                    return took

        took = asyncio.run(scenario())
        assert took is not None and took < 1.0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        server.stop()
