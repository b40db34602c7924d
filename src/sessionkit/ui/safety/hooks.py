"""Test hooks for the crash test and the soak script (inactive unless an environment
variable names them; see ui/safety/__init__.py). They drive the real window through
Qt's own key events, exactly as typing would."""

from __future__ import annotations

import json
import os
import random
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

COMMIT = "\x01"  # in a typing stream: press Ctrl+Enter


def _focus_name() -> str:
    w = QApplication.focusWidget()
    return w.objectName() if w is not None else ""


def type_text(widget, text: str) -> None:
    """Key press + release events for each character, as a keyboard (or an input
    method, for characters no key has) would deliver them."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isprintable() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


class ScriptedTypist(QObject):
    """Types a stream into the note box in small chunks at random intervals and logs,
    after each chunk, the wall time and how much of the stream has been typed."""

    def __init__(self, window, script_path: str):
        super().__init__(window)
        with open(script_path, encoding="utf-8") as f:
            script = json.load(f)
        self.window = window
        self.edit = window.capture_panel.edit
        self.stream: str = script["stream"]
        self.rng = random.Random(script.get("seed", 0))
        self.min_ms = int(script.get("min_ms", 15))
        self.max_ms = int(script.get("max_ms", 80))
        self.pause_chance = float(script.get("pause_chance", 0.03))
        self.pause_ms = int(script.get("pause_ms", 1500))
        self.pos = 0
        self.fd = os.open(script["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._log({"t": time.time(), "title": window.windowTitle(), "focus": _focus_name(),
                   "box": self.edit.toPlainText(), "pid": os.getpid()})
        QTimer.singleShot(int(script.get("start_ms", 100)), self._tick)

    def _log(self, record: dict) -> None:
        os.write(self.fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))

    def _tick(self) -> None:
        from PySide6.QtTest import QTest

        if self.pos >= len(self.stream):
            self._log({"t": time.time(), "pos": self.pos, "done": True})
            return
        if self.stream[self.pos] == COMMIT:
            QTest.keyClick(self.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            self.pos += 1
        else:
            end = self.pos + self.rng.randint(1, 4)
            nxt = self.stream.find(COMMIT, self.pos)
            if nxt != -1:
                end = min(end, nxt)
            type_text(self.edit, self.stream[self.pos:end])
            self.pos = end
        self._log({"t": time.time(), "pos": self.pos})
        delay = self.rng.randint(self.min_ms, self.max_ms)
        if self.rng.random() < self.pause_chance:
            delay = self.pause_ms
        QTimer.singleShot(delay, self._tick)


def dump_and_quit(app, window, path: str, waited_ms: int = 0) -> None:
    """Write what the user would see (title, focus, note box, notes) and quit, once the
    window has the keyboard (a loaded machine can take a while to activate it; at most
    5 s, then what is there is written)."""
    if QApplication.focusWidget() is None and waited_ms < 5000:
        QTimer.singleShot(50, lambda: dump_and_quit(app, window, path, waited_ms + 50))
        return
    ctx = window.ctx
    record = {
        "title": window.windowTitle(),
        "focus": _focus_name(),
        "box": window.capture_panel.edit.toPlainText(),
        "notes": [n.text for n in ctx.store.notes.for_session(ctx.session_id)],
        "session": ctx.session.code,
    }
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False)
    os.replace(tmp, path)
    app.quit()
