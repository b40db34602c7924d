"""Helpers shared by the safety tests (tests/store, tests/ui, tests/e2e)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def env_for(data_dir=None, **extra) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    src = str(REPO / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if data_dir is not None:
        env["SESSIONKIT_DATA_DIR"] = str(data_dir)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def cli(*args, data_dir, env=None, input=None, prefix=(), timeout=120):
    cmd = [*prefix, sys.executable, "-m", "sessionkit", "--data-dir", str(data_dir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, input=input,
                          env=env or env_for(), timeout=timeout)


def hold_lock(data_dir) -> subprocess.Popen:
    """A process that takes the instance lock the way the app does, then waits."""
    code = textwrap.dedent(f"""
        import sys, time
        from sessionkit.services.safety import open_data
        opened = open_data({str(data_dir)!r})
        print("ready", flush=True)
        time.sleep(600)
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                         env=env_for())
    line = p.stdout.readline()
    assert line.strip() == "ready", line
    return p


def notes_in(db_path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT text FROM notes WHERE deleted_at IS NULL ORDER BY created, id")]
    finally:
        conn.close()


def cli_with_file_limit(limit: int, *args, data_dir):
    """The CLI in a process that may not grow any file past *limit* bytes, as on a full
    disk (with a small limit SQLite cannot even create the 32 kB WAL index, -shm)."""
    code = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE,
                           ({limit}, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        from sessionkit.cli import main
        sys.exit(main(sys.argv[1:]))
    """)
    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env_for(), timeout=120)
