"""Speaking time measured from the speaker changes of the live run: the rapporteur
switches who notes are credited to (Alt+Shift+n, Ctrl+Shift+Up/Down), each switch is
stored with its time, and the report gives each person the time of their own turns,
pauses excluded, instead of splitting a shared item evenly."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from sessionkit.domain.timing import SpeakerTurn, turn_durations
from sessionkit.report import model as m
from sessionkit.report.model import ReportOptions, build_report
from sessionkit.report.markdown import to_markdown
from sessionkit.ui.context import SessionContext
from sessionkit.ui.live.live_controller import LiveController
from sessionkit.ui.capture.writer import wait_all_idle
from ui_keys import ALT_SHIFT, CTRL_SHIFT, go_to_discussion, key

MEASURED = ("Measured from the speaker changes during the run; items without changes are "
            "split evenly between their people. Pauses are not counted.")
EVEN = "Items shared by several people are split evenly between them; pauses are not counted."


def speaking(report) -> tuple[dict[str, list[str]], str]:
    """The speaking-time table (speaker: planned, actual, difference) and its note."""
    blocks = next(s for s in report.sections if s.key == "agenda").blocks
    i = next(k for k, b in enumerate(blocks) if isinstance(b, m.Table) and k > 0)
    return {r[0]: r[1:] for r in blocks[i].rows}, blocks[i + 1].text


@pytest.fixture
def shared(store, d3):
    """D3 whose Discussion (25 min planned) names both presenters, Mori first."""
    bundle = store.load_bundle(d3.id)
    mori, kim = (p.id for p in bundle.people_with_role(m.RoleKind.SPEAKER))
    disc = next(i for i in bundle.agenda if i.title == "Discussion")
    disc.person_ids = [mori, kim]
    store.agenda.save(d3.id, disc)
    return {"mori": mori, "kim": kim, "discussion": disc.id}


def controller_at_discussion(store, d3, data_dir, fake) -> LiveController:
    c = LiveController(SessionContext(store, data_dir, d3.id), now=fake, start_timer=False)
    c.toggle_run()  # Opening
    for minutes in (5, 15, 15):  # Opening, Mori's and Kim's presentations
        fake.advance(minutes=minutes)
        c.next_item()
    assert c.snapshot.current.item.title == "Discussion"
    return c


def test_speaker_changes_decide_the_speaking_minutes(qtbot, store, d3, data_dir, fake, shared):
    c = controller_at_discussion(store, d3, data_dir, fake)
    assert c.current_speaker_id() == shared["mori"]
    fake.advance(minutes=8)
    assert c.pick_speaker(2)  # Alt+Shift+2: Kim, after Mori spoke 8 minutes
    fake.advance(minutes=5)
    c.toggle_run()  # pause after Kim's 5 minutes
    fake.advance(minutes=4)
    assert c.cycle_speaker(+1)  # Ctrl+Shift+Down during the pause: Mori is next
    fake.advance(minutes=2)
    c.toggle_run()  # resume: the 6-minute pause is nobody's speaking time
    fake.advance(minutes=7)
    assert c.pick_speaker(2)  # Kim again after Mori's 7 minutes
    fake.advance(minutes=5)
    c.finish()

    turns = store.live.turns(d3.id)[shared["discussion"]]
    assert [t.person_id for t in turns] == [shared[k] for k in ("mori", "kim", "mori", "kim")]
    assert [t.paused_seconds for t in turns] == [0, 0, 240, 360]

    report = build_report(store, d3.id)
    table, note = speaking(report)
    # Discussion: 31 minutes on the wall clock, 6 paused; Mori 8 + 7, Kim 5 + 5.
    # Presentations 15 each. Planned: 15 + 25/2 each, 27.5 printed as 28.
    assert table == {"Naoki Mori": ["28 min", "30 min", "+2 min"],
                     "Kim Sang-Kap": ["28 min", "25 min", "-3 min"]}
    assert note == MEASURED
    # the item itself still ran 25 minutes, the same as the clock's rule
    agenda = next(s for s in report.sections if s.key == "agenda").blocks[0]
    assert next(r for r in agenda.rows if r[1] == "Discussion")[5] == "25 min"
    md = to_markdown(report)
    assert f"*{MEASURED}*" in md and "| Kim Sang-Kap | 28 min | 25 min | -3 min |" in md


def test_the_note_is_in_the_report_language(qtbot, store, d3, data_dir, fake, shared):
    c = controller_at_discussion(store, d3, data_dir, fake)
    fake.advance(minutes=10)
    c.pick_speaker(2)
    fake.advance(minutes=10)
    c.finish()
    _, note = speaking(build_report(store, d3.id, ReportOptions(language="ja")))
    assert note.startswith("実施中の話者の切り替えから計測しました。")


def test_without_a_change_a_shared_item_is_split_evenly(qtbot, store, d3, data_dir, fake,
                                                        shared):
    c = controller_at_discussion(store, d3, data_dir, fake)
    fake.advance(minutes=20)
    c.pick_speaker(1)  # Mori is already the speaker: not a change
    fake.advance(minutes=10)
    c.finish()
    table, note = speaking(build_report(store, d3.id))
    assert table == {"Naoki Mori": ["28 min", "30 min", "+2 min"],
                     "Kim Sang-Kap": ["28 min", "30 min", "+2 min"]}
    assert note == EVEN


def test_going_back_and_reset(qtbot, store, d3, data_dir, fake, shared):
    c = controller_at_discussion(store, d3, data_dir, fake)
    fake.advance(minutes=3)
    c.pick_speaker(2)
    fake.advance(minutes=1)
    c.previous_item()  # back to Kim's presentation: the Discussion starts again later
    fake.advance(minutes=2)
    c.next_item()  # Discussion again, Mori first
    fake.advance(minutes=10)
    c.finish()
    # Kim's presentation ran on (15 + 3 + 1 + 2 = 21 min); the turns of the undone
    # Discussion are not counted: in the real one nobody changed, so it is split evenly
    table, note = speaking(build_report(store, d3.id))
    assert note == EVEN
    assert table["Naoki Mori"][1] == "20 min" and table["Kim Sang-Kap"][1] == "26 min"
    c.reset()
    assert store.live.turns(d3.id) == {}


def test_an_unreadable_turn_time_is_skipped_not_the_report(qtbot, store, d3, data_dir, fake,
                                                           shared):
    c = controller_at_discussion(store, d3, data_dir, fake)
    fake.advance(minutes=10)
    c.pick_speaker(2)
    fake.advance(minutes=10)
    c.finish()
    store._db.execute("UPDATE live_turns SET at = 'not a time' WHERE person_id = ?",
                     [shared["kim"]])
    store._db.conn.commit()
    table, note = speaking(build_report(store, d3.id))
    assert note == EVEN  # the change is lost, the report is not
    assert table["Kim Sang-Kap"][1] == "25 min"


# -- the rule itself ------------------------------------------------------------------------

T = datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)


def turn(person, minutes, paused=0.0):
    return SpeakerTurn("i", person, T + timedelta(minutes=minutes), paused)


def test_turn_durations():
    end = T + timedelta(minutes=30)
    got = turn_durations(T, end, 300, [turn("a", 0), turn("b", 10), turn("a", 20, 300)], "a")
    assert got == [("a", timedelta(minutes=10)), ("b", timedelta(minutes=5)),
                   ("a", timedelta(minutes=10))]
    # before the first turn the item's first person speaks; a turn from an undone
    # earlier attempt (before the start) is ignored
    got = turn_durations(T, end, 0, [turn("b", -5), turn("b", 12)], "a")
    assert got == [("a", timedelta(minutes=12)), ("b", timedelta(minutes=18))]
    assert turn_durations(T, end, 0, [turn("a", 0), turn("b", -3)], "a") is None  # no change
    assert turn_durations(T, None, 0, [turn("b", 3)], "a") is None  # still running
    # an item naming nobody: the time before someone is picked is nobody's
    assert turn_durations(T, end, 0, [turn("b", 10)], None) == [
        (None, timedelta(minutes=10)), ("b", timedelta(minutes=20))]


# -- by the real keys in the main window -------------------------------------------------

def test_switching_by_keys_in_the_window_reaches_the_report(qtbot, open_window, fake,
                                                            panel_session):
    w = open_window()
    go_to_discussion(qtbot, w, fake)  # Discussion names Mori, then Kim
    box = w.capture_panel.edit
    box.setFocus()
    fake.t += timedelta(minutes=9)
    qtbot.keyClick(box, Qt.Key.Key_2, ALT_SHIFT)  # Kim, after Mori's 9 minutes
    fake.t += timedelta(minutes=12)
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL_SHIFT)  # Mori again, after Kim's 12
    fake.t += timedelta(minutes=4)
    key(qtbot, w, Qt.Key.Key_F7)  # Q&A
    assert wait_all_idle()
    table, note = speaking(build_report(w.ctx.store, w.ctx.session_id))
    assert note == MEASURED
    # presentations 15 each (go_to_discussion), Discussion Mori 9 + 4, Kim 12
    assert table["Naoki Mori"][1] == "28 min" and table["Kim Sang-Kap (김상갑)"][1] == "27 min"


def test_the_speaker_picked_is_still_credited_when_the_window_reopens(
        qtbot, open_window, fake, panel_session):
    """A Ctrl+O round trip or a restart mid-item: the second speaker picked stays the
    one notes are credited to, and reopening is not a speaker change of its own."""
    w = open_window()
    go_to_discussion(qtbot, w, fake)
    box = w.capture_panel.edit
    box.setFocus()
    fake.t += timedelta(minutes=6)
    qtbot.keyClick(box, Qt.Key.Key_2, ALT_SHIFT)
    badge = w.capture_panel.speaker_badge.text()
    assert badge.startswith("Speaker: Kim Sang-Kap") and badge.endswith("(2 of 2)"), badge
    store, sid = w.ctx.store, w.ctx.session_id
    turns = store.live.turns(sid)
    w.close()
    fake.t += timedelta(minutes=1)

    w2 = open_window()
    assert w2.ctx.session_id == sid
    assert w2.capture_panel.speaker_badge.text() == badge  # at once, before any tick
    w2.moderator.controller.refresh()
    assert w2.capture_panel.speaker_badge.text() == badge
    assert w2.moderator.controller.current_speaker_id() == panel_session["kim"]
    assert w2.ctx.store.live.turns(sid) == turns  # no turn for Mori slipped in
    box = w2.capture_panel.edit
    box.setFocus()
    qtbot.keyClicks(box, "Gwangju pairs with Surabaya")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wait_all_idle()
    note = next(n for n in w2.ctx.store.notes.for_session(sid)
                if n.text == "Gwangju pairs with Surabaya")
    assert note.speaker_id == panel_session["kim"]
