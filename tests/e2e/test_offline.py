"""Offline, truly: a whole session — start the app, type notes, quit; then the CLI's
import, list, report and backup — with every way Python opens a socket replaced by
one that records the attempt and fails. None may be attempted, but for local (AF_UNIX)
sockets: the single-instance knock, a file in the runtime folder. When strace is
available, the system calls are watched too (Qt's C++ code does not go through
Python): no Internet socket (AF_INET/AF_INET6) may be created."""

import json
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from safety_helpers import env_for

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]

SITECUSTOMIZE = textwrap.dedent('''
    """Installed by tests/e2e/test_offline.py: no sockets, and a record of tries."""
    import os, socket, _socket, traceback

    _LOG = os.environ["SK_SOCKET_LOG"]

    def _record(what, args):
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"{what}{args!r}\\n" + "".join(traceback.format_stack(limit=12)) + "---\\n")

    class _NoSocket(_socket.socket):
        def __init__(self, *args, **kwargs):
            family = args[0] if args else kwargs.get("family", _socket.AF_INET)
            if family == getattr(_socket, "AF_UNIX", None):
                # a local socket (the single-instance knock: a file in the runtime
                # folder), what Qt's QLocalServer used before; never the network
                super().__init__(*args, **kwargs)
                return
            _record("socket", args)
            raise OSError(1, "sockets are disabled by the offline test")

    def _blocked(name):
        def f(*args, **kwargs):
            _record(name, args)
            raise OSError(1, "sockets are disabled by the offline test")
        return f

    socket.socket = socket.SocketType = _NoSocket
    _socket.socket = _NoSocket
    for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
                  "gethostbyname_ex", "gethostbyaddr", "socketpair", "fromfd", "getfqdn"):
        if hasattr(socket, _name):
            setattr(socket, _name, _blocked(_name))
    for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                  "socketpair"):
        if hasattr(_socket, _name):
            setattr(_socket, _name, _blocked("_socket." + _name))
''')


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", "/dev/null", "true"],
                       capture_output=True)
    return r.returncode == 0


def test_a_whole_session_attempts_no_network(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    sock_log = tmp_path / "sockets.log"
    trace = tmp_path / "strace"
    trace.mkdir()
    use_strace = _strace_works()
    data = tmp_path / "data"

    def env(**extra):
        e = env_for(SK_SOCKET_LOG=sock_log, **extra)
        e["PYTHONPATH"] = str(site) + ":" + e["PYTHONPATH"]
        e.pop("http_proxy", None)
        return e

    def cmd(*args):
        base = [sys.executable, "-m", "sessionkit", "--data-dir", str(data), *args]
        if use_strace:
            n = len(list(trace.iterdir()))
            return ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o",
                    str(trace / f"run{n}"), *base]
        return base

    # the sitecustomize is really in force: a socket attempt is refused and recorded
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.socket()"],
                           env=env(), capture_output=True, text=True)
    assert probe.returncode != 0 and "disabled by the offline test" in probe.stderr
    assert "socket" in sock_log.read_text(encoding="utf-8")
    sock_log.unlink()

    # 1. the app: start, type two notes and a draft through Qt, quit (SIGTERM)
    log, script = tmp_path / "typing.log", tmp_path / "script.json"
    stream = "Brokers matter\x01JICA toolkit shared\x01draft in the box"
    script.write_text(json.dumps({"stream": stream, "log": str(log), "pause_chance": 0}),
                      encoding="utf-8")
    app = subprocess.Popen(cmd(), env=env(SESSIONKIT_TEST_TYPING=script),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 90
    while time.time() < deadline and '"done": true' not in (
            log.read_text(encoding="utf-8") if log.exists() else ""):
        time.sleep(0.05)
    import os

    first = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    os.kill(first["pid"], signal.SIGTERM)  # the app itself, not strace
    assert app.wait(timeout=60) == 0, app.stderr.read().decode()[-2000:]

    # 2. the CLI: import, list, report, backups
    notes_file = tmp_path / "more.txt"
    notes_file.write_text("Imported one\n\nImported two\n", encoding="utf-8")
    report = tmp_path / "report.pdf"
    for args in (["notes", "import", "--session", "D3", str(notes_file)],
                 ["note", "add", "--session", "D3", "--kind", "decision", "--", "Decided"],
                 ["list"], ["notes", "list", "--session", "D3", "--drafts", "--json"],
                 ["report", "--session", "D3", "-o", str(report)],
                 ["report", "--session", "D3", "--format", "md", "-o", str(tmp_path / "r.md")],
                 ["backup", "create"], ["backup", "list"]):
        out = subprocess.run(cmd(*args), env=env(), capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, (args, out.stderr[-2000:])
        if args[:2] == ["notes", "list"]:
            rows = json.loads(out.stdout)
    assert [r["text"] for r in rows] == ["Brokers matter", "JICA toolkit shared",
                                        "Imported one", "Imported two", "Decided",
                                        "draft in the box"]
    assert report.read_bytes().startswith(b"%PDF")

    assert not sock_log.exists(), "socket use attempted:\n" + sock_log.read_text()[:3000]
    if use_strace:
        inet = [line for f in trace.iterdir() for line in f.read_text().splitlines()
                if "AF_INET" in line]  # AF_INET and AF_INET6; AF_UNIX (local) is not network
        assert not inet, "\n".join(inet[:20])
