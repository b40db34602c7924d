"""Ready to sign off?: each thing a report usually needs, missing on a session built to
lack it, and nothing on a complete one."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_session

from sessionkit.services.capture import capture_note, save_report_meta, set_outcome
from sessionkit.services.readiness import check_session


def complete(store, code="OK1"):
    """A session whose report lacks nothing: summary, statuses, owned and dated actions,
    every note placed, every speaker with the native-script name."""
    s = make_session(store, code=code)
    bundle = store.load_bundle(s.id)
    save_report_meta(store, s.id, summary="Cities pair up through brokers.")
    for o in bundle.outcomes:
        set_outcome(store, s.id, o.id, status="achieved")
    for p, native in zip(bundle.people, ("森 直樹", "김상갑")):
        p.native_name = native
        store.people.save(p)
    item = bundle.agenda[1]
    capture_note(store, s.id, "Pairs start with a mayor's visit", agenda_item_id=item.id)
    capture_note(store, s.id, "Send the slides", "action", agenda_item_id=item.id,
                 action_owner="Secretariat", action_due=date(2026, 12, 31))
    return s, bundle


def keys(findings):
    return [f.key for f in findings]


def test_a_complete_session_lacks_nothing(store):
    s, _ = complete(store)
    assert check_session(store, s.id) == []


def test_missing_summary_opens_the_report_details(store):
    s, _ = complete(store)
    save_report_meta(store, s.id, summary="  \n")
    [f] = check_session(store, s.id)
    assert (f.key, f.message, f.where) == ("summary", "The summary is not written",
                                           "report_details")


def test_an_open_outcome_is_named_with_its_number(store):
    s, bundle = complete(store)
    second = bundle.outcomes[1]
    set_outcome(store, s.id, second.id, status="open")
    [f] = check_session(store, s.id)
    assert f.message == "Outcome 2 has no status: What brokers do"
    assert (f.where, f.target) == ("outcome", second.id)


@pytest.mark.parametrize("owner, due, missing", [
    ("", date(2026, 12, 31), ["action_owner"]),
    ("Secretariat", None, ["action_due"]),
    ("", None, ["action_owner", "action_due"]),
])
def test_an_action_without_owner_or_due_date(store, owner, due, missing):
    s, bundle = complete(store)
    n = capture_note(store, s.id, "Write to the funders", "action",
                     agenda_item_id=bundle.agenda[3].id, action_owner=owner, action_due=due)
    found = check_session(store, s.id)
    assert keys(found) == missing
    assert all((f.where, f.target) == ("note", n.id) for f in found)
    assert all(f.message.endswith(": Write to the funders") for f in found)


def test_a_note_with_neither_item_nor_speaker(store):
    s, bundle = complete(store)
    n = capture_note(store, s.id, "Room is full")
    capture_note(store, s.id, "Mori on brokers", speaker_id=bundle.people[0].id)  # placed
    [f] = check_session(store, s.id)
    assert (f.key, f.message, f.where, f.target) == (
        "note_place", "Note has no agenda item or speaker: Room is full", "note", n.id)


def test_a_long_note_is_quoted_short_on_one_line(store):
    s, _ = complete(store)
    capture_note(store, s.id, "word " * 40 + "\nsecond line")
    [f] = check_session(store, s.id)
    assert "\n" not in f.message and f.message.endswith("…")
    assert len(f.fields["text"]) == 60


def test_deleted_notes_are_not_asked_about(store):
    from sessionkit.services.capture import delete_notes

    s, _ = complete(store)
    n = capture_note(store, s.id, "Room is full")
    delete_notes(store, [n.id])
    assert check_session(store, s.id) == []


def test_a_speaker_without_native_name_when_the_session_has_them(store):
    s, bundle = complete(store)
    kim = bundle.people[1]
    kim.native_name = ""
    store.people.save(kim)
    [f] = check_session(store, s.id)
    assert f.message == "Speaker has no native-script name: Kim Sang-Kap"
    assert (f.where, f.target) == ("person", kim.id)


def test_native_names_are_not_asked_for_when_nobody_has_one(store):
    s, bundle = complete(store)
    for p in bundle.people:
        p.native_name = ""
        store.people.save(p)
    assert check_session(store, s.id) == []


def test_a_fresh_session_lists_summary_and_every_outcome(store):
    s = make_session(store)
    assert keys(check_session(store, s.id)) == ["summary"] + ["outcome_status"] * 3


def test_control_characters_in_a_note_never_reach_the_terminal(store):
    s, _ = complete(store)
    capture_note(store, s.id, "Room \x1b[2Jfull\x07 today")
    [f] = check_session(store, s.id)
    assert f.message == "Note has no agenda item or speaker: Room \ufffd[2Jfull\ufffd today"
