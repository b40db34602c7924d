"""The SQLite store: pragmas, migrations, repositories round-trip."""

import sqlite3
from datetime import date, datetime, timezone

import pytest

from sessionkit.domain import Note, NoteKind, OutcomeStatus
from sessionkit.store import NewerSchemaError, Store
from sessionkit.store.db import DB_FILENAME, SCHEMA_VERSION
from conftest import OWN_AGENDA, OWN_OUTCOMES


def test_pragmas_and_schema_version(store):
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_bundle_round_trip(store, own_session):
    b = store.load_bundle(own_session.id)
    assert b.session.title == "City pairs, a test session"
    assert [o.text for o in b.outcomes] == OWN_OUTCOMES
    assert [(a.title, a.planned_minutes) for a in b.agenda] == [
        (title, minutes) for title, _kind, minutes, _people in OWN_AGENDA]
    assert b.documents[0].as_of == "7th April 2015"
    assert [p.display_name for p in b.people] == ["Naoki Mori", "Kim Sang-Kap"]
    assert b.agenda[1].person_ids == [b.people[0].id]


def test_note_round_trip_keeps_every_field(store, own_session):
    outcome = store.outcomes.for_session(own_session.id)[0]
    item = store.agenda.for_session(own_session.id)[1]
    n = Note(session_id=own_session.id, text="0.1 < A <b> & </para> 광주광역시 😀",
             kind=NoteKind.ACTION, created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
             author="Rapporteur", device="laptop", agenda_item_id=item.id,
             speaker_id=item.person_ids[0], outcome_ids=[outcome.id], action_owner="Kim",
             action_due=date(2026, 2, 1), starred=True)
    store.notes.save(n)
    back = store.notes.get(n.id)
    assert back == n


def test_outcome_status_persists_across_reopen(data_dir, store, own_session):
    o = store.outcomes.for_session(own_session.id)[1]
    store.outcomes.set_status(o.id, OutcomeStatus.PARTLY)
    store.close()
    again = Store.open(data_dir)
    assert again.outcomes.for_session(own_session.id)[1].status == OutcomeStatus.PARTLY
    again.close()


def test_failed_transaction_changes_nothing(store, own_session):
    before = len(store.notes.for_session(own_session.id))
    with pytest.raises(RuntimeError):
        with store.atomic():
            store.notes.save(Note(session_id=own_session.id, text="one"))
            raise RuntimeError("boom")
    assert len(store.notes.for_session(own_session.id)) == before


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.notes.save(Note(session_id="no-such-session", text="orphan"))


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer SessionKit"):
        Store.open(tmp_path)
    assert path.read_bytes() == before
