"""Saves never block the UI thread for more than a frame. Draft saves and note commits
run on one writer thread (ui/capture/writer.py) with its own connection; the event loop
keeps running while the disk is slow, the flush points wait for the disk, and a write
that fails comes back to the box, its message and its banner."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from sessionkit.services.sessions import open_store
from sessionkit.store import Store
from sessionkit.ui.capture import writer as writer_mod
from sessionkit.ui.app import open_main_window, ui_settings

from ui_keys import type_text

# long enough that a machine busy with other work still lets the UI thread tick in it
# (at 0.2 s a loaded two-core machine showed none: the assertion, not the app, failed)
SLOW_S = 0.6


@pytest.fixture
def window(open_window):
    return open_window(size=None, live=False)  # the window's own size


class Ticker:
    """Counts QTimer ticks: the event loop's progress, seen from the writer thread."""

    def __init__(self, interval_ms: int = 5):
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.ticks += 1


def slow(fn, seen: list, ticker: Ticker):
    """*fn*, taking SLOW_S on the writer thread; records the ticks before and after."""
    def wrapped(*args, **kwargs):
        start = ticker.ticks
        threading.Event().wait(SLOW_S)
        seen.append((threading.current_thread().name, start, ticker.ticks))
        return fn(*args, **kwargs)
    return wrapped


def test_a_slow_draft_save_runs_off_the_ui_thread_and_the_event_loop_keeps_going(
        window, qtbot):
    panel = window.capture_panel
    sid = window.ctx.session_id
    ticker = Ticker()
    seen = []
    panel.autosaver._save = slow(panel.autosaver._save, seen, ticker)
    type_text(qtbot, panel.edit, "typed while the disk is slow")
    panel.autosaver._timed_flush()  # what the pause timer calls: returns at once
    assert window.ctx.store.drafts.get(sid) == ""  # not written yet…
    qtbot.waitUntil(lambda: bool(seen) and panel.writer.idle, timeout=10_000)
    [(thread, ticks_before, ticks_after)] = seen
    assert thread == "sessionkit-writer"
    assert ticks_after > ticks_before  # the UI thread's timers fired during the save
    panel.writer.wait_idle()
    assert window.ctx.store.drafts.get(sid) == "typed while the disk is slow"
    ticker.timer.stop()


def test_ctrl_enter_with_a_slow_disk_clears_the_box_at_once_and_the_note_follows(
        window, qtbot, monkeypatch):
    from sessionkit.ui.panels import capture

    panel = window.capture_panel
    sid = window.ctx.session_id
    ticker = Ticker()
    seen = []
    monkeypatch.setattr(capture, "capture_note", slow(capture.capture_note, seen, ticker))
    type_text(qtbot, panel.edit, "Cities need brokers")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.edit.toPlainText() == ""  # queued: the box is free for the next note
    type_text(qtbot, panel.edit, "next")  # typing goes on meanwhile
    qtbot.waitUntil(lambda: window.notes_panel.model.rowCount() == 1, timeout=10_000)
    [(thread, ticks_before, ticks_after)] = seen
    assert thread == "sessionkit-writer" and ticks_after > ticks_before
    assert [n.text for n in window.ctx.store.notes.for_session(sid)] == ["Cities need brokers"]
    assert panel.edit.toPlainText() == "next"
    window.flush()
    assert window.ctx.store.drafts.get(sid) == "next"
    ticker.timer.stop()


def test_a_flush_point_waits_until_the_slow_save_is_on_disk(window, qtbot):
    panel = window.capture_panel
    sid = window.ctx.session_id
    ticker = Ticker()
    seen = []
    panel.autosaver._save = slow(panel.autosaver._save, seen, ticker)
    type_text(qtbot, panel.edit, "typed just before closing")
    panel.autosaver._timed_flush()
    window.flush()  # focus-out, close, quit, logout and SIGTERM all come here
    assert seen and panel.writer.idle
    reader = Store.open(window.ctx.data_dir)  # what a restart would read
    try:
        assert reader.drafts.get(sid) == "typed just before closing"
    finally:
        reader.close()
    ticker.timer.stop()


def test_a_note_that_cannot_be_written_comes_back_to_the_box_with_its_reason(
        window, qtbot, monkeypatch):
    from sessionkit.ui.panels import capture

    panel = window.capture_panel
    sid = window.ctx.session_id
    release = threading.Event()

    def full(*_a, **_k):
        release.wait(10)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(capture, "capture_note", full)
    panel.set_kind(capture.NoteKind.DECISION)
    type_text(qtbot, panel.edit, "the only copy")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.edit.toPlainText() == ""
    type_text(qtbot, panel.edit, "typed after")
    release.set()
    with pytest.raises(sqlite3.OperationalError):
        window.flush()  # a close would be refused: the note is not on disk
    assert panel.edit.toPlainText() == "the only copy\n\ntyped after"
    assert panel.status_label.text() == "Not added: the disk is full"
    assert window.ctx.store.notes.for_session(sid) == []
    assert window.notes_panel.model.rowCount() == 0
    # the box is saved as a draft again, so nothing typed is lost
    monkeypatch.undo()
    window.flush()
    assert window.ctx.store.drafts.get(sid) == "the only copy\n\ntyped after"


def test_draft_saves_coalesce_and_keep_their_order_with_note_commits(tmp_path):
    store = Store.open(tmp_path)
    writer = writer_mod.StoreWriter(store.path)
    gate = threading.Event()
    ran = []
    try:
        writer.submit(lambda: gate.wait(10))  # the disk is busy
        for text in ("a", "ab", "abc"):
            writer.submit(lambda t=text: ran.append(t), coalesce="draft")
        writer.submit(lambda: ran.append("note"))
        writer.submit(lambda: ran.append("after"), coalesce="draft")
        gate.set()
        assert writer.wait_idle()
        assert ran == ["abc", "note", "after"]  # latest text wins, order kept
    finally:
        writer.close()
        store.close()


def test_the_writer_has_its_own_connection_on_its_own_thread(window):
    panel = window.capture_panel
    conns = []
    job = panel.writer.submit(lambda: conns.append(
        (threading.current_thread().name, panel.writer.store._db.conn)))
    panel.writer.wait_idle()
    assert job.error is None
    [(thread, conn)] = conns
    assert thread == "sessionkit-writer" and conn is not window.ctx.store._db.conn


def test_the_box_state_is_synced_on_the_writer_thread_and_survives_a_reopen(
        window, qtbot, monkeypatch, data_dir):
    from sessionkit.domain.models import NoteKind
    from sessionkit.ui.panels import capture

    panel = window.capture_panel
    threads = []
    real = capture.write_settings

    def spy(*args):
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(capture, "write_settings", spy)
    panel.set_kind(NoteKind.DECISION)
    type_text(qtbot, panel.edit, "decided")
    panel.autosaver._timed_flush()
    window.flush()
    assert threads and set(threads) == {"sessionkit-writer"}  # QSettings' fdatasync
    store, _ = open_store(data_dir)
    try:
        again = open_main_window(store, data_dir, window.ctx.session_id, ui_settings(data_dir))
        qtbot.addWidget(again)
        assert again.capture_panel.kind == NoteKind.DECISION
        assert again.capture_panel.edit.toPlainText() == "decided"
        again.close()
    finally:
        store.close()
