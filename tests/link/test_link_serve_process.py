"""`sessionkit live serve` as a real process: its first line is the stage URL, a change
made by another process reaches the state within a second, SIGTERM ends it with 0; and
under strace it binds only to loopback and connects to nothing."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from conftest import run_cli

from sessionkit.services.clock import SessionClock

URL = re.compile(r"^http://127\.0\.0\.1:(\d+)/v/([A-Za-z0-9_-]{32})/stage$")


def serve(data_dir, *extra, prefix=()):
    cmd = [*prefix, sys.executable, "-m", "sessionkit", "--data-dir", str(data_dir),
           "live", "serve", "--session", "D3", "--bind", "127.0.0.1:0", *extra]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


def read_lines(proc, n, timeout=30.0):
    lines = []

    def reader():
        for _ in range(n):
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    t.join(timeout)
    return lines


def fetch_state(base):
    with urllib.request.urlopen(base + "/state", timeout=5) as r:
        return json.loads(r.read())


@pytest.mark.slow
def test_serve_prints_the_stage_url_first_follows_the_store_and_stops_on_sigterm(store):
    d3 = store.sessions.find("D3")
    data_dir = store.path.parent
    proc = serve(data_dir, "--control")
    try:
        lines = read_lines(proc, 5)
        assert len(lines) == 5, lines
        m = URL.match(lines[0])
        assert m, lines[0]
        port, token = m.groups()
        assert lines[1] == f"http://127.0.0.1:{port}/v/{token}/cue"
        assert lines[2] == f"http://127.0.0.1:{port}/v/{token}/agenda"
        assert re.fullmatch(r"pairing code: [0-9A-Z]{4}-[0-9A-Z]{4}", lines[3])
        assert re.fullmatch(rf"control: http://127\.0\.0\.1:{port}/c/[A-Za-z0-9_-]{{32}}/",
                            lines[4])
        base = lines[0].rsplit("/", 1)[0]
        assert fetch_state(base)["state"] == "idle"
        # another process (this test) drives the run: serve holds no lock
        clock = SessionClock(store, d3.id)
        clock.start()
        clock.next()
        t0 = time.monotonic()
        seen = None
        while time.monotonic() - t0 < 1.0:
            doc = fetch_state(base)
            if doc["current"] and doc["current"]["index"] == 1:
                seen = doc
                break
            time.sleep(0.02)
        assert seen is not None, "the next item did not reach the state within 1 s"
        assert seen["current"]["title"] == d3_second_title(store, d3.id)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[0].startswith("sessionkit: sharing D3 on 127.0.0.1:")


def d3_second_title(store, session_id):
    return store.agenda.for_session(session_id)[1].title


def test_bad_bind_is_one_sentence_and_exit_2(store):
    for bad in ("nonsense", "127.0.0.1:99999", "localhost:80", "127.0.0.1:x", "[::1"):
        code, out, err = run_cli("live", "serve", "--session", "D3", "--bind", bad,
                                 data_dir=store.path.parent)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("sessionkit: error: --bind takes")


def test_unknown_session_is_one_sentence(store):
    code, out, err = run_cli("live", "serve", "--session", "NOPE", data_dir=store.path.parent)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_help_says_the_default_is_this_computer_only(store):
    code, out, err = run_cli("live", "serve", "--help")
    assert code == 0
    assert "default 127.0.0.1 with a free port" in " ".join(out.split())


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_serve_binds_only_loopback_and_connects_nowhere(store, tmp_path):
    trace = tmp_path / "trace.txt"
    proc = serve(store.path.parent,
                 prefix=("strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace)))
    try:
        lines = read_lines(proc, 4)
        assert lines and URL.match(lines[0]), (lines, proc.stderr.read()
                                               if proc.poll() is not None else "")
        base = lines[0].rsplit("/", 1)[0]
        assert fetch_state(base)["v"] == 1
        with urllib.request.urlopen(base + "/stage", timeout=5) as r:
            assert r.status == 200
    finally:
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                  text=True).stdout.split()
        for pid in children:
            os.kill(int(pid), signal.SIGTERM)
        proc.communicate(timeout=20)
    text = trace.read_text()
    binds = [line for line in text.splitlines() if " bind(" in line]
    assert binds, text[-2000:]
    for line in binds:
        assert 'inet_addr("127.0.0.1")' in line or "AF_NETLINK" in line, line
    connects = [line for line in text.splitlines() if " connect(" in line]
    for line in connects:
        # nothing on the network; a local socket to the C library's name service
        # cache would be AF_UNIX, and even that is not made
        assert "AF_INET" not in line, line


def test_a_port_in_use_is_one_sentence_and_exit_2(store):
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        code, out, err = run_cli("live", "serve", "--session", "D3", "--bind",
                                 f"127.0.0.1:{port}", data_dir=store.path.parent)
    finally:
        taken.close()
    assert (code, out) == (2, "")
    assert err == f"sessionkit: error: Port {port} on 127.0.0.1 is in use\n"


@pytest.mark.slow
def test_ctrl_c_stops_serve_with_exit_0(store):
    proc = serve(store.path.parent)
    try:
        lines = read_lines(proc, 1)
        assert lines and URL.match(lines[0])
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_the_views_words_follow_the_apps_language(data_dir, monkeypatch):
    import argparse

    from sessionkit.cli.live_serve import ui_language
    from sessionkit.services import preferences

    data_dir.mkdir(parents=True)
    args = argparse.Namespace(data_dir=str(data_dir), lang=None)
    for name in ("SESSIONKIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert ui_language(args) == "en"
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert ui_language(args) == "ko"
    preferences.update(data_dir, ui_language="zh_CN")  # Settings → Language wins
    assert ui_language(args) == "zh_CN"
    monkeypatch.setenv("SESSIONKIT_LANG", "ja")
    assert ui_language(args) == "ja"
    assert ui_language(argparse.Namespace(data_dir=str(data_dir), lang="en")) == "en"
    monkeypatch.setenv("SESSIONKIT_LANG", "zh_TW")  # no catalogue: English, not nothing
    assert ui_language(args) == "en"
