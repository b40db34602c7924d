"""Typing into widgets like a keyboard does, including text QTest cannot map to keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def type_text(qtbot, widget, text: str) -> None:
    """ASCII through qtbot.keyClicks; other characters as key events carrying the text
    (what an input method delivers), one character at a time."""
    run = []

    def flush():
        if run:
            qtbot.keyClicks(widget, "".join(run))
            run.clear()

    for ch in text:
        if ch.isascii() and ch.isprintable():
            run.append(ch)
            continue
        flush()
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(etype, 0, Qt.KeyboardModifier.NoModifier, ch))
    flush()


def ctrl_enter(qtbot, widget) -> None:
    """Ctrl+Enter, then let the writer thread (ui/capture/writer.py) write the note and the
    window show it, as it does a few milliseconds later for a user."""
    from sessionkit.ui.capture.writer import wait_all_idle

    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wait_all_idle()


def key(qtbot, window, k, mod=Qt.KeyboardModifier.NoModifier):
    """A key on whatever has the focus in the window, as a user presses it."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, k, mod)


def go_to_discussion(qtbot, w, fake):
    """Start the live run (F5) and go to D3's Discussion (F7 ×3), 35 fake minutes in."""
    from datetime import timedelta

    key(qtbot, w, Qt.Key.Key_F5)
    for minutes in (5, 15, 15):
        fake.t += timedelta(minutes=minutes)
        key(qtbot, w, Qt.Key.Key_F7)
    assert w.moderator.controller.snapshot.current.item.title == "Discussion"
