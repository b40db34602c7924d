"""What the store offers so that nothing above it needs SQL or the connection."""

import sqlite3

import pytest

from sessionkit.domain import Note
from sessionkit.domain.models import utc_now
from sessionkit.store import Store
from sessionkit.store.backup import list_backups
from sessionkit.store.db import DB_FILENAME


def test_data_version_sees_another_connections_commit(store, own_session, data_dir):
    before = store.data_version(), store.total_changes()
    other = Store.open(data_dir)  # as the writer thread does: its own connection
    try:
        other.notes.save(Note(session_id=own_session.id, text="typed on the writer thread"))
    finally:
        other.close()
    assert store.data_version() != before[0]
    assert store.total_changes() == before[1]  # this connection wrote nothing
    store.notes.save(Note(session_id=own_session.id, text="typed here"))
    assert store.total_changes() > before[1]


def test_backup_to_holds_what_was_committed(store, own_session, data_dir):
    store.notes.save(Note(session_id=own_session.id, text="광주광역시 must survive"))
    info = store.backup_to(data_dir, reason="manual")
    assert [b.id for b in list_backups(data_dir)] == [info.id]
    conn = sqlite3.connect(info.path)
    try:
        rows = conn.execute("SELECT text FROM notes").fetchall()
        assert rows == [("광주광역시 must survive",)]
    finally:
        conn.close()
    assert (data_dir / DB_FILENAME).exists()


def test_rollback_undoes_an_open_transaction(store, own_session):
    assert not store.in_transaction()
    store._db.execute("BEGIN")
    store.notes.save(Note(session_id=own_session.id, text="half a job"))
    assert store.in_transaction()
    store.rollback()
    assert not store.in_transaction()
    assert store.notes.for_session(own_session.id) == []


def test_agenda_field_name_never_reaches_sql(store, own_session):
    item = store.agenda.for_session(own_session.id)[0]
    with pytest.raises(ValueError, match="is not an agenda item field"):
        store.agenda.set_field(item.id, "title = 'x', session_id", "hijacked")
    assert store.agenda.for_session(own_session.id)[0] == item
    store.agenda.set_field(item.id, "title", "Opening")
    assert store.agenda.for_session(own_session.id)[0].title == "Opening"


def test_note_ids_by_whole_id_or_unique_prefix(store, own_session):
    a = Note(id="abcdef01-aaaa", session_id=own_session.id, text="one")
    b = Note(id="abcdef02-bbbb", session_id=own_session.id, text="two")
    store.notes.save(a)
    store.notes.save(b)
    assert store.notes.ids_like("abcdef01-aaaa") == [a.id]
    assert store.notes.ids_like("abcdef01") == [a.id]
    assert sorted(store.notes.ids_like("abcdef")) == [a.id, b.id]  # ambiguous: both
    assert store.notes.ids_like("abcde") == []  # too short to guess from


def test_person_cues_and_the_bin(store, own_session):
    pid = store.people.for_session(own_session.id)[0].id
    store.person_cues.set(own_session.id, pid, "김상갑 — say his city first")
    assert store.person_cues.get(own_session.id, pid) == "김상갑 — say his city first"
    cues = store.person_cues.for_session(own_session.id)
    assert cues == {pid: "김상갑 — say his city first"}
    assert store.sessions.presence(own_session.id) is False
    store.sessions.bin(own_session.id, utc_now())
    assert store.sessions.presence(own_session.id) is True
    assert [s.id for s, _when, _n in store.sessions.binned()] == [own_session.id]
    assert store.sessions.unbin(own_session.id) is True
    assert store.sessions.unbin(own_session.id) is False  # not in the bin any more
    assert store.sessions.presence("no-such-session") is None
