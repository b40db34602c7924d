"""Qt-free capture use cases: kinds, action owner/due, edits with history, bin, evidence."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sessionkit.domain.models import NoteKind, OutcomeStatus
from sessionkit.services import capture as cap
from sessionkit.services.notes import NoteError


def test_capture_note_with_every_field_clears_the_draft(store, d3):
    store.drafts.save(d3.id, "half")
    agenda = store.agenda.for_session(d3.id)
    outcome = store.outcomes.for_session(d3.id)[0]
    n = cap.capture_note(store, d3.id, "JICA will share the matching guide", "action",
                         agenda_item_id=agenda[1].id, speaker_id=agenda[1].person_ids[0],
                         action_owner=" Naoki Mori ", action_due=date(2026, 12, 1),
                         outcome_ids=[outcome.id, outcome.id])
    back = store.notes.get(n.id)
    assert back.kind == NoteKind.ACTION
    assert back.action_owner == "Naoki Mori"
    assert back.action_due == date(2026, 12, 1)
    assert back.agenda_item_id == agenda[1].id
    assert back.speaker_id == agenda[1].person_ids[0]
    assert back.outcome_ids == [outcome.id]
    assert store.drafts.get(d3.id) == ""


def test_capture_rejects_empty_and_keeps_the_draft(store, d3):
    store.drafts.save(d3.id, "keep me")
    with pytest.raises(NoteError):
        cap.capture_note(store, d3.id, "  \n ")
    assert store.drafts.get(d3.id) == "keep me"
    assert store.notes.for_session(d3.id) == []


@pytest.mark.parametrize("typed, expected", [
    ("2026-12-01", date(2026, 12, 1)), ("1.12.2026", date(2026, 12, 1)),
    ("today", date(2026, 5, 4)), ("tomorrow", date(2026, 5, 5)), ("+3", date(2026, 5, 7)),
    ("+2w", date(2026, 5, 18)), ("", None), ("  ", None),
])
def test_parse_due(typed, expected):
    assert cap.parse_due(typed, today=date(2026, 5, 4)) == expected


@pytest.mark.parametrize("typed", ["next week", "2026-13-01", "31.02.2026", "+", "soon"])
def test_parse_due_rejects_with_a_clear_message(typed):
    with pytest.raises(NoteError, match="not a date"):
        cap.parse_due(typed, today=date(2026, 5, 4))


def test_a_note_edited_three_times_has_three_earlier_versions(store, d3):
    n = cap.capture_note(store, d3.id, "v1")
    for text in ("v2", "v3", "v4"):
        cap.edit_note(store, n.id, text=text)
    history = cap.note_history(store, n.id)
    assert [v.text for v in history] == ["v3", "v2", "v1"]
    assert store.notes.get(n.id).text == "v4"
    # restoring v1 keeps v4 as a version too
    cap.restore_version(store, n.id, history[-1].id)
    assert store.notes.get(n.id).text == "v1"
    assert [v.text for v in cap.note_history(store, n.id)] == ["v4", "v3", "v2", "v1"]


def test_starring_and_unchanged_edits_make_no_version(store, d3):
    n = cap.capture_note(store, d3.id, "same")
    cap.toggle_star(store, n.id)
    cap.edit_note(store, n.id, text="same")
    assert store.notes.get(n.id).starred is True
    assert cap.note_history(store, n.id) == []


def test_edit_rejects_empty_text_and_changes_nothing(store, d3):
    n = cap.capture_note(store, d3.id, "original")
    with pytest.raises(NoteError):
        cap.edit_note(store, n.id, text="   ")
    assert store.notes.get(n.id).text == "original"
    assert cap.note_history(store, n.id) == []


def test_bulk_context_edit(store, d3):
    agenda = store.agenda.for_session(d3.id)
    a = cap.capture_note(store, d3.id, "a")
    b = cap.capture_note(store, d3.id, "b")
    cap.edit_notes(store, [a.id, b.id], agenda_item_id=agenda[3].id, speaker_id=cap.KEEP)
    assert {store.notes.get(x.id).agenda_item_id for x in (a, b)} == {agenda[3].id}
    assert len(cap.note_history(store, a.id)) == 1


def test_deleted_note_goes_to_the_bin_and_comes_back(store, d3):
    n = cap.capture_note(store, d3.id, "oops")
    cap.delete_notes(store, [n.id])
    assert store.notes.for_session(d3.id) == []
    assert [x.text for x in cap.bin_notes(store, d3.id)] == ["oops"]
    cap.restore_notes(store, [n.id])
    assert [x.text for x in store.notes.for_session(d3.id)] == ["oops"]
    assert cap.bin_notes(store, d3.id) == []


def test_evidence_links_and_counts(store, d3):
    o1, o2, _ = store.outcomes.for_session(d3.id)
    a = cap.capture_note(store, d3.id, "a")
    b = cap.capture_note(store, d3.id, "b")
    cap.link_evidence(store, [a.id, b.id], o1.id)
    cap.toggle_evidence(store, [b.id], o2.id)
    assert cap.evidence_counts(store, d3.id) == {o1.id: 2, o2.id: 1}
    cap.toggle_evidence(store, [a.id, b.id], o1.id)  # both linked: unlink both
    assert cap.evidence_counts(store, d3.id) == {o2.id: 1}
    cap.delete_notes(store, [b.id])  # binned notes do not count
    assert cap.evidence_counts(store, d3.id) == {}


def test_outcome_status_and_comment(store, d3):
    o = store.outcomes.for_session(d3.id)[2]
    cap.set_outcome(store, d3.id, o.id, status="not achieved", comment=" no time left ")
    back = store.outcomes.for_session(d3.id)[2]
    assert back.status == OutcomeStatus.NOT_ACHIEVED and back.comment == "no time left"


def test_note_filter(store, d3):
    agenda = store.agenda.for_session(d3.id)
    a = cap.capture_note(store, d3.id, "a", "decision", agenda_item_id=agenda[1].id)
    b = cap.capture_note(store, d3.id, "b", "quote", starred=True)
    f = cap.NoteFilter(kinds={NoteKind.DECISION})
    assert [n.text for n in (a, b) if f.matches(n)] == ["a"]
    assert [n.text for n in (a, b) if cap.NoteFilter(starred_only=True).matches(n)] == ["b"]
    f = cap.NoteFilter(agenda_item_id=agenda[1].id)
    assert [n.text for n in (a, b) if f.matches(n)] == ["a"]
    assert not cap.NoteFilter().active()


def test_report_meta_sign_off(store, d3):
    with pytest.raises(NoteError):
        cap.save_report_meta(store, d3.id, sign_off=True)
    when = datetime(2026, 5, 4, 12, 0, tzinfo=timezone.utc)
    cap.save_report_meta(store, d3.id, summary="Good session", attendance="about 40",
                         signed_off_by="The moderator", sign_off=True, now=when)
    m = store.report_meta.get(d3.id)
    assert (m.summary, m.attendance, m.signed_off_by, m.signed_off_at) == (
        "Good session", "about 40", "The moderator", when)
    cap.save_report_meta(store, d3.id, signed_off_by="Someone else")
    assert store.report_meta.get(d3.id).signed_off_at is None
