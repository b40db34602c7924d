"""Merging packages with clocks that lie a little: three laptops edit, delete, restore
and star the same notes with clocks up to ten minutes apart, swap packages now and
then, and a secretariat merges their final packages in every order.

Whatever happens: every order gives the same store, merging again changes nothing,
every text anyone typed is the note's text or in its history, and a package made
before a change never undoes it.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from sessionkit.domain.models import Session
from sessionkit.interchange.package import PackageError, from_bytes, to_bytes
from sessionkit.services import capture as cap
from sessionkit.services import notes as notes_service
from sessionkit.services.packages import build_package, merge
from sessionkit.store import Store

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
SESSION = Session(code="X1", title="Merge session", id="11111111-1111-4111-8111-111111111111")


class Laptop:
    """A store whose clock is ``skew`` off the real time of the simulation."""

    def __init__(self, folder: Path, skew: timedelta):
        self.store = Store.open(folder)
        self.store.sessions.save(SESSION)
        self.skew = skew

    def clock(self, t: datetime):
        stack = ExitStack()
        for module in (notes_service, cap):
            stack.enter_context(mock.patch.object(module, "utc_now", lambda: t + self.skew))
        return stack

    def package(self) -> bytes:
        return to_bytes(build_package(self.store, SESSION.id))

    def merge(self, data: bytes, t: datetime):
        return merge(self.store, from_bytes(data), now=t + self.skew)


def state(store: Store) -> dict:
    """The store as a user (and a later merge) sees it: every note with all its fields,
    and its other versions as a set (row ids and when they were stored aside vary)."""
    notes = {}
    for n in store.notes.for_session(SESSION.id, include_deleted=True):
        d = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
             for k, v in n.__dict__.items()}
        d["outcome_ids"] = sorted(n.outcome_ids)
        d["versions"] = sorted(
            (v.text, v.kind.value, v.starred, str(v.deleted_at), str(v.was_updated),
             json.dumps(v.clock, sort_keys=True), v.head)
            for v in cap.note_history(store, n.id))
        notes[n.id] = d
    return notes


def texts_kept(store: Store) -> set[str]:
    out = set()
    for n in store.notes.for_session(SESSION.id, include_deleted=True):
        out.add(n.text)
        out.update(v.text for v in cap.note_history(store, n.id))
    return out


ACTIONS = ["create", "edit", "edit", "delete", "restore", "star", "swap", "swap"]
ops_strategy = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(ACTIONS), st.integers(0, 3), st.integers(0, 2)),
    min_size=1, max_size=24)
skews_strategy = st.tuples(*[st.integers(-600, 600)] * 3)


def run_history(folder: Path, ops, skews) -> tuple[list[Laptop], set[str], datetime]:
    laptops = [Laptop(folder / f"laptop{i}", timedelta(seconds=s)) for i, s in enumerate(skews)]
    typed: set[str] = set()
    t = T0
    for step, (who, action, pick, other) in enumerate(ops):
        t += timedelta(seconds=37)  # faster than the skew: orders by clock and by fact differ
        me = laptops[who]
        notes = me.store.notes.for_session(SESSION.id, include_deleted=True)
        target = notes[pick % len(notes)] if notes else None
        with me.clock(t):
            if action == "create" or target is None and action != "swap":
                text = f"typed on laptop {who} at step {step}"
                cap.capture_note(me.store, SESSION.id, text)
                typed.add(text)
            elif action == "edit":
                text = f"edited on laptop {who} at step {step}"
                cap.edit_note(me.store, target.id, text=text)
                typed.add(text)
            elif action == "delete":
                cap.delete_notes(me.store, [target.id])
            elif action == "restore":
                cap.restore_notes(me.store, [target.id])
            elif action == "star":
                cap.toggle_star(me.store, target.id)
            elif other != who:  # swap: this laptop merges the other's package
                me.merge(laptops[other].package(), t)
    return laptops, typed, t


@pytest.mark.slow
@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ops=ops_strategy, skews=skews_strategy)
def test_three_laptops_merged_in_any_order_converge_and_lose_nothing(ops, skews):
    # on a RAM disk where there is one: each commit's fsync would be most of the time
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) \
            as tmp:
        folder = Path(tmp)
        laptops, typed, t = run_history(folder, ops, skews)
        packages = [lap.package() for lap in laptops]
        now = t + timedelta(minutes=11)
        results = []
        for order in itertools.permutations(range(3)):
            store = Store.open(folder / ("sec" + "".join(map(str, order))))
            for i in order:
                merge(store, from_bytes(packages[i]), now=now)
            once = state(store)
            for i in order:  # merging again, in the same order, changes nothing
                assert not merge(store, from_bytes(packages[i]), now=now).changed_anything
            assert state(store) == once
            results.append(once)
            assert typed <= texts_kept(store), typed - texts_kept(store)
            store.close()
        assert all(r == results[0] for r in results)
        # a laptop that merges everyone's packages ends where the secretariat is
        for lap in laptops:
            for data in packages:
                lap.merge(data, t)
            assert state(lap.store) == results[0]
            assert typed <= texts_kept(lap.store)
            lap.store.close()


# -- a package made before a change never undoes it ------------------------------------------

def _two_laptops(tmp_path, skew_b: timedelta = timedelta(0)):
    a = Laptop(tmp_path / "a", timedelta(0))
    b = Laptop(tmp_path / "b", skew_b)
    with a.clock(T0):
        note = cap.capture_note(a.store, SESSION.id, "first words")
    b.merge(a.package(), T0)
    return a, b, note


def test_replayed_package_never_undoes_a_later_edit_restore_or_star(tmp_path):
    # b's clock is ten minutes behind a's: by the clocks, a's old package looks newer
    a, b, note = _two_laptops(tmp_path, skew_b=timedelta(minutes=-10))
    with a.clock(T0 + timedelta(minutes=1)):
        cap.delete_notes(a.store, [note.id])
    binned = a.package()  # a's package with the note in the bin
    b.merge(binned, T0 + timedelta(minutes=2))
    assert b.store.notes.get(note.id).deleted_at is not None
    with b.clock(T0 + timedelta(minutes=3)):
        cap.restore_notes(b.store, [note.id])
        cap.toggle_star(b.store, note.id)
        cap.edit_note(b.store, note.id, text="better words")
    mine = b.store.notes.get(note.id)
    assert mine.updated > T0 + timedelta(minutes=1)  # restore, star and edit moved it on
    for _ in range(2):  # the old package arrives again (a sync folder replays it)
        report = b.merge(binned, T0 + timedelta(minutes=4))
        assert not report.changed_anything
    now = b.store.notes.get(note.id)
    assert (now.text, now.deleted_at, now.starred, now.conflict) == \
        ("better words", None, True, False)
    # and a, merging b's package, gets b's later state although b's clock is behind
    a.merge(b.package(), T0 + timedelta(minutes=5))
    got = a.store.notes.get(note.id)
    assert (got.text, got.deleted_at, got.starred) == ("better words", None, True)
    assert "first words" in [v.text for v in cap.note_history(a.store, note.id)]


def test_two_laptops_editing_one_note_both_keep_their_text(tmp_path):
    a, b, note = _two_laptops(tmp_path)
    with a.clock(T0 + timedelta(minutes=1)):
        cap.edit_note(a.store, note.id, text="Ann's wording")
    with b.clock(T0 + timedelta(minutes=2)):
        cap.edit_note(b.store, note.id, text="Ben's wording")
    sec = Store.open(tmp_path / "sec")
    report = merge(sec, from_bytes(a.package()), now=T0 + timedelta(minutes=3))
    report = merge(sec, from_bytes(b.package()), now=T0 + timedelta(minutes=3))
    assert report.notes_in_conflict == 1 and "both versions kept" in report.summary()
    shown = sec.notes.get(note.id)
    assert shown.text == "Ben's wording" and shown.conflict  # the later one is shown
    history = cap.note_history(sec, note.id)
    assert [v.text for v in history if v.head] == ["Ann's wording"]
    assert {"first words", "Ann's wording"} <= {v.text for v in history}
    # whoever edits the note next has seen both: the conflict is settled
    cap.edit_note(sec, note.id, text="Agreed wording")
    assert not sec.notes.get(note.id).conflict
    assert not [v for v in cap.note_history(sec, note.id) if v.head]
    sec.close()


@pytest.mark.slow
def test_conflict_is_shown_in_the_cli_list_and_history(tmp_path):
    a, b, note = _two_laptops(tmp_path)
    with a.clock(T0 + timedelta(minutes=1)):
        cap.edit_note(a.store, note.id, text="Ann's wording")
    with b.clock(T0 + timedelta(minutes=2)):
        cap.edit_note(b.store, note.id, text="Ben's wording")
    pa, pb = tmp_path / "a.sessionkit.json", tmp_path / "b.sessionkit.json"
    pa.write_bytes(a.package())
    pb.write_bytes(b.package())
    sec = tmp_path / "sec"
    r = run_cli("package", "merge", str(pa), str(pb), data_dir=sec)
    assert r.returncode == 0, r.stderr
    assert "edited on two laptops at once" in r.stdout
    r = run_cli("notes", "list", "--session", "X1", data_dir=sec)
    assert f"[⚠ conflict: notes history {note.id}] Ben's wording" in r.stdout
    rows = json.loads(run_cli("notes", "list", "--session", "X1", "--json", data_dir=sec).stdout)
    assert [(x["text"], x["conflict"]) for x in rows] == [("Ben's wording", True)]
    r = run_cli("notes", "history", note.id[:8], "--json", data_dir=sec)
    assert r.returncode == 0, r.stderr
    versions = json.loads(r.stdout)
    assert [v["text"] for v in versions][-1] == "Ben's wording" and versions[-1]["current"]
    assert {v["text"] for v in versions[:-1]} == {"first words", "Ann's wording"}
    assert [v["text"] for v in versions if v["in_conflict"]] == ["Ann's wording",
                                                                 "Ben's wording"]
    r = run_cli("notes", "history", note.id, data_dir=sec)
    lines = r.stdout.strip().splitlines()
    assert lines[-1].endswith("current,conflict\tBen's wording")
    r = run_cli("notes", "history", "nope-not-a-note", data_dir=sec)
    assert r.returncode == 2 and "no note with id" in r.stderr and "Traceback" not in r.stderr


def test_the_notes_list_marks_a_conflict(tmp_path, qapp):
    from PySide6.QtCore import Qt

    from sessionkit.ui.models.notes import NotesModel

    a, b, note = _two_laptops(tmp_path)
    with a.clock(T0 + timedelta(minutes=1)):
        cap.edit_note(a.store, note.id, text="Ann's wording")
    with b.clock(T0 + timedelta(minutes=2)):
        cap.edit_note(b.store, note.id, text="Ben's wording")
    b.merge(a.package(), T0 + timedelta(minutes=3))
    model = NotesModel()
    model.set_notes(b.store.notes.for_session(SESSION.id))
    kind = model.index(0, NotesModel.KIND)
    assert model.data(kind).startswith("⚠ ")
    assert "two laptops" in model.data(kind, Qt.ItemDataRole.ToolTipRole)
    assert "two laptops" in model.data(model.index(0, NotesModel.TEXT),
                                       Qt.ItemDataRole.ToolTipRole)
    model.set_notes(a.store.notes.for_session(SESSION.id))  # a has not merged: no mark
    assert not model.data(model.index(0, NotesModel.KIND)).startswith("⚠")


def test_a_clock_a_day_ahead_is_refused_and_merges_nothing(tmp_path):
    a, b, note = _two_laptops(tmp_path)
    with a.clock(T0 + timedelta(hours=30)):  # a's clock is wrong by more than a day
        cap.capture_note(a.store, SESSION.id, "from the future")
    before = state(b.store)
    with pytest.raises(PackageError) as err:
        b.merge(a.package(), T0 + timedelta(hours=1))
    assert "'from the future'" in str(err.value) and "24 hours ahead" in str(err.value)
    assert state(b.store) == before
    b.merge(a.package(), T0 + timedelta(hours=7))  # within a day of b's clock: fine
    assert "from the future" in texts_kept(b.store)


def test_migration_keeps_old_history_readable(tmp_path):
    """A v5 note (no clock) edited after the upgrade: its new version supersedes the old."""
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schemas" / "v5.db", data / "sessionkit.db")
    store = Store.open(data)
    conn = sqlite3.connect(data / "sessionkit.db")
    assert conn.execute("SELECT clock, conflict FROM notes LIMIT 1").fetchone() == ("{}", 0)
    conn.close()
    nid = "00000000-0000-4000-8000-000000000400"
    cap.edit_note(store, nid, text="edited after the upgrade")
    assert store.notes.get(nid).clock == {store.replica_id(): 1}
    store.close()
