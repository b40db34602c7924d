"""The store's own safety, attacked: a deleted -wal file, a full disk, temp files and
the single-instance socket outside the data folder, empty or ambiguous backup IDs.

Each test checks what the user sees (exit status, one sentence, no traceback, a
banner's text) and that nothing was lost or, where refused, changed.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: safety_helpers

from safety_helpers import cli, cli_with_file_limit, notes_in  # noqa: E402

from sessionkit.store.db import DB_FILENAME  # noqa: E402


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(out) -> str:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


# -- backups: an empty or ambiguous ID is refused, and a refusal leaves no trace --------

def _store_with_backups(data: Path, count: int):
    from sessionkit.services.notes import add_note
    from sessionkit.services.safety import open_data
    from sessionkit.store import backup as backups

    opened = open_data(data, start_backup=False)
    try:
        sid = opened.store.sessions.find("D3").id
        add_note(opened.store, sid, "in every backup")
        t0 = datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)
        made = [backups.create_backup(data, source=opened.store._db.conn,
                                      now=t0 + timedelta(seconds=i), prune_after=False)
                for i in range(count)]
        add_note(opened.store, sid, "only in the data file")
    finally:
        opened.close()
    return made


@pytest.mark.slow
@pytest.mark.parametrize("key", ["", "   "])
def test_restore_with_an_empty_id_is_refused_even_with_a_single_backup(tmp_path, key):
    from sessionkit.store import backup as backups

    data = tmp_path / "data"
    _store_with_backups(data, 1)
    db = data / DB_FILENAME
    before = _digest(db)
    out = cli("backup", "restore", key, data_dir=data)
    line = _one_line_error(out)
    assert line == ("sessionkit: error: no backup ID was given; `sessionkit backup list` "
                    "shows them (or use latest)")
    assert _digest(db) == before
    assert notes_in(db) == ["in every backup", "only in the data file"]
    assert [b.reason for b in backups.list_backups(data)] == ["manual"]  # no before-restore


@pytest.mark.slow
def test_restore_with_an_ambiguous_prefix_is_refused_and_names_the_matches(tmp_path):
    from sessionkit.store import backup as backups

    data = tmp_path / "data"
    made = _store_with_backups(data, 2)
    db = data / DB_FILENAME
    before = _digest(db)
    out = cli("backup", "restore", "20260603-0500", data_dir=data)
    line = _one_line_error(out)
    assert line == (f"sessionkit: error: '20260603-0500' matches 2 backups ({made[1].id}, "
                    f"{made[0].id}); give more of the ID")
    assert _digest(db) == before
    assert len(backups.list_backups(data)) == 2
    # the full ID works
    out = cli("backup", "restore", made[0].id, data_dir=data)
    assert out.returncode == 0, out.stderr
    assert notes_in(db) == ["in every backup"]


@pytest.mark.slow
def test_a_restore_refused_for_a_damaged_backup_makes_no_before_restore_backup(tmp_path):
    from sessionkit.store import backup as backups

    data = tmp_path / "data"
    [made] = _store_with_backups(data, 1)
    raw = bytearray(made.path.read_bytes())
    raw[:100] = b"\0" * 100  # the header is gone: not a database any more
    made.path.write_bytes(bytes(raw))
    db = data / DB_FILENAME
    before = _digest(db)
    out = cli("backup", "restore", made.id, data_dir=data)
    line = _one_line_error(out)
    assert line == f"sessionkit: error: backup {made.id} is damaged; choose another one"
    assert _digest(db) == before
    assert [b.reason for b in backups.list_backups(data)] == ["manual"]


# -- a full disk: reading still works -------------------------------------------------

def _leave_wal_of_a_crash(data: Path, texts: list[str]) -> None:
    """Notes committed to the -wal only, as a crash (power cut) leaves them."""
    import subprocess
    import textwrap

    from safety_helpers import env_for

    code = textwrap.dedent(f"""
        import os
        from sessionkit.services.notes import add_note
        from sessionkit.services.safety import open_data
        opened = open_data({str(data)!r}, start_backup=False)
        opened.store._db.execute("PRAGMA wal_autocheckpoint = 0")
        sid = opened.store.sessions.find("D3").id
        for text in {texts!r}:
            add_note(opened.store, sid, text)
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True, env=env_for(), timeout=120)


@pytest.mark.slow
def test_disk_full_notes_list_and_report_still_work(tmp_path):
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "before the disk filled",
               data_dir=data).returncode == 0
    db = data / DB_FILENAME
    assert not Path(str(db) + "-shm").exists()  # a clean close: SQLite must make a new one
    before = _digest(db)
    out = cli_with_file_limit(16 * 1024, "notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\t")[-1].strip() == "before the disk filled"
    assert "Traceback" not in out.stderr
    report = tmp_path / "r.md"
    out = cli_with_file_limit(16 * 1024, "report", "--session", "D3", "--format", "md",
                               "-o", str(report), data_dir=data)
    assert out.returncode == 0, out.stderr
    assert "before the disk filled" in report.read_text(encoding="utf-8")
    assert _digest(db) == before
    # writing is still refused with one sentence, and nothing is lost
    out = cli_with_file_limit(16 * 1024, "note", "add", "--session", "D3", "--", "x",
                               data_dir=data)
    line = _one_line_error(out)
    assert line.startswith("sessionkit: error: could not save:"), line
    assert notes_in(db) == ["before the disk filled"]


@pytest.mark.slow
def test_disk_full_after_a_crash_the_notes_in_the_wal_are_read_too(tmp_path):
    data = tmp_path / "data"
    _leave_wal_of_a_crash(data, ["in the wal 1", "in the wal 2 — 회의록"])
    db = data / DB_FILENAME
    wal, shm = Path(str(db) + "-wal"), Path(str(db) + "-shm")
    assert wal.stat().st_size > 0
    shm.unlink()  # the index is rebuilt on open: which a full disk does not allow
    digests = (_digest(db), _digest(wal))
    out = cli_with_file_limit(16 * 1024, "notes", "list", "--session", "D3", "--json",
                               data_dir=data)
    assert out.returncode == 0, out.stderr
    import json

    assert [r["text"] for r in json.loads(out.stdout)] == ["in the wal 1",
                                                          "in the wal 2 — 회의록"]
    assert (_digest(db), _digest(wal)) == digests  # nothing was written


@pytest.mark.slow
def test_read_only_fallback_rebuilds_committed_wal_content_only(tmp_path):
    """The fallback directly: committed -wal transactions are read, an open one is not,
    and the connection cannot write."""
    import os
    import sqlite3
    import subprocess
    import textwrap

    from sessionkit.store.health import snapshot_in_memory

    db = tmp_path / "x.db"
    code = textwrap.dedent(f"""
        import os, sqlite3
        c = sqlite3.connect({str(db)!r}, isolation_level=None)
        c.execute("PRAGMA journal_mode = WAL"); c.execute("PRAGMA wal_autocheckpoint = 0")
        c.execute("CREATE TABLE notes(text)")
        c.executemany("INSERT INTO notes VALUES (?)", [("old %d " % i * 40,) for i in range(200)])
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for i in range(300):
            c.execute("INSERT INTO notes VALUES (?)", ("new %d " % i * 40,))
        c.execute("BEGIN"); c.execute("INSERT INTO notes VALUES ('never committed')")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    os.unlink(str(db) + "-shm")
    conn = snapshot_in_memory(db)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 500
    assert conn.execute("SELECT count(*) FROM notes WHERE text = 'never committed'"
                        ).fetchone()[0] == 0
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO notes VALUES ('x')")
    conn.close()
    # a torn last frame (power cut mid-write): the transactions before it are kept
    wal = Path(str(db) + "-wal")
    raw = bytearray(wal.read_bytes())
    raw[-100:] = b"\xff" * 100
    wal.write_bytes(bytes(raw))
    conn = snapshot_in_memory(db)
    assert 200 <= conn.execute("SELECT count(*) FROM notes").fetchone()[0] < 500
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


# -- nothing written outside the data folder ---------------------------------------------

def test_sqlite_temp_files_stay_in_memory_on_every_connection(tmp_path, qapp):
    from sessionkit.services.safety import open_data
    from sessionkit.store.health import open_read_only
    from sessionkit.ui.capture.writer import close_writer_for, writer_for

    data = tmp_path / "data"
    opened = open_data(data, start_backup=False)
    try:
        memory = 2  # PRAGMA temp_store: 0 default (a file in /var/tmp), 1 file, 2 memory
        assert opened.store._db.execute("PRAGMA temp_store").fetchone()[0] == memory
        writer = writer_for(opened.store)
        job = writer.submit(lambda: writer.store._db.execute("PRAGMA temp_store").fetchone()[0])
        assert writer.wait_idle(10)
        assert job.error is None and job.result == memory
        close_writer_for(opened.store)
        reader = open_read_only(data / DB_FILENAME)
        assert reader.execute("PRAGMA temp_store").fetchone()[0] == memory
        reader.close()
    finally:
        opened.close()


def _raise_server_name(qapp, qtbot, data):
    from sessionkit.services.safety import open_data
    from sessionkit.ui import app as ui_app, safety

    opened = open_data(data, start_backup=False)
    sid = opened.store.sessions.find("D3").id
    window = ui_app.open_main_window(opened.store, data, sid)
    qtbot.addWidget(window)
    ctl = safety.install(qapp, window, opened, data)
    try:
        server = ctl._raise_server.server
        assert server.isListening()
        name = server.fullServerName()
        assert safety.single_instance.poke_running_instance(data)  # a second start still finds it
        return name
    finally:
        ctl.timer.stop()
        qapp.commitDataRequest.disconnect(ctl._commit_data)
        qapp.aboutToQuit.disconnect(ctl._on_quit)
        window.close()
        ctl._raise_server.server.close()
        opened.close()


def test_single_instance_socket_is_in_the_private_runtime_folder(tmp_path, qapp, qtbot,
                                                                   monkeypatch):
    import shutil
    import stat
    import tempfile

    # a short folder, like /run/user/1000: pytest's own tmp paths can be too long for a
    # socket, which must then go to the data folder (the next test)
    runtime = Path(tempfile.mkdtemp(prefix="skrt-"))
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        name = _raise_server_name(qapp, qtbot, tmp_path / "data")
        folder = runtime / "SessionKit"
        assert Path(name).parent == folder, name
        assert len(name.encode()) <= 100
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def test_single_instance_socket_path_too_long_for_the_runtime_folder_uses_the_data_folder(
        tmp_path, qapp, qtbot, monkeypatch):
    runtime = tmp_path / ("r" * 120)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    import tempfile

    data = Path(tempfile.mkdtemp(prefix="skd-")) / "data"  # short enough for a socket
    try:
        name = _raise_server_name(qapp, qtbot, data)
        assert name == str(data / ".sessionkit.sock")
    finally:
        import shutil

        shutil.rmtree(data.parent, ignore_errors=True)


def test_single_instance_socket_without_a_runtime_folder_is_in_the_data_folder(
        tmp_path, qapp, qtbot, monkeypatch):
    import shutil
    import tempfile

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    data = Path(tempfile.mkdtemp(prefix="skd-")) / "data"  # short enough for a socket
    try:
        name = _raise_server_name(qapp, qtbot, data)
        assert Path(name).parent == data, name
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)


# -- a -wal deleted while the app runs ----------------------------------------------------

def _app(qapp, qtbot, data, monkeypatch):
    from sessionkit.services.safety import open_data
    from sessionkit.ui import app as ui_app, safety

    # a dialog (e.g. "the note box is not saved" at close) is logged and answered, never
    # left waiting for a click that does not come
    monkeypatch.setenv("SESSIONKIT_TEST_DIALOGS", str(data.parent / "dialogs.jsonl"))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    opened = open_data(data, start_backup=False)
    sid = opened.store.sessions.find("D3").id
    window = ui_app.open_main_window(opened.store, data, sid)
    qtbot.addWidget(window)
    window.show()
    ctl = safety.install(qapp, window, opened, data)
    return opened, window, ctl, sid


def _close_app(qapp, ctl, window, opened):
    from sessionkit.ui.capture.writer import close_writer_for

    ctl.timer.stop()
    ctl.wal_timer.stop()
    qapp.commitDataRequest.disconnect(ctl._commit_data)
    qapp.aboutToQuit.disconnect(ctl._on_quit)
    ctl._raise_server.server.close()
    window.close()
    close_writer_for(opened.store)
    opened.close()


def _type_note(window, text):
    from sessionkit.ui.safety.hooks import type_text

    edit = window.capture_panel.edit
    edit.clear()
    type_text(edit, text)
    window.capture_panel.commit()  # queued to the writer thread
    window.flush()  # written
    assert edit.toPlainText() == ""


def test_deleted_wal_while_running_is_noticed_backed_up_and_nothing_lost(
        qapp, qtbot, tmp_path, monkeypatch):
    import os

    from sessionkit.services.notes import add_note
    from sessionkit.store import backup as backups

    from sessionkit.ui import safety

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(safety.controller, "WAL_CHECK_MS", 300)
    data = tmp_path / "data"
    opened, window, ctl, sid = _app(qapp, qtbot, data, monkeypatch)
    try:
        _type_note(window, "typed before")
        add_note(opened.store, sid, "added before")
        assert ctl.check_wal() is False
        assert not window._store_banner.isVisible()
        os.unlink(data / (DB_FILENAME + "-wal"))
        _type_note(window, "typed after — 메모")
        add_note(opened.store, sid, "added after")
        # the periodic check (its timer fires every few seconds)
        with qtbot.waitSignal(ctl.wal_timer.timeout, timeout=10000):
            pass
        qtbot.waitUntil(lambda: window._store_banner.isVisible(), timeout=5000)
        [info] = [b for b in backups.list_backups(data) if b.reason == "wal-lost"]
        every = ["typed before", "added before", "typed after — 메모", "added after"]
        assert sorted(notes_in(info.path)) == sorted(every)
        text = window._store_banner.label.text()
        assert window._store_banner.isVisible()
        assert text == ("The data file's journal (sessionkit.db-wal) was deleted while "
                        "SessionKit was running: SessionKit rebuilt it, and all your notes are "
                        f"also in backup {info.id}.")
        window._store_banner.dismiss_button.click()  # the danger is over: it may go
        assert not window._store_banner.isVisible()
        # rebuilt: everything is in the data file itself, a new -wal is in use
        assert sorted(notes_in(data / DB_FILENAME)) == sorted(every)
        assert (data / (DB_FILENAME + "-wal")).exists()
        # a note typed later is kept too, and a second deletion is noticed again
        _type_note(window, "typed later")
        assert sorted(notes_in(data / DB_FILENAME)) == sorted(every + ["typed later"])
        os.unlink(data / (DB_FILENAME + "-wal"))
        _type_note(window, "typed after the second deletion")
        qtbot.waitUntil(lambda: len([b for b in backups.list_backups(data)
                                     if b.reason == "wal-lost"]) == 2, timeout=5000)
        assert window._store_banner.isVisible()  # said again for the new deletion
        every += ["typed later", "typed after the second deletion"]
        assert sorted(notes_in(backups.list_backups(data)[0].path)) == sorted(every)
        _type_note(window, "typed last")
        every.append("typed last")
        ctl._on_quit()
        close = backups.list_backups(data)[0]
        assert close.reason == "close"
        assert sorted(notes_in(close.path)) == sorted(every)
    finally:
        _close_app(qapp, ctl, window, opened)
    # the next start finds every note in the data file itself
    assert sorted(notes_in(data / DB_FILENAME)) == sorted(every)


def test_deleted_wal_is_noticed_at_close_without_waiting_for_the_timer(
        qapp, qtbot, tmp_path, monkeypatch):
    import os

    from sessionkit.store import backup as backups

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    data = tmp_path / "data"
    opened, window, ctl, sid = _app(qapp, qtbot, data, monkeypatch)
    try:
        ctl.wal_timer.stop()
        _type_note(window, "one")
        os.unlink(data / (DB_FILENAME + "-wal"))
        _type_note(window, "two")
        ctl._on_quit()
        reasons = [b.reason for b in backups.list_backups(data)]
        assert "wal-lost" in reasons
        wal_lost = next(b for b in backups.list_backups(data) if b.reason == "wal-lost")
        assert sorted(notes_in(wal_lost.path)) == ["one", "two"]
        assert "sessionkit.db-wal) was deleted" in window._store_banner.label.text()
    finally:
        _close_app(qapp, ctl, window, opened)


def _lose_the_wal_after_the_close_backup(data: Path) -> None:
    """What the next start finds when the -wal was deleted and the app then died: the
    close backup holds the notes, the data file (healthy) does not."""
    import subprocess
    import textwrap

    from safety_helpers import env_for

    code = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from sessionkit.services.notes import add_note
        from sessionkit.services.safety import open_data
        from sessionkit.store import backup as backups
        data = Path({str(data)!r})
        opened = open_data(data, start_backup=False)
        sid = opened.store.sessions.find("D3").id
        add_note(opened.store, sid, "checkpointed")
        opened.store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        opened.store._db.execute("PRAGMA wal_autocheckpoint = 0")
        os.unlink(data / "sessionkit.db-wal")
        add_note(opened.store, sid, "lost 1")
        add_note(opened.store, sid, "lost 2")
        backups.create_backup(data, source=opened.store._db.conn, reason="close")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True, env=env_for(), timeout=120)
    assert notes_in(data / DB_FILENAME) == ["checkpointed"]


@pytest.mark.slow
@pytest.mark.parametrize("answer", [0, 1])
def test_at_start_a_close_backup_with_notes_the_data_file_lost_is_offered(
        qapp, tmp_path, monkeypatch, answer):
    import json

    from sessionkit.store import backup as backups
    from sessionkit.ui import safety

    data = tmp_path / "data"
    _lose_the_wal_after_the_close_backup(data)
    [close] = backups.list_backups(data)
    log = tmp_path / "dialogs.jsonl"
    monkeypatch.setenv("SESSIONKIT_TEST_DIALOGS", str(log))
    monkeypatch.setenv("SESSIONKIT_TEST_ANSWER", str(answer))
    opened = safety.open_data_for_gui(data)
    try:
        assert opened is not None
        dialogs = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
        when = close.local_time.strftime("%Y-%m-%d %H:%M:%S")
        assert dialogs == [{
            "title": "Notes are missing from the data file",
            "text": (f"The backup from {when} holds 2 notes that are missing from the data "
                     "file (its journal, sessionkit.db-wal, was probably deleted).\n\n"
                     "Restore that backup? The data file as it is now is backed up first."),
            "buttons": ["Restore the backup", "Keep the data file as it is"]}]
        texts = sorted(n.text for n in opened.store.notes.for_session(
            opened.store.sessions.find("D3").id))
    finally:
        if opened is not None:
            opened.close()
    if answer == 0:
        assert texts == ["checkpointed", "lost 1", "lost 2"]
        assert "before-restore" in [b.reason for b in backups.list_backups(data)]
    else:
        assert texts == ["checkpointed"]  # kept as it is, as asked
        assert [b.reason for b in backups.list_backups(data)] == ["close"]


@pytest.mark.slow
def test_at_start_the_cli_warns_of_a_backup_holding_lost_notes(tmp_path):
    data = tmp_path / "data"
    _lose_the_wal_after_the_close_backup(data)
    from sessionkit.store import backup as backups

    [close] = backups.list_backups(data)
    out = cli("notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 0
    assert out.stderr.strip() == (f"sessionkit: warning: backup {close.id} holds 2 notes that "
                                  "are missing from the data file; restore it with: "
                                  f"sessionkit backup restore {close.id}")
    out = cli("backup", "restore", close.id, data_dir=data)
    assert out.returncode == 0, out.stderr
    assert sorted(notes_in(data / DB_FILENAME)) == ["checkpointed", "lost 1", "lost 2"]
    out = cli("notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 0 and out.stderr == ""


def test_deleted_wal_with_a_reader_elsewhere_is_rebuilt_once_the_reader_is_gone(
        qapp, qtbot, tmp_path, monkeypatch):
    import os
    import sqlite3
    import time

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    data = tmp_path / "data"
    opened, window, ctl, sid = _app(qapp, qtbot, data, monkeypatch)
    try:
        ctl.wal_timer.stop()
        _type_note(window, "one")
        reader = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM notes").fetchone()[0] == 1  # a snapshot
        os.unlink(data / (DB_FILENAME + "-wal"))
        _type_note(window, "two")
        started = time.monotonic()
        assert ctl.check_wal() is True  # still gone: the reader keeps the copy from finishing
        assert time.monotonic() - started < 2  # and the window was not kept waiting for it
        [lost] = [b for b in backups_of(data) if b.reason == "wal-lost"]
        assert sorted(notes_in(lost.path)) == ["one", "two"]
        assert window._store_banner.label.text() == (
            "The data file's journal (sessionkit.db-wal) was deleted while SessionKit was "
            f"running: all your notes are safe in backup {lost.id} — keep working, and "
            "restart SessionKit when you can.")
        _type_note(window, "three")
        reader.execute("COMMIT")
        reader.close()
        assert ctl.check_wal() is False  # rebuilt now
        assert "SessionKit rebuilt it" in window._store_banner.label.text()
        assert sorted(notes_in(data / DB_FILENAME)) == ["one", "three", "two"]
        assert [b.reason for b in backups_of(data)].count("wal-lost") == 1
    finally:
        _close_app(qapp, ctl, window, opened)


def backups_of(data):
    from sessionkit.store import backup as backups

    return backups.list_backups(data)


@pytest.mark.slow
def test_disk_full_on_a_tiny_tmpfs_list_and_report_still_work(tmp_path):
    import os
    import shutil
    import subprocess

    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        data = mnt / "data"
        assert cli("note", "add", "--session", "D3", "--", "kept", data_dir=data).returncode == 0
        with open(mnt / "filler", "wb", buffering=0) as f:  # every byte left
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError:
                pass
        out = cli("notes", "list", "--session", "D3", data_dir=data)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split("\t")[-1].strip() == "kept"
        report = tmp_path / "r.md"
        out = cli("report", "--session", "D3", "--format", "md", "-o", str(report),
                  data_dir=data)
        assert out.returncode == 0, out.stderr
        assert "kept" in report.read_text(encoding="utf-8")
        (mnt / "filler").unlink()  # space returns: the file is as it was
        assert notes_in(data / DB_FILENAME) == ["kept"]
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_wal_deleted_before_the_first_keystroke_loses_nothing(qapp, qtbot, tmp_path,
                                                              monkeypatch):
    import os

    from sessionkit.ui.capture.writer import writer_for

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    data = tmp_path / "data"
    opened, window, ctl, sid = _app(qapp, qtbot, data, monkeypatch)
    try:
        ctl.wal_timer.stop()
        assert writer_for(opened.store).wait_idle(10)
        os.unlink(data / (DB_FILENAME + "-wal"))  # nothing typed yet
        _type_note(window, "the first note")
        _type_note(window, "the second note")
        assert not window._store_banner.isVisible()
        assert ctl.check_wal() is False  # noticed and rebuilt
        [lost] = [b for b in backups_of(data) if b.reason == "wal-lost"]
        assert sorted(notes_in(lost.path)) == ["the first note", "the second note"]
        assert sorted(notes_in(data / DB_FILENAME)) == ["the first note", "the second note"]
        _type_note(window, "the third note")
    finally:
        _close_app(qapp, ctl, window, opened)
    assert sorted(notes_in(data / DB_FILENAME)) == ["the first note", "the second note",
                                                   "the third note"]
