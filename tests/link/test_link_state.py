"""The state document the live link serves, built from a real store."""

import json
from datetime import timedelta

from conftest import T0, make_session

from sessionkit.link.state import state_document
from sessionkit.services.clock import SessionClock
from sessionkit.services.notes import add_note


def test_before_start_the_document_shows_the_session_and_its_first_item(store):
    s = make_session(store)
    doc = state_document(store, s.id, now=T0)
    assert doc["v"] == 1
    assert doc["session"]["code"] == "T1"
    assert doc["state"] == "idle" and doc["warning"] == "none"
    assert doc["current"] is None and doc["speaker"] is None
    assert doc["next"]["title"] == "Opening"
    assert doc["first_planned_seconds"] == 5 * 60
    assert [r["status"] for r in doc["agenda"]] == ["upcoming"] * 6
    assert doc["status"] == "Not started"
    assert doc["words"]["starting_soon"] == "Starting soon"


def test_running_item_time_left_speaker_next_and_message(store, fake):
    s = make_session(store)
    clock = SessionClock(store, s.id, now=fake)
    clock.start()
    fake.advance(minutes=6)  # one minute over the 5-minute opening
    clock.next()  # "Presentation: Naoki Mori", 15 minutes
    fake.advance(minutes=4)
    store.live.save_stage_message(s.id, "Mic 2 please")
    doc = state_document(store, s.id, now=fake())
    cur = doc["current"]
    assert cur["index"] == 1 and cur["title"] == "Presentation: Naoki Mori"
    assert cur["planned_seconds"] == 900
    assert cur["remaining"] == 660.0
    assert cur["ends_at"] == doc["server_time"] + 660.0
    assert doc["speaker"]["name"] == "Naoki Mori"
    assert doc["next"]["title"] == "Presentation: Kim Sang-Kap"
    assert doc["next"]["speakers"] == ["Kim Sang-Kap"]
    assert doc["next_speaker"]["name"] == "Kim Sang-Kap"
    assert doc["message"] == "Mic 2 please"
    assert doc["offset_seconds"] == 60.0 and doc["offset_minutes"] == 1
    assert doc["warning"] == "normal" and doc["status"] == "On schedule"
    assert [r["status"] for r in doc["agenda"][:3]] == ["done", "current", "upcoming"]


def test_colour_states_and_words_follow_the_stage_display(store, fake):
    s = make_session(store)
    clock = SessionClock(store, s.id, now=fake)
    clock.start()
    fake.advance(minutes=4)  # 1:00 left of 5
    doc = state_document(store, s.id, now=fake())
    assert doc["warning"] == "amber" and doc["status"] == "⚠ 1:00 left"
    fake.advance(minutes=1)
    doc = state_document(store, s.id, now=fake())
    assert doc["warning"] == "red" and doc["status"] == "■ Time is up"
    fake.advance(seconds=30)
    doc = state_document(store, s.id, now=fake())
    assert doc["warning"] == "overrun" and doc["status"] == "▲ Over time +0:30"
    clock.pause()
    doc = state_document(store, s.id, now=fake())
    assert doc["state"] == "paused" and doc["status"] == "❚❚ Paused"
    assert doc["current"]["ends_at"] is None and doc["current"]["remaining"] == -30.0


def test_the_words_come_in_the_moderators_language(store, fake):
    s = make_session(store)
    SessionClock(store, s.id, now=fake).start()
    fake.advance(minutes=4)
    doc = state_document(store, s.id, now=fake(), language="ko")
    assert doc["status"] == "⚠ 1:00 남음"
    assert doc["words"]["thank_you"] == "감사합니다"
    assert state_document(store, s.id, now=fake(), language="xx")["words"]["red"] == \
        "■ Time is up"


def test_the_speaker_is_the_latest_turn_of_the_item_with_the_native_name(store, fake):
    s = make_session(store)
    people = {p.display_name: p for p in store.people.for_session(s.id)}
    kim = people["Kim Sang-Kap"]
    kim.native_name = "김상갑"
    store.people.save(kim)
    clock = SessionClock(store, s.id, now=fake)
    clock.start()
    fake.advance(minutes=1)
    # the opening names nobody: the moderator credits Kim (Alt+Shift+n) from now on
    item = clock.snapshot().current.item
    store.live.record_turn(s.id, item.id, kim.id, fake())
    doc = state_document(store, s.id, now=fake())
    assert doc["speaker"]["name"] == "Kim Sang-Kap"
    assert doc["speaker"]["native_name"] == "김상갑"


def test_a_finished_session_and_an_empty_agenda(store, fake):
    s = make_session(store)
    clock = SessionClock(store, s.id, now=fake)
    clock.start()
    clock.finish()
    doc = state_document(store, s.id, now=fake() + timedelta(minutes=1))
    assert doc["state"] == "finished" and doc["current"] is None
    assert doc["status"] == "Session ended"
    empty = make_session(store, code="T2")
    store.agenda.replace_for_session(empty.id, [])
    doc = state_document(store, empty.id, now=fake())
    assert doc["agenda"] == [] and doc["next"] is None


def test_no_note_text_is_ever_in_the_document(store, fake):
    s = make_session(store)
    SessionClock(store, s.id, now=fake).start()
    add_note(store, s.id, "SECRET-NOTE-TEXT about the budget")
    text = json.dumps(state_document(store, s.id, now=fake()), ensure_ascii=False)
    assert "SECRET-NOTE-TEXT" not in text
