"""A damaged data file is found at start, moved aside with a timestamp (never replaced
by an empty one), the user is told, and the newest good backup can be restored."""

import hashlib
import json
import os
import sqlite3

import pytest

from sessionkit.services.safety import DamagedDatabaseError, open_data
from sessionkit.store.db import DB_FILENAME

from cli_runner import invoke as cli  # in-process: main(argv), output captured
from safety_helpers import notes_in

NOTES = [f"note {i}: " + "city-to-city cooperation " * 8 for i in range(300)]


def _build(data):
    from sessionkit.services.notes import add_note
    from sessionkit.store import backup as backups

    opened = open_data(data, start_backup=False)
    d3 = opened.store.sessions.find("D3")
    for text in NOTES:
        add_note(opened.store, d3.id, text)
    good = backups.create_backup(data, source=opened.store._db.conn, reason="test")
    opened.close()
    return good


def _overwrite_pages(path):
    with open(path, "r+b") as f:
        size = os.path.getsize(path)
        page = 4096
        for n in range(2, size // page, 3):  # every third page after the header page
            f.seek(n * page)
            f.write(os.urandom(page))


def _truncate(path):
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.truncate(size // 3)


def _wrong_file(path):
    path.write_bytes(b"%PDF-1.4\n% not a database at all\n" + b"x" * 5000)


def _emptied(path):
    path.write_bytes(b"")


DAMAGE = {"overwritten pages": _overwrite_pages, "truncated": _truncate,
          "wrong file": _wrong_file, "emptied": _emptied}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_moved_aside_reported_and_restorable(tmp_path, kind):
    data = tmp_path / "data"
    good = _build(data)
    db = data / DB_FILENAME
    DAMAGE[kind](db)
    damaged_bytes = hashlib.sha256(db.read_bytes()).hexdigest()

    with pytest.raises(DamagedDatabaseError) as err:
        open_data(data)
    e = err.value
    assert e.moved_to is not None and e.moved_to.name.startswith("sessionkit.db.damaged-")
    assert hashlib.sha256(e.moved_to.read_bytes()).hexdigest() == damaged_bytes  # kept as is
    assert not db.exists()  # no empty file slipped into its place
    assert e.backup_id == good.id
    assert "damaged" in str(e) and f"sessionkit backup restore {good.id}" in str(e)

    out = cli("backup", "restore", e.backup_id, data_dir=data)
    assert out.returncode == 0, out.stderr
    assert notes_in(db) == NOTES


@pytest.mark.slow
def test_cli_says_so_in_one_line_and_keeps_the_file(tmp_path):
    data = tmp_path / "data"
    good = _build(data)
    _wrong_file(data / DB_FILENAME)
    out = cli("notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 2
    line = out.stderr.strip()
    assert len(line.splitlines()) == 1
    assert "is damaged (file is not a database)" in line
    assert "moved aside to sessionkit.db.damaged-" in line
    assert f"sessionkit backup restore {good.id}" in line
    assert [p.name for p in data.glob("sessionkit.db.damaged-*")]
    out = cli("backup", "restore", "latest", data_dir=data)
    assert out.returncode == 0, out.stderr
    rows = json.loads(cli("notes", "list", "--session", "D3", "--json", data_dir=data).stdout)
    assert [r["text"] for r in rows] == NOTES


def test_healthy_file_after_a_crash_with_frames_in_the_wal_is_not_damage(tmp_path):
    data = tmp_path / "data"
    _build(data)
    db = data / DB_FILENAME
    # leave committed frames in the -wal file, as a killed process would
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE notes SET starred = 1")
    wal = data / (DB_FILENAME + "-wal")
    assert wal.stat().st_size > 0
    import shutil

    copy = tmp_path / "crashed"
    copy.mkdir()
    shutil.copy(db, copy / DB_FILENAME)
    shutil.copy(wal, copy / (DB_FILENAME + "-wal"))
    conn.close()
    opened = open_data(copy)
    d3 = opened.store.sessions.find("D3")
    notes = opened.store.notes.for_session(d3.id)
    assert len(notes) == len(NOTES) and all(n.starred for n in notes)
    opened.close()


def test_a_journal_without_its_database_is_kept_aside_not_discarded(tmp_path):
    data = tmp_path / "data"
    _build(data)
    db = data / DB_FILENAME
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE notes SET text = 'from the old journal'")
    import shutil

    shutil.copy(data / (DB_FILENAME + "-wal"), tmp_path / "wal")
    conn.close()
    db.unlink()  # e.g. deleted by hand, or a crash between two renames
    shutil.copy(tmp_path / "wal", data / (DB_FILENAME + "-wal"))
    opened = open_data(data)
    d3 = opened.store.sessions.find("D3")
    assert opened.store.notes.for_session(d3.id) == []  # a new, sound, empty file
    assert opened.store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    opened.close()
    [orphan] = data.glob(DB_FILENAME + "-wal.orphan-*")  # kept, out of the way
    assert orphan.read_bytes() == (tmp_path / "wal").read_bytes()
