"""Full-text search: CJK substrings via the trigram tokenizer, LIKE for short queries."""

from __future__ import annotations

import json

import pytest

from sessionkit.services import capture as cap
from sessionkit.services.search import search, snippet

from conftest import run_cli


@pytest.fixture
def notes(store, own_session):
    texts = ["광주광역시 hosts the Urban Environmental Accords secretariat",
             "都市間連携による低炭素都市づくり",
             "城市间合作 helps Hồ Chí Minh City",
             "100% of 50_cities signed"]
    return [cap.capture_note(store, own_session.id, t) for t in texts]


@pytest.mark.parametrize("query, expected", [
    ("광주", 0), ("광주광역", 0), ("都市間", 1), ("連携", 1), ("城市间", 2), ("Chí Minh", 2),
    ("accords", 0), ("ACCORDS secretariat", 0), ("100%", 3), ("50_c", 3), ("%", 3), ("_", 3),
])
def test_finds_substrings(store, notes, query, expected):
    hits = [h for h in search(store, query) if h.kind == "note"]
    assert [h.note_id for h in hits] == [notes[expected].id]


def test_finds_nothing_for_absent_words(store, notes):
    assert search(store, "xylophone") == []
    assert search(store, "광역시청") == []
    assert search(store, "") == []


def test_session_titles_and_descriptions_are_searched(store, notes, own_session):
    own_session.description = ["Yokohama's brokers pair a city with a partner city."]
    store.sessions.save(own_session)
    hits = search(store, "Yokohama's brokers")
    assert [(h.kind, h.session_code) for h in hits] == [("session", "T1")]


def test_deleted_notes_are_not_found_and_edits_are(store, notes):
    cap.delete_notes(store, [notes[0].id])
    assert [h for h in search(store, "광주") if h.kind == "note"] == []
    cap.edit_note(store, notes[1].id, text="Kitakyushu partners")
    assert search(store, "都市間") == []
    assert [h.note_id for h in search(store, "kitakyushu")] == [notes[1].id]


def test_snippet_marks_the_match():
    shown, spans = snippet("a " * 100 + "광주광역시 end", "광주", width=20)
    assert shown.startswith("…")
    assert [shown[s:e] for s, e in spans] == ["광주"]


@pytest.mark.slow
def test_cli_search_json(data_dir):
    for text in ["광주광역시 partners", "都市間連携による協力", "plain words here"]:
        r = run_cli("note", "add", "--session", "D3", "--", text, data_dir=data_dir)
        assert r.returncode == 0, r.stderr
    for q, expected in [("광주", "광주광역시 partners"), ("都市間", "都市間連携による協力")]:
        r = run_cli("search", "--json", "--", q, data_dir=data_dir)
        assert r.returncode == 0, r.stderr
        hits = json.loads(r.stdout)
        assert [(h["session_code"], h["text"]) for h in hits] == [("D3", expected)]
        assert hits[0]["note_id"]
    r = run_cli("search", "--json", "--session", "D3", "--", "zebrafish", data_dir=data_dir)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    r = run_cli("search", "--session", "NOPE", "--", "x", data_dir=data_dir)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "NOPE" in r.stderr


def test_notes_of_a_deleted_session_are_not_found(store, own_session):
    from sessionkit.domain.models import Session

    other = Session(code="E1", title="Other")
    store.sessions.save(other)
    cap.capture_note(store, other.id, "Kitakyushu eco-town")
    cap.capture_note(store, own_session.id, "Kitakyushu visit")
    store._db.execute("UPDATE sessions SET deleted_at = '2026-01-01T00:00:00+00:00' WHERE id = ?",
                     [other.id])
    assert [h.text for h in search(store, "Kitakyushu")] == ["Kitakyushu visit"]
    assert [h.text for h in search(store, "Ki")] == ["Kitakyushu visit"]


def test_limit_keeps_the_newest(store, own_session):
    for i in range(5):
        cap.capture_note(store, own_session.id, f"repeat word {i}")
    from sessionkit.store.search import SearchRepo

    assert [h.text for h in SearchRepo(store._db).notes("repeat", limit=2)] == [
        "repeat word 4", "repeat word 3"]


def _new_note(session_id, text):
    from datetime import datetime, timezone

    from sessionkit.domain.models import Note

    return Note(session_id=session_id, text=text,
                created=datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc))


def test_notes_saved_while_the_index_is_deferred_are_found_once_it_ends(store, notes,
                                                                        own_session):
    """A team pass saves the notes it merges with the search index filled once per
    commit: each is found right after, an edit inside the block is found by its new
    words only, and notes saved after the block are indexed as they come again."""
    fresh = [_new_note(own_session.id, t) for t in ("도시 간 협력 합의", "Bonn 会議の記録")]
    with store.atomic():
        with store.notes.search_index_deferred():
            store.notes.save_many(fresh)
            fresh[1].text = "Bonn 会議の議事録"
            store.notes.save(fresh[1])  # the update trigger indexes it too: once, still
    assert [h.note_id for h in search(store, "간 협력") if h.kind == "note"] == [fresh[0].id]
    assert [h.note_id for h in search(store, "議事録") if h.kind == "note"] == [fresh[1].id]
    assert search(store, "会議の記録") == []
    after = cap.capture_note(store, own_session.id, "captured after the merge: Lagos")
    assert [h.note_id for h in search(store, "Lagos") if h.kind == "note"] == [after.id]
    assert [h.note_id for h in search(store, "都市間")] == [notes[1].id]


def test_a_rolled_back_block_leaves_index_and_trigger_as_they_were(store, notes, own_session):
    with pytest.raises(RuntimeError), store.atomic():
        with store.notes.search_index_deferred():
            store.notes.save_many([_new_note(own_session.id, "never saved: Kigali")])
            raise RuntimeError("a refused package")
    assert search(store, "Kigali") == []
    later = cap.capture_note(store, own_session.id, "saved later: Kigali")
    assert [h.note_id for h in search(store, "Kigali") if h.kind == "note"] == [later.id]


def test_the_index_is_not_deferred_outside_a_transaction(store, own_session):
    with store.notes.search_index_deferred():  # nothing to defer to: indexed as they come
        store.notes.save_many([_new_note(own_session.id, "outside: Medellín")])
        assert [h.text for h in search(store, "Medellín")] == ["outside: Medellín"]
