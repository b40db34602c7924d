"""The full integrity check at start is skipped only for a file exactly as a clean close
left it; a crash, a change, a copy or a bad marker mean the full check, and damage is
reported as before."""

import os
import shutil
import sqlite3

import pytest

from sessionkit.services.safety import DamagedDatabaseError, open_data
from sessionkit.store import health
from sessionkit.store.db import DB_FILENAME

MARKER = DB_FILENAME + health.CLEAN_SUFFIX


@pytest.fixture
def checks(monkeypatch):
    """The integrity checks run by the opens that follow (PRAGMA quick_check)."""
    seen: list[str] = []
    real = health.open_read_only

    def traced(path, *args, **kwargs):
        conn = real(path, *args, **kwargs)
        conn.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(health, "open_read_only", traced)
    return seen


def _made(data):
    opened = open_data(data, start_backup=False)
    from sessionkit.services.notes import add_note

    add_note(opened.store, opened.store.sessions.find("D3").id, "kept")
    return opened


def _overwrite_pages(path):
    with open(path, "r+b") as f:
        for n in range(2, os.path.getsize(path) // 4096, 3):
            f.seek(n * 4096)
            f.write(os.urandom(4096))


def test_after_a_clean_close_the_next_start_skips_the_full_check_once(tmp_path, checks):
    data = tmp_path / "data"
    _made(data).close()
    assert (data / MARKER).exists()
    checks.clear()
    opened = open_data(data, start_backup=False)
    assert checks == []  # the file is as the clean close left it
    assert not (data / MARKER).exists()  # vouches for one start only
    assert [n.text for n in opened.store.notes.for_session(
        opened.store.sessions.find("D3").id) if n.text == "kept"] == ["kept"]
    opened.close()


def test_after_a_crash_the_full_check_runs(tmp_path, checks):
    data = tmp_path / "data"
    _made(data).close()
    opened = open_data(data, start_backup=False)
    opened.store.close()  # a crash: no clean close, the lock goes with the process
    opened.lock.release()
    assert not (data / MARKER).exists()
    checks.clear()
    open_data(data, start_backup=False).close()
    assert checks, "no integrity check after a crash"


def test_damage_right_after_a_clean_close_is_still_found(tmp_path):
    data = tmp_path / "data"
    _made(data).close()
    _overwrite_pages(data / DB_FILENAME)  # within the same clock tick as the close, likely
    with pytest.raises(DamagedDatabaseError):
        open_data(data, start_backup=False)


def test_a_write_in_the_same_clock_tick_as_the_close_is_still_found(tmp_path):
    # coarse file times: the close, the marker and a damaging write all get one time
    data = tmp_path / "data"
    _made(data).close()
    db, marker = data / DB_FILENAME, data / MARKER
    tick = os.stat(db).st_mtime_ns
    _overwrite_pages(db)  # in place: same inode, same size
    os.utime(db, ns=(tick, tick))
    os.utime(marker, ns=(tick, tick))
    with pytest.raises(DamagedDatabaseError):
        open_data(data, start_backup=False)


def test_a_damaged_copy_with_the_old_times_is_still_found(tmp_path):
    data = tmp_path / "data"
    _made(data).close()
    db = data / DB_FILENAME
    st = os.stat(db)
    bad = tmp_path / "bad.db"
    shutil.copyfile(db, bad)
    _overwrite_pages(bad)
    os.replace(bad, db)  # another file (inode), same size, times put back
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(DamagedDatabaseError):
        open_data(data, start_backup=False)


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"size": 1}', "\x00" * 40])
def test_a_bad_marker_means_the_full_check(tmp_path, checks, content):
    data = tmp_path / "data"
    _made(data).close()
    (data / MARKER).write_text(content, encoding="latin-1")
    checks.clear()
    open_data(data, start_backup=False).close()
    assert checks
    assert (data / MARKER).exists()  # the clean close wrote a good one again


def test_no_marker_while_the_wal_is_still_there(tmp_path):
    data = tmp_path / "data"
    opened = _made(data)
    other = sqlite3.connect(data / DB_FILENAME)  # another connection keeps the -wal
    other.execute("SELECT count(*) FROM notes").fetchone()
    try:
        opened.close()
        assert (data / (DB_FILENAME + "-wal")).exists()
        assert not (data / MARKER).exists()
    finally:
        other.close()


@pytest.mark.slow
def test_the_app_quitting_leaves_the_file_whole_and_marked(tmp_path, checks):
    # the writer thread's connection closes at quit, so the -wal is folded into the
    # file; a typed note is in it; the next start skips the full check
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sessionkit.ui import app as ui_app
    from sessionkit.ui.safety.hooks import type_text

    QApplication.instance() or QApplication([])
    data = tmp_path / "data"

    def type_and_quit():
        for w in QApplication.topLevelWidgets():
            if hasattr(w, "capture_panel") and w.isVisible():
                type_text(w.capture_panel.edit, "typed before quitting")
                w.capture_panel.commit()
                w.close()

    QTimer.singleShot(300, type_and_quit)
    assert ui_app.run_gui(data) == 0
    assert not (data / (DB_FILENAME + "-wal")).exists()
    assert (data / MARKER).exists()
    conn = sqlite3.connect(data / DB_FILENAME)
    assert conn.execute("SELECT count(*) FROM notes WHERE text = 'typed before quitting'"
                        ).fetchone()[0] == 1
    conn.close()
    checks.clear()
    open_data(data, start_backup=False).close()
    assert checks == []
