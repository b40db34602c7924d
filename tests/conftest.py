"""Shared test setup: Qt runs headless, every test gets its own data directory."""

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"  # every fixture is in the repository (tests/data/README.md)
SCHEDULES = DATA / "schedules"
SEED = DATA / "seeds" / "session-d3.txt"


T0 = datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)  # when fake-clock live runs start


class FakeClock:
    """The live run's injected clock: tests move it instead of sleeping."""

    def __init__(self, start=T0):
        self.t = start

    def __call__(self):
        return self.t

    def advance(self, minutes=0, seconds=0):
        self.t += timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def fake():
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("SESSIONKIT_DATA_DIR", str(d))
    return d


@pytest.fixture
def store(data_dir):
    from sessionkit.services.sessions import open_store

    s, _ = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def d3(store):
    return store.sessions.find("D3")


def run_cli(*args, data_dir=None):
    """Run the command line in-process (tests/cli_runner.py): exit code, stdout, stderr;
    ``.returncode`` as on a CompletedProcess."""
    from cli_runner import invoke

    return invoke(*args, data_dir=data_dir)


@pytest.fixture(name="run_cli")
def _run_cli_fixture():
    """``run_cli(*argv, data_dir=None) -> (exit_code, stdout, stderr)``, in-process."""
    from cli_runner import invoke

    return invoke


def run_cli_process(*args, data_dir=None, input=None):
    """Run the real console entry point in a subprocess; returns CompletedProcess. For
    what only a real process shows: start-up, signals, bytes in argv, the GUI."""
    import subprocess

    cmd = [sys.executable, "-m", "sessionkit"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    env = dict(os.environ)
    return subprocess.run(cmd + list(args), capture_output=True, text=True, input=input,
                          env=env, timeout=120)
