"""Backups: made through SQLite's backup API, rotated, listed and restored from the CLI."""

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from sessionkit.services.safety import open_data, restore
from sessionkit.store import backup as backups
from sessionkit.store.db import DB_FILENAME

from cli_runner import invoke as cli  # in-process: main(argv), output captured
from safety_helpers import notes_in


def _add(opened, text):
    from sessionkit.services.notes import add_note

    d3 = opened.store.sessions.find("D3")
    return add_note(opened.store, d3.id, text)


def test_start_backup_restore_round_trip_keeps_a_safety_copy(tmp_path):
    data = tmp_path / "data"
    opened = open_data(data)
    assert opened.backup is not None and opened.backup.reason == "start"
    _add(opened, "first")
    first = backups.create_backup(data, source=opened.store._db.conn)
    _add(opened, "second")
    opened.close()

    info, safety, moved = restore(data, first.id)
    assert info.id == first.id and moved is None
    assert notes_in(data / DB_FILENAME) == ["first"]
    assert notes_in(safety.path) == ["first", "second"]  # nothing lost by restoring
    assert safety.reason == "before-restore"
    again = open_data(data)  # the restored file opens normally and is writable
    _add(again, "third")
    again.close()
    assert notes_in(data / DB_FILENAME) == ["first", "third"]
    with sqlite3.connect(data / DB_FILENAME) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_has_only_committed_data_while_a_write_is_open(tmp_path):
    data = tmp_path / "data"
    opened = open_data(data)
    _add(opened, "committed")
    other = sqlite3.connect(data / DB_FILENAME, isolation_level=None, timeout=1)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE notes SET text = 'half-written'")
    try:
        info = backups.create_backup(data)  # its own read-only connection
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert notes_in(info.path) == ["committed"]
    with sqlite3.connect(info.path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(backups.backup_dir(data).glob(".tmp-*"))
    opened.close()


def test_rotation_keeps_last_ten_and_one_per_day_for_two_weeks(tmp_path):
    data = tmp_path / "data"
    opened = open_data(data, start_backup=False)
    now = datetime.now(timezone.utc).replace(hour=12, minute=0, second=0, microsecond=0)
    made = []
    for day in range(20, 0, -1):  # 20 days ago .. yesterday: three a day
        for hour in (9, 11, 13):
            when = now - timedelta(days=day) + timedelta(hours=hour - 12)
            made.append(backups.create_backup(data, source=opened.store._db.conn, now=when,
                                              prune_after=False))
    for minute in range(12):  # today, every few minutes
        made.append(backups.create_backup(data, source=opened.store._db.conn,
                                          now=now + timedelta(minutes=3 * minute),
                                          prune_after=False))
    backups.prune(data, now=now + timedelta(minutes=40))
    kept = backups.list_backups(data)
    kept_ids = [b.id for b in kept]
    newest_ten = sorted((b.id for b in made), reverse=True)[:10]
    assert kept_ids[:10] == newest_ten
    days = {b.local_time.date() for b in kept}
    today = (now + timedelta(minutes=40)).astimezone().date()
    for ago in range(1, 14):
        day = today - timedelta(days=ago)
        of_day = sorted((b for b in made if b.local_time.date() == day), key=lambda b: b.id)
        if of_day:  # the newest of that day survives, and only one
            assert of_day[-1].id in kept_ids
            assert sum(1 for b in kept if b.local_time.date() == day) == 1
    assert all((today - d).days < 14 for d in days)
    assert len(kept) == 10 + len([d for d in days if d != today])
    opened.close()


@pytest.mark.slow
def test_cli_backup_list_and_restore(tmp_path):
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "kept", data_dir=data).returncode == 0
    out = cli("backup", "create", data_dir=data)
    assert out.returncode == 0, out.stderr
    bid = out.stdout.strip()
    assert cli("note", "add", "--session", "D3", "--", "later", data_dir=data).returncode == 0
    rows = json.loads(cli("backup", "list", "--json", data_dir=data).stdout)
    assert rows[0]["id"] == bid and rows[0]["notes"] == 1 and rows[0]["ok"]
    text = cli("backup", "list", data_dir=data).stdout
    assert bid in text and "1 notes" in text

    out = cli("backup", "restore", bid, data_dir=data)
    assert out.returncode == 0, out.stderr
    assert f"restored backup {bid}" in out.stdout
    assert "backed up first as" in out.stdout
    listed = json.loads(cli("notes", "list", "--session", "D3", "--json", data_dir=data).stdout)
    assert [r["text"] for r in listed] == ["kept"]
    rows = json.loads(cli("backup", "list", "--json", data_dir=data).stdout)
    assert any(r["reason"] == "before-restore" and r["notes"] == 2 for r in rows)

    out = cli("backup", "restore", "nope", data_dir=data)
    assert out.returncode == 2 and "no backup with ID 'nope'" in out.stderr
