"""Typing into widgets like a keyboard does, including text QTest cannot map to keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


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
