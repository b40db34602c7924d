"""One writer thread per data file: draft saves and note commits leave the UI thread.

SQLite commits with ``synchronous=FULL`` wait for the disk (3-17 ms on a loaded
machine, much more on a slow or busy disk): too long for the UI thread, which must
never stall for more than a frame. ``StoreWriter`` runs a plain Python thread with
its OWN connection to the same data file (``Store.open``; WAL lets the UI's
connection keep reading meanwhile) and a queue:

- jobs run one at a time, in the order they were submitted, so a draft save queued
  before a note commit can never overwrite the cleared draft;
- a draft save submitted with the same ``coalesce`` key as a queued job replaces it
  (latest text wins) unless a job without a key (a note commit) is queued between;
- each job's ``on_done(result)`` / ``on_failed(exc)`` run later on the UI thread, in
  order, exactly once;
- ``wait_idle(timeout)`` blocks until the queue is empty (the flush points: focus-out,
  session switch, close, quit, logout, SIGTERM) and runs the pending callbacks at once,
  so the caller knows whether everything was written.

A store that is not a file (``:memory:`` in tests) gets an ``InlineWriter`` with the
same API that runs each job at once on the caller's thread with the caller's store.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from sessionkit.store import Store

FLUSH_TIMEOUT_S = 15.0  # a flush point waits at most this long for the disk
BUSY_RETRY_S = 5.0  # the UI's connection writes too (edits, stars): wait for it this long


def _is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED, including BUSY_SNAPSHOT, which SQLite returns at once
    (no busy handler) when another connection committed since this transaction read."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    msg = str(exc).lower()
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in msg


class WriteTimeout(TimeoutError):
    """The writer did not finish within the flush timeout (a hung disk)."""


class Job:
    __slots__ = ("fn", "on_done", "on_failed", "coalesce", "result", "error", "finished",
                 "delivered")

    def __init__(self, fn, on_done=None, on_failed=None, coalesce=None):
        self.fn = fn
        self.on_done = on_done
        self.on_failed = on_failed
        self.coalesce = coalesce
        self.result = None
        self.error: BaseException | None = None
        self.finished = False
        self.delivered = False


class _Notifier(QObject):
    """Lives on the UI thread; the writer thread only emits its signal (queued)."""

    job_finished = Signal()


class StoreWriter:
    """The one thread that writes the note box's draft and new notes (see module doc).

    A plain Python object: the writer thread touches no Qt object but the notifier's
    signal, and no widget at all (jobs capture plain values on the UI thread)."""

    def __init__(self, db_path: Path, open_store: Callable[[Path], Store] | None = None):
        self.db_path = Path(db_path)
        self._open_store = open_store or (lambda p: Store.open(p.parent))
        self._cond = threading.Condition()
        self._queue: deque[Job] = deque()
        self._finished: deque[Job] = deque()
        self._busy = False
        self._closing = False
        self._store: Store | None = None
        self.jobs_run = 0
        self._notifier = _Notifier()
        self._notifier.job_finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="sessionkit-writer",
                                        daemon=True)
        self._thread.start()

    # -- on the writer thread -------------------------------------------------------
    @property
    def store(self) -> Store:
        """The writer's own store: use it only inside a job."""
        if self._store is None:
            self._store = self._open_store(self.db_path)
        return self._store

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait()
                if not self._queue:  # closing, nothing left
                    break
                job = self._queue.popleft()
                self._busy = True
            deadline = time.monotonic() + BUSY_RETRY_S
            while True:
                try:
                    job.result, job.error = job.fn(), None
                except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
                    job.error = exc
                    if self._store is not None and self._store.in_transaction():
                        try:
                            self._store.rollback()
                        except Exception:  # noqa: BLE001
                            pass
                    # a job is one transaction, rolled back: running it again is safe
                    if _is_busy(exc) and time.monotonic() < deadline:
                        time.sleep(0.02)
                        continue
                break
            with self._cond:
                self._finished.append(job)
            try:  # before waking a waiter: the UI thread may quit right after
                self._notifier.job_finished.emit()
            except RuntimeError:  # the notifier is gone (shutting down)
                pass
            with self._cond:
                job.finished = True
                self.jobs_run += 1
                self._busy = False
                self._cond.notify_all()
        if self._store is not None:
            try:
                self._store.close()
            except Exception:  # noqa: BLE001
                pass
            self._store = None

    # -- on the UI thread -------------------------------------------------------------
    def submit(self, fn: Callable[[], object], on_done=None, on_failed=None,
               coalesce: object = None) -> Job:
        """Queue *fn* (run on the writer thread; use ``self.store``)."""
        with self._cond:
            if self._closing:
                raise RuntimeError("the writer is closed")
            if coalesce is not None:
                # replace a queued job of the same key, unless a job that is not
                # coalescable (a note commit) stands between: order is kept around it
                for queued in reversed(self._queue):
                    if queued.coalesce is None:
                        break
                    if queued.coalesce == coalesce:
                        queued.fn, queued.on_done, queued.on_failed = fn, on_done, on_failed
                        return queued
            job = Job(fn, on_done, on_failed, coalesce)
            self._queue.append(job)
            self._cond.notify_all()
            return job

    @property
    def idle(self) -> bool:
        with self._cond:
            return not self._queue and not self._busy

    def wait_idle(self, timeout: float = FLUSH_TIMEOUT_S, deliver: bool = True) -> bool:
        """Block until every queued job has run (or *timeout*), then run the pending
        callbacks (unless *deliver* is False). True when the queue was drained."""
        with self._cond:
            drained = self._cond.wait_for(lambda: not self._queue and not self._busy,
                                          timeout)
        if deliver:
            self.deliver()
        return drained

    def deliver(self) -> None:
        """Run the callbacks of finished jobs, in order, each once."""
        while True:
            with self._cond:
                if not self._finished:
                    return
                job = self._finished.popleft()
            if job.delivered:
                continue
            job.delivered = True
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
            elif job.on_failed is not None:
                job.on_failed(job.error)

    def drop_connection(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Close the writer's connection after the queued jobs; the next job opens a
        fresh one (the data file's -wal was replaced). True when done in time."""
        def drop() -> None:
            if self._store is not None:
                store, self._store = self._store, None
                store.close()

        job = self.submit(drop)
        return self.wait_idle(timeout) and job.finished and job.error is None

    def close(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Finish the queue, close the writer's connection, stop the thread."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        self.deliver()
        return not self._thread.is_alive()


_thread_settings = threading.local()


def write_settings(path: str, group: str, values: dict | None) -> None:
    """On the writer thread: set *values* under *group* of the INI file *path* (None:
    remove the group), then sync — QSettings writes through a temporary file and
    fdatasync, up to ~17 ms on a loaded disk. The writer has its own QSettings object
    (distinct objects are safe across threads, even on one file; ``sync`` merges)."""
    from PySide6.QtCore import QSettings

    cache = getattr(_thread_settings, "objects", None)
    if cache is None:
        cache = _thread_settings.objects = {}
    settings = cache.get(path)
    if settings is None:
        settings = cache[path] = QSettings(path, QSettings.Format.IniFormat)
    if values is None:
        settings.remove(group)
    else:
        for key, value in values.items():
            settings.setValue(f"{group}/{key}", value)
    settings.sync()


class InlineWriter(QObject):
    """StoreWriter's API, running each job at once with the caller's store."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.jobs_run = 0
        self.idle = True

    def submit(self, fn, on_done=None, on_failed=None, coalesce=None) -> Job:
        job = Job(fn, on_done, on_failed, coalesce)
        try:
            job.result = fn()
        except Exception as exc:  # noqa: BLE001 - delivered like the thread does
            job.error = exc
        job.finished = True
        self.jobs_run += 1
        job.delivered = True
        if job.error is None:
            if on_done is not None:
                on_done(job.result)
        elif on_failed is not None:
            on_failed(job.error)
        return job

    def wait_idle(self, timeout: float = FLUSH_TIMEOUT_S, deliver: bool = True) -> bool:
        return True

    def deliver(self) -> None:
        pass

    def drop_connection(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        return True

    def close(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        return True


_writers: dict[str, StoreWriter] = {}


def writer_for(store: Store):
    """The process's writer for *store*'s data file (one per file, shared by every
    window of it), or an InlineWriter when the store is not a file."""
    path = getattr(store, "path", None)
    if path is None or str(path) == ":memory:":
        return InlineWriter(store)
    key = str(Path(path).resolve())
    writer = _writers.get(key)
    if writer is None or writer._closing:
        writer = StoreWriter(Path(path), open_store=_opener(store))
        _writers[key] = writer
    return writer


def _opener(store: Store):
    from sessionkit.store.db import DB_FILENAME, connect

    def open_store(path: Path) -> Store:
        if path.name == DB_FILENAME:
            return Store.open(path.parent)
        return Store(connect(path), path)

    return open_store


def wait_all_idle(timeout: float = FLUSH_TIMEOUT_S) -> bool:
    """Drain every writer of this process (tests, quit)."""
    return all([w.wait_idle(timeout) for w in list(_writers.values()) if not w._closing])


def close_writer_for(store: Store, timeout: float = FLUSH_TIMEOUT_S) -> bool:
    """Drain and stop *store*'s writer (before a restore replaces the file, at quit)."""
    path = getattr(store, "path", None)
    if path is None:
        return True
    writer = _writers.pop(str(Path(path).resolve()), None)
    return writer.close(timeout) if writer is not None else True
