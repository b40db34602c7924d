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

from safety_helpers import cli, notes_in  # noqa: E402

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
        made = [backups.create_backup(data, source=opened.store.db.conn,
                                      now=t0 + timedelta(seconds=i), prune_after=False)
                for i in range(count)]
        add_note(opened.store, sid, "only in the data file")
    finally:
        opened.close()
    return made


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
