"""The safety layer while the app runs: flush every note box on logout
(``commitDataRequest``) and quit, a backup every few minutes while something changed
and one at close, a deleted -wal noticed and rebuilt, the save-failure banners
attached to each window, Help → Restore from backup….

The logic lives in services/safety.py and store/ (Qt-free); this module only wires
Qt signals and timers.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from sessionkit.services import safety
from sessionkit.store import StoreError
from sessionkit.store import backup as backups
from sessionkit.store.db import DB_FILENAME
from sessionkit.ui.safety.banners import SaveProblemBanner, StoreProblemBanner
from sessionkit.ui.safety.single_instance import RaiseServer

BACKUP_CHECK_MS = 60_000
BACKUP_INTERVAL_S = 180.0
WAL_CHECK_MS = 5_000  # an fstat: cheap; a deleted -wal is noticed within seconds


def t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


        # the store was closed for the restore: open again


class _FirstFrame(QObject):
    """Calls back once, in the event loop turn after the window's first paint (or after
    ``fallback_ms`` if it is never painted, e.g. started minimised)."""

    def __init__(self, window, callback, fallback_ms: int = 3000):
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            callback()


def _after_first_frame(window, callback) -> None:
    window._first_frame_hook = _FirstFrame(window, callback)


class SafetyController(QObject):
    backup_made = Signal(object)  # BackupInfo
    backup_failed = Signal(str)

    def __init__(self, app: QApplication, window, opened, data_dir: Path):
        super().__init__(window)
        self.app, self.window, self.opened = app, window, opened
        self.data_dir = Path(data_dir)
        self.store = opened.store
        self._changes_at_backup = self._changes()
        self._last_backup = time.monotonic()
        self._thread: threading.Thread | None = None
        self.restart_requested = False

        self.banner = self._attach(window)
        # a session switch opens a new main window: it gets its banner and menu entry
        # when it is first activated, and every open window is flushed on logout/quit
        app.focusWindowChanged.connect(self._attach_all)

        app.commitDataRequest.connect(self._commit_data)  # logout / shutdown
        app.aboutToQuit.connect(self._on_quit)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.maybe_backup)
        self.timer.start()
        self.backup_failed.connect(self._show_backup_failure)
        # a deleted -wal: noticed by an fstat every few seconds and at close
        from sessionkit.store.health import WalWatch

        self.wal_watch = WalWatch(self.data_dir / DB_FILENAME)
        # the writer thread opens its connection now, not at the first keystroke: one
        # opened after a deletion would start a second -wal that disagrees with the -shm
        from sessionkit.ui.capture.writer import StoreWriter, writer_for

        writer = writer_for(self.store)
        if isinstance(writer, StoreWriter):
            writer.submit(lambda: writer.store and None)
        self.wal_lost = False
        self.wal_lost_backup: backups.BackupInfo | None = None
        self.store_problem = ""  # the sentence the store banners show, once there is one
        self.wal_timer = QTimer(self)
        self.wal_timer.setInterval(WAL_CHECK_MS)
        self.wal_timer.timeout.connect(self.check_wal)
        self.wal_timer.start()
        # Both wait for the first frame: the local server (QtNetwork, ~10 ms, ~3 MB) is
        # only for a second start to find this window, and the start backup's thread
        # copies the whole file, competing with the first paint for the two cores.
        self._server: RaiseServer | None = None
        self._server_window = window
        self._start_backup_due = opened.backup is None  # not made while opening
        _after_first_frame(window, self._after_first_frame)

    def _after_first_frame(self) -> None:
        from shiboken6 import isValid

        if not isValid(self._server_window):
            return  # the window was closed before its first frame's turn came
        self._raise_server  # noqa: B018 - listens now
        if self._start_backup_due:  # off the UI thread
            self._start_backup_due = False
            self.maybe_backup(force=True, reason="start")

    @property
    def _raise_server(self) -> RaiseServer:
        """The local server a second start pokes; made after the first frame, or when
        first asked for."""
        if self._server is None:
            self._server = RaiseServer(self.data_dir, self._server_window)
        return self._server

    @staticmethod
    def main_windows() -> list:
        return [w for w in QApplication.topLevelWidgets()
                if hasattr(w, "capture_panel") and hasattr(w, "flush")]

    def _attach_all(self, *_args) -> None:
        for w in self.main_windows():
            self._attach(w)
            if w.isVisible():
                self._server_window = w
                if self._server is not None:
                    self._server.window = w

    def _attach(self, window) -> SaveProblemBanner:
        banner = getattr(window, "_save_banner", None)
        if banner is not None:
            return banner
        panel = window.capture_panel
        banner = SaveProblemBanner(panel.edit.toPlainText, panel)
        panel.body.insertWidget(max(0, panel.body.indexOf(panel.edit)), banner)
        window._save_banner = banner
        store_banner = StoreProblemBanner(panel)
        panel.body.insertWidget(max(0, panel.body.indexOf(banner)), store_banner)
        window._store_banner = store_banner
        if getattr(self, "store_problem", ""):
            store_banner.show_problem(self.store_problem)
        saver = panel.autosaver
        if hasattr(saver, "failed"):
            saver.failed.connect(lambda exc, b=banner: self._save_failed(exc, b))
            saver.saved.connect(lambda w=window, b=banner: self._save_recovered(w, b))
        try:
            help_menu = window.menu("help")
        except (AttributeError, KeyError):
            help_menu = None
        if help_menu is not None:
            action = QAction(t("Restore from backup…"), window)
            action.triggered.connect(lambda *_a, w=window: self.restore_from_backup(w))
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertAction(first, action)
            window._restore_action = action
            if window is self.window:
                self.restore_action = action
        return banner

    def _show_backup_failure(self, msg: str) -> None:
        for w in self.main_windows():
            w.statusBar().showMessage(t("Backup failed: {reason}").format(reason=msg), 15000)

    # saving
    def _save_failed(self, exc, banner: SaveProblemBanner) -> None:
        banner.show_problem(safety.describe_write_error(exc, None).removeprefix(
            "could not save: "))

    def _save_recovered(self, window, banner: SaveProblemBanner) -> None:
        banner.hide()
        window.statusBar().showMessage(t("Saved."), 5000)

    def flush_all(self) -> None:
        """Save every open main window's note box; failures are shown in its banner."""
        for w in self.main_windows():
            try:
                w.flush()
            except Exception:  # noqa: BLE001 - the banner says so, the text stays
                pass

    def _commit_data(self, _manager) -> None:
        self.flush_all()  # the session manager must never be blocked

    # backups
    def _changes(self):
        # the writer thread (ui/capture/writer.py) commits through its own connection: SQLite's
        # data_version tells this connection that another one changed the file
        try:
            return (self.store.total_changes(), self.store.data_version())
        except Exception:
            return 0

    def maybe_backup(self, force: bool = False, reason: str = "auto") -> None:
        """Back up on a thread when something changed and the interval has passed
        (*force*: now, changed or not)."""
        changed = self._changes() != self._changes_at_backup
        due = time.monotonic() - self._last_backup >= BACKUP_INTERVAL_S
        if not force and not (changed and due):
            return
        if self._thread is not None and self._thread.is_alive():
            return
        self._changes_at_backup = self._changes()
        self._last_backup = time.monotonic()
        if self.check_wal():
            # a fresh connection would read a new, empty -wal: only the open one sees
            # the notes, and it belongs to this thread
            try:
                self.backup_made.emit(self.store.backup_to(self.data_dir, reason=reason))
            except Exception as exc:  # noqa: BLE001 - reported, never fatal
                self.backup_failed.emit(str(exc))
            return

        def work():  # its own read-only connection: the UI thread is not blocked
            try:
                self.backup_made.emit(backups.create_backup(self.data_dir, reason=reason))
            except Exception as exc:  # noqa: BLE001 - reported, never fatal
                self.backup_failed.emit(str(exc))

        self._thread = threading.Thread(target=work, name="sessionkit-backup", daemon=True)
        self._thread.start()

    # a deleted -wal
    def check_wal(self) -> bool:
        """True while the data file's -wal is gone. The first time: save what the open
        connection still sees (it reads the deleted file) to a backup and say so in
        every window. Then rebuild: copy the -wal into the data file through that
        connection, and reopen the connections, which start a new -wal. When another
        process keeps the copy from finishing, the next check tries again."""
        if not self.wal_lost:
            if not self.wal_watch.lost():
                return False
            self.wal_lost = True
        self.flush_all()  # the writer thread's queue first: every typed note is in
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=30)  # its connection would keep the copy from finishing
        if self.wal_lost_backup is None:
            try:
                self.wal_lost_backup = self.store.backup_to(
                    self.data_dir, reason="wal-lost", prune_after=False)
                self._changes_at_backup = self._changes()
                self._last_backup = time.monotonic()
            except Exception as exc:  # noqa: BLE001 - said in the banner; retried
                self._show_store_problem(t(
                    "The data file's journal (sessionkit.db-wal) was deleted while SessionKit "
                    "was running and the backup of your notes failed ({reason}): keep "
                    "SessionKit open, it retries every few seconds.").format(reason=str(exc)))
                return True
        if self._rebuild_wal():
            self.wal_lost = False
            self._show_store_problem(t(
                "The data file's journal (sessionkit.db-wal) was deleted while SessionKit was "
                "running: SessionKit rebuilt it, and all your notes are also in backup "
                "{id}.").format(id=self.wal_lost_backup.id))
            self.wal_lost_backup = None  # a new deletion gets its own backup
            return False
        self._show_store_problem(t(
            "The data file's journal (sessionkit.db-wal) was deleted while SessionKit was "
            "running: all your notes are safe in backup {id} — keep working, and restart "
            "SessionKit when you can.").format(id=self.wal_lost_backup.id))
        return True

    def _rebuild_wal(self) -> bool:
        from sessionkit.store.health import WalWatch
        from sessionkit.ui.capture.writer import writer_for

        path = self.data_dir / DB_FILENAME
        if self.store.in_transaction():  # (a dialog's event loop inside a write)
            return False
        try:
            if not self.store.checkpoint_wal():
                return False
            # no frame is left in the deleted file: connections opened from now on
            # agree with the open ones, so each can be replaced by a fresh one
            if not writer_for(self.store).drop_connection():
                return False
            self.store.reconnect()
        except Exception:  # noqa: BLE001 - the old connection still holds everything
            return False
        self.wal_watch.close()
        self.wal_watch = WalWatch(path)
        self._changes_at_backup = self._changes()
        return True

    def _show_store_problem(self, text: str) -> None:
        self.store_problem = text
        for w in self.main_windows():
            self._attach(w)  # (a window opened by a session switch may not have it yet)
            w._store_banner.show_problem(text)

    def _on_quit(self) -> None:
        self.flush_all()
        self.timer.stop()
        self.wal_timer.stop()
        if self._start_backup_due:  # quit before the first frame: still made, as before
            self._start_backup_due = False
            self.maybe_backup(force=True, reason="start")
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.check_wal()
        self.wal_watch.close()
        if self._changes() != self._changes_at_backup:
            try:
                self.store.backup_to(self.data_dir, reason="close")
                self._changes_at_backup = self._changes()
            except Exception:  # noqa: BLE001
                pass

    # restore
    def restore_from_backup(self, window=None) -> None:
        window = window or self.window
        items = []
        found = backups.list_backups(self.data_dir)
        for b in found:
            s = backups.backup_summary(b)
            items.append(t("{when} — {notes} notes ({reason})").format(
                when=b.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                notes=s["notes"] if s["notes"] is not None else "?", reason=b.reason))
        if not items:
            QMessageBox.information(window, t("Restore from backup"),
                                    t("There are no backups yet."))
            return
        item, ok = QInputDialog.getItem(window, t("Restore from backup"),
                                        t("Replace the current data with this backup (the "
                                          "current data is backed up first):"),
                                        items, 0, False)
        if not ok:
            return
        chosen = found[items.index(item)]
        self.flush_all()
        if any(getattr(w.capture_panel.autosaver, "dirty", False) for w in self.main_windows()):
            QMessageBox.warning(window, t("Restore from backup"),
                                t("The note box could not be saved first; nothing was "
                                  "restored."))
            return
        from sessionkit.ui.capture.writer import close_writer_for

        self.wal_timer.stop()  # the restore closes the store, and SQLite then removes the -wal
        self.wal_watch.close()
        close_writer_for(self.store)  # its connection must not outlive the file it wrote
        try:
            safety.restore(self.data_dir, chosen.id, opened=self.opened)
        except StoreError as exc:
            QMessageBox.critical(window, t("Restore from backup"),
                                 t("The backup could not be restored: {reason}")
                                 .format(reason=str(exc)))
            restart_app(self.data_dir, self.opened)
            return
        restart_app(self.data_dir, self.opened)


def restart_app(data_dir: Path, opened) -> None:
    """Start afresh on the (restored) data: same process, new program image."""
    try:
        opened.close()  # releases the lock before the new image takes it
    except Exception:  # noqa: BLE001
        pass
    args = [sys.executable, "-m", "sessionkit", "--data-dir", str(data_dir)]
    os.execv(sys.executable, args)


def install(app: QApplication, window, opened, data_dir: Path) -> SafetyController:
    ctl = SafetyController(app, window, opened, data_dir)
    window._safety = ctl  # keep it alive with the window
    if os.environ.get("SESSIONKIT_TEST_TYPING"):
        from sessionkit.ui.safety.hooks import ScriptedTypist

        ctl._typist = ScriptedTypist(window, os.environ["SESSIONKIT_TEST_TYPING"])
    if os.environ.get("SESSIONKIT_TEST_DUMP"):
        from sessionkit.ui.safety.hooks import dump_and_quit

        QTimer.singleShot(300, lambda: dump_and_quit(app, window,
                                                     os.environ["SESSIONKIT_TEST_DUMP"]))
    return ctl
