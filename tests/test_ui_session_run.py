"""A whole session by keyboard, as a rapporteur runs it: edit a note reached with the
keys, undo/redo, the bin's Undo, the notes list's clock, dialogs beside the live band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from sessionkit.services.sessions import open_store
from sessionkit.ui.app import choose_session, open_main_window, ui_settings
from sessionkit.ui.writer import wait_all_idle

from ui_keys import ctrl_enter, type_text


@pytest.fixture
def window(qtbot, data_dir):
    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    w = open_main_window(store, data_dir, choose_session(store, settings, None), settings)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def add_notes(qtbot, w, *texts):
    box = w.capture_panel.edit
    for text in texts:
        box.setFocus()
        type_text(qtbot, box, text)
        ctrl_enter(qtbot, box)
    QApplication.processEvents()


def stored_texts(w):
    return [n.text for n in w.ctx.store.notes.for_session(w.ctx.session_id)]


def test_f2_edits_a_note_reached_with_ctrl_l_and_arrows(window, qtbot):
    add_notes(qtbot, window, "first note", "second note", "third note")
    window.notes_panel.reload()  # as after reopening: no current cell yet
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.notes_panel.view
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "noteEditor"
    type_text(qtbot, editor, " edited")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wait_all_idle()
    texts = stored_texts(window)
    assert sum(t.endswith(" edited") for t in texts) == 1, texts
    assert view.hasFocus()  # back in the list, ready for the next key
