"""The app's side of "never lose a note": a second start refused with a dialog naming the running
process, a damaged file moved aside with restore offered, a full disk shown in a
banner with the text kept and saved once space returns, logout (commitDataRequest)
flushing the draft."""

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sessionkit.store.db import DB_FILENAME
from sessionkit.store.lock import read_owner_pid
from sessionkit.ui.safety.single_instance import server_name

from safety_helpers import cli, env_for, notes_in

APP = [sys.executable, "-m", "sessionkit"]


def _dialogs(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_second_start_is_refused_with_a_dialog_naming_the_running_one(tmp_path):
    data = tmp_path / "data"
    first = subprocess.Popen([*APP, "--data-dir", str(data)], env=env_for(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while read_owner_pid(data) != first.pid and time.time() < deadline:
            time.sleep(0.05)
        assert read_owner_pid(data) == first.pid
        # its window is up once it listens for a second start (the socket is made last)
        socket = Path(server_name(data))
        while not socket.exists() and time.time() < deadline and first.poll() is None:
            time.sleep(0.05)
        assert socket.exists(), "the running app never listened for a second start"
        log = tmp_path / "dialogs.jsonl"
        second = subprocess.run([*APP, "--data-dir", str(data)], timeout=60,
                                capture_output=True, text=True,
                                env=env_for(SESSIONKIT_TEST_DIALOGS=log,
                                            SESSIONKIT_TEST_ANSWER=0))  # "Bring it forward"
        assert second.returncode == 2
        [dialog] = _dialogs(log)
        assert dialog["title"] == "SessionKit is already running"
        assert f"process {first.pid}" in dialog["text"] and str(data) in dialog["text"]
        assert dialog["buttons"] == ["Bring it forward", "Close"]
        assert first.poll() is None  # the running one is unharmed
        # and the CLI's read-only commands still work meanwhile
        assert cli("list", data_dir=data).stdout.startswith("D3\t")
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)


@pytest.mark.slow
def test_damaged_file_at_start_offers_the_newest_backup_and_restores_it(tmp_path):
    data = tmp_path / "data"
    for text in ("kept one", "kept two"):
        assert cli("note", "add", "--session", "D3", "--", text, data_dir=data).returncode == 0
    assert cli("backup", "create", data_dir=data).returncode == 0
    (data / DB_FILENAME).write_bytes(b"\0" * 8192)  # overwritten with zeros
    log, dump = tmp_path / "dialogs.jsonl", tmp_path / "dump.json"
    run = subprocess.run([*APP, "--data-dir", str(data)], timeout=120, capture_output=True,
                         text=True, env=env_for(SESSIONKIT_TEST_DIALOGS=log,
                                                SESSIONKIT_TEST_ANSWER=0,  # Restore backup
                                                SESSIONKIT_TEST_DUMP=dump))
    assert run.returncode == 0, run.stderr
    [dialog] = _dialogs(log)
    assert dialog["title"] == "The data file is damaged"
    assert "moved aside to" in dialog["text"] and "nothing was deleted" in dialog["text"]
    assert "(2 notes). Restore it?" in dialog["text"]
    assert dialog["buttons"] == ["Restore backup", "Start with an empty data file", "Quit"]
    assert json.loads(dump.read_text(encoding="utf-8"))["notes"] == ["kept one", "kept two"]
    [aside] = data.glob("sessionkit.db.damaged-*")
    assert aside.read_bytes() == b"\0" * 8192


@pytest.mark.slow
def test_damaged_file_quit_leaves_no_empty_file_in_its_place(tmp_path):
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "x", data_dir=data).returncode == 0
    with open(data / DB_FILENAME, "r+b") as f:
        f.truncate(3000)
    log = tmp_path / "dialogs.jsonl"
    run = subprocess.run([*APP, "--data-dir", str(data)], timeout=120, capture_output=True,
                         env=env_for(SESSIONKIT_TEST_DIALOGS=log))  # default: Quit
    assert run.returncode == 2
    assert "damaged" in _dialogs(log)[0]["text"]
    assert not (data / DB_FILENAME).exists()
    assert len(list(data.glob("sessionkit.db.damaged-*"))) == 1


DISK_FULL_DRIVER = textwrap.dedent("""
    import json, resource, signal, sys, time
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from sessionkit.ui import app as ui_app, safety
    from sessionkit.ui.safety.hooks import type_text
    data = Path(sys.argv[1])
    opened = safety.open_data_for_gui(data)
    store = opened.store
    sid = store.sessions.find("D3").id
    window = ui_app.open_main_window(store, data, sid)
    ctl = safety.install(app, window, opened, data)
    window.show()
    edit = window.capture_panel.edit
    out = {}

    def wait_until(condition, seconds=30):
        # wait on what the user would see, not a fixed time: the machine may be busy
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            QTest.qWait(50)

    type_text(edit, "Saved before the disk filled. ")
    wait_until(lambda: store.drafts.get(sid) == "Saved before the disk filled. ")
    out["draft_before"] = store.drafts.get(sid)
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))  # the disk is full from now on
    type_text(edit, "Typed while the disk is full.")
    wait_until(ctl.banner.isVisible)
    out["banner_visible"] = ctl.banner.isVisible()
    out["banner"] = ctl.banner.label.text()
    out["box"] = edit.toPlainText()
    ctl.banner.copy_button.click()
    out["clipboard"] = QGuiApplication.clipboard().text()
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    out["status"] = window.capture_panel.status_label.text()
    out["box_after_commit"] = edit.toPlainText()
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space returns
    wait_until(lambda: not ctl.banner.isVisible())  # the retry comes within 3 s
    out["banner_after"] = ctl.banner.isVisible()
    out["draft_after"] = store.drafts.get(sid)
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    out["box_after_second_commit"] = edit.toPlainText()
    window.flush()  # the writer thread writes it; a flush point waits for it
    out["notes"] = [n.text for n in store.notes.for_session(sid)]
    window.close()
    print(json.dumps(out))
""")


@pytest.mark.slow
def test_disk_full_while_typing_banner_text_kept_saved_when_space_returns(tmp_path):
    data = tmp_path / "data"
    run = subprocess.run([sys.executable, "-c", DISK_FULL_DRIVER, str(data)], timeout=120,
                         capture_output=True, text=True, env=env_for())
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    full = "Saved before the disk filled. Typed while the disk is full."
    assert out["draft_before"] == "Saved before the disk filled. "
    assert out["banner_visible"]
    assert out["banner"].startswith("Not saved — the disk could not be written")
    assert "Your text is still here" in out["banner"]
    assert out["box"] == full and out["clipboard"] == full
    assert out["status"].startswith("Not added: the disk could not be written")
    assert out["box_after_commit"] == full  # nothing cleared while it could not be saved
    assert not out["banner_after"] and out["draft_after"] == full
    assert out["box_after_second_commit"] == ""
    assert out["notes"] == [full]
    assert notes_in(data / DB_FILENAME) == [full]


def test_logout_commit_data_request_flushes_the_draft(qapp, qtbot, tmp_path):
    from sessionkit.services.safety import open_data
    from sessionkit.ui import app as ui_app, safety
    from sessionkit.ui.safety.hooks import type_text

    data = tmp_path / "data"
    opened = open_data(data)
    sid = opened.store.sessions.find("D3").id
    window = ui_app.open_main_window(opened.store, data, sid)
    qtbot.addWidget(window)
    ctl = safety.install(qapp, window, opened, data)
    try:
        type_text(window.capture_panel.edit, "typed just before logging out")
        assert opened.store.drafts.get(sid) == ""  # not yet: the pause timer is pending
        assert qapp.receivers("2commitDataRequest(QSessionManager&)") >= 1
        ctl._commit_data(None)  # what the session manager's signal calls
        assert opened.store.drafts.get(sid) == "typed just before logging out"
    finally:
        ctl.timer.stop()
        qapp.commitDataRequest.disconnect(ctl._commit_data)
        qapp.aboutToQuit.disconnect(ctl._on_quit)
        window.close()
        opened.close()


def _window(qapp, qtbot, data):
    from sessionkit.services.safety import open_data
    from sessionkit.ui import app as ui_app, safety

    opened = open_data(data)
    sid = opened.store.sessions.find("D3").id
    window = ui_app.open_main_window(opened.store, data, sid)
    qtbot.addWidget(window)
    ctl = safety.install(qapp, window, opened, data)
    return opened, window, ctl, sid


def _uninstall(qapp, ctl, window, opened):
    ctl.timer.stop()
    qapp.commitDataRequest.disconnect(ctl._commit_data)
    qapp.aboutToQuit.disconnect(ctl._on_quit)
    window.close()
    opened.close()


def test_backups_while_running_only_after_a_change_and_at_close(qapp, qtbot, tmp_path,
                                                                  monkeypatch):
    from sessionkit.store import backup as backups
    from sessionkit.ui import safety
    from sessionkit.ui.safety.hooks import type_text

    data = tmp_path / "data"
    opened, window, ctl, sid = _window(qapp, qtbot, data)
    try:
        assert [b.reason for b in backups.list_backups(data)] == ["start"]
        monkeypatch.setattr(safety.controller, "BACKUP_INTERVAL_S", 0.0)
        ctl.maybe_backup()  # nothing changed since the start backup: none made
        assert len(backups.list_backups(data)) == 1
        type_text(window.capture_panel.edit, "worth a backup")
        window.flush()
        with qtbot.waitSignal(ctl.backup_made, timeout=10000) as made:
            ctl.maybe_backup()
        info = made.args[0]
        assert info.reason == "auto"
        conn = __import__("sqlite3").connect(info.path)
        assert conn.execute("SELECT text FROM drafts").fetchone()[0] == "worth a backup"
        conn.close()
        type_text(window.capture_panel.edit, " and more")
        window.flush()
        ctl._on_quit()  # what quitting runs, after the final flush
        newest = backups.list_backups(data)[0]
        assert newest.reason == "close"
    finally:
        _uninstall(qapp, ctl, window, opened)


def test_help_restore_from_backup_backs_up_first_then_restarts(qapp, qtbot, tmp_path,
                                                               monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from sessionkit.services.notes import add_note
    from sessionkit.store import backup as backups
    from sessionkit.ui import safety

    data = tmp_path / "data"
    opened, window, ctl, sid = _window(qapp, qtbot, data)
    add_note(opened.store, sid, "in the backup")
    chosen = backups.create_backup(data, source=opened.store._db.conn)
    add_note(opened.store, sid, "after the backup")
    offered, restarted = [], []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[[b.id for b in backups.list_backups(data)].index(chosen.id)], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(safety.controller, "restart_app",
                        lambda d, o: restarted.append(d) or o.close())
    assert ctl.restore_action.text() == "Restore from backup…"
    assert ctl.restore_action in window.menu("help").actions()
    ctl.restore_action.trigger()
    assert any("1 notes (manual)" in item for item in offered)
    assert restarted == [data]
    assert notes_in(data / DB_FILENAME) == ["in the backup"]
    safety_copy = [b for b in backups.list_backups(data) if b.reason == "before-restore"]
    assert len(safety_copy) == 1
    assert notes_in(safety_copy[0].path) == ["in the backup", "after the backup"]
    ctl.timer.stop()
    qapp.commitDataRequest.disconnect(ctl._commit_data)
    qapp.aboutToQuit.disconnect(ctl._on_quit)


def test_after_a_session_switch_the_new_window_is_flushed_and_guarded(qapp, qtbot, tmp_path):
    import sqlite3

    from sessionkit.services.session_admin import duplicate_session
    from sessionkit.ui.safety.hooks import type_text

    data = tmp_path / "data"
    opened, window, ctl, sid = _window(qapp, qtbot, data)
    other = duplicate_session(opened.store, sid)
    window.moderator.switch_to(other)
    [new] = [w for w in ctl.main_windows() if w.isVisible() and w.ctx.session_id == other]
    qtbot.addWidget(new)
    ctl._attach_all()  # what activating the new window triggers
    try:
        type_text(new.capture_panel.edit, "typed in the other session")
        ctl._commit_data(None)  # logout
        assert opened.store.drafts.get(other) == "typed in the other session"
        # a failing save in the new window shows that window's banner
        def full(_text):
            raise sqlite3.OperationalError("database or disk is full")
        new.capture_panel.autosaver._save = full
        type_text(new.capture_panel.edit, "!")
        ctl.flush_all()
        banner = new._save_banner
        assert banner.isVisible() and banner.label.text().startswith("Not saved — the disk is full")
        assert new.capture_panel.edit.toPlainText() == "typed in the other session!"
        assert any(a.text() == "Restore from backup…" for a in new.menu("help").actions())
    finally:
        new.capture_panel.autosaver._retry.stop()
        new.capture_panel.autosaver.mark_clean()
        new.close()
        _uninstall(qapp, ctl, window, opened)


@pytest.mark.slow
def test_the_app_releases_its_lock_when_it_quits(qapp, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sessionkit.store.lock import InstanceLock
    from sessionkit.ui import app as ui_app

    data = tmp_path / "data"
    held = []

    def close_windows():
        held.append(InstanceLock(data).try_acquire())  # refused while it runs
        for w in QApplication.topLevelWidgets():
            if hasattr(w, "capture_panel") and w.isVisible():
                w.close()

    QTimer.singleShot(300, close_windows)
    assert ui_app.run_gui(data) == 0
    assert held == [False]
    with InstanceLock(data):  # free once it has quit
        pass
    from sessionkit.store import backup as backups

    # the start backup was made off the UI thread, and finished before quitting
    assert "start" in [b.reason for b in backups.list_backups(data)]
    assert not list((data / "backups").glob(".tmp-*"))


def test_closing_with_an_unsaved_box_keeps_the_window_unless_the_text_is_saved_elsewhere(
        qapp, qtbot, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from sessionkit.ui.dialogs import message
    from sessionkit.ui.safety.hooks import type_text

    data = tmp_path / "data"
    opened, window, ctl, sid = _window(qapp, qtbot, data)
    window.show()
    try:
        def full(_text):
            raise sqlite3.OperationalError("database or disk is full")
        window.capture_panel.autosaver._save = full
        type_text(window.capture_panel.edit, "the only copy of this note")
        answers, shown = [2], []  # "Keep SessionKit open"
        monkeypatch.setattr(message, "ask", lambda icon, title, text, buttons, *a, **k:
                            shown.append((title, text, buttons)) or answers.pop(0))
        window.close()
        assert window.isVisible()  # still open, text still there
        title, text, buttons = shown[0]
        assert title == "The note box is not saved" and "the disk is full" in text
        assert buttons == ["Save the text as…", "Quit without saving", "Keep SessionKit open"]
        target = tmp_path / "saved-elsewhere.txt"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(target), "")))
        answers.append(0)  # "Save the text as…"
        window.close()
        assert not window.isVisible()
        assert target.read_text(encoding="utf-8") == "the only copy of this note"
    finally:
        window.capture_panel.autosaver._retry.stop()
        window.capture_panel.autosaver.mark_clean()
        _uninstall(qapp, ctl, window, opened)
