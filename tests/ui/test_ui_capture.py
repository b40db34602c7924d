"""The rapporteur types notes of every kind with the keyboard alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from sessionkit.domain.models import NoteKind
from sessionkit.services.sessions import open_store
from sessionkit.ui.app import open_main_window
from sessionkit.ui.capture.capture_keys import KIND_KEYS
from sessionkit.ui.capture.writer import wait_all_idle

from ui_keys import ctrl_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(open_window):
    return open_window(live=False, settings=False)


def stored(w):
    return w.ctx.store.notes.for_session(w.ctx.session_id)


@pytest.mark.parametrize("chord_before", [True, False], ids=["chord-first", "chord-after"])
def test_every_kind_by_chord_before_or_after_typing(window, qtbot, chord_before):
    box = window.capture_panel.edit
    for key, kind in KIND_KEYS:
        if kind == NoteKind.ACTION:
            continue  # has its own test (owner / due)
        text = f"a {kind.value} note"
        if chord_before:
            qtbot.keyClick(box, key, CTRL)
            type_text(qtbot, box, text)
        else:
            type_text(qtbot, box, text)
            qtbot.keyClick(box, key, CTRL)
        ctrl_enter(qtbot, box)
    notes = stored(window)
    expected = [k for _key, k in KIND_KEYS if k != NoteKind.ACTION]
    assert [n.kind for n in notes] == expected
    assert [n.text for n in notes] == [f"a {k.value} note" for k in expected]
    # the kind goes back to a plain note after each one
    assert window.capture_panel.kind == NoteKind.NOTE
    kinds_shown = [window.notes_panel.model.index(i, 1).data()
                   for i in range(len(expected))]
    assert kinds_shown[1] == "Key message" and kinds_shown[-1] == "Quote"


def test_action_asks_for_owner_and_due_without_leaving_the_keyboard(window, qtbot):
    box = window.capture_panel.edit
    qtbot.keyClick(box, Qt.Key.Key_4, CTRL)
    type_text(qtbot, box, "Send the city-pairing guide to Gwangju")
    ctrl_enter(qtbot, box)
    assert stored(window) == []  # not yet: it asks for the owner
    owner = window.capture_panel.owner_edit
    assert owner.hasFocus()
    type_text(qtbot, owner, "Naoki Mori")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    due = window.capture_panel.due_edit
    assert due.hasFocus()
    type_text(qtbot, due, "2026-12-01")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert wait_all_idle()  # the writer thread has written it (ui/capture/writer.py)
    (note,) = stored(window)
    assert (note.kind, note.text, note.action_owner, note.action_due) == (
        NoteKind.ACTION, "Send the city-pairing guide to Gwangju", "Naoki Mori",
        date(2026, 12, 1))
    assert box.hasFocus() and box.toPlainText() == ""
    assert not window.capture_panel.action_row.isVisible()


def test_action_with_a_bad_due_date_is_kept_and_explained(window, qtbot):
    box = window.capture_panel.edit
    type_text(qtbot, box, "Follow up")
    qtbot.keyClick(box, Qt.Key.Key_4, CTRL)
    ctrl_enter(qtbot, box)
    type_text(qtbot, window.capture_panel.owner_edit, "Kim")
    qtbot.keyClick(window.capture_panel.owner_edit, Qt.Key.Key_Tab)
    type_text(qtbot, window.capture_panel.due_edit, "someday")
    qtbot.keyClick(window.capture_panel.due_edit, Qt.Key.Key_Return)
    assert stored(window) == []
    assert "not a date" in window.capture_panel.status_label.text()
    assert box.toPlainText() == "Follow up"
    qtbot.keyClick(window.capture_panel.due_edit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, window.capture_panel.due_edit, "+7")
    qtbot.keyClick(window.capture_panel.due_edit, Qt.Key.Key_Return)
    assert wait_all_idle()  # the writer thread has written it (ui/capture/writer.py)
    (note,) = stored(window)
    assert note.action_owner == "Kim"
    assert note.action_due == date.today() + timedelta(days=7)


def test_esc_from_owner_goes_back_to_the_box_then_ctrl_enter_adds_without_owner(window, qtbot):
    box = window.capture_panel.edit
    qtbot.keyClick(box, Qt.Key.Key_4, CTRL)
    type_text(qtbot, box, "Someone should write this up")
    ctrl_enter(qtbot, box)
    qtbot.keyClick(window.capture_panel.owner_edit, Qt.Key.Key_Escape)
    assert box.hasFocus()
    ctrl_enter(qtbot, box)  # asked once already: adds it, owner left empty
    (note,) = stored(window)
    assert note.kind == NoteKind.ACTION and note.action_owner == ""


def test_picked_item_and_speaker_stamp_notes(window, qtbot):
    box = window.capture_panel.edit
    agenda = window.ctx.bundle.agenda
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL)  # item 1: Opening
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL)  # item 2: Presentation: Naoki Mori
    type_text(qtbot, box, "JICA has supported 40 city pairs")
    ctrl_enter(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL | SHIFT)  # next speaker: Kim Sang-Kap
    type_text(qtbot, box, "Gwangju joined in 2005")
    ctrl_enter(qtbot, box)
    first, second = stored(window)
    mori = agenda[1].person_ids[0]
    kim = agenda[2].person_ids[0]
    assert (first.agenda_item_id, first.speaker_id) == (agenda[1].id, mori)
    assert (second.agenda_item_id, second.speaker_id) == (agenda[1].id, kim)


def test_alt_digit_links_the_note_to_outcomes(window, qtbot):
    box = window.capture_panel.edit
    outcomes = window.ctx.bundle.outcomes
    type_text(qtbot, box, "Brokers matter")
    qtbot.keyClick(box, Qt.Key.Key_2, ALT)
    qtbot.keyClick(box, Qt.Key.Key_3, ALT)
    qtbot.keyClick(box, Qt.Key.Key_3, ALT)  # toggled off again
    assert window.capture_panel.evidence_label.text() == "Supports outcome 2"
    ctrl_enter(qtbot, box)
    (note,) = stored(window)
    assert note.outcome_ids == [outcomes[1].id]
    assert box.toPlainText() == "Brokers matter".replace("Brokers matter", "")


def test_live_run_stamps_the_running_item_and_speaker(window, qtbot):
    live = pytest.importorskip("sessionkit.ui.live.live_controller")
    clock_now = [datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)]
    controller = live.LiveController(window.ctx, now=lambda: clock_now[0], start_timer=False)
    agenda = window.ctx.bundle.agenda
    box = window.capture_panel.edit
    # a picked item is overridden by the live run
    window.capture_panel.pick_item(agenda[5].id)
    controller.clock.start()  # Opening
    clock_now[0] += timedelta(minutes=5)
    controller.clock.next()  # Presentation: Naoki Mori
    window.capture_panel.refresh_stamp()
    assert window.capture_panel.live_label.text() == ("Live: Presentation: Naoki Mori · "
                                                      "Naoki Mori")
    qtbot.keyClick(box, Qt.Key.Key_2, CTRL)
    type_text(qtbot, box, "Cooperation needs a broker")
    ctrl_enter(qtbot, box)
    clock_now[0] += timedelta(minutes=15)
    controller.clock.next()  # Presentation: Kim Sang-Kap
    qtbot.keyClick(box, Qt.Key.Key_5, CTRL)
    type_text(qtbot, box, "Who pays for the secretariat?")
    ctrl_enter(qtbot, box)
    first, second = stored(window)
    assert (first.kind, first.agenda_item_id, first.speaker_id) == (
        NoteKind.KEY_MESSAGE, agenda[1].id, agenda[1].person_ids[0])
    assert (second.kind, second.agenda_item_id, second.speaker_id) == (
        NoteKind.QUESTION, agenda[2].id, agenda[2].person_ids[0])
    controller.clock.finish()
    window.capture_panel.refresh_stamp()
    assert not window.capture_panel.live_label.isVisible()
    type_text(qtbot, box, "after the session")
    ctrl_enter(qtbot, box)
    assert stored(window)[-1].agenda_item_id == agenda[5].id  # back to the picked item


def test_kind_owner_due_and_evidence_of_the_box_survive_a_restart(qtbot, data_dir):
    from sessionkit.ui.app import ui_settings

    def open_():
        store, _ = open_store(data_dir)
        w = open_main_window(store, data_dir, store.sessions.find("D3").id,
                             ui_settings(data_dir))
        qtbot.addWidget(w)
        w.show()
        return w, store

    w, store = open_()
    box = w.capture_panel.edit
    qtbot.keyClick(box, Qt.Key.Key_4, CTRL)
    type_text(qtbot, box, "Draft an action")
    qtbot.keyClick(box, Qt.Key.Key_1, ALT)
    ctrl_enter(qtbot, box)  # asks for the owner
    type_text(qtbot, w.capture_panel.owner_edit, "Mori")
    w.close()
    store.close()

    w, store = open_()
    panel = w.capture_panel
    assert panel.edit.toPlainText() == "Draft an action"
    assert panel.kind == NoteKind.ACTION and panel.owner_edit.text() == "Mori"
    assert panel.evidence == [w.ctx.bundle.outcomes[0].id]
    panel.focus_box()
    ctrl_enter(qtbot, panel.edit)  # owner given: adds the action at once
    (note,) = store.notes.for_session(w.ctx.session_id)
    assert (note.kind, note.action_owner) == (NoteKind.ACTION, "Mori")
    w.close()
    store.close()

    w, store = open_()  # a committed note leaves a clean box behind
    assert w.capture_panel.kind == NoteKind.NOTE and w.capture_panel.owner_edit.text() == ""
    w.close()
    store.close()
