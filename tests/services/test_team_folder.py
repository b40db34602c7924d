"""The team folder over a plain folder: two data folders (two laptops) and one shared
folder, with what sync engines leave behind simulated by hand."""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sessionkit.interchange.package import SUFFIX
from sessionkit.services.capture import capture_note, delete_notes, edit_note, note_history
from sessionkit.services.sessions import open_store
from sessionkit.services.team import (
    TEMP_PREFIX,
    TeamFolderError,
    check_folder,
    sync_folder,
    team_status,
)


def laptop(tmp_path: Path, name: str):
    store, _ = open_store(tmp_path / name)
    return store


@pytest.fixture
def team(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    yield a, b, folder
    a.close()
    b.close()


def d3(store):
    return store.sessions.find("D3")


def texts(store, include_deleted=False):
    return sorted(n.text for n in store.notes.for_session(d3(store).id,
                                                          include_deleted=include_deleted))


def packages(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(SUFFIX))


def test_notes_added_on_a_appear_on_b(team):
    a, b, folder = team
    capture_note(a, d3(a).id, "Cities share staff for a year — 도시 간 협력")
    report = sync_folder(a, folder)
    assert len(report.written) == 1 and report.written[0].startswith("D3--")
    assert report.written[0].endswith(f"--{a.replica_id()}{SUFFIX}")
    got = sync_folder(b, folder)
    assert [m.notes_added for m in got.merged] == [1]
    assert texts(b) == ["Cities share staff for a year — 도시 간 협력"]
    # B's own D3 was not changed by anyone here: it writes its package (first pass)
    # but the merge brought nothing B must write back out
    again = sync_folder(b, folder)
    assert again.written == [] and again.merged == []
    # no temp file is left behind; Syncthing is told to skip SessionKit's temp names
    assert not [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert f"(?d){TEMP_PREFIX}*" in (folder / ".stignore").read_text("utf-8").splitlines()


def test_second_pass_with_no_change_writes_and_merges_nothing(team):
    a, b, folder = team
    capture_note(a, d3(a).id, "one")
    capture_note(b, d3(b).id, "two")
    for store in (a, b, a, b):
        sync_folder(store, folder)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    for store in (a, b):
        report = sync_folder(store, folder)
        assert (report.written, report.merged, report.retry, report.refused) == ([], [], [], [])
        assert report.unchanged == 1
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert texts(a) == texts(b) == ["one", "two"]


def test_same_note_edited_on_both_keeps_both_texts(team):
    a, b, folder = team
    note = capture_note(a, d3(a).id, "The MoU is signed in June")
    sync_folder(a, folder)
    sync_folder(b, folder)
    edit_note(a, note.id, text="The MoU is signed in July (Ann)")
    edit_note(b, note.id, text="The MoU is signed in August (Ben)")
    for store in (a, b, a):
        sync_folder(store, folder)
    shown_a, shown_b = a.notes.get(note.id), b.notes.get(note.id)
    assert shown_a.text == shown_b.text
    assert shown_a.text in ("The MoU is signed in July (Ann)", "The MoU is signed in August (Ben)")
    assert shown_a.conflict and shown_b.conflict
    for store in (a, b):
        kept = {v.text for v in note_history(store, note.id)}
        other = ({"The MoU is signed in July (Ann)", "The MoU is signed in August (Ben)"}
                 - {shown_a.text})
        assert other <= kept


def test_note_deleted_on_a_is_binned_on_b(team):
    a, b, folder = team
    note = capture_note(a, d3(a).id, "typo")
    capture_note(a, d3(a).id, "kept")
    sync_folder(a, folder)
    sync_folder(b, folder)
    assert texts(b) == ["kept", "typo"]
    delete_notes(a, [note.id])
    assert len(sync_folder(a, folder).written) == 1
    report = sync_folder(b, folder)
    assert [m.notes_deleted for m in report.merged] == [1]
    assert texts(b) == ["kept"]
    assert b.notes.get(note.id).deleted_at is not None  # in the bin, not erased


def test_syncthing_conflict_copy_is_merged(team):
    a, b, folder = team
    note = capture_note(a, d3(a).id, "first wording")
    name = sync_folder(a, folder).written[0]
    # Syncthing keeps the losing side of a conflict as <name>.sync-conflict-…<ext>
    conflict = folder / f"{name[:-len('.json')]}.sync-conflict-20261201-101010-ABCDEFG.json"
    shutil.copy2(folder / name, conflict)
    capture_note(a, d3(a).id, "second")
    edit_note(a, note.id, text="second wording")
    assert sync_folder(a, folder).written == [name]
    report = sync_folder(b, folder)
    # both read and merged (whichever came second found nothing new: scandir's order)
    assert name in [m.file_name for m in report.merged]
    assert len(report.merged) + report.unchanged == 2 and report.refused == []
    assert team_status(b, folder).waiting == []
    assert texts(b) == ["second", "second wording"]
    assert "first wording" in {v.text for v in note_history(b, note.id)}


def test_conflict_copy_alone_brings_its_notes(team):
    a, b, folder = team
    capture_note(a, d3(a).id, "only in the conflict copy")
    name = sync_folder(a, folder).written[0]
    (folder / name).rename(folder / (name[:-5] + ".sync-conflict-20261201-101010-XYZ.json"))
    report = sync_folder(b, folder)
    assert len(report.merged) == 1
    assert texts(b) == ["only in the conflict copy"]


def test_half_written_file_is_retried_and_merged_once_complete(team, caplog):
    a, b, folder = team
    capture_note(a, d3(a).id, "arrives in two halves")
    name = sync_folder(a, folder).written[0]
    whole = (folder / name).read_bytes()
    (folder / name).write_bytes(whole[: len(whole) // 2])  # a sync engine mid-copy
    first = sync_folder(b, folder)
    assert first.retry == [name] and first.refused == [] and first.merged == []
    assert texts(b) == []
    still = sync_folder(b, folder)  # unchanged: not read again, still waiting
    assert still.retry == [name]
    # a complete file with one changed character: the checksum says incomplete too
    doc = json.loads(whole)
    doc["content"]["notes"][0]["text"] = "arrives in two halveS"
    (folder / name).write_bytes(json.dumps(doc).encode())
    assert sync_folder(b, folder).retry == [name]
    (folder / name).write_bytes(whole)
    done = sync_folder(b, folder)
    assert done.retry == [] and [m.notes_added for m in done.merged] == [1]
    assert texts(b) == ["arrives in two halves"]


def test_package_replayed_a_week_later_changes_nothing(team, tmp_path):
    a, b, folder = team
    note = capture_note(a, d3(a).id, "draft wording")
    name = sync_folder(a, folder).written[0]
    old_copy = tmp_path / "old.json"
    shutil.copy2(folder / name, old_copy)
    sync_folder(b, folder)
    edit_note(a, note.id, text="final wording")
    delete_notes(a, [capture_note(a, d3(a).id, "gone").id])
    sync_folder(a, folder)
    sync_folder(b, folder)
    state = [(n.text, n.deleted_at is None) for n in b.notes.for_session(d3(b).id,
                                                                          include_deleted=True)]
    # a week later, a USB stick brings the old package back
    shutil.copy2(old_copy, folder / name)
    later = datetime.now(timezone.utc) + timedelta(days=7)
    os.utime(folder / name, (later.timestamp(), later.timestamp()))
    report = sync_folder(b, folder, now=later)
    assert report.refused == [] and report.merged == []
    assert [(n.text, n.deleted_at is None) for n in b.notes.for_session(
        d3(b).id, include_deleted=True)] == state


def test_temp_and_lock_files_are_ignored(team):
    a, b, folder = team
    capture_note(a, d3(a).id, "real")
    name = sync_folder(a, folder).written[0]
    junk = {".syncthing.D3.sessionkit.json.tmp": b"{", "~syncthing~D3.sessionkit.json.tmp": b"{",
            ".~lock.D3.sessionkit.json#": b"lock", f"{TEMP_PREFIX}abc{'.tmp'}": b"{\"half",
            "notes.txt": b"hello", ".D3.sessionkit.json.xyz.partial": b"{"}
    for n, data in junk.items():
        (folder / n).write_bytes(data)
    report = sync_folder(b, folder)
    assert report.refused == [] and report.retry == []
    assert [m.file_name for m in report.merged] == [name]
    assert report.ignored == len(junk)


def test_newer_package_is_skipped_with_a_log_line(team, caplog):
    a, b, folder = team
    capture_note(a, d3(a).id, "from the future")
    name = sync_folder(a, folder).written[0]
    doc = json.loads((folder / name).read_text("utf-8"))
    doc["version"] = 99
    (folder / name).write_text(json.dumps(doc), "utf-8")
    with caplog.at_level(logging.WARNING, logger="sessionkit.services.team"):
        report = sync_folder(b, folder)
    assert report.newer == [name] and report.refused == [] and report.merged == []
    assert any("newer SessionKit" in r.getMessage() and name in r.getMessage()
               for r in caplog.records)
    assert texts(b) == []


def test_hostile_package_is_refused_in_one_sentence_and_store_unchanged(team, tmp_path):
    a, b, folder = team
    capture_note(b, d3(b).id, "B's own note")
    sync_folder(b, folder)
    before = texts(b, include_deleted=True)
    capture_note(a, d3(a).id, "x")
    name = sync_folder(a, folder).written[0]
    doc = json.loads((folder / name).read_text("utf-8"))
    doc["content"]["notes"][0]["created"] = "2099-01-01T00:00:00Z"  # a wrong clock
    doc["content"]["notes"][0]["updated"] = "2099-01-01T00:00:00Z"
    from sessionkit.interchange.package import _canonical_checksum

    doc["content_sha256"] = _canonical_checksum(doc["content"])
    (folder / name).write_text(json.dumps(doc), "utf-8")
    (folder / "evil--deadbeef.sessionkit.json").write_bytes(b'{"format": "something else"}')
    os.symlink("/etc/passwd", folder / "link--cafe.sessionkit.json")
    report = sync_folder(b, folder)
    assert len(report.refused) == 2
    for line in report.refused:
        assert "\n" not in line and "Traceback" not in line
    assert any(line.startswith(name) and "ahead" in line for line in report.refused)
    assert texts(b, include_deleted=True) == before
    assert sync_folder(b, folder).refused == []  # said once, not at every pass


def test_status_lists_devices_per_session(team):
    a, b, folder = team
    capture_note(a, d3(a).id, "a")
    capture_note(b, d3(b).id, "b")
    for store in (a, b, a):
        sync_folder(store, folder)
    status = team_status(a, folder)
    [session] = status.sessions
    assert session.code == "D3"
    assert {c.device_id for c in session.devices} == {a.replica_id(), b.replica_id()}
    assert session.devices[0].this_device and session.devices[0].last_seen is not None
    assert len(status.devices) == 2 and status.waiting == []
    as_json = status.to_dict()
    assert as_json["sessions"][0]["devices"][1]["device_id"] == b.replica_id()


def test_folder_checks(tmp_path, team):
    a, _, folder = team
    with pytest.raises(TeamFolderError, match="does not exist"):
        check_folder(tmp_path / "nope")
    (tmp_path / "file").write_text("x")
    with pytest.raises(TeamFolderError, match="is a file, not a folder"):
        check_folder(tmp_path / "file")
    with pytest.raises(TeamFolderError, match="inside SessionKit's data folder"):
        sync_folder(a, tmp_path / "a")
    (tmp_path / "a" / "sub").mkdir()
    with pytest.raises(TeamFolderError, match="inside SessionKit's data folder"):
        sync_folder(a, tmp_path / "a" / "sub")


def test_package_for_a_session_in_the_bin_merges_once_it_is_restored(team):
    from sessionkit.services.session_admin import delete_session, new_session, restore_session

    a, b, folder = team
    sid = new_session(a, "T1", "City pairs after the break")
    sync_folder(a, folder)
    sync_folder(b, folder)
    assert b.sessions.get(sid).code == "T1"  # the same session (same id) on both
    delete_session(b, sid)
    capture_note(a, sid, "written while B had T1 in the bin")
    name = next(n for n in sync_folder(a, folder).written if n.startswith("T1--"))
    first = sync_folder(b, folder)
    assert len(first.refused) == 1 and first.refused[0].startswith(name)
    assert "deleted here" in first.refused[0]
    assert sync_folder(b, folder).refused == []  # said once
    assert b.notes.for_session(sid) == []
    restore_session(b, sid)
    later = sync_folder(b, folder)
    assert [m.notes_added for m in later.merged] == [1] and later.refused == []
    assert [n.text for n in b.notes.for_session(sid)] == ["written while B had T1 in the bin"]


def test_many_devices_packages_of_one_session_merge_its_frame_once(tmp_path, monkeypatch):
    """Twenty laptops' packages of a session carry the same session, agenda and people:
    a laptop joining late merges that frame once and every laptop's notes into it."""
    from sessionkit.domain.models import AgendaItem
    from sessionkit.services import packages
    from sessionkit.services.agenda_edit import add_item
    from sessionkit.services.session_admin import new_session

    folder = tmp_path / "team"
    folder.mkdir()
    first = laptop(tmp_path, "first")
    sid = new_session(first, "T1", "City pairs after the break")
    add_item(first, sid, AgendaItem(title="Opening", planned_minutes=5))
    add_item(first, sid, AgendaItem(title="Panel", planned_minutes=30))
    sync_folder(first, folder)
    item = first.agenda.for_session(sid)[1]
    others = [laptop(tmp_path, f"l{i}") for i in range(3)]
    for i, store in enumerate(others):
        sync_folder(store, folder)
        capture_note(store, sid, f"note from laptop {i}", agenda_item_id=item.id)
        sync_folder(store, folder)
    late = laptop(tmp_path, "late")
    calls = []
    real = packages._merge_session
    monkeypatch.setattr(packages, "_merge_session",
                        lambda *a, **k: calls.append(a[1].session.code) or real(*a, **k))
    report = sync_folder(late, folder)
    assert report.refused == [] and report.retry == []
    assert calls.count("T1") == 1  # the frame once; the other packages only their notes
    assert sorted(n.text for n in late.notes.for_session(sid)) == [
        f"note from laptop {i}" for i in range(3)]
    assert {n.agenda_item_id for n in late.notes.for_session(sid)} == {item.id}
    assert [a.title for a in late.agenda.for_session(sid)] == ["Opening", "Panel"]
    for store in (first, *others, late):
        store.close()


def test_merged_notes_are_found_by_search_right_after_a_pass(team):
    """A pass puts the notes it merges into the search index together before it
    commits: found at once, edits by their new words, and notes typed afterwards
    are found as before."""
    from sessionkit.services.search import search

    a, b, folder = team
    first = capture_note(a, d3(a).id, "Cities share staff for a year — 도시 간 협력")
    capture_note(a, d3(a).id, "横浜市の都市間連携")
    sync_folder(a, folder)
    sync_folder(b, folder)

    def found(store, query):
        return sorted(h.text for h in search(store, query) if h.kind == "note")

    assert found(b, "간 협력") == ["Cities share staff for a year — 도시 간 협력"]
    assert found(b, "都市間") == ["横浜市の都市間連携"]
    edit_note(a, first.id, text="Cities lend staff for two years — 인력 교류")
    sync_folder(a, folder)
    sync_folder(b, folder)
    assert found(b, "인력 교류") == ["Cities lend staff for two years — 인력 교류"]
    assert found(b, "간 협력") == []
    typed = capture_note(b, d3(b).id, "typed on B after the pass: Surabaya")
    assert [h.note_id for h in search(b, "Surabaya")] == [typed.id]
