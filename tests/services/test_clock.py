"""The session clock, driven by a fake clock: a 90-minute session in milliseconds."""

from datetime import datetime, timedelta

import pytest

from sessionkit.services.clock import (
    ClockError,
    ClockState,
    ItemStatus,
    SessionClock,
    WarningLevel,
    format_clock,
    now_running,
    warning_for,
)
from sessionkit.store import Store
from conftest import T0  # noqa: E402


@pytest.fixture
def clock(store, own_session, fake):
    return SessionClock(store, own_session.id, now=fake)


# The agenda of make_session (conftest.py): Opening 5, Mori 15, Kim 15, Discussion 25,
# Q&A 20, Wrap-up 10 = 90 min


def test_idle_before_start(clock):
    snap = clock.snapshot()
    assert snap.state == ClockState.IDLE
    assert snap.current is None
    assert snap.session_planned == 90 * 60
    assert snap.warning == WarningLevel.NONE
    assert all(t.status == ItemStatus.UPCOMING for t in snap.items)


def test_start_records_actual_start_and_counts_down(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=1, seconds=30)
    snap = clock.snapshot()
    assert snap.state == ClockState.RUNNING
    assert snap.current.item.title == "Opening"
    assert snap.current.elapsed == 90
    assert snap.current.remaining == 210
    assert format_clock(snap.current.remaining) == "3:30"
    assert snap.session_elapsed == 90
    assert snap.session_remaining == 90 * 60 - 90
    assert store.agenda.for_session(own_session.id)[0].actual_start == T0


def test_next_records_end_and_start(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=6)
    assert clock.next()
    agenda = store.agenda.for_session(own_session.id)
    assert agenda[0].actual_start == T0
    assert agenda[0].actual_end == T0 + timedelta(minutes=6)
    assert agenda[1].actual_start == T0 + timedelta(minutes=6)
    assert agenda[1].actual_end is None
    snap = clock.snapshot()
    assert snap.current.item.title == "Presentation: Naoki Mori"
    assert snap.items[0].status == ItemStatus.DONE
    assert snap.items[0].elapsed == 360 and snap.items[0].overrun == 60


def test_behind_and_ahead(clock, fake):
    clock.start()
    fake.advance(minutes=9)  # opening planned 5: 4 minutes over
    snap = clock.snapshot()
    assert snap.offset == 240 and snap.offset_minutes == 4
    clock.next()
    fake.advance(minutes=5)
    assert clock.snapshot().offset_minutes == 4  # still 4 behind while Mori is within plan
    fake.advance(minutes=2)  # Mori 7 of 15
    clock.next()  # Mori ran 8 min short
    snap = clock.snapshot()
    assert snap.offset == -240 and snap.offset_minutes == -4
    assert snap.projected_end == T0 + timedelta(minutes=86)


def test_warning_levels_follow_thresholds(clock, fake):
    clock.start()  # Opening: 5 min
    fake.advance(minutes=2, seconds=59)
    assert clock.snapshot().warning == WarningLevel.NORMAL  # 2:01 left
    fake.advance(seconds=1)
    assert clock.snapshot().warning == WarningLevel.AMBER  # 2:00 left
    fake.advance(minutes=2)
    assert clock.snapshot().warning == WarningLevel.RED  # 0:00
    fake.advance(seconds=1)
    snap = clock.snapshot()
    assert snap.warning == WarningLevel.OVER
    assert format_clock(snap.current.remaining, signed=True) == "+0:01"
    clock.set_thresholds(amber_seconds=300, red_seconds=60)
    fake.advance(seconds=-62)  # 1:01 left
    assert clock.snapshot().warning == WarningLevel.AMBER
    fake.advance(seconds=1)
    assert clock.snapshot().warning == WarningLevel.RED


def test_thresholds_are_validated_and_kept_per_session(store, own_session, clock):
    with pytest.raises(ClockError):
        clock.set_thresholds(amber_seconds=30, red_seconds=60)
    with pytest.raises(ClockError):
        clock.set_thresholds(amber_seconds=-1, red_seconds=0)
    clock.set_thresholds(amber_seconds=180, red_seconds=30)
    again = SessionClock(store, own_session.id).snapshot()
    assert (again.amber_seconds, again.red_seconds) == (180, 30)


def test_pause_stops_item_clock_but_not_session_clock(clock, fake):
    clock.start()
    fake.advance(minutes=1)
    assert clock.pause()
    fake.advance(minutes=3)
    snap = clock.snapshot()
    assert snap.state == ClockState.PAUSED
    assert snap.current.elapsed == 60
    assert snap.paused_for == 180
    assert snap.session_elapsed == 240
    assert snap.offset == 180  # the pause pushes the end
    assert clock.resume()
    fake.advance(minutes=1)
    snap = clock.snapshot()
    assert snap.current.elapsed == 120
    assert not clock.resume()  # already running: nothing happens


def test_toggle_starts_pauses_resumes(clock):
    assert clock.toggle() == ClockState.RUNNING
    assert clock.toggle() == ClockState.PAUSED
    assert clock.toggle() == ClockState.RUNNING


def test_extend_adds_a_minute_to_the_current_item_only(clock, fake):
    clock.start()
    fake.advance(minutes=4, seconds=30)
    assert clock.snapshot().warning == WarningLevel.AMBER
    assert clock.extend(60)
    snap = clock.snapshot()
    assert snap.current.planned_seconds == 6 * 60
    assert snap.current.remaining == 90
    assert snap.session_planned == 90 * 60  # the original plan is unchanged
    clock.next()
    assert clock.snapshot().current.planned_seconds == 15 * 60


def test_next_while_paused_resumes_with_the_next_item(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=2)
    clock.pause()
    fake.advance(minutes=1)
    clock.next()
    snap = clock.snapshot()
    assert snap.state == ClockState.RUNNING
    assert snap.items[0].elapsed == 120  # the pause is not counted as speaking time
    assert snap.current.index == 1 and snap.current.elapsed == 0


def test_previous_undoes_next(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=3)
    clock.next()
    fake.advance(seconds=10)
    assert clock.previous()
    snap = clock.snapshot()
    assert snap.current.index == 0
    assert snap.current.elapsed == 190
    agenda = store.agenda.for_session(own_session.id)
    assert agenda[0].actual_end is None
    assert agenda[1].actual_start is None
    assert not clock.previous()  # nothing before the first item


def test_last_next_finishes_and_previous_reopens(store, own_session, clock, fake):
    clock.start()
    for minutes in (5, 15, 15, 25, 20, 10):
        fake.advance(minutes=minutes)
        clock.next()
    snap = clock.snapshot()
    assert snap.state == ClockState.FINISHED
    assert snap.current is None
    assert snap.session_elapsed == 90 * 60 and snap.offset == 0
    fake.advance(minutes=5)
    assert clock.snapshot().session_elapsed == 90 * 60  # stopped at the end
    agenda = store.agenda.for_session(own_session.id)
    assert all(a.actual_start and a.actual_end for a in agenda)
    assert agenda[-1].actual_end == T0 + timedelta(minutes=90)
    assert not clock.next()
    assert clock.previous()
    assert clock.snapshot().current.item.title == "Wrap-up"


def test_start_on_empty_agenda_is_refused_and_changes_nothing(store, fake):
    from sessionkit.domain import Session

    s = Session(code="X1", title="Empty")
    store.sessions.save(s)
    clock = SessionClock(store, s.id, now=fake)
    with pytest.raises(ClockError):
        clock.start()
    assert clock.state == ClockState.IDLE


def test_now_running_for_note_capture(store, own_session, clock, fake):
    assert now_running(store, own_session.id) is None
    clock.start()
    clock.next()
    running = clock.now_running()
    mori = store.people.for_session(own_session.id)[0]
    assert running.item_title == "Presentation: Naoki Mori"
    assert running.speaker_id == mori.id
    assert running.as_context() == {"agenda_item_id": running.item_id, "speaker_id": mori.id}
    clock.pause()
    assert now_running(store, own_session.id).item_id == running.item_id


def test_deleting_the_current_item_moves_on(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=1)
    clock.next()
    agenda = store.agenda.for_session(own_session.id)
    store.agenda.replace_for_session(own_session.id, [a for a in agenda if a.position != 1])
    snap = clock.snapshot()
    assert snap.state == ClockState.RUNNING
    assert snap.current.item.title == "Presentation: Kim Sang-Kap"


def test_quit_and_restart_resumes_on_the_right_item(data_dir, store, own_session, fake):
    clock = SessionClock(store, own_session.id, now=fake)
    clock.start()
    fake.advance(minutes=6)
    clock.next()  # Mori from 5:06
    fake.advance(minutes=14)
    clock.next()  # Kim from 5:20
    fake.advance(minutes=3)
    clock.pause()
    fake.advance(minutes=1)
    clock.resume()
    clock.extend(60)
    fake.advance(minutes=2)  # Kim: 5 min spoken, 1 min paused
    store.close()  # "quit"

    fake.advance(minutes=4)  # the app was closed for 4 minutes; the session went on
    again = Store.open(data_dir)
    resumed = SessionClock(again, own_session.id, now=fake).snapshot()
    assert resumed.state == ClockState.RUNNING
    assert resumed.current.item.title == "Presentation: Kim Sang-Kap"
    assert resumed.current.elapsed == 9 * 60
    assert resumed.current.planned_seconds == 16 * 60
    assert resumed.session_elapsed == 30 * 60
    assert resumed.offset == 30 * 60 - (20 * 60 + 9 * 60)
    assert [t.status for t in resumed.items[:3]] == [ItemStatus.DONE] * 2 + [ItemStatus.CURRENT]
    again.close()


def test_quit_while_paused_resumes_paused(data_dir, store, own_session, fake):
    clock = SessionClock(store, own_session.id, now=fake)
    clock.start()
    fake.advance(minutes=2)
    clock.pause()
    store.close()
    fake.advance(minutes=10)
    again = Store.open(data_dir)
    c2 = SessionClock(again, own_session.id, now=fake)
    snap = c2.snapshot()
    assert snap.state == ClockState.PAUSED and snap.current.elapsed == 120
    c2.resume()
    fake.advance(minutes=1)
    assert c2.snapshot().current.elapsed == 180
    again.close()


def test_reset_forgets_the_run(store, own_session, clock, fake):
    clock.start()
    fake.advance(minutes=1)
    clock.next()
    clock.reset()
    assert clock.state == ClockState.IDLE
    assert all(a.actual_start is None for a in store.agenda.for_session(own_session.id))


def test_format_clock():
    assert format_clock(0) == "0:00"
    assert format_clock(0.2) == "0:01"  # a countdown shows 0:00 only when time is up
    assert format_clock(59.9) == "1:00"
    assert format_clock(3600 + 62) == "1:01:02"
    assert format_clock(-83, signed=True) == "+1:23"
    assert format_clock(-83) == "-1:23"


def test_warning_for_boundaries():
    assert warning_for(121, 120, 0) == WarningLevel.NORMAL
    assert warning_for(120, 120, 0) == WarningLevel.AMBER
    assert warning_for(0, 120, 0) == WarningLevel.RED
    assert warning_for(-0.5, 120, 0) == WarningLevel.OVER


def test_aware_clock_required(store, own_session):
    clock = SessionClock(store, own_session.id, now=lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        clock.snapshot()
