"""New sessions from templates, duplicate, edit, bin and restore (no Qt)."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sessionkit.domain.models import Note, OutcomeStatus, RoleKind
from sessionkit.services import session_admin as admin
from sessionkit.services.clock import SessionClock
from sessionkit.services.people import intro_cue, set_intro_cue
from sessionkit.store import NotFound, Store


def test_three_templates_load():
    names = {t.name: t for t in admin.list_templates()}
    assert set(names) >= {"panel", "workshop", "plenary"}
    assert names["panel"].planned_minutes == 90
    assert names["workshop"].planned_minutes == 120
    assert names["plenary"].planned_minutes == 90


def test_new_from_template_edited_and_run_survives_restart(data_dir, store):
    tpl = {t.name: t for t in admin.list_templates()}["panel"]
    sid = admin.new_session(store, "P1", "Cities and finance", tpl.path)
    s = store.sessions.get(sid)
    s.room = "Room 2"
    s.timezone = "Asia/Tokyo"
    s.start = datetime(2026, 6, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    admin.save_session(store, s)
    b = store.load_bundle(sid)
    assert [p.display_name for p in b.people_with_role(RoleKind.PANELLIST)] == [
        "Panellist 1", "Panellist 2", "Panellist 3"]
    t = [datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)]
    clock = SessionClock(store, sid, now=lambda: t[0])
    clock.start()
    t[0] += timedelta(minutes=12)
    clock.next()
    store.close()
    again = Store.open(data_dir)
    s2 = again.sessions.get(sid)
    assert (s2.code, s2.title, s2.room) == ("P1", "Cities and finance", "Room 2")
    assert s2.start == datetime(2026, 6, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    agenda = again.agenda.for_session(sid)
    assert agenda[0].actual_end == t[0] and agenda[1].actual_start == t[0]
    snap = SessionClock(again, sid, now=lambda: t[0]).snapshot()
    assert snap.current.item.title == "Opening statements"
    again.close()


def test_blank_session_needs_code_and_title(store):
    with pytest.raises(admin.SessionEditError):
        admin.new_session(store, "", "No code")
    sid = admin.new_session(store, "B1", "Blank")
    assert store.load_bundle(sid).agenda == []


def test_bad_metadata_changes_nothing(store, own_session):
    s = store.sessions.get(own_session.id)
    s.timezone = "Mars/Olympus"
    with pytest.raises(admin.SessionEditError, match="Unknown time zone"):
        admin.save_session(store, s)
    s = store.sessions.get(own_session.id)
    s.title = "  "
    with pytest.raises(admin.SessionEditError):
        admin.save_session(store, s)
    assert store.sessions.get(own_session.id).title.startswith("City pairs")


def test_duplicate_copies_plan_not_run(store, own_session):
    mori = store.people.for_session(own_session.id)[0]
    set_intro_cue(store, own_session.id, mori.id, "Our first speaker, from JICA")
    first_outcome = store.outcomes.for_session(own_session.id)[0]
    store.outcomes.set_status(first_outcome.id, OutcomeStatus.ACHIEVED)
    SessionClock(store, own_session.id).start()
    store.notes.save(Note(session_id=own_session.id, text="a note"))
    copy_id = admin.duplicate_session(store, own_session.id)
    b = store.load_bundle(copy_id)
    assert b.session.code == "T1-2"
    original = store.agenda.for_session(own_session.id)
    assert [a.title for a in b.agenda] == [a.title for a in original]
    assert all(a.actual_start is None for a in b.agenda)
    assert {a.id for a in b.agenda}.isdisjoint({a.id for a in original})
    assert all(o.status == OutcomeStatus.OPEN for o in b.outcomes)
    assert store.notes.for_session(copy_id) == []
    assert intro_cue(store, copy_id, mori.id) == "Our first speaker, from JICA"
    assert b.agenda[1].person_ids == [mori.id]


def test_copy_codes_need_no_quoting_and_never_collide(store, own_session):
    first = store.sessions.get(admin.duplicate_session(store, own_session.id))
    second = store.sessions.get(admin.duplicate_session(store, own_session.id))
    assert (first.code, second.code) == ("T1-2", "T1-3")
    # a copy of the copy numbers on from the original
    third = store.sessions.get(admin.duplicate_session(store, first.id))
    assert third.code == "T1-4"
    # a binned copy keeps its code: it can come back
    admin.delete_session(store, third.id)
    assert store.sessions.get(admin.duplicate_session(store, own_session.id)).code == "T1-5"
    # a code that just ends in a number is an original
    ws = store.sessions.get(admin.new_session(store, "WS-3", "Workshop"))
    assert store.sessions.get(admin.duplicate_session(store, ws.id)).code == "WS-3-2"
    for s in store.sessions.list():
        assert " " not in s.code and "(" not in s.code


def test_delete_goes_to_the_bin_with_notes_and_restores(store, own_session):
    store.notes.save(Note(session_id=own_session.id, text="keep me"))
    admin.delete_session(store, own_session.id)
    with pytest.raises(NotFound):
        store.sessions.get(own_session.id)
    assert all(s.id != own_session.id for s in store.sessions.list())
    binned = admin.binned_sessions(store)
    assert [(s.code, n) for s, _, n in binned] == [("T1", 1)]
    admin.restore_session(store, own_session.id)
    assert store.sessions.get(own_session.id).code == "T1"
    assert [n.text for n in store.notes.for_session(own_session.id)] == ["keep me"]
    with pytest.raises(admin.SessionEditError):
        admin.restore_session(store, own_session.id)
