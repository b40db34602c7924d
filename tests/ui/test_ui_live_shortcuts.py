"""The live-run keys: a contract, documented in docs/keyboard.md and in Help."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from sessionkit.services.clock import ClockState
from sessionkit.ui.live.live_shortcuts import LIVE_KEYS, KeyboardShortcutsDialog, make_live_actions
from conftest import FakeClock  # noqa: E402

DOC = Path(__file__).resolve().parents[2] / "docs" / "keyboard.md"


def doc_live_table() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Live run", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, flags=re.M)
    return [(k, a) for k, a in rows if k != "Key" and not k.startswith("---")]


def test_docs_table_matches_the_code():
    assert doc_live_table() == [(k.key, k.label) for k in LIVE_KEYS]


def test_keys_are_unique_and_parse():
    keys = [QKeySequence(k.key) for k in LIVE_KEYS]
    assert all(not k.isEmpty() for k in keys)
    assert len({k.toString() for k in keys}) == len(keys)
    assert QKeySequence("Alt+PgDown").toString() == "Alt+PgDown"


def test_help_dialog_lists_every_live_key(qtbot):
    dialog = KeyboardShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert ("F5", "Start the session / pause / resume") in rows
    assert ("F7", "Next agenda item (ends the session after the last)") in rows
    assert len(rows) == len(LIVE_KEYS)


@pytest.fixture
def window(qtbot, store, data_dir, d3):
    from sessionkit.ui.context import SessionContext
    from sessionkit.ui.live.live_controller import LiveController

    fake = FakeClock()
    host = QWidget()
    layout = QVBoxLayout(host)
    note_box = QLineEdit()  # the rapporteur typing: keys must still work
    layout.addWidget(note_box)
    controller = LiveController(SessionContext(store, data_dir, d3.id), now=fake,
                                parent=host, start_timer=False)
    actions = make_live_actions(controller, host)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    note_box.setFocus()
    yield host, note_box, controller, actions, fake
    controller.shutdown()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_live_keys_drive_the_run_while_typing(qtbot, window, store, d3):
    host, box, controller, actions, fake = window
    qtbot.keyClicks(box, "typing a note")
    press(qtbot, box, Qt.Key.Key_F5)
    assert controller.snapshot.state == ClockState.RUNNING
    assert box.text() == "typing a note"  # the key did not type anything
    fake.t += timedelta(minutes=2)
    press(qtbot, box, Qt.Key.Key_F7)
    assert controller.snapshot.current.item.title == "Presentation: Naoki Mori"
    press(qtbot, box, Qt.Key.Key_F8)
    assert controller.snapshot.current.planned_seconds == 16 * 60
    press(qtbot, box, Qt.Key.Key_F6)
    assert controller.snapshot.current.item.title == "Opening"
    press(qtbot, box, Qt.Key.Key_F5)
    assert controller.snapshot.state == ClockState.PAUSED
    press(qtbot, box, Qt.Key.Key_F5)
    assert controller.snapshot.state == ClockState.RUNNING
    press(qtbot, box, Qt.Key.Key_F9)
    qtbot.addWidget(controller.stage)
    assert controller.stage.isVisible()
    controller.send_message("Please wrap up")
    press(qtbot, box, Qt.Key.Key_F4)
    assert controller.message == ""
    press(qtbot, box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert controller.readout
    press(qtbot, box, Qt.Key.Key_F9)
    assert not controller.stage.isVisible()
    assert box.text() == "typing a note"


def test_every_action_is_application_wide(window):
    host, box, controller, actions, fake = window
    assert set(actions) == {k.name for k in LIVE_KEYS}
    for k in LIVE_KEYS:
        action = actions[k.name]
        assert action.shortcut() == QKeySequence(k.key)
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
