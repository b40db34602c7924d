"""A whole live run in the real main window, by keyboard: the stage message key, panel
notes credited to the right person, time cards, the cue card, one-screen stage
display, reset's question, read-out, dark mode and dialogs during the run."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sessionkit.services.clock import ClockError, ClockState, time_cards
from sessionkit.ui.capture.writer import wait_all_idle
from ui_keys import ALT_SHIFT, CTRL_SHIFT, ctrl_enter, go_to_discussion, key, type_text

DIGITS = [getattr(Qt.Key, f"Key_{i}") for i in range(10)]


def answer_next_dialog(callback):
    """Run ``callback(dialog)`` on the next modal dialog, once it is up."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        callback(dialog)
    QTimer.singleShot(0, poll)


def send_text(text):
    def fill(dialog):
        dialog.combo.setCurrentText(text)
        dialog.accept()
    return fill


def activate(qtbot, window):
    """Make ``window`` the active one. Asked again while waiting: on a loaded machine a
    dialog that just closed can take the activation back after the first request."""
    def active():
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            return False
        return True
    qtbot.waitUntil(active, timeout=10000)


# -- 1. Ctrl+Shift+M ---------------------------------------------------------------------

def test_ctrl_shift_m_sends_a_message_from_window_stage_and_menu(qtbot, open_window, fake):
    w = open_window()
    c = w.moderator.controller
    key(qtbot, w, Qt.Key.Key_F5)
    key(qtbot, w, Qt.Key.Key_F9)
    qtbot.addWidget(c.stage)
    activate(qtbot, w)
    # the real key, on the main window (the note box has the focus)
    answer_next_dialog(send_text("Two minutes left"))
    key(qtbot, w, Qt.Key.Key_M, CTRL_SHIFT)
    assert c.message == "Two minutes left"
    assert c.stage.message_label.text() == "Two minutes left"
    assert c.stage.message_label.isVisible()
    # from the stage display window itself
    activate(qtbot, c.stage)
    answer_next_dialog(send_text("Please use the microphone"))
    qtbot.keyClick(c.stage, Qt.Key.Key_M, CTRL_SHIFT)
    assert c.stage.message_label.text() == "Please use the microphone"
    # from the Live menu (QAction.triggered carries checked=False)
    action = next(a for a in w.menus["live"].actions()
                  if a.objectName() == "live_send_message")
    answer_next_dialog(send_text("Questions from the floor next"))
    action.trigger()
    assert c.stage.message_label.text() == "Questions from the floor next"
    assert w.moderator.panel.message_label.text() == \
        "On stage: “Questions from the floor next”"
    # cancelling changes nothing
    answer_next_dialog(lambda d: d.reject())
    action.trigger()
    assert c.message == "Questions from the floor next"


# -- 2. notes credited to the right person ------------------------------------------------

def test_alt_shift_2_credits_the_note_to_the_second_panellist(qtbot, open_window, fake,
                                                              panel_session, data_dir):
    w = open_window()
    go_to_discussion(qtbot, w, fake)
    capture = w.capture_panel
    box = capture.edit
    box.setFocus()
    assert capture.speaker_badge.isVisible()
    assert capture.speaker_badge.text() == "Speaker: Naoki Mori (1 of 2)"
    qtbot.keyClick(box, Qt.Key.Key_2, ALT_SHIFT)
    assert capture.speaker_badge.text() == "Speaker: Kim Sang-Kap (2 of 2)"
    type_text(qtbot, box, "Busan cut emissions by a third")
    ctrl_enter(qtbot, box)
    # the choice stays for the next note
    type_text(qtbot, box, "Seoul followed")
    ctrl_enter(qtbot, box)
    # Ctrl+Shift+Down wraps to the first person again
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL_SHIFT)
    assert capture.speaker_badge.text() == "Speaker: Naoki Mori (1 of 2)"
    type_text(qtbot, box, "JICA supports the exchange")
    ctrl_enter(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Up, CTRL_SHIFT)
    assert capture.speaker_badge.text() == "Speaker: Kim Sang-Kap (2 of 2)"
    # Alt+Shift+3: there is no third person; said, and the choice is kept
    qtbot.keyClick(box, Qt.Key.Key_3, ALT_SHIFT)
    assert "no speaker 3" in capture.status_label.text()
    assert capture.speaker_badge.text() == "Speaker: Kim Sang-Kap (2 of 2)"
    assert wait_all_idle()
    store = w.ctx.store
    notes = {n.text: n for n in store.notes.for_session(w.ctx.session_id)}
    assert notes["Busan cut emissions by a third"].speaker_id == panel_session["kim"]
    assert notes["Seoul followed"].speaker_id == panel_session["kim"]
    assert notes["JICA supports the exchange"].speaker_id == panel_session["mori"]
    assert box.toPlainText() == ""  # Alt+Shift+digit typed nothing
    # the next item (Q&A) names nobody: the choice ends; everyone can be picked
    fake.t += timedelta(minutes=2)
    key(qtbot, w, Qt.Key.Key_F7)
    assert capture.speaker_badge.text().startswith("Speaker: nobody yet")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down, CTRL_SHIFT)
    people = w.moderator.controller.speaker_candidates()
    assert {p.id for p in people} == {p.id for p in w.ctx.bundle.people}  # everyone
    assert capture.speaker_badge.text().startswith(f"Speaker: {people[0].display_name} (1 of")
    qtbot.keyClick(box, Qt.Key.Key_2, ALT_SHIFT)
    type_text(qtbot, box, "A question from the floor")
    ctrl_enter(qtbot, box)
    note = next(n for n in store.notes.for_session(w.ctx.session_id)
                if n.text == "A question from the floor")
    assert note.speaker_id == people[1].id
    assert note.agenda_item_id == w.moderator.controller.snapshot.current.item.id


def test_alt_1_still_marks_an_outcome_not_a_speaker(qtbot, open_window, fake, panel_session):
    w = open_window()
    go_to_discussion(qtbot, w, fake)
    capture = w.capture_panel
    capture.edit.setFocus()
    qtbot.keyClick(capture.edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert capture.evidence_label.text() == "Supports outcome 1"
    assert capture.speaker_badge.text() == "Speaker: Naoki Mori (1 of 2)"


# -- 5. stage time cards -------------------------------------------------------------------

def test_time_cards_one_key_each_editable_per_session(qtbot, open_window, fake, data_dir):
    w = open_window()
    c = w.moderator.controller
    key(qtbot, w, Qt.Key.Key_F5)
    key(qtbot, w, Qt.Key.Key_F9)
    qtbot.addWidget(c.stage)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    expected = ["5 minutes", "2 minutes", "1 minute", "Please wrap up", "Questions now"]
    for n, text in enumerate(expected, start=1):
        key(qtbot, w, DIGITS[n], CTRL_SHIFT)
        assert c.stage.message_label.text() == text  # at once, no dialog
        assert QApplication.activeModalWidget() is None
    key(qtbot, w, Qt.Key.Key_F4)
    assert not c.stage.message_label.isVisible()
    # edited in Live → Stage time cards…, kept with the session
    from sessionkit.ui.live.live_panel import TimeCardsDialog

    dialog = TimeCardsDialog(c, w)
    qtbot.addWidget(dialog)
    assert dialog.fields[0].placeholderText() == "5 minutes"
    dialog.fields[0].setText("  Fünf Minuten\tnoch ")
    dialog.fields[3].setText("まとめてください")
    assert dialog.save()
    key(qtbot, w, Qt.Key.Key_1, CTRL_SHIFT)
    assert c.stage.message_label.text() == "Fünf Minuten noch"
    key(qtbot, w, Qt.Key.Key_4, CTRL_SHIFT)
    assert c.stage.message_label.text() == "まとめてください"
    key(qtbot, w, Qt.Key.Key_2, CTRL_SHIFT)  # left blank: the built-in card
    assert c.stage.message_label.text() == "2 minutes"
    menu_texts = [a.text() for a in w.menus["live"].actions()]
    assert "Stage time card 4: “まとめてください”" in menu_texts
    assert time_cards(w.ctx.store, w.ctx.session_id)[:2] == ["Fünf Minuten noch", ""]


def back_in(qtbot, w):
    """After a dialog: the main window active again (offscreen Qt leaves none active)."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def test_a_time_card_leaves_with_its_item_a_typed_message_stays_until_f4(qtbot, open_window,
                                                                          fake):
    """"5 minutes" was for the item it was shown in: F7 (or F6) takes it off the stage,
    and so does the end of the session. What the moderator typed stays until F4."""
    w = open_window()
    c = w.moderator.controller
    key(qtbot, w, Qt.Key.Key_F5)
    key(qtbot, w, Qt.Key.Key_F9)
    qtbot.addWidget(c.stage)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    on_stage = w.moderator.panel.message_label
    key(qtbot, w, Qt.Key.Key_1, CTRL_SHIFT)
    assert c.stage.message_label.text() == "5 minutes"
    fake.advance(minutes=2)
    c.refresh()  # the clock ticks on: the card stays during its item
    assert c.stage.message_label.isVisible()
    key(qtbot, w, Qt.Key.Key_F7)
    assert not c.stage.message_label.isVisible() and c.message == ""
    assert not on_stage.isVisible() or "5 minutes" not in on_stage.text()
    key(qtbot, w, Qt.Key.Key_4, CTRL_SHIFT)
    key(qtbot, w, Qt.Key.Key_F6)  # back one item: the card goes too
    assert not c.stage.message_label.isVisible()
    # a card chosen in the message dialog is a card all the same
    answer_next_dialog(send_text("Please wrap up"))
    key(qtbot, w, Qt.Key.Key_M, CTRL_SHIFT)
    assert c.stage.message_label.text() == "Please wrap up"
    back_in(qtbot, w)
    key(qtbot, w, Qt.Key.Key_F7)
    assert not c.stage.message_label.isVisible()
    # typed: it stays through F7 and after the session ends
    answer_next_dialog(send_text("Lunch is in the foyer"))
    key(qtbot, w, Qt.Key.Key_M, CTRL_SHIFT)
    back_in(qtbot, w)
    key(qtbot, w, Qt.Key.Key_F7)
    assert c.stage.message_label.text() == "Lunch is in the foyer"
    assert c.stage.message_label.isVisible()
    key(qtbot, w, Qt.Key.Key_3, CTRL_SHIFT)  # a card over it, then the session ends
    c.finish()
    assert c.snapshot.state == ClockState.FINISHED
    assert not c.stage.message_label.isVisible()
    answer_next_dialog(send_text("Lunch is in the foyer"))
    key(qtbot, w, Qt.Key.Key_M, CTRL_SHIFT)
    back_in(qtbot, w)
    c.refresh()
    assert c.stage.message_label.text() == "Lunch is in the foyer"
    assert c.stage.message_label.isVisible()
    key(qtbot, w, Qt.Key.Key_F4)
    assert not c.stage.message_label.isVisible()


def test_time_cards_hostile_input_is_refused_and_nothing_stored(store, d3):
    from sessionkit.services.clock import set_time_cards

    set_time_cards(store, d3.id, ["Wrap up"])
    for bad, words in ((["a"] * 6, "At most 5"), (["x" * 201], "longer than 200"),
                       (["two\nlines"], "line break")):
        with pytest.raises(ClockError, match=words):
            set_time_cards(store, d3.id, bad)
        assert time_cards(store, d3.id) == ["Wrap up", "", "", "", ""]
    # a damaged stored value reads as "built-in cards", never a crash
    store._db.execute("UPDATE live_time_cards SET cards = 'not json' WHERE session_id = ?",
                     [d3.id])
    assert time_cards(store, d3.id) is None
    set_time_cards(store, d3.id, None)
    assert time_cards(store, d3.id) is None


# -- 5. cue card ------------------------------------------------------------------------------

def test_cue_card_shows_speaker_native_name_cue_next_and_time(qtbot, open_window, fake,
                                                              panel_session):
    w = open_window()
    go_to_discussion(qtbot, w, fake)
    tools = w.moderator
    key(qtbot, w, Qt.Key.Key_C, CTRL_SHIFT)
    card = tools.cue_card
    qtbot.addWidget(card)
    assert card.isVisible()
    assert card.item_label.text() == "4. Discussion"
    assert card.name_label.text() == "Naoki Mori"
    assert card.cue_label.text() == ("Ask each panellist for a two-minute reaction, "
                                     "then open the floor.")
    assert card.next_label.text() == "Next: Kim Sang-Kap"
    assert card.time_label.text() == "25:00"
    # the rapporteur picks Kim: the moderator's card follows, native name too
    w.capture_panel.pick_speaker_number(2)
    assert card.name_label.text() == "Kim Sang-Kap"
    assert card.native_label.text() == "김상갑" and card.native_label.isVisible()
    fake.t += timedelta(minutes=26)
    tools.controller.refresh()
    assert card.time_label.text() == "+1:00"
    assert card.status_label.text() == "▲ Over time +1:00"
    # the live keys still work while it is up; the same key closes it
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(card, Qt.Key.Key_F7)
    assert card.item_label.text() == "5. Q&A"
    qtbot.keyClick(card, Qt.Key.Key_C, CTRL_SHIFT)
    assert not card.isVisible()


# -- 4. minor ----------------------------------------------------------------------------------

def test_f9_with_one_screen_opens_a_window_not_full_screen(qtbot, open_window, fake):
    w = open_window()
    c = w.moderator.controller
    assert len(QApplication.screens()) == 1
    key(qtbot, w, Qt.Key.Key_F5)
    key(qtbot, w, Qt.Key.Key_F9)
    qtbot.addWidget(c.stage)
    assert c.stage.isVisible() and not c.stage.isFullScreen()
    screen = w.screen().availableGeometry()
    assert c.stage.width() <= screen.width() // 2 + 1
    assert "drag it to the projector" in w.statusBar().currentMessage()
    c.show_stage_full_screen()
    assert c.stage.isFullScreen()


def test_reset_asks_with_no_as_the_default(qtbot, open_window, fake):
    w = open_window()
    c = w.moderator.controller
    key(qtbot, w, Qt.Key.Key_F5)
    seen = {}

    def press_enter(box):
        seen["default"] = box.defaultButton()
        seen["no"] = box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    answer_next_dialog(press_enter)
    reset = next(a for a in w.menus["live"].actions() if a.text() == "&Reset live run…")
    reset.trigger()
    assert seen["default"] is seen["no"]
    assert c.snapshot.state == ClockState.RUNNING  # Enter did not wipe the run
    assert w.moderator.panel.findChild(object, "liveReset") is None  # no button beside others


def test_readout_keeps_a_small_timer_when_over_time(qtbot, open_window, fake, store):
    w = open_window()
    c = w.moderator.controller
    key(qtbot, w, Qt.Key.Key_F5)
    fake.t += timedelta(minutes=6)
    c.set_readout(True)
    stage = c.ensure_stage()
    qtbot.addWidget(stage)
    c.refresh()
    assert not stage.readout_label.isHidden() and stage.countdown_label.isHidden()
    assert stage.status_label.text() == "▲ Over time +1:00"
    fake.t -= timedelta(minutes=3)  # 2:00 left: amber, its words say the time
    c.refresh()
    assert stage.status_label.text() == "⚠ 2:00 left"
    fake.t -= timedelta(minutes=2)
    c.refresh()
    assert stage.status_label.text() == "4:00 · On schedule"


@pytest.mark.slow
def test_dark_mode_gives_a_dark_clock_card(qtbot, open_window, fake):
    from sessionkit.ui import theme

    w = open_window()
    try:
        theme.apply_theme("dark")
        w.moderator.controller.refresh()
        sheet = w.moderator.panel.band.styleSheet()
        assert "background: #252932" in sheet  # not the bright #F2F2F2
        key(qtbot, w, Qt.Key.Key_F5)
        assert "background: #16301F" in w.moderator.panel.band.styleSheet()
        from sessionkit.ui.live.live_panel import LEVEL_STYLE_DARK

        for level, (bg, fg) in LEVEL_STYLE_DARK.items():  # still AA on the dark card
            assert theme.contrast_ratio(fg, bg) >= 4.5, level
            assert theme.relative_luminance(bg) < 0.1, level  # dark, for a dark room
    finally:
        theme.apply_theme("light")


def test_dialogs_during_the_run_leave_the_countdown_in_sight(qtbot, open_window, fake):
    w = open_window(size=(1024, 768))
    key(qtbot, w, Qt.Key.Key_F5)
    dialog = w.capture_tools.edit_report_meta()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.property("placedAside") is True, timeout=3000)
    band = w.moderator.panel.band
    band_bottom = band.mapToGlobal(band.rect().bottomLeft()).y()
    assert dialog.geometry().top() > band_bottom
    assert not dialog.isModal()
    # the live keys work while it is open
    fake.t += timedelta(minutes=1)
    qtbot.keyClick(dialog, Qt.Key.Key_F7)
    assert w.moderator.controller.snapshot.current.index == 1
    dialog.close()
    assert isinstance(dialog, QDialog)
    search = w.capture_tools.open_search()
    qtbot.addWidget(search)
    qtbot.waitUntil(lambda: search.property("placedAside") is True, timeout=3000)
    assert search.geometry().top() > band_bottom
    search.close()


def test_alt_shift_digit_without_a_live_run_picks_from_the_speaker_list(qtbot, open_window):
    w = open_window()
    capture = w.capture_panel
    capture.edit.setFocus()
    assert not capture.speaker_badge.isVisible()  # no live run: the pickers decide
    qtbot.keyClick(capture.edit, Qt.Key.Key_2, ALT_SHIFT)
    assert capture.speaker_combo.currentIndex() == 2
    assert capture.picked_speaker_id == capture.speaker_combo.itemData(2)
    qtbot.keyClick(capture.edit, Qt.Key.Key_9, ALT_SHIFT)
    assert capture.status_label.text() == "There is no speaker 9."
    assert capture.speaker_combo.currentIndex() == 2


def test_help_lists_the_new_keys(qtbot, open_window):
    from sessionkit.ui.dialogs.about import ShortcutsDialog

    w = open_window()
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    table = dialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["Ctrl+Shift+1"] == "Stage time card 1 (“5 minutes”)"
    assert shown["Ctrl+Shift+5"] == "Stage time card 5 (“Questions now”)"
    assert shown["Ctrl+Shift+C"].startswith("Cue card")
    assert shown["Alt+Shift+1 … Alt+Shift+9"].startswith("Credit notes to the item's")
    assert shown["Ctrl+Shift+M"] == "Send a message to the stage display"
