"""The team folder in the app (services/team.py does the work, Qt-free).

One :class:`TeamSync` per data folder, shared by its windows. When File → Settings…
names a team folder, it runs a write-and-merge pass on a QThreadPool worker with its
own store connection (WAL: the UI's connection and the writer thread keep going; the
merge commits every quarter of a second, so a note save never waits long):

- 5 s after notes, outcomes or the session change (debounced), at once when the live
  run moves to another agenda item, and when the window closes (the last pass runs
  on the UI thread then, as the app is leaving);
- when the folder changes (QFileSystemWatcher, 1 s after the last change) and every
  30 s (a network share or a sync engine may not tell the watcher).

A merge that changed the session a window shows reloads its notes, outcomes and
agenda. Problems are never a dialog: a file not complete yet is tried again, anything
else is in the log and in File → Team folder status….
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

from sessionkit.store import Store, StoreError

if TYPE_CHECKING:
    from sessionkit.services.team import SyncReport

log = logging.getLogger(__name__)

WRITE_DELAY_MS = 5_000
WATCH_DELAY_MS = 1_000
SCAN_EVERY_MS = 30_000


class _Signals(QObject):
    finished = Signal(object)  # SyncReport
    failed = Signal(str)


class TeamSyncWorker(QRunnable):
    """One pass with the worker's own store connection."""

    def __init__(self, data_dir: Path, folder: str):
        super().__init__()
        self.data_dir, self.folder = Path(data_dir), folder
        self.signals = _Signals()

    def run(self) -> None:
        # services/team.py (and hashlib, OpenSSL's libcrypto: ~4 MB resident) only when
        # a team folder is on, not at every start
        from sessionkit.services.team import TeamFolderError, sync_folder

        store = None
        try:
            store = Store.open(self.data_dir)
            report = sync_folder(store, self.folder)
        except (TeamFolderError, StoreError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug: logged, never a crash
            log.exception("team folder pass failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            if store is not None:
                store.close()
        self.signals.finished.emit(report)


class TeamSync(QObject):
    """The team folder of one data folder: timers, watcher, one pass at a time."""

    passed = Signal(object)  # SyncReport, after every pass
    merged = Signal(object)  # SyncReport that changed the store: windows reload
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.folder = ""
        self.running = False
        self.again = False
        self.last_report: SyncReport | None = None
        self.last_error = ""
        self.last_pass: datetime | None = None
        self.pool = QThreadPool.globalInstance()
        self._write = QTimer(self, singleShot=True, interval=WRITE_DELAY_MS)
        self._write.timeout.connect(self.run_now)
        self._watch_delay = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._watch_delay.timeout.connect(self.run_now)
        self._scan = QTimer(self, interval=SCAN_EVERY_MS)
        self._scan.timeout.connect(self.run_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._watch_delay.start())
        self.reload_preference()

    @property
    def enabled(self) -> bool:
        return bool(self.folder)

    def reload_preference(self) -> None:
        """Follow the folder chosen in File → Settings… (or none)."""
        from sessionkit.services import preferences as prefs_file

        folder = prefs_file.load(self.data_dir, warn=lambda _line: None).team_folder
        if folder == self.folder:
            return
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder = folder
        self.last_report, self.last_error = None, ""
        if not folder:
            self._scan.stop()
            self._write.stop()
            return
        self.watcher.addPath(folder)
        self._scan.start()
        QTimer.singleShot(0, self.run_now)

    # -- when to run -------------------------------------------------------------------
    def changed(self) -> None:
        """Something a package carries changed here: a pass in 5 s (restarted by more)."""
        if self.enabled:
            self._write.start()

    def run_now(self) -> None:
        if not self.enabled:
            return
        if self.running:
            self.again = True  # once this pass ends
            return
        self._write.stop()
        self.running = True
        worker = TeamSyncWorker(self.data_dir, self.folder)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._worker = worker  # its signals must outlive the pass
        self.pool.start(worker)

    def run_blocking(self) -> None:
        """The last pass, as the app closes: this device's packages written (and the
        others merged) before it goes, on the UI thread."""
        if not self.enabled:
            return
        self._write.stop()
        self._scan.stop()
        if self.running:  # a pass in flight may finish first (it is safe beside this one)
            self.pool.waitForDone(5_000)
        from sessionkit.services.team import TeamFolderError, sync_folder

        store = None
        try:
            store = Store.open(self.data_dir)
            self.last_report = sync_folder(store, self.folder, merge_others=False)
        except (TeamFolderError, StoreError, OSError) as exc:
            log.warning("team folder: last pass at close failed: %s", exc)
        finally:
            if store is not None:
                store.close()

    # -- results -------------------------------------------------------------------------
    def _done(self) -> None:
        self.running = False
        self.last_pass = datetime.now().astimezone()
        if self.again:
            self.again = False
            QTimer.singleShot(0, self.run_now)
        if self.folder and self.folder not in self.watcher.directories():
            self.watcher.addPath(self.folder)  # the folder came back (a share remounted)

    def _finished(self, report: SyncReport) -> None:
        self.last_report, self.last_error = report, ""
        for line in report.refused:
            log.warning("team folder: refused %s", line)
        self._done()
        self.passed.emit(report)
        if report.changed_store:
            self.merged.emit(report)

    def _failed(self, message: str) -> None:
        self.last_error = message
        log.warning("team folder: %s", message)
        self._done()
        self.failed.emit(message)


_SYNCS: dict[str, TeamSync] = {}


def team_sync_for(data_dir: Path) -> TeamSync:
    key = str(Path(data_dir).resolve())
    sync = _SYNCS.get(key)
    if sync is None:
        app = QCoreApplication.instance()
        sync = TeamSync(Path(data_dir), parent=app)
        _SYNCS[key] = sync
        if app is not None:
            app.aboutToQuit.connect(sync.run_blocking)
            app.aboutToQuit.connect(lambda: _SYNCS.pop(key, None))
    return sync


def install(window) -> TeamSync:
    """Connect a main window to its data folder's team folder: its changes schedule a
    pass, a merge that touched its session reloads it, File → Team folder status…."""
    ctx = window.ctx
    sync = team_sync_for(ctx.data_dir)
    for signal in (ctx.note_added, ctx.notes_changed, ctx.outcomes_changed,
                   ctx.bundle_changed):
        signal.connect(sync.changed)

    def reload(report: SyncReport) -> None:
        """A merge changed this window's session: show it (the UI's connection sees the
        worker's commits at once, WAL). The pass this schedules writes nothing: what was
        merged is not written back out (services/team.py)."""
        if not any(m.session_id == ctx.session_id and m.changed_anything
                   for m in report.merged):
            return
        try:
            ctx.reload_bundle()  # agenda, people, session fields
        except Exception:  # noqa: BLE001 - the session went away: keep what is shown
            return
        ctx.outcomes_changed.emit()
        ctx.notes_changed.emit()

    sync.merged.connect(reload)
    window.destroyed.connect(lambda *_: _disconnect(sync, reload))

    moderator = getattr(window, "moderator", None)
    controller = getattr(moderator, "controller", None)
    if controller is not None:  # every agenda item change writes at once
        last = {"at": None}

        def follow(snapshot) -> None:
            at = (getattr(snapshot, "state", None), getattr(snapshot, "current_index", None))
            if last["at"] is not None and at != last["at"]:
                sync.run_now()
            last["at"] = at

        controller.updated.connect(follow)

    from sessionkit.ui.dialogs.team_folder import install_status_action

    install_status_action(window, sync)
    window.team_sync = sync
    return sync


def _disconnect(sync: TeamSync, slot) -> None:
    try:
        sync.merged.disconnect(slot)
    except (RuntimeError, TypeError):
        pass
