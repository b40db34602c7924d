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
    clock.start()
    server = LinkServer(data_dir, s.id)
    server.start()
    try:
        url = server.urls["stage"]
        dom = chromium(tmp_path, url, "--dump-dom")
        assert text_of(dom, "title") == "Opening"
        countdown = text_of(dom, "countdown")
        assert re.fullmatch(r"[45]:\d\d", countdown), countdown  # 5 minutes, running
        assert text_of(dom, "status") == "On schedule"

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
        assert text_of(dom, "next") == "Next: Kim Sang-Kap"
        assert text_of(dom, "message") == "Five minutes please"
        dom = chromium(tmp_path, server.urls["agenda"], "--dump-dom", size=(1180, 820))
        assert "▶ Now" in dom and "2. Presentation: Naoki Mori" in dom
    finally:
        server.stop()


def _bright_pixels_in_the_middle(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as im:
        w, h = im.size
        box = im.convert("L").crop((0, h // 3, w, 2 * h // 3))
        return sum(box.histogram()[201:])

