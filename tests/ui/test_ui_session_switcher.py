"""Session → Open… (Ctrl+O): find a session by typing, open it in place, by keyboard."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from sessionkit.services import session_admin as admin
from ui_keys import type_text

SEOUL = ZoneInfo("Asia/Seoul")


def _add(store, code, title, start=None, room=""):
    sid = admin.new_session(store, code, title)
    s = store.sessions.get(sid)
    s.room = room
    if start is not None:
        s.start, s.timezone = start, "Asia/Seoul"
    store.sessions.save(s)
    return sid


@pytest.fixture
def sessions(store, d3):
    """D3 (no start time in the seed) plus three more: two at the same time, one undated."""
    _add(store, "K2", "광주광역시 기후 포럼", datetime(2026, 11, 18, 14, 30, tzinfo=SEOUL),
         "Room 301")
    _add(store, "K1", "Urban heat", datetime(2026, 11, 18, 14, 30, tzinfo=SEOUL), "Hall A")
    _add(store, "Z9", "No date yet")
    return store


def test_lists_every_session_by_start_then_code(qtbot, sessions, d3):
    from sessionkit.ui.editors.session_switcher import SessionSwitcherDialog

    dlg = SessionSwitcherDialog(sessions, d3.id)
    qtbot.addWidget(dlg)
    lines = dlg.visible_lines()
    assert [line.split(" — ")[0] for line in lines] == ["K1", "K2", "D3", "Z9"]
    # code, title; then time (in the session's own zone) and room
    assert lines[1] == "K2 — 광주광역시 기후 포럼\n2026-11-18 14:30 · Room 301"
    assert lines[2].endswith("\nBook Seminar Room, Design Lab")
    assert lines[3] == "Z9 — No date yet\n(no date or room yet)"
    assert dlg.count_label.text() == "4 of 4 sessions"
    # the open session is the one selected at first
    assert dlg.list.currentItem().text().startswith("D3")


def test_typing_filters_in_any_script_and_enter_opens(qtbot, sessions, d3):
    from sessionkit.ui.editors.session_switcher import SessionSwitcherDialog

    dlg = SessionSwitcherDialog(sessions, d3.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.focusWidget() is dlg.box  # typing goes straight to the filter
    type_text(qtbot, dlg.box, "광주")
    assert [line[:2] for line in dlg.visible_lines()] == ["K2"]
    dlg.box.clear()
    qtbot.keyClicks(dlg.box, "d3")
    assert [line[:2] for line in dlg.visible_lines()] == ["D3"]
    dlg.box.clear()
    qtbot.keyClicks(dlg.box, "HALL")
    assert [line[:2] for line in dlg.visible_lines()] == ["K1"]
    dlg.box.clear()
    qtbot.keyClicks(dlg.box, "nothing like this")
    assert dlg.visible_lines() == []
    assert dlg.count_label.text() == "No session matches “nothing like this”."
    dlg.box.clear()
    qtbot.keyClicks(dlg.box, "2026-11")
    assert [line[:2] for line in dlg.visible_lines()] == ["K1", "K2"]
    qtbot.keyClick(dlg.box, Qt.Key.Key_Down)  # arrows move in the list from the box
    qtbot.keyClick(dlg.box, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert sessions.sessions.get(dlg.session_id).code == "K2"


def test_esc_cancels(qtbot, sessions, d3):
    from sessionkit.ui.editors.session_switcher import SessionSwitcherDialog

    dlg = SessionSwitcherDialog(sessions, d3.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.box, "k1")
    qtbot.keyClick(dlg.box, Qt.Key.Key_Escape)
    assert dlg.result() == dlg.DialogCode.Rejected
    assert dlg.session_id is None


# -- in the real window --------------------------------------------------------------------

@pytest.fixture
def window(open_window):
    from sessionkit.ui.live import moderator

    def k2(store):
        _add(store, "K2", "광주광역시 기후 포럼", datetime(2026, 11, 18, 14, 30, tzinfo=SEOUL),
             "Room 301")

    # not tracked by pytest-qt: opening another session deletes this window
    w = open_window(size=(1024, 768), track=False, prepare=k2)
    yield w
    for win in list(moderator._OPEN_WINDOWS) + [w]:
        try:
            win.moderator.controller.shutdown()
            win.close()
        except RuntimeError:  # already closed and deleted
            pass
    moderator._OPEN_WINDOWS.clear()


def _when_modal(qtbot, action, name=None):
    """Run ``action(dialog)`` once the next modal dialog is up (exec() blocks the test)."""
    done = []

    def poll():
        dlg = QApplication.activeModalWidget()
        if dlg is None or (name and dlg.objectName() != name):
            QTimer.singleShot(20, poll)
            return
        done.append(dlg)
        action(dlg)

    QTimer.singleShot(0, poll)
    return done


def _current(w):
    from sessionkit.ui.live import moderator

    return moderator._OPEN_WINDOWS[-1] if moderator._OPEN_WINDOWS else w


def test_ctrl_o_opens_the_typed_session_in_place_and_keeps_the_draft(qtbot, window):
    w = window
    assert w.ctx.session.code == "D3"
    assert w.menus["session"].actions()[0].text() == "&Open…"
    box = w.capture_panel.edit
    box.setFocus()
    type_text(qtbot, box, "half a sentence about 광주")
    geometry = w.geometry()

    def pick(dlg):
        assert dlg.objectName() == "sessionSwitcher"
        type_text(qtbot, dlg.box, "광주")
        qtbot.keyClick(dlg.box, Qt.Key.Key_Return)

    seen = _when_modal(qtbot, pick)
    qtbot.keyClick(box, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+O did not open the session list"
    new = _current(w)
    assert new is not w
    qtbot.waitExposed(new)
    assert new.windowTitle() == "SessionKit — K2 — 광주광역시 기후 포럼"
    assert new.header.code_label.text() == "K2"
    assert new.statusBar().currentMessage() == "Opened K2 — 광주광역시 기후 포럼"
    assert new.geometry() == geometry  # no jump: same place, same size
    assert not w.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is new, timeout=3000)  # keys go on
    # the D3 draft was saved on the way out
    d3 = new.ctx.store.sessions.find("D3")
    assert new.ctx.store.drafts.get(d3.id) == "half a sentence about 광주"


def test_esc_in_the_list_stays(qtbot, window):
    w = window
    seen = _when_modal(qtbot, lambda dlg: qtbot.keyClick(dlg.box, Qt.Key.Key_Escape))
    w.session_switcher.action.trigger()
    assert seen
    assert _current(w) is w and w.isVisible() and w.ctx.session.code == "D3"


def test_a_live_run_is_announced_before_switching(qtbot, window):
    w = window
    w.moderator.controller.toggle_run()  # F5: D3 is running
    k2 = w.ctx.store.sessions.find("K2")
    texts = []

    def answer(box, button):
        texts.append(box.text())
        assert box.defaultButton().text() == "Stay here"
        if button == "stay":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text() == "Open “K2”").click()

    from sessionkit.ui.editors.session_switcher import open_session

    _when_modal(qtbot, lambda box: answer(box, "stay"))
    assert open_session(w, k2.id) is w
    assert texts[0].startswith("“D3 — Low carbon cities")
    assert "is running live" in texts[0] and "clock keeps counting" in texts[0]
    assert w.isVisible() and w.moderator.controller.snapshot.state.name == "RUNNING"

    _when_modal(qtbot, lambda box: answer(box, "go"))
    new = open_session(w, k2.id)
    assert new is not w and new.ctx.session.code == "K2"
    # the run was not stopped behind the moderator's back: D3 is still live
    from sessionkit.services.clock import ClockState, SessionClock

    d3 = new.ctx.store.sessions.find("D3")
    assert SessionClock(new.ctx.store, d3.id).snapshot().state == ClockState.RUNNING


def test_duplicate_during_a_live_run_can_stay(qtbot, window):
    w = window
    w.moderator.controller.toggle_run()
    _when_modal(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # default: stay
    w.moderator.duplicate_session()
    assert _current(w) is w and w.ctx.session.code == "D3"
    assert w.statusBar().currentMessage() == (
        "Copy made: D3-2 — Low carbon cities in Asia through city-to-city cooperation; "
        "open it with Session → Open… (Ctrl+O).")
    assert w.ctx.store.sessions.find("D3-2")


def test_duplicate_and_restore_say_which_session_is_open(qtbot, window):
    w = window
    w.moderator.duplicate_session()
    new = _current(w)
    assert new.ctx.session.code == "D3-2"
    assert new.statusBar().currentMessage() == (
        "Copy made; now open: D3-2 — Low carbon cities in Asia through city-to-city "
        "cooperation")
    admin.delete_session(new.ctx.store, w.ctx.store.sessions.find("D3").id)

    def restore(dlg):
        dlg.restore_selected()
        dlg.accept()

    _when_modal(qtbot, restore)
    new.moderator.show_bin()
    newest = _current(new)
    assert newest.ctx.session.code == "D3"
    assert newest.statusBar().currentMessage().startswith(
        "Restored from the bin; now open: D3 — Low carbon cities")


def test_screenshot_of_the_list_at_1024x768(qtbot, sessions, d3, tmp_path):
    from sessionkit.ui.editors.session_switcher import SessionSwitcherDialog

    dlg = SessionSwitcherDialog(sessions, d3.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    # fits a 1024×768 screen and nothing is cut off: each line fits the list's width
    assert dlg.width() <= 1024 and dlg.height() <= 768
    viewport = dlg.list.viewport().rect()
    for i in range(dlg.list.count()):
        item = dlg.list.item(i)
        rect = dlg.list.visualItemRect(item)
        assert rect.right() <= viewport.right()
        # the wrapped text gets the height it needs
        needed = dlg.list.fontMetrics().boundingRect(
            rect, int(Qt.TextFlag.TextWordWrap), item.text()).height()
        assert rect.height() >= needed
    shot = tmp_path / "switcher.png"
    assert dlg.grab().save(str(shot))


def test_after_an_import_the_imported_session_can_be_opened(qtbot, window, tmp_path):
    from test_ui_interchange_dialogs import SMALL_ICS

    w = window
    small = tmp_path / "two.ics"
    small.write_text(SMALL_ICS.replace("\n", "\r\n"), encoding="utf-8")
    dialog = w.interchange_actions.import_schedule()
    dialog.load(small)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert dialog.open_button.isVisible()
    assert dialog.open_button.text() == "Open one of them…"

    def choose(chooser):
        # only the imported sessions are offered
        assert [line.split(" — ")[1].split("\n")[0] for line in chooser.visible_lines()] == [
            "Opening plenary", "Closing plenary"]
        qtbot.keyClicks(chooser.box, "closing")
        qtbot.keyClick(chooser.box, Qt.Key.Key_Return)

    seen = _when_modal(qtbot, choose, name="sessionSwitcher")
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Space)
    assert seen
    new = _current(w)
    assert new is not w and new.ctx.session.title == "Closing plenary"
    assert new.statusBar().currentMessage().startswith("Opened ")


def test_ctrl_o_is_in_help_and_the_docs(qtbot, window):
    from pathlib import Path

    from PySide6.QtGui import QKeySequence

    from sessionkit.ui.dialogs.about import ShortcutsDialog

    w = window
    assert w.session_switcher.action.shortcut() == QKeySequence("Ctrl+O")
    # no other action of the window claims the key
    claims = [a.text() for a in w.findChildren(type(w.session_switcher.action))
              if QKeySequence("Ctrl+O") in a.shortcuts()]
    assert claims == ["&Open…"]
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())]
    assert ("Ctrl+O", "Open another session (type to find it)") in rows
    root = Path(__file__).resolve().parents[2]
    assert "| Ctrl+O | Open another session" in (root / "docs" / "keyboard.md").read_text()
    assert "| Ctrl+O | Open another session" in (root / "README.md").read_text()


def test_back_to_a_running_session_the_window_keeps_its_place_and_size(qtbot, open_window,
                                                                        fake, panel_session):
    """Ctrl+O to another session mid-run and back, on a 1024×768 laptop: the window the
    live run comes back in is the one it left, not grown under the taskbar, and the
    live view has its usual share of the width (it was given the agenda's, and its
    labels wrapped tall)."""
    from sessionkit.services.session_admin import new_session
    from sessionkit.ui.live import moderator
    from ui_keys import go_to_discussion

    w = open_window(size=(1024, 694), track=False)
    try:
        go_to_discussion(qtbot, w, fake)
        QApplication.processEvents()
        split = w.main_split.sizes()
        geometry = w.geometry()
        d3 = w.ctx.session_id
        other = w.moderator.switch_to(new_session(w.ctx.store, "X1", "Another session"))
        qtbot.wait(50)
        back = other.moderator.switch_to(d3)
        qtbot.wait(400)  # settled
        assert back.moderator.live
        assert back.geometry() == geometry, (back.geometry(), geometry)
        assert abs(back.main_split.sizes()[0] - split[0]) <= 12, (back.main_split.sizes(),
                                                                 split)
        assert back.minimumHeight() <= back.height()
    finally:
        for win in list(moderator._OPEN_WINDOWS) + [w]:
            try:
                win.moderator.controller.shutdown()
                win.close()
            except RuntimeError:  # already closed and deleted
                pass
        moderator._OPEN_WINDOWS.clear()
