"""Every past schema version has a fixture database (tests/data/schemas/v<N>.db, made by
scripts/make_schema_fixture.py); each migrates to the current schema with nothing lost.
A database from a newer SessionKit is refused and left byte-identical."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from sessionkit.services.safety import open_data
from sessionkit.store import NewerSchemaError
from sessionkit.store import backup as backups
from sessionkit.store.db import DB_FILENAME, SCHEMA_VERSION

from safety_helpers import cli

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schemas"
SID = "5f0c8f0e-0d3a-4c1e-9a51-0000000000d3"


def _dump(path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:  # ordinary tables; full-text indexes are SQLite's to rebuild
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' "
                            "AND name NOT LIKE 'sqlite_%'").fetchall()
        virtual = [r[0] for r in rows if (r[1] or "").upper().startswith("CREATE VIRTUAL")]
        tables = [r[0] for r in rows if r[0] not in virtual
                  and not any(r[0].startswith(v + "_") for v in virtual)]
        return {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        conn.close()


def test_a_fixture_exists_for_every_past_schema_version():
    missing = [v for v in range(1, SCHEMA_VERSION) if not (FIXTURES / f"v{v}.db").exists()]
    assert not missing, (f"no fixture for schema version(s) {missing}: run "
                         "`python scripts/make_schema_fixture.py --version N` before the "
                         "migration that follows N is released, and commit the file")


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_fixture_migrates_to_current_with_nothing_lost(tmp_path, version):
    fixture = FIXTURES / f"v{version}.db"
    if not fixture.exists():
        pytest.skip(f"no fixture for the current version {version} yet (only past ones "
                    "are required)")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(fixture, data / DB_FILENAME)
    before = _dump(data / DB_FILENAME)
    assert sqlite3.connect(fixture).execute("PRAGMA user_version").fetchone()[0] == version
    assert len(before["notes"]) >= 8  # a realistic fixture, not an empty schema

    opened = open_data(data)
    store = opened.store
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn = store._db.conn
    for table, rows in before.items():
        for row in rows:
            where = " AND ".join(f'"{c}" IS ?' for c in row)
            found = conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}',
                                 list(row.values())).fetchone()[0]
            assert found == 1, f"{table} row lost or changed by migrating v{version}: {row}"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    # what the user sees, through today's code
    expected = [r["text"] for r in sorted(before["notes"], key=lambda r: (r["created"], r["id"]))
                if r["deleted_at"] is None]
    assert [n.text for n in store.notes.for_session(SID)] == expected
    assert store.drafts.get(SID) == "Unsaved line the rapporteur was typing…"
    bundle = store.load_bundle(SID)
    assert bundle.session.title == "Low carbon cities in Asia through city-to-city cooperation"
    assert [p.display_name for p in bundle.people][:2] == ["Naoki Mori", "Kim Sang-Kap"]
    assert [s.code for s in store.sessions.list()] == ["D3"]  # not seeded a second time
    opened.close()

    if version < SCHEMA_VERSION:  # the old file was backed up before migrating
        made = [b for b in backups.list_backups(data)
                if b.reason == f"before-migration-v{version}"]
        assert len(made) == 1
        assert _dump(made[0].path) == before


def _newer_copy(tmp_path) -> Path:
    newest = max(FIXTURES.glob("v*.db"), key=lambda p: int(p.stem[1:]))
    data = tmp_path / "data"
    data.mkdir()
    db = data / DB_FILENAME
    shutil.copy(newest, db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return db


def test_database_from_newer_version_is_refused_untouched(tmp_path):
    db = _newer_copy(tmp_path)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as err:
        open_data(db.parent)
    assert "newer SessionKit" in str(err.value) and "untouched" in str(err.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert not Path(str(db) + "-wal").exists() and not backups.list_backups(db.parent)


@pytest.mark.slow
def test_cli_refuses_newer_database_in_one_line(tmp_path):
    db = _newer_copy(tmp_path)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for args in (["list"], ["note", "add", "--session", "D3", "--", "x"]):
        out = cli(*args, data_dir=db.parent)
        assert out.returncode == 2
        assert "written by a newer SessionKit" in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
