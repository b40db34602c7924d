"""The follower against the real link server (sessionkit.link.server): in this process,
and as two SessionKit processes with two data folders on loopback. Skipped until the
server is there."""

import json
import os
import re
import subprocess
import sys
import time

import pytest

from sessionkit.link.follow import Follower, ensure_session, map_state, pair
from sessionkit.services.clock import SessionClock
from sessionkit.services.sessions import seed_bundled_sessions
from sessionkit.store import Store

from conftest import run_cli_process

try:
    from sessionkit.link.server import LinkServer
except ImportError:  # the server is written alongside; the lead merges it
    LinkServer = None

needs_server = pytest.mark.skipif(LinkServer is None, reason="needs link.server")


def wait_for(cond, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


@needs_server
def test_follower_follows_the_real_server(tmp_path):
    m, f = Store.open(tmp_path / "m"), Store.open(tmp_path / "f")
    server = follower = None
    try:
        for s in (m, f):
            seed_bundled_sessions(s)
        sid = m.sessions.find("D3").id
        clock = SessionClock(m, sid)
        clock.start()
        server = LinkServer(tmp_path / "m", sid, host="127.0.0.1", port=0)
        server.start()
        ticket = pair(server.address, server.pairing_code.lower())
        states = []
        follower = Follower(ticket, states.append)
        follower.start()
        assert wait_for(lambda: follower.status == "connected")
        assert ensure_session(f, ticket) == f.sessions.find("D3").id
        clock.next()
        server.notify()
        assert wait_for(lambda: states and (states[-1]["current"] or {}).get("index") == 1)
        stamp = map_state(f, follower.last)
        item2 = f.agenda.for_session(stamp.session_id)[1]
        assert (stamp.item_id, stamp.speaker_id) == (item2.id, item2.person_ids[0])
        left = follower.time_left()
        assert left is not None and 14 * 60 < left <= 15 * 60 + 1
    finally:
        if follower is not None:
            follower.stop()
        if server is not None:
            server.stop()
        m.close()
        f.close()


@needs_server
@pytest.mark.slow
def test_two_processes_note_stamped_with_the_moderators_item_and_speaker(tmp_path):
    """Data folders M and F both have the bundled D3; M shares it with `live serve`,
    starts and moves to item 2 by CLI; a note added on F with --follow carries item 2
    and its speaker, in F's ids (the same as M's: stable bundled ids)."""
    m_dir, f_dir = tmp_path / "M", tmp_path / "F"
    for d in (m_dir, f_dir):
        assert run_cli_process("list", data_dir=d).returncode == 0
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    serve = subprocess.Popen(
        [sys.executable, "-m", "sessionkit", "--data-dir", str(m_dir), "live", "serve",
         "--session", "D3", "--bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = serve.stdout.readline()
        match = re.match(r"http://(127\.0\.0\.1:\d+)/", first)
        assert match, (first, serve.stderr.read() if serve.poll() is not None else "")
        address = match.group(1)
        code = None
        for _ in range(10):
            line = serve.stdout.readline()
            found = re.search(r"pairing code:\s*([0-9A-Z]{4}-?[0-9A-Z]{4})", line, re.I)
            if found:
                code = found.group(1)
                break
        assert code, "no pairing code line"
        for action in ("start", "next"):
            out = run_cli_process("live", action, "--session", "D3", data_dir=m_dir)
            assert out.returncode == 0, out.stderr
        status = json.loads(run_cli_process("live", "status", "--session", "D3", "--json",
                                            data_dir=m_dir).stdout)
        out = run_cli_process("note", "add", "--session", "D3", "--follow", address,
                              "--code", code, "--", "Surabaya: 5 pilot projects",
                              data_dir=f_dir)
        assert out.returncode == 0, out.stderr
        notes = json.loads(run_cli_process("notes", "list", "--session", "D3", "--json",
                                           data_dir=f_dir).stdout)
        note, = notes
        assert note["text"] == "Surabaya: 5 pilot projects"
        assert note["agenda_item_id"] == status["current"]["id"]
        assert note["speaker_id"] == status["speaker"]["id"]
        assert status["current"]["index"] == 1  # item 2
    finally:
        serve.terminate()
        try:
            serve.wait(10)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait(5)
