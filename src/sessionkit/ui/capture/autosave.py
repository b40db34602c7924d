"""Debounced saving of the note box draft.

Saves within ``pause_ms`` (0.4 s) of the last keystroke, and at most
``max_interval_ms`` (0.75 s) after the first unsaved keystroke while typing goes
on, so a crash loses less than a second of typing (tests/e2e/test_crash_recovery.py).
``flush()`` saves now (focus-out, close, quit).

With a *writer* (ui/capture/writer.py) the save runs on the writer thread: the timers only
queue the text (the UI thread never waits for the disk), a failure comes back as
``failed`` on the UI thread, and ``flush()`` waits until the writer's queue is
drained (bounded by a timeout) so the flush points still know the text is on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal


class DraftAutosaver(QObject):
    # A save failed (disk full, read-only…): the text stays dirty and is retried
    # every retry_ms until a save succeeds, which emits ``saved``.
    failed = Signal(object)  # the exception
    saved = Signal()  # a save succeeded after a failure
    queued = Signal()  # a draft save was handed to the writer

    def __init__(self, get_text: Callable[[], str], save: Callable[[str], None],
                 pause_ms: int = 400, max_interval_ms: int = 750,
                 parent: QObject | None = None, retry_ms: int = 3000, writer=None):
        super().__init__(parent)
        self._writer = writer  # None: save on the calling (UI) thread
        self._get_text = get_text
        self._save = save
        self._dirty = False
        self.saves = 0  # how many writes happened (for tests and diagnostics)
        self.last_error: Exception | None = None
        self._failures: list[BaseException] = []  # seen while a flush waits
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self._timed_flush)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may run late
        self._max.setInterval(max_interval_ms)
        self._max.timeout.connect(self._timed_flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._timed_flush)

    def _timed_flush(self) -> None:
        if self._writer is not None:  # queue it; the result comes back as a signal
            self._pause.stop()
            self._max.stop()
            self._retry.stop()
            if self._dirty:
                self._enqueue()
            return
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - reported through ``failed``; retried
            pass

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
        self._retry.stop()
        if self.last_error is not None:
            self.last_error = None
            self.saved.emit()

    # -- through the writer thread ------------------------------------------------
    def _enqueue(self) -> None:
        text = self._get_text()
        self._dirty = False  # until the writer says otherwise
        self.queued.emit()
        save = self._save  # looked up here: the writer thread touches no Qt object
        self._writer.submit(lambda: save(text), on_done=self._write_done,
                            on_failed=self._write_failed, coalesce=("draft", id(self)))

    def _write_done(self, _result) -> None:
        self.saves += 1
        if not self._dirty:
            self._retry.stop()
        if self.last_error is not None:
            self.last_error = None
            self.saved.emit()

    def report_failure(self, exc: BaseException) -> None:
        """A write of the box's text failed elsewhere (a note commit): the box is
        dirty again and a flush waiting for the writer must fail."""
        self._dirty = True
        self._failures.append(exc)

    def _write_failed(self, exc: BaseException) -> None:
        self._dirty = True
        self._failures.append(exc)
        self.last_error = exc
        self._retry.start()
        self.failed.emit(exc)

    def flush(self) -> None:
        """Save now; on failure the text stays dirty, a retry is scheduled, and the
        error is re-raised (close/quit must know). With a writer: also waits until
        everything queued before (note commits too) is written."""
        if self._writer is not None:
            self._pause.stop()
            self._max.stop()
            self._failures = []
            if self._dirty:
                self._retry.stop()
                self._enqueue()
            if not self._writer.wait_idle():
                from sessionkit.ui.capture.writer import WriteTimeout

                exc = WriteTimeout(110, QCoreApplication.translate(
                    "DraftAutosaver", "the disk did not answer in time"))
                self._write_failed(exc)
                raise exc
            if self._dirty:  # a write failed (reported through ``failed``)
                raise (self._failures[-1] if self._failures else self.last_error
                       or RuntimeError(QCoreApplication.translate(
                           "DraftAutosaver", "the note box could not be saved")))
            return
        if not self._dirty:
            return
        self._pause.stop()
        self._max.stop()
        try:
            self._save(self._get_text())
        except Exception as exc:
            self.last_error = exc
            self._retry.start()
            self.failed.emit(exc)
            raise
        self._retry.stop()
        self._dirty = False
        self.saves += 1
        if self.last_error is not None:
            self.last_error = None
            self.saved.emit()
