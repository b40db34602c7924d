"""Debounced saving of the note box draft.

Saves within ``pause_ms`` of the last keystroke, and at most ``max_interval_ms``
after the first unsaved keystroke while typing goes on, so a crash loses about a
second of typing. ``flush()`` saves now (focus-out, close, quit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class DraftAutosaver(QObject):
    def __init__(self, get_text: Callable[[], str], save: Callable[[str], None],
                 pause_ms: int = 800, max_interval_ms: int = 4000,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._get_text = get_text
        self._save = save
        self._dirty = False
        self.saves = 0  # how many writes happened (for tests and diagnostics)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.flush)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setInterval(max_interval_ms)
        self._max.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """The text changed: (re)start the pause timer, start the max timer once."""
        self._dirty = True
        self._pause.start()
        if not self._max.isActive():
            self._max.start()

    def mark_clean(self) -> None:
        """The current text is already what the store holds."""
        self._dirty = False
        self._pause.stop()
        self._max.stop()

    def flush(self) -> None:
        if not self._dirty:
            return
        self._pause.stop()
        self._max.stop()
        self._save(self._get_text())
        self._dirty = False
        self.saves += 1
