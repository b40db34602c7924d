"""Bundled sessions have ids derived from the file: two laptops seeding D3 mean the same
session, agenda items, people and outcomes (a follower stamps notes with the moderator's
ids); a changed file means another session; a store that has its ids keeps them."""

import shutil

from sessionkit import config
from sessionkit.bundles import load_session_file
from sessionkit.services.sessions import seed_bundled_sessions
from sessionkit.store import Store

D3_FILE = config.resources_dir() / "sessions" / "d3.toml"


def ids_of(store: Store) -> dict:
    sid = store.sessions.find("D3").id
    return {
        "session": sid,
        "agenda": [(a.id, a.title, a.person_ids) for a in store.agenda.for_session(sid)],
        "people": sorted((p.id, p.display_name) for p in store.people.for_session(sid)),
        "outcomes": [o.id for o in store.outcomes.for_session(sid)],
    }


def seeded(folder, files_dir):
    store = Store.open(folder)
    result = seed_bundled_sessions(store, files_dir)
    assert result.loaded == ["D3"] and not result.errors
    return store


def test_two_fresh_data_folders_get_identical_ids(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(D3_FILE, files / "d3.toml")
    a, b = seeded(tmp_path / "m", files), seeded(tmp_path / "f", files)
    try:
        ids_a, ids_b = ids_of(a), ids_of(b)
        assert ids_a == ids_b
        assert len(ids_a["agenda"]) == 6 and len(ids_a["people"]) >= 2
        assert len(ids_a["outcomes"]) == 3
        # every id is distinct (no two parts collapse onto one)
        every = [ids_a["session"], *(x[0] for x in ids_a["agenda"]),
                 *(p[0] for p in ids_a["people"]), *ids_a["outcomes"]]
        assert len(set(every)) == len(every)
    finally:
        a.close()
        b.close()


def test_a_changed_bundle_file_is_another_session(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    shutil.copy(D3_FILE, one / "d3.toml")
    (two / "d3.toml").write_bytes(D3_FILE.read_bytes() + b"\n# edited\n")
    a = load_session_file(one / "d3.toml", stable_ids=True)
    b = load_session_file(two / "d3.toml", stable_ids=True)
    assert a.session.id != b.session.id
    assert {x.id for x in a.agenda}.isdisjoint(x.id for x in b.agenda)
    assert {x.id for x in a.people}.isdisjoint(x.id for x in b.people)


def test_templates_and_plain_loads_still_get_fresh_ids():
    a, b = load_session_file(D3_FILE), load_session_file(D3_FILE)
    assert a.session.id != b.session.id
    assert a.agenda[0].id != b.agenda[0].id


def test_a_store_seeded_earlier_keeps_its_ids(tmp_path):
    """An existing store's D3 (random ids from an older SessionKit) is never rewritten."""
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(D3_FILE, files / "d3.toml")
    store = Store.open(tmp_path / "old")
    try:
        old = load_session_file(files / "d3.toml")  # as the older SessionKit seeded it
        old.session.source = "bundle:d3"
        store.save_bundle(old)
        store.mark_bundle_loaded("bundle:d3", old.session.id)
        assert seed_bundled_sessions(store, files).loaded == []
        assert ids_of(store)["session"] == old.session.id
        assert [a[0] for a in ids_of(store)["agenda"]] == [a.id for a in old.agenda]
    finally:
        store.close()


def test_a_session_merged_before_seeding_is_taken_as_the_bundles(tmp_path):
    """The follower merged the moderator's D3 package before its own D3 was seeded: the
    seeding finds the same ids there and adds no second D3."""
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(D3_FILE, files / "d3.toml")
    store = Store.open(tmp_path / "f")
    try:
        same = load_session_file(files / "d3.toml", stable_ids=True)
        same.session.source = "bundle:d3"
        store.save_bundle(same)
        assert seed_bundled_sessions(store, files).loaded == []
        assert store.bundle_loaded("bundle:d3")
        assert ids_of(store)["session"] == same.session.id
    finally:
        store.close()
