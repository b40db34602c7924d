"""Shared test setup: Qt runs headless, every test gets its own data directory, UI tests
open the real main window through one factory."""

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


# -- a session the tests build themselves ---------------------------------------------------
# Clock and store tests use it instead of the bundled D3, so editing
# resources/sessions/d3.toml breaks only the tests of the bundle, the seed and D3's report.

OWN_PEOPLE = [("mori", "Naoki Mori", False), ("kim", "Kim Sang-Kap", True)]
# title, kind, planned minutes, people: 90 minutes in all
OWN_AGENDA = [
    ("Opening", "opening", 5, []),
    ("Presentation: Naoki Mori", "presentation", 15, ["mori"]),
    ("Presentation: Kim Sang-Kap", "presentation", 15, ["kim"]),
    ("Discussion", "discussion", 25, []),
    ("Q&A", "qa", 20, []),
    ("Wrap-up", "closing", 10, []),
]
OWN_OUTCOMES = ["How cities pair up", "What brokers do", "Who funds the next step"]


def make_session(store, code="T1", title="City pairs, a test session"):
    """Save a session with two speakers, the six items of OWN_AGENDA, three outcomes and
    one document; returns it as stored."""
    from sessionkit.domain.models import (
        AgendaItem,
        Document,
        ItemKind,
        Outcome,
        Person,
        Role,
        RoleKind,
        Session,
        SessionBundle,
    )

    people = {key: Person(display_name=name, family_name_first=family_first)
              for key, name, family_first in OWN_PEOPLE}
    bundle = SessionBundle(
        session=Session(code=code, title=title),
        people=list(people.values()),
        roles=[Role(p.id, RoleKind.SPEAKER, i) for i, p in enumerate(people.values())],
        agenda=[AgendaItem(title, ItemKind(kind), minutes,
                           person_ids=[people[k].id for k in keys])
                for title, kind, minutes, keys in OWN_AGENDA],
        outcomes=[Outcome(text) for text in OWN_OUTCOMES],
        documents=[Document("Background note", as_of="7th April 2015")],
    )
    store.save_bundle(bundle)
    return store.sessions.find(code)


@pytest.fixture
def own_session(store):
    return make_session(store)


# -- the real main window, opened as run_gui opens it (UI tests) ------------------------

@pytest.fixture
def open_window(qtbot, data_dir, fake):
    """A factory, so a test can open (and reopen) the main window on its data folder.

    size: resized to (width, height); None keeps the window's own size.
    track: pytest-qt closes it at the end (not for windows that delete themselves).
    live: the live clock reads the test's fake clock (its timer stopped) and the window
    is made active, since the live keys are application-wide, as on a desktop.
    settings: the UI's INI in the data folder, as the app has; False opens D3 without.
    prepare(store): adds data before the window opens.
    """
    from PySide6.QtWidgets import QApplication

    from sessionkit.services.sessions import open_store
    from sessionkit.ui.app import choose_session, open_main_window, ui_settings

    opened = []

    def _open(size=(1280, 800), track=True, live=True, settings=True, prepare=None):
        store, _ = open_store(data_dir)
        if prepare is not None:
            prepare(store)
        if settings:
            ini = ui_settings(data_dir)
            window = open_main_window(store, data_dir, choose_session(store, ini, None), ini)
        else:
            window = open_main_window(store, data_dir, store.sessions.find("D3").id)
        if live:
            window.moderator.controller.clock._now = fake
            window.moderator.controller.timer.stop()
        if track:
            qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        if live:
            window.activateWindow()
        qtbot.waitExposed(window)
        if live:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        opened.append((window, store))
        return window

    yield _open
    for window, store in opened:
        try:
            window.close()
        except RuntimeError:  # already closed and deleted (switched to another session)
            pass
        store.close()


@pytest.fixture
def window(open_window):
    """The main window as a user starts the app: the session it picks, 1280×800, the real
    clock. Test files that need another size or data override it with a thin fixture."""
    return open_window(live=False)


@pytest.fixture
def panel_session(data_dir):
    """D3 with a real panel: the Discussion names both presenters, with a cue."""
    from sessionkit.services.sessions import open_store

    store, _ = open_store(data_dir)
    d3 = store.sessions.find("D3")
    items = store.agenda.for_session(d3.id)
    people = {p.display_name: p for p in store.people.for_session(d3.id)}
    mori, kim = people["Naoki Mori"], people["Kim Sang-Kap"]
    kim.native_name = "김상갑"
    store.people.save(kim)
    items[3].person_ids = [mori.id, kim.id]
    items[3].cue = "Ask each panellist for a two-minute reaction, then open the floor."
    store.agenda.save(d3.id, items[3])
    store.close()
    return {"mori": mori.id, "kim": kim.id}


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
