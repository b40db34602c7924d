"""The live run inside the real main window: keys, live mode, restart, menus."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from sessionkit.services.clock import ClockState
from ui_keys import key


def test_f5_starts_and_switches_to_live_mode(qtbot, open_window, fake):
    w = open_window()
    tools = w.moderator
    assert not tools.live and not tools.panel.isVisible()
    key(qtbot, w, Qt.Key.Key_F5)
    assert tools.controller.snapshot.state == ClockState.RUNNING
    assert tools.live and tools.panel.isVisible()
    assert not w.left.isVisible()
    side = tools.panel.side  # the outcomes move to a tab beside the live agenda
    assert side.indexOf(w.outcomes_panel) >= 0 and side.currentWidget() is tools.panel.tree
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert w.outcomes_panel.isVisible()
    assert w.notes_panel.isVisible() and w.capture_panel.isVisible()
    fake.t += timedelta(minutes=6)
    key(qtbot, w, Qt.Key.Key_F7)
    assert tools.panel.item_title.text() == "2. Presentation: Naoki Mori"
    assert tools.panel.offset_label.text() == "+1 min behind"
    key(qtbot, w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    assert not tools.live and w.left.isVisible() and not tools.panel.isVisible()
    assert w.outcomes_panel.parent() is w.left
    assert w.outcomes_panel.isVisible()


def test_restart_mid_session_reopens_in_live_mode_on_the_right_item(qtbot, open_window, fake):
    w = open_window()
    key(qtbot, w, Qt.Key.Key_F5)
    fake.t += timedelta(minutes=5)
    key(qtbot, w, Qt.Key.Key_F7)
    fake.t += timedelta(minutes=15)
    key(qtbot, w, Qt.Key.Key_F7)
    fake.t += timedelta(minutes=2)
    w.close()
    w.ctx.store.close()

    fake.t += timedelta(minutes=1)
    w2 = open_window()
    w2.moderator.controller.refresh()
    tools = w2.moderator
    assert tools.live and tools.panel.isVisible()
    assert tools.panel.item_title.text() == "3. Presentation: Kim Sang-Kap"
    assert tools.panel.item_times.text().startswith("Elapsed 3:00 of 15:00")
    # the saved window layout is the window's own: reopening out of live mode is normal
    key(qtbot, w2, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    assert w2.left.isVisible() and w2.left.width() > 200


def test_live_keys_are_in_help_and_in_the_live_menu(qtbot, open_window):
    from sessionkit.ui.dialogs.about import ShortcutsDialog

    w = open_window()
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())]
    assert ("F5", "Start the session / pause / resume") in rows
    assert ("F9", "Show / hide the stage display") in rows
    live_texts = [a.text() for a in w.menus["live"].actions()]
    assert "Next agenda item (ends the session after the last)" in live_texts
    session_texts = [a.text() for a in w.menus["session"].actions()]
    assert "&New session…" in session_texts and "Edit &agenda…" in session_texts


def test_stage_window_closes_with_the_app(qtbot, open_window):
    w = open_window()
    key(qtbot, w, Qt.Key.Key_F9)
    stage = w.moderator.controller.stage
    assert stage is not None and stage.isVisible()
    w.moderator.controller.shutdown()
    assert w.moderator.controller.stage is None


def test_new_session_from_template_opens_in_a_new_window(qtbot, open_window):
    from sessionkit.services import session_admin as admin
    from sessionkit.ui.live import moderator

    w = open_window(track=False)
    tpl = {t.name: t for t in admin.list_templates()}["plenary"]
    sid = admin.new_session(w.ctx.store, "PL1", "Closing plenary", tpl.path)
    w.moderator.switch_to(sid)
    new = moderator._OPEN_WINDOWS[-1]
    qtbot.addWidget(new)
    try:
        assert not w.isVisible()
        assert new.windowTitle() == "SessionKit — PL1 — Closing plenary"
        assert new.moderator.panel.tree.topLevelItemCount() == 6
    finally:
        new.moderator.controller.shutdown()
        new.close()
        moderator._OPEN_WINDOWS.clear()


def test_every_menu_entry_has_its_own_alt_letter(open_window):
    # two entries sharing a letter only cycle the highlight: the key opens neither
    w = open_window()
    for name, menu in w.menus.items():
        letters = {}
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.setdefault(text[text.index("&") + 1].lower(), []).append(text)
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}, name
