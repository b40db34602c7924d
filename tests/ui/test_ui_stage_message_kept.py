"""The stage message is kept with the run: what the window sends is what
`sessionkit live message` and the link read, and a message set elsewhere (the command
line, the link's remote control) reaches the window and its stage display."""

from __future__ import annotations

from sessionkit.services.clock import set_stage_message, stage_message


def test_window_and_stored_message_agree(qtbot, open_window):
    w = open_window()
    c = w.moderator.controller
    store, sid = w.ctx.store, w.ctx.session_id
    c.send_message("Please wrap up — 締めくくってください")
    assert stage_message(store, sid) == "Please wrap up — 締めくくってください"
    c.clear_message()
    assert stage_message(store, sid) == ""
    # set elsewhere (as `sessionkit live message` does): the next tick shows it
    seen = []
    c.message_changed.connect(seen.append)
    set_stage_message(store, sid, "Questions from the floor next")
    c.refresh()
    assert c.message == "Questions from the floor next" and seen == [c.message]
    assert c.stage_view().message == "Questions from the floor next"


def test_a_message_survives_a_restart(qtbot, open_window):
    w = open_window()
    w.moderator.controller.send_message("Microphone 2, please")
    w.close()
    again = open_window()
    assert again.moderator.controller.message == "Microphone 2, please"


def test_a_time_card_taken_down_is_taken_down_for_everyone(qtbot, open_window):
    w = open_window()
    c = w.moderator.controller
    c.toggle_run()
    c.show_time_card(1)
    assert stage_message(w.ctx.store, w.ctx.session_id) == c.time_cards()[0]
    c.next_item()  # a card belongs to its item
    assert c.message == "" and stage_message(w.ctx.store, w.ctx.session_id) == ""
