"""A 90-minute panel, prepared, run and reported by keyboard alone, on a laptop screen.

One test walks the real main window through a whole session with key events sent to
the focused widget, as a moderator and a rapporteur would press them: a panel made
from the template (Ctrl+N), its three panellists renamed in the session editor (menu
mnemonics), the live run (F5, F7, F8), stage messages (Ctrl+Shift+M) and a time card
(Ctrl+Shift+1), the cue card (Ctrl+Shift+C), speakers picked with Alt+Shift+n and
Ctrl+Shift+Up/Down during the panel items, notes of every kind with an action's owner
and due date and evidence for an outcome (Alt+1), a detour to D3 and back (Ctrl+O)
in the middle of the run, a note edited with F2 in the notes list (Ctrl+L), and the
Markdown report (Ctrl+E, a typed path, Enter).

It asserts what the user would check afterwards: every note's agenda item and
speaker in the store, the stage display's message, the report naming each person
with their notes, nothing cut off, squeezed or off the screen in the live window, the
cue card and the dialogs on the way (tests/ui_layout.py), and nothing logged at
warning level or above (Qt's messages and Python's logging; an exception in a slot
fails the test through pytest-qt). SESSIONKIT_E2E_SHOTS=<folder> saves a picture of
each view checked.

The screen size is fixed when Qt starts, so each size runs in a child pytest process
on an offscreen screen of that size (``offscreen:configfile``); the window takes the
screen less a taskbar and a title bar, as a maximised window on a laptop does. The
live clock is a FakeClock: minutes pass when the test says so, not with the wall
clock.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
CHILD = "SESSIONKIT_E2E_SCREEN"  # set in the child process: the screen it runs on
TASKBAR, TITLE_BAR = 40, 30  # what a desktop takes from the screen's height
# The offscreen platform says so whenever a window is raised, grabs the keyboard or
# resizes to its contents; on a desktop these work. Only this exact sentence is let by.
OFFSCREEN_ONLY = "This plugin does not support "

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
K = Qt.Key

pytestmark = pytest.mark.slow


# -- driving by keys -----------------------------------------------------------------------------

def focused():
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    return w


def press(qtbot, key, mod=NONE, times=1):
    """A key on whatever has the focus, as a keyboard sends it; then what Qt queued for
    it runs (an item editor commits its text a moment after Enter), as it does before
    a person's next key."""
    for _ in range(times):
        # with no focus widget (the cue card shows only text) the active window gets it
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no window is active: the key would go nowhere"
        qtbot.keyClick(target, key, mod)
        QApplication.processEvents()


def type_in(qtbot, text):
    from ui_keys import type_text

    type_text(qtbot, focused(), text)


def add_note(qtbot, text, kind_key=None, extra=()):
    """Type a note in the note box (the focus) and add it with Ctrl+Enter; ``kind_key``
    is the Ctrl+digit of its kind, ``extra`` keys pressed before adding it."""
    from sessionkit.ui.capture.writer import wait_all_idle

    box = focused()
    assert box.objectName() == "noteBox" or box.metaObject().className().endswith("Edit"), box
    if kind_key is not None:
        press(qtbot, kind_key, CTRL)
    for key, mod in extra:
        press(qtbot, key, mod)
    type_in(qtbot, text)
    press(qtbot, K.Key_Return, CTRL)
    assert wait_all_idle()


class ModalDriver:
    """Keys for a modal dialog, sent from inside its own event loop (exec() blocks the
    key press that opened it). A failure inside closes the dialog and is raised after."""

    def __init__(self):
        self.errors: list[BaseException] = []
        self.seen: list[str] = []

    def next_modal(self, steps, kind=None, previous=None):
        def poll(tries=[0]):  # noqa: B006 - a counter shared by the retries
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is previous or (kind and not isinstance(dialog, kind)):
                tries[0] += 1
                if tries[0] > 300:  # 6 s: the dialog never came
                    self.errors.append(AssertionError("the expected dialog did not open"))
                    return
                QTimer.singleShot(20, poll)
                return
            fw = QApplication.focusWidget()
            if fw is None or fw.window() is not dialog:
                # shown but not yet active: a window manager activates it; offscreen Qt
                # does so a moment later
                tries[0] += 1
                if tries[0] == 1:
                    dialog.activateWindow()
                if tries[0] <= 300:
                    QTimer.singleShot(20, poll)
                    return
            self.seen.append(dialog.objectName() or type(dialog).__name__)
            try:
                steps(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported after exec returns
                self.errors.append(exc)
                if dialog.isVisible():
                    dialog.reject()
        QTimer.singleShot(0, poll)

    def check(self):
        if self.errors:
            raise self.errors[0]


# -- what was logged -----------------------------------------------------------------------------

@pytest.fixture
def warnings_logged():
    """Qt messages and Python log records at warning level or above."""
    seen: list[str] = []

    def qt_handler(mode, context, message):
        if message.startswith(OFFSCREEN_ONLY):
            return
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            seen.append(f"Qt {mode.name}: {message}")

    class Handler(logging.Handler):
        def emit(self, record):
            seen.append(f"{record.levelname} {record.name}: {record.getMessage()}")

    handler = Handler(level=logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    previous = qInstallMessageHandler(qt_handler)
    yield seen
    qInstallMessageHandler(previous)
    root.removeHandler(handler)


# -- one size per process ------------------------------------------------------------------------

def run_in_child(size, tmp_path):
    width, height = size
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"laptop{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    node = f"{Path(__file__)}::test_whole_panel_by_keyboard[{width}x{height}]"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               **{CHILD: f"{width}x{height}"})
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-x", node], capture_output=True, text=True, env=env,
                          cwd=str(TESTS.parent), timeout=900)
    assert proc.returncode == 0, (proc.stdout[-12000:] + proc.stderr[-4000:])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_whole_panel_by_keyboard(size, tmp_path, request):
    if os.environ.get(CHILD) != f"{size[0]}x{size[1]}":
        run_in_child(size, tmp_path)
        return
    flow = request.getfixturevalue("flow")
    flow.run()


# -- the session ---------------------------------------------------------------------------------

NAMES = ["Kim Sang-Kap", "Nguyễn Thị Lan", "Priya Sharma"]  # panellists 1…3


@pytest.fixture
def flow(qtbot, data_dir, fake, monkeypatch, warnings_logged, tmp_path):
    import sessionkit.ui.live.live_controller as live_controller
    from sessionkit.services.clock import SessionClock

    # every live controller (each window a session switch opens) reads the fake clock
    monkeypatch.setattr(live_controller, "SessionClock",
                        lambda store, sid, now=None: SessionClock(store, sid, now=fake))
    f = Flow(qtbot, data_dir, fake, warnings_logged, tmp_path)
    yield f
    f.close()


class Flow:
    def __init__(self, qtbot, data_dir, fake, logged, tmp_path):
        self.qtbot, self.data_dir, self.fake, self.logged = qtbot, data_dir, fake, logged
        self.tmp = tmp_path
        self.modal = ModalDriver()
        self.store = None
        self.window = None
        self.problems: list[str] = []  # layout problems seen on the way
        self.shot_names: list[str] = []
        self.lost_keyboard: list[str] = []  # steps after which a click was needed

    # -- windows -------------------------------------------------------------------------
    def open(self):
        from sessionkit.services.sessions import open_store
        from sessionkit.ui.app import choose_session, open_main_window, ui_settings

        self.store, _ = open_store(self.data_dir)
        settings = ui_settings(self.data_dir)
        w = open_main_window(self.store, self.data_dir,
                             choose_session(self.store, settings, None), settings)
        w.show()
        # the screen less a taskbar; inside it the window's frame, and a title bar
        # (the offscreen platform draws a thin frame but no title bar)
        avail = w.screen().availableGeometry()
        frame = w.frameGeometry().size() - w.size()
        w.setGeometry(QRect(avail.x() + frame.width() // 2, avail.y() + TITLE_BAR,
                            avail.width() - frame.width(),
                            avail.height() - TASKBAR - TITLE_BAR - frame.height()))
        self.activate(w)

    def activate(self, w):
        """The first window, as a desktop activates a program's window when it starts."""
        w.activateWindow()
        self.back_in(w)

    def back_in(self, w, after="", known_bug=False):
        """The keyboard is back in main window ``w`` by itself (after a dialog, the stage
        display or the cue card). Without an active window the live keys and every
        shortcut do nothing, and with another window active the rapporteur's typing
        goes there; nothing but a mouse click gives it back. Such a step is recorded
        and the test fails at the end listing them all; the window is activated here
        (what the click would do) so the rest of the session is still checked."""
        self.qtbot.waitExposed(w)
        try:
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
        except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError
            active = QApplication.activeWindow()
            if not known_bug:  # known ones have a strict xfail test of their own
                self.lost_keyboard.append(
                    f"after {after}, the keyboard is not in the main window: the active "
                    f"window is {active.objectName() if active else None}")
            w.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
        self.window = w

    def current_window(self):
        """The main window now showing (a session switch replaces it)."""
        from sessionkit.ui.main_window import MainWindow

        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        assert len(shown) == 1, shown
        return shown[0]

    def close(self):
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                w.close()
        if self.store is not None:
            self.store.close()

    def check_layout(self, where, root=None):
        """Nothing cut off, squeezed or off the screen in ``root`` (default: the main
        window), by the layout checker of tests/ui_layout.py."""
        from ui_layout import layout_problems

        root = root or self.window
        QApplication.processEvents()
        shots = os.environ.get("SESSIONKIT_E2E_SHOTS")  # a folder: what was checked, as PNGs
        if shots:
            name = f"{os.environ.get(CHILD)}-{len(self.shot_names):02d}-{where}.png"
            self.shot_names.append(name)
            root.grab().save(str(Path(shots) / name.replace(" ", "_").replace(",", "")))
        for p in layout_problems(root, root.screen().availableGeometry()):
            self.problems.append(f"{where}: {p}")
        if root is self.window:
            for p in self.notes_cells_cut():
                self.problems.append(f"{where}: {p}")

    def notes_cells_cut(self) -> list[str]:
        """The notes list's Kind and Item / speaker cells cut short ("Key mes…") or
        wrapped onto a second line: the checker leaves word-wrapped lists alone, since
        their note text wraps on purpose."""
        from sessionkit.ui.models.notes import NotesModel

        view = self.window.notes_panel.view
        model = view.model()
        out = []
        for col in (NotesModel.KIND, NotesModel.CONTEXT):
            width = view.columnWidth(col)
            for row in range(model.rowCount()):
                index = model.index(row, col)
                need = view.sizeHintForIndex(index).width()
                if need > width:
                    out.append(f"notes list: “{index.data()}” needs {need} px, its column "
                               f"is {width}")
        return out

    # -- the whole session ---------------------------------------------------------------
    def run(self):
        self.open()
        self.create_panel()
        self.rename_panellists()
        self.live_run()
        self.edit_a_note()
        self.export_report()
        self.check_notes()
        self.check_report()
        assert not self.lost_keyboard, "\n".join(self.lost_keyboard)
        assert not self.problems, "\n".join(self.problems)
        assert not self.logged, "\n".join(self.logged)

    def create_panel(self):
        """Ctrl+N, the panel template (preselected), a code and a title, Enter."""
        qtbot = self.qtbot

        def fill(dialog):
            assert dialog.objectName() == "newSessionDialog"
            assert dialog.choices.currentItem().text().startswith("Panel discussion")
            assert focused() is dialog.choices
            self.check_layout("new session dialog", dialog)
            press(qtbot, K.Key_Tab)
            type_in(qtbot, "P9")
            press(qtbot, K.Key_Tab)
            type_in(qtbot, "Cities that learn from each other")
            press(qtbot, K.Key_Return)

        self.modal.next_modal(fill)
        press(qtbot, K.Key_N, CTRL)
        self.modal.check()
        self.back_in(self.current_window(), "New session")
        assert self.window.ctx.session.code == "P9"
        self.sid = self.window.ctx.session_id
        people = self.store.people.for_session(self.sid)
        assert [p.display_name for p in people][1:4] == [
            "Panellist 1", "Panellist 2", "Panellist 3"]

    def rename_panellists(self):
        """Session → Edit session… by its mnemonics, the People tab (Alt+P), F2 on each
        panellist's name, Enter saves the name, Enter saves the session, Esc closes."""
        qtbot = self.qtbot

        def rename(dialog):
            assert dialog.objectName() == "sessionEditor"
            press(qtbot, K.Key_P, ALT)
            press(qtbot, K.Key_Tab)
            table = focused()
            assert table.objectName() == "sessionPeople", table
            press(qtbot, K.Key_Down)  # from the moderator to the first panellist
            for name in NAMES:
                press(qtbot, K.Key_F2)
                type_in(qtbot, name)
                press(qtbot, K.Key_Return)
                assert focused() is table
                press(qtbot, K.Key_Down)
            press(qtbot, K.Key_Return)  # the dialog's Save
            assert dialog.error.text() == "", dialog.error.text()
            assert dialog.saved_label.text().startswith("Saved at"), (
                "Enter did not save", focused(), [b.text() for b in dialog.findChildren(
                    QPushButton) if b.isDefault() and b.isVisible()])
            self.check_layout("session editor, people", dialog)
            press(qtbot, K.Key_Escape)

        press(qtbot, K.Key_S, ALT)
        menu = QApplication.activePopupWidget()
        assert menu is not None and menu.objectName() == "sessionMenu", menu
        self.modal.next_modal(rename)
        qtbot.keyClick(menu, K.Key_E)
        self.modal.check()
        self.back_in(self.current_window(), "Edit session")
        people = {p.display_name: p.id for p in self.store.people.for_session(self.sid)}
        assert all(n in people for n in NAMES), people
        self.people = people

    def item_id(self, title):
        items = self.store.agenda.for_session(self.sid)
        return next(i.id for i in items if i.title == title)

    def badge(self):
        return self.window.capture_panel.speaker_badge.text()

    def stage_text(self):
        return self.window.moderator.controller.stage.message_label.text()

    def live_run(self):
        qtbot, fake = self.qtbot, self.fake
        self.expected = {}  # note text → (item title, speaker name or None)

        def note(text, item, speaker, kind_key=None, extra=()):
            add_note(qtbot, text, kind_key, extra)
            self.expected[text] = (item, speaker)

        # 1. Opening: F5 starts the clock and the live view; the moderator speaks
        press(qtbot, K.Key_F5)
        w = self.window
        assert w.moderator.live and w.moderator.panel.isVisible()
        assert focused() is w.capture_panel.edit
        note("Welcome: the panel compares city-to-city learning", "Opening and introduction "
             "of the panel", "Moderator")
        press(qtbot, K.Key_F9)  # the stage display (a corner window on one screen)
        stage = w.moderator.controller.stage
        assert stage.isVisible()
        self.back_in(w, "F9 showed the stage display")
        assert focused() is w.capture_panel.edit
        fake.advance(minutes=10)

        # 2. Opening statements: three panellists, picked by Alt+Shift+n
        press(qtbot, K.Key_F7)
        item = "Opening statements"
        assert self.badge() == f"Speaker: {NAMES[0]} (1 of 3)"
        note("Busan cut emissions by a third", item, NAMES[0], K.Key_2)  # key message
        press(qtbot, K.Key_2, ALT | SHIFT)
        assert self.badge() == f"Speaker: {NAMES[1]} (2 of 3)"
        note("Hanoi will share its bus data", item, NAMES[1], K.Key_3)  # decision
        press(qtbot, K.Key_3, ALT | SHIFT)
        assert self.badge() == f"Speaker: {NAMES[2]} (3 of 3)"
        # an action: Ctrl+Enter asks the owner, Tab the due date, Enter adds it
        press(qtbot, K.Key_4, CTRL)
        type_in(qtbot, "Send the Pune flood maps to Busan")
        press(qtbot, K.Key_Return, CTRL)
        assert focused().objectName() == "actionOwner"
        type_in(qtbot, NAMES[2])
        press(qtbot, K.Key_Tab)
        assert focused().objectName() == "actionDue"
        type_in(qtbot, "+7")
        press(qtbot, K.Key_Return)
        from sessionkit.ui.capture.writer import wait_all_idle

        assert wait_all_idle()
        self.expected["Send the Pune flood maps to Busan"] = (item, NAMES[2])
        assert focused() is w.capture_panel.edit  # back in the note box
        # the stage message: Ctrl+Shift+M, type it, Enter
        def message(dialog):
            self.check_layout("stage message dialog", dialog)
            type_in(qtbot, "Please keep to five minutes each")
            press(qtbot, K.Key_Return)

        self.modal.next_modal(message)
        press(qtbot, K.Key_M, CTRL | SHIFT)
        self.modal.check()
        assert self.stage_text() == "Please keep to five minutes each"
        assert stage.message_label.isVisible()
        # the preview in the corner (16:9): three names, the countdown and the message
        # all fit it, none squeezed onto another
        self.check_layout("stage preview, message up", stage)
        self.back_in(w, "the stage message dialog")
        assert focused() is w.capture_panel.edit
        press(qtbot, K.Key_Up, CTRL | SHIFT)  # back to the second panellist
        assert self.badge() == f"Speaker: {NAMES[1]} (2 of 3)"
        note("“We copied Busan's tariff, not its buses”", item, NAMES[1], K.Key_7)  # quote
        fake.advance(minutes=14)
        press(qtbot, K.Key_F8)  # one more minute for this item
        press(qtbot, K.Key_1, CTRL | SHIFT)  # time card 1
        assert self.stage_text() == "5 minutes"
        assert w.moderator.panel.message_label.text() == "On stage: “5 minutes”"
        self.check_layout("live, opening statements, time card up")
        self.check_layout("stage preview, time card up", stage)
        assert abs(stage.width() * 9 - stage.height() * 16) < 16 * 2, stage.size()
        assert QApplication.activeModalWidget() is None
        fake.advance(minutes=2)

        # 3. Moderated discussion: the cue card, evidence for outcome 1
        press(qtbot, K.Key_F7)
        item = "Moderated discussion"
        assert not stage.message_label.isVisible()  # the card was for the last item
        press(qtbot, K.Key_C, CTRL | SHIFT)
        card = w.moderator.cue_card
        qtbot.waitUntil(lambda: card.isVisible() and QApplication.activeWindow() is card)
        assert card.name_label.text() == NAMES[0]
        self.check_layout("cue card", card)
        press(qtbot, K.Key_Escape)
        assert not card.isVisible()
        self.back_in(w, "Esc closed the cue card")
        press(qtbot, K.Key_Down, CTRL | SHIFT)  # first → second panellist
        note("Peer visits matter more than toolkits", item, NAMES[1], K.Key_6,  # recommend.
             extra=[(K.Key_1, ALT)])  # supports outcome 1
        self.evidence = "Peer visits matter more than toolkits"
        press(qtbot, K.Key_3, ALT | SHIFT)
        note("How is the exchange funded after 2027?", item, NAMES[2], K.Key_5)  # question
        self.check_layout("live, moderated discussion")
        fake.advance(minutes=20)

        # 4. Ctrl+O to D3 in the middle of the run, and back
        self.switch_to("D3", leave_live=True)
        assert self.window.ctx.session.code == "D3"
        self.switch_to("P9")
        w = self.window
        assert w.ctx.session_id == self.sid
        assert w.moderator.controller.snapshot.current.item.title == item
        assert w.moderator.live
        # the speaker picked before the detour is still the one credited
        assert self.badge() == f"Speaker: {NAMES[2]} (3 of 3)", self.badge()
        qtbot.wait(400)  # the new window's columns settle (moderator.switch_to)
        self.check_layout("live, back from D3")
        press(qtbot, K.Key_3, ALT | SHIFT)
        note("Lan: the data portal is open to all members", item, NAMES[2])
        fake.advance(minutes=15)

        # 5. Questions from the floor: nobody named, everyone can be credited
        press(qtbot, K.Key_F7)
        item = "Questions from the floor"
        assert self.badge().startswith("Speaker: nobody yet"), self.badge()
        # Ctrl+Shift+Down through everyone in the session until the one at the microphone
        press(qtbot, K.Key_Down, CTRL | SHIFT)
        assert self.badge().endswith(" (1 of 5)"), self.badge()
        for _ in range(4):
            if self.badge().startswith(f"Speaker: {NAMES[0]} ("):
                break
            press(qtbot, K.Key_Down, CTRL | SHIFT)
        assert self.badge().startswith(f"Speaker: {NAMES[0]} ("), self.badge()
        note("Can smaller towns join?", item, NAMES[0], K.Key_5)
        press(qtbot, K.Key_F5)  # pause: a fire alarm test
        fake.advance(minutes=3)
        press(qtbot, K.Key_F5)  # resume
        note("Yes, through their province", item, NAMES[0])
        fake.advance(minutes=17)

        # 6. Closing; F7 on the last item ends the session
        press(qtbot, K.Key_F7)
        item = "Closing remarks and wrap-up"
        note("Next meeting in Da Nang", item, "Moderator", K.Key_2)
        note("次回はダナンで、都市間連携の成果を共有する", item, "Moderator")  # typed by an IME
        fake.advance(minutes=10)
        press(qtbot, K.Key_F7)
        from sessionkit.services.clock import ClockState

        assert w.moderator.controller.snapshot.state == ClockState.FINISHED

    def switch_to(self, code, leave_live=False):
        """Ctrl+O, type the code, Enter; from a live run, the question's other button."""
        qtbot = self.qtbot

        def choose(dialog):
            assert dialog.objectName() == "sessionSwitcher"
            type_in(qtbot, code)
            press(qtbot, K.Key_Return)

        def leave(box):
            assert box.defaultButton().text() == "Stay here"
            press(qtbot, K.Key_Tab)  # from "Stay here" to "Open “D3”"
            assert focused().text() == f"Open “{code}”", focused().text()
            press(qtbot, K.Key_Space)

        self.modal.next_modal(choose)
        if leave_live:
            self.modal.next_modal(leave, kind=QMessageBox)
        press(qtbot, K.Key_O, CTRL)
        self.modal.check()
        self.back_in(self.current_window(), f"Ctrl+O to {code}")
        assert self.window.ctx.session.code == code

    def edit_a_note(self):
        """Ctrl+L to the notes list, Up to an earlier note, F2, type, Enter."""
        from sessionkit.ui.capture.writer import wait_all_idle

        qtbot = self.qtbot
        press(qtbot, K.Key_L, CTRL)
        view = self.window.notes_panel.view
        assert focused() is view
        before = {n.id: n.text for n in self.store.notes.for_session(self.sid)}
        press(qtbot, K.Key_Up)
        press(qtbot, K.Key_F2)
        editor = focused()
        assert editor.objectName() == "noteEditor", editor
        press(qtbot, K.Key_End, CTRL)
        type_in(qtbot, " (in Vietnamese: Hẹn gặp ở Đà Nẵng)")
        press(qtbot, K.Key_Return)
        assert wait_all_idle()
        after = {n.id: n.text for n in self.store.notes.for_session(self.sid)}
        changed = [i for i in after if after[i] != before.get(i)]
        assert len(changed) == 1, changed
        old = before[changed[0]]
        assert after[changed[0]] == old + " (in Vietnamese: Hẹn gặp ở Đà Nẵng)"
        self.expected[after[changed[0]]] = self.expected.pop(old)
        press(qtbot, K.Key_Escape)  # back to the note box
        assert focused() is self.window.capture_panel.edit
        self.check_layout("session ended, a note edited")

    def export_report(self):
        """Ctrl+E; Markdown chosen in the format box by typing; Alt+S, a typed path, Enter."""
        qtbot = self.qtbot
        press(qtbot, K.Key_E, CTRL)
        dialog = self.window.export_dialog
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert focused() is dialog.format
        press(qtbot, K.Key_End)  # Markdown, the last format
        assert dialog.current_format().name == "md"
        press(qtbot, K.Key_S, ALT)
        assert focused() is dialog.path_edit
        # first a path that cannot be written (its folder is a file): one sentence, Enter
        # closes it, and the rapporteur types another path
        blocker = self.tmp / "not-a-folder"
        blocker.write_text("a file where the folder should be")
        refusal = []

        def read_refusal(box):
            refusal.append(box.text())
            press(qtbot, K.Key_Return)

        self.modal.next_modal(read_refusal, kind=QMessageBox)
        press(qtbot, K.Key_A, CTRL)
        type_in(qtbot, str(blocker / "P9 report"))
        press(qtbot, K.Key_Return)
        qtbot.waitUntil(lambda: bool(refusal or self.modal.errors), timeout=30000)
        self.modal.check()
        assert refusal[0].startswith("The report could not be exported: "), refusal
        assert "Traceback" not in refusal[0] and refusal[0].count("\n") == 0, refusal
        assert blocker.read_text() == "a file where the folder should be"
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        press(qtbot, K.Key_S, ALT)
        assert focused() is dialog.path_edit
        self.report = self.tmp / "reports" / "P9 report"
        self.report.parent.mkdir()
        press(qtbot, K.Key_A, CTRL)
        type_in(qtbot, str(self.report))
        press(qtbot, K.Key_Return)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
        self.report = self.report.with_suffix(".md")
        assert dialog.status.text() == f"Report saved: {self.report}"
        assert self.report.exists()
        self.check_layout("export dialog, report saved", dialog)
        press(qtbot, K.Key_Escape)
        assert not dialog.isVisible()

    # -- checks ----------------------------------------------------------------------------
    def check_notes(self):
        notes = {n.text: n for n in self.store.notes.for_session(self.sid)}
        assert set(notes) == set(self.expected), sorted(set(notes) ^ set(self.expected))
        names = {pid: name for name, pid in self.people.items()}
        for text, (item, speaker) in self.expected.items():
            n = notes[text]
            assert n.agenda_item_id == self.item_id(item), (text, item)
            assert names.get(n.speaker_id) == speaker, (text, speaker, names.get(n.speaker_id))
        kinds = {n.kind.value for n in notes.values()}
        assert kinds == {"note", "key_message", "decision", "action", "question",
                         "recommendation", "quote"}, kinds
        action = notes["Send the Pune flood maps to Busan"]
        assert action.action_owner == NAMES[2] and action.action_due is not None
        outcome = self.store.outcomes.for_session(self.sid)[0]
        assert notes[self.evidence].outcome_ids == [outcome.id]
        assert all(not n.outcome_ids for t, n in notes.items() if t != self.evidence)

    def check_report(self):
        """The annex lists every note under a line naming its kind, item and person."""
        text = self.report.read_text(encoding="utf-8")
        roles = text.split("## Roles", 1)[1].split("\n## ", 1)[0]
        for name in NAMES:
            assert f"- **Panellist:** {name}" in roles, roles
        annex = text.split("## Annex: all notes in time order", 1)[1].splitlines()
        for note_text, (item, speaker) in self.expected.items():
            at = annex.index(note_text)
            heading = annex[at - 1]
            assert f" · {item} · {speaker}" in heading, (note_text, heading)


# -- the keyboard stays where the rapporteur types ----------------------------------------

def test_f9_leaves_the_keyboard_in_the_main_window(qtbot, data_dir, fake):
    from sessionkit.services.sessions import open_store
    from sessionkit.ui.app import choose_session, open_main_window, ui_settings

    store, _ = open_store(data_dir)
    try:
        settings = ui_settings(data_dir)
        w = open_main_window(store, data_dir, choose_session(store, settings, None),
                             settings)
        qtbot.addWidget(w)
        w.moderator.controller.clock._now = fake
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        press(qtbot, K.Key_F5)
        press(qtbot, K.Key_F9)
        stage = w.moderator.controller.stage
        qtbot.addWidget(stage)
        assert stage.isVisible()
        qtbot.wait(200)
        assert QApplication.activeWindow() is w
        assert focused() is w.capture_panel.edit
        # and the next keys are a note, not lost on the stage display
        type_in(qtbot, "Typed after F9")
        assert w.capture_panel.edit.toPlainText() == "Typed after F9"
        press(qtbot, K.Key_F9)  # hidden again, and shown again: the same
        assert not stage.isVisible()
        press(qtbot, K.Key_F9)
        qtbot.wait(200)
        assert stage.isVisible() and QApplication.activeWindow() is w
    finally:
        store.close()
