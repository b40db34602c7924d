"""Session packages: export, merge twice, merge in any order, damaged files refused."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import run_cli
from interchange_helpers import dump, fixture
from sessionkit.domain.models import Note, NoteKind, OutcomeStatus
from sessionkit.interchange.package import FORMAT, PackageError, read_package
from sessionkit.services.importing import import_schedule
from sessionkit.services.packages import export_package, merge_package
from sessionkit.services.sessions import open_store

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def open_dir(path: Path):
    store, _ = open_store(path)
    return store


def note_set(store, session_id: str) -> list[dict]:
    """What a user would compare: every note (deleted ones too) with its context by name."""
    items = {a.id: a.title for a in store.agenda.for_session(session_id)}
    outcomes = {o.id: o.text for o in store.outcomes.for_session(session_id)}
    people = {p.id: p.display_name for p in store.people.for_session(session_id)}
    out = []
    for n in store.notes.for_session(session_id, include_deleted=True):
        out.append({"id": n.id, "text": n.text, "kind": n.kind.value,
                    "created": n.created.isoformat(), "updated": n.updated.isoformat(),
                    "author": n.author, "device": n.device, "starred": n.starred,
                    "deleted_at": n.deleted_at.isoformat() if n.deleted_at else None,
                    "agenda_item": items.get(n.agenda_item_id),
                    "speaker": people.get(n.speaker_id),
                    "outcomes": sorted(outcomes.get(o, "?") for o in n.outcome_ids),
                    "action_owner": n.action_owner, "action_due": n.action_due})
    return sorted(out, key=lambda d: d["id"])


def test_round_trip_export_then_merge_twice(tmp_path):
    a = open_dir(tmp_path / "rapporteur")
    d3 = a.sessions.find("D3")
    item = a.agenda.for_session(d3.id)[1]
    speaker = a.people.for_session(d3.id)[0]
    outcome = a.outcomes.for_session(d3.id)[0]
    a.outcomes.set_status(outcome.id, OutcomeStatus.ACHIEVED)
    notes = [
        Note(session_id=d3.id, text="Cities share staff for a year", created=at(1),
             author="Ann", device="laptop-a", agenda_item_id=item.id, speaker_id=speaker.id,
             kind=NoteKind.KEY_MESSAGE, outcome_ids=[outcome.id], starred=True),
        Note(session_id=d3.id, text="Send the MoU template", kind=NoteKind.ACTION,
             created=at(2), author="Ann", device="laptop-a", action_owner="JICA",
             action_due=date(2026, 6, 1)),
        Note(session_id=d3.id, text="typo, deleted", created=at(3), updated=at(3),
             deleted_at=at(4), author="Ann", device="laptop-a"),
        Note(session_id=d3.id, text="Bonjour à tous — 你好 — 안녕하세요", created=at(5),
             author="Ann", device="laptop-a"),
    ]
    for n in notes:
        a.notes.save(n)
    pkg = tmp_path / "D3.sessionkit.json"
    export_package(a, d3.id, pkg)
    doc = json.loads(pkg.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"], doc["session_code"]) == (FORMAT, 1, "D3")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []

    b = open_dir(tmp_path / "secretariat")
    first = merge_package(b, pkg)
    target = b.sessions.find("D3")  # merged into the secretariat's own D3, not a copy
    assert len(b.sessions.list()) == 1 and first.session_id == target.id
    assert (first.notes_added, first.notes_updated, first.session_added) == (4, 0, False)
    after_first = dump(tmp_path / "secretariat" / "sessionkit.db")
    second = merge_package(b, pkg)
    assert (second.notes_added, second.notes_updated, second.notes_unchanged) == (0, 0, 4)
    assert not second.changed_anything
    assert dump(tmp_path / "secretariat" / "sessionkit.db") == after_first
    expected = note_set(a, d3.id)
    assert note_set(b, target.id) == expected
    assert expected[0]["agenda_item"] or any(n["agenda_item"] for n in expected)
    assert [o.status for o in b.outcomes.for_session(target.id)][0] == OutcomeStatus.ACHIEVED


def _two_rapporteurs(tmp_path):
    """Ann and Ben imported the same programme; both took notes on one talk, edited and
    deleted shared notes at different and at equal times."""
    ann, ben = open_dir(tmp_path / "ann"), open_dir(tmp_path / "ben")
    for s in (ann, ben):
        import_schedule(s, fixture("pretalx-democon.json"))
    sid = ann.sessions.find("G9JGWY").id
    assert ben.sessions.find("G9JGWY").id == sid  # same event, same id on every laptop
    shared = [Note(session_id=sid, text=f"shared {i}", created=at(i), author="Ann",
                   device="a", id=f"00000000-0000-4000-8000-00000000000{i}") for i in range(5)]
    for s in (ann, ben):
        for n in shared:
            s.notes.save(Note(**{**n.__dict__}))

    def edit(store, i, **changes):
        n = store.notes.get(shared[i].id)
        for k, v in changes.items():
            setattr(n, k, v)
        store.notes.save(n)

    edit(ann, 0, text="shared 0, Ann's later edit", updated=at(30))
    edit(ben, 0, text="shared 0, Ben's earlier edit", updated=at(20))
    edit(ann, 1, deleted_at=at(25))                      # Ann deletes after Ben's edit
    edit(ben, 1, text="shared 1, Ben's edit", updated=at(21))
    edit(ann, 2, deleted_at=at(22))                      # Ben edits after Ann's delete
    edit(ben, 2, text="shared 2, Ben revived it", updated=at(40))
    edit(ann, 3, text="Ann at the same moment", updated=at(50))  # equal timestamps
    edit(ben, 3, text="Ben at the same moment", updated=at(50))
    ann.notes.save(Note(session_id=sid, text="only Ann", created=at(60), author="Ann"))
    ben.notes.save(Note(session_id=sid, text="only Ben", created=at(61), author="Ben"))
    pa, pb = tmp_path / "ann.sessionkit.json", tmp_path / "ben.sessionkit.json"
    export_package(ann, sid, pa)
    export_package(ben, sid, pb)
    return sid, pa, pb


def test_two_packages_in_either_order_give_the_same_notes(tmp_path):
    sid, pa, pb = _two_rapporteurs(tmp_path)
    one, two = open_dir(tmp_path / "sec1"), open_dir(tmp_path / "sec2")
    merge_package(one, pa)
    merge_package(one, pb)
    merge_package(two, pb)
    merge_package(two, pa)
    notes_one, notes_two = note_set(one, sid), note_set(two, sid)
    assert notes_one == notes_two
    by_text = {n["text"]: n for n in notes_one}
    assert "shared 0, Ann's later edit" in by_text                      # newest edit wins
    assert by_text["shared 0, Ann's later edit"]["deleted_at"] is None
    assert by_text["shared 1"]["deleted_at"] is not None                 # later delete wins
    assert "shared 1, Ben's edit" not in by_text
    assert by_text["shared 2, Ben revived it"]["deleted_at"] is None      # later edit wins
    assert len([t for t in by_text if "same moment" in t]) == 1          # one tie winner
    assert {"only Ann", "only Ben"} <= set(by_text)
    assert len(notes_one) == 7
    # the versions that lost are kept in the notes' history, the same in both stores
    from sessionkit.services.capture import note_history

    for store in (one, two):
        lost = {v.text for n in store.notes.for_session(sid, include_deleted=True)
                for v in note_history(store, n.id)}
        assert {"shared 0, Ben's earlier edit", "shared 1, Ben's edit", "shared 2"} <= lost
        assert len([t for t in lost if "same moment" in t]) == 1
    # merging either package again changes nothing
    before = dump(tmp_path / "sec1" / "sessionkit.db")
    for p in (pa, pb):
        assert not merge_package(one, p).changed_anything
    assert dump(tmp_path / "sec1" / "sessionkit.db") == before


def test_merging_back_into_a_rapporteurs_own_store(tmp_path):
    sid, pa, pb = _two_rapporteurs(tmp_path)
    ann = open_dir(tmp_path / "ann")
    report = merge_package(ann, pb)
    assert report.notes_added == 1  # "only Ben"
    sec = open_dir(tmp_path / "sec")
    merge_package(sec, pa)
    merge_package(sec, pb)
    assert note_set(ann, sid) == note_set(sec, sid)


def _damaged(tmp_path, edit) -> Path:
    a = open_dir(tmp_path / "a")
    d3 = a.sessions.find("D3")
    a.notes.save(Note(session_id=d3.id, text="hello", created=at(0)))
    pkg = tmp_path / "p.sessionkit.json"
    export_package(a, d3.id, pkg)
    pkg.write_bytes(edit(pkg.read_bytes()))
    return pkg


@pytest.mark.parametrize("edit,message", [
    (lambda b: b.replace(b'"hello"', b'"HELLO"'), "damaged or incomplete"),
    (lambda b: b[: len(b) // 2], "is the file complete?"),
    (lambda b: b.replace(b'"version": 1', b'"version": 9'), "newer SessionKit"),
    (lambda b: b.replace(b'"sessionkit-package"', b'"something-else"'), "not a SessionKit package"),
    (lambda b: b"", "not valid JSON"),
    (lambda b: b"[" * 100_000 + b"]" * 100_000, "nested"),
])
def test_damaged_packages_are_refused_and_change_nothing(tmp_path, edit, message):
    pkg = _damaged(tmp_path, edit)
    b = open_dir(tmp_path / "b")
    before = dump(tmp_path / "b" / "sessionkit.db")
    with pytest.raises(PackageError) as err:
        merge_package(b, pkg)
    assert message in str(err.value) and str(err.value).startswith("p.sessionkit.json: ")
    assert dump(tmp_path / "b" / "sessionkit.db") == before


def test_package_of_an_imported_session_creates_it_elsewhere(tmp_path):
    a = open_dir(tmp_path / "a")
    import_schedule(a, fixture("pretalx-democon.json"), select=["G9JGWY"])
    s = a.sessions.find("G9JGWY")
    a.notes.save(Note(session_id=s.id, text="good talk", created=at(0)))
    pkg = tmp_path / "G9JGWY.sessionkit.json"
    export_package(a, s.id, pkg)
    b = open_dir(tmp_path / "b")
    report = merge_package(b, pkg)
    assert report.session_added and report.notes_added == 1
    assert report.people_added == 1
    got = b.sessions.find("G9JGWY")
    assert (got.id, got.title, got.source) == (s.id, s.title, s.source)
    assert b.people.for_session(got.id)[0].bio.startswith("Break through direction.")
    # and a later import of the same schedule there recognises it
    again = import_schedule(b, fixture("pretalx-democon.json"), select=["G9JGWY"])
    assert again.unchanged == ["G9JGWY"]


@pytest.mark.slow
def test_cli_package_export_and_merge(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_cli("note", "add", "--session", "D3", "--", "From the CLI",
                   data_dir=a).returncode == 0
    out = tmp_path / "d3.sessionkit.json"
    r = run_cli("package", "export", "--session", "D3", "-o", str(out), data_dir=a)
    assert r.returncode == 0, r.stderr
    assert read_package(out).notes[0].text == "From the CLI"
    r = run_cli("package", "merge", str(out), data_dir=b)
    assert r.returncode == 0, r.stderr
    assert "1 added" in r.stdout
    r = run_cli("package", "merge", str(out), "--json", data_dir=b)
    assert json.loads(r.stdout)[0]["notes_unchanged"] == 1
    r = run_cli("notes", "list", "--session", "D3", "--json", data_dir=b)
    assert [n["text"] for n in json.loads(r.stdout)] == ["From the CLI"]
    bad = tmp_path / "bad.sessionkit.json"
    bad.write_bytes(out.read_bytes()[:100])
    r = run_cli("package", "merge", str(bad), data_dir=b)
    assert r.returncode == 2 and "nothing was merged" in r.stderr


def test_merge_is_order_independent_and_idempotent_for_any_histories(tmp_path):
    """Three laptops' random versions of the same few notes: every merge order, and
    merging everything twice, gives the same note set."""
    import itertools
    import random

    from sessionkit.domain.models import Session
    from sessionkit.interchange.package import Package, from_bytes, to_bytes
    from sessionkit.services.packages import merge
    from sessionkit.store import Store

    rng = random.Random(2026)
    session = Session(code="X1", title="Property session",
                      id="11111111-1111-4111-8111-111111111111")
    for round_ in range(6):
        ids = [f"22222222-2222-4222-8222-{i:012d}" for i in range(4)]
        packages = []
        for laptop in range(3):
            notes = []
            for nid in rng.sample(ids, rng.randint(1, len(ids))):
                created = at(0)
                updated = at(rng.choice([1, 2, 3, 3]))  # ties are likely
                deleted = at(rng.choice([2, 3, 4])) if rng.random() < 0.3 else None
                notes.append(Note(session_id=session.id, id=nid, created=created,
                                  updated=updated, deleted_at=deleted,
                                  text=rng.choice(["a", "b", "c"]) + str(laptop),
                                  starred=rng.random() < 0.5))
            # through the file format, as a real package travels
            packages.append(to_bytes(Package(session=session, notes=notes)))
        results = []
        for order in itertools.permutations(range(3)):
            folder = tmp_path / f"r{round_}-{''.join(map(str, order))}"
            store = Store.open(folder)
            for i in order:
                merge(store, from_bytes(packages[i]))
            once = note_set(store, session.id)
            for i in order:
                merge(store, from_bytes(packages[i]))
            assert note_set(store, session.id) == once
            results.append(once)
            store.close()
        assert all(r == results[0] for r in results), round_
