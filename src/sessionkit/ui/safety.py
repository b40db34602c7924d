"""The app's side of "never lose a note": start-up checks with dialogs, save failures,
backups while running, restore from a backup, logout/SIGTERM flushing.

The logic lives in services/safety.py and store/ (Qt-free); this module only asks
the user and wires Qt signals:

- ``open_data_for_gui``: the single-instance lock (a second start is refused with a
  dialog that can bring the running window forward), a damaged file (moved aside;
  restore the newest good backup is offered), a newer file, an unwritable folder;
- ``install``: flush on ``commitDataRequest`` (logout) and quit, a backup every few
  minutes while something changed and one at close, a banner when the draft
  cannot be saved (the text stays in the box, offered for copy or save-as, and
  saving is retried until it succeeds), Help → Restore from backup….

Test hooks (environment variables, used by tests/e2e/test_crash_recovery.py and
scripts/soak_crash.py; they do nothing unless set):
``SESSIONKIT_TEST_TYPING`` (a JSON typing script), ``SESSIONKIT_TEST_DUMP`` (write
what the window shows as JSON, then quit), ``SESSIONKIT_TEST_DIALOGS`` (log dialogs
to a file and answer them with ``SESSIONKIT_TEST_ANSWER``, a button index).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sessionkit.interchange.files import check_destination
from sessionkit.services import safety
from sessionkit.store import NewerSchemaError, StoreError
from sessionkit.store import backup as backups
from sessionkit.store.db import DB_FILENAME

BACKUP_CHECK_MS = 60_000
BACKUP_INTERVAL_S = 180.0
WAL_CHECK_MS = 5_000  # an fstat: cheap; a deleted -wal is noticed within seconds


def t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


# -- a PySide6 reference-count bug that kills the app on Python < 3.12 --------------

def guard_none_refcount() -> bool:
    """PySide6 6.12 on CPython 3.11 drops a reference to ``None`` on every call of a
    method that returns nothing (e.g. ``QTreeWidgetItem.setText``); after a few
    thousand calls ``None`` is "deallocated" and the interpreter aborts (Fatal Python
    error: none_dealloc) — a crash every minute or two with the live panel open.
    Python 3.12 made ``None`` immortal; here we do the same by giving it a reference
    count it can never exhaust. Returns True when the guard was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    if refcnt.value < (1 << 40):
        refcnt.value += 1 << 50
    return True


# -- dialogs (one function, so tests can see and answer them) -----------------------

def ask(icon: QMessageBox.Icon, title: str, text: str, buttons: list[str],
        parent: QWidget | None = None, default: int = 0) -> int:
    """Show a message with the given buttons; returns the index of the one clicked
    (the last one — the safe way out — when the dialog is closed)."""
    log = os.environ.get("SESSIONKIT_TEST_DIALOGS")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"title": title, "text": text, "buttons": buttons},
                               ensure_ascii=False) + "\n")
        return int(os.environ.get("SESSIONKIT_TEST_ANSWER", len(buttons) - 1))
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    made = [box.addButton(b, QMessageBox.ButtonRole.AcceptRole if i == 0
                          else QMessageBox.ButtonRole.RejectRole if i == len(buttons) - 1
                          else QMessageBox.ButtonRole.ActionRole)
            for i, b in enumerate(buttons)]
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[-1])
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else len(buttons) - 1


# -- one instance: bring the running one forward ------------------------------------

SOCKET_PATH_MAX = 100  # sockaddr_un holds 104-108 bytes, with the terminating NUL


def _our_folder(folder: Path, private: bool) -> bool:
    """*folder* exists (created 0700 if not) and is ours; *private*: only ours, so a
    socket there cannot be reached or replaced by another user. The data folder's own
    permissions are the user's choice and are left alone."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
            return False
        if private and stat.S_IMODE(st.st_mode) & 0o077:
            os.chmod(folder, 0o700)
        return True
    except OSError:
        return False


def _runtime_folder() -> Path | None:
    """The user's runtime folder for SessionKit, or None where there is none: without
    XDG_RUNTIME_DIR platformdirs falls back to /tmp, which SessionKit does not write."""
    if os.name != "posix":
        return None
    if sys.platform != "darwin" and not os.environ.get("XDG_RUNTIME_DIR"):
        return None
    import warnings

    import platformdirs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir("SessionKit", appauthor=False))


def server_name(data_dir: Path) -> str | None:
    """The single-instance socket: in the runtime folder, else in the data folder —
    never /tmp. None when neither gives a path short enough for a socket."""
    data_dir = Path(data_dir)
    digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    if os.name != "posix":
        return f"sessionkit-{digest}"  # a named pipe, not a file
    runtime = _runtime_folder()
    candidates = []
    if runtime is not None:
        candidates.append((runtime, f"sk-{digest}", True))  # one per data folder
    candidates.append((data_dir, ".sessionkit.sock", False))
    for folder, name, private in candidates:
        path = folder / name
        if len(os.fsencode(str(path))) <= SOCKET_PATH_MAX and _our_folder(folder, private):
            return str(path)
    return None


def _poke_running_instance(data_dir: Path) -> bool:
    """Ask the running app (through a local socket, never the network) to show itself."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    if name is None:
        return False
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(500):
        return False
    sock.write(b"raise\n")
    sock.waitForBytesWritten(500)
    sock.disconnectFromServer()
    return True


class _RaiseServer(QObject):
    def __init__(self, data_dir: Path, window: QWidget):
        super().__init__(window)
        from PySide6.QtNetwork import QLocalServer

        self.window = window
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        if name is None:  # only a convenience: a second start is refused either way
            return
        QLocalServer.removeServer(name)  # a stale socket of a crashed run (we hold the lock)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if self.server.listen(name):
            self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        conn = self.server.nextPendingConnection()
        if conn is None:
            return
        conn.disconnected.connect(conn.deleteLater)
        w = self.window
        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized)
                         | Qt.WindowState.WindowActive)
        w.show()
        w.raise_()
        w.activateWindow()


# -- start-up -------------------------------------------------------------------------

def open_data_for_gui(data_dir: Path, parent: QWidget | None = None):
    """``services.safety.Opened``, or None when the app must not start (the user was told)."""
    guard_none_refcount()
    data_dir = Path(data_dir)
    title = t("SessionKit cannot start")
    chose = False  # the user already chose what to start with (a damaged file)
    while True:
        try:
            # the start backup runs on a thread once the window is up (see install)
            opened = safety.open_data(data_dir, write=True, start_backup=False)
        except safety.InstanceLockedError as exc:
            who = (t("process {pid}").format(pid=exc.pid) if exc.pid
                   else t("another process"))
            text = t("SessionKit is already running with this data folder ({who}):\n{folder}"
                     "\n\nOnly one SessionKit at a time may write the notes of a data folder, "
                     "so this one will not start.").format(who=who, folder=str(data_dir))
            if ask(QMessageBox.Icon.Information, t("SessionKit is already running"), text,
                   [t("Bring it forward"), t("Close")], parent) == 0:
                _poke_running_instance(data_dir)
            return None
        except safety.DamagedDatabaseError as exc:
            good = backups.find_backup(data_dir, exc.backup_id) if exc.backup_id else None
            text = t("The data file is damaged ({reason}).\n\nIt was moved aside to {moved} "
                     "— nothing was deleted.").format(
                reason=exc.reason, moved=str(exc.moved_to) if exc.moved_to else "-")
            if good is not None:
                summary = backups.backup_summary(good)
                text += "\n\n" + t("The newest good backup is from {when} ({notes} notes). "
                                   "Restore it?").format(
                    when=good.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                    notes=summary["notes"] if summary["notes"] is not None else "?")
                buttons = [t("Restore backup"), t("Start with an empty data file"), t("Quit")]
            else:
                text += "\n\n" + t("There is no good backup to restore.")
                buttons = [t("Start with an empty data file"), t("Quit")]
            choice = ask(QMessageBox.Icon.Warning, t("The data file is damaged"), text,
                         buttons, parent)
            if choice == len(buttons) - 1:
                return None
            if good is not None and choice == 0:
                try:
                    safety.restore(data_dir, good.id)
                except StoreError as err:
                    ask(QMessageBox.Icon.Critical, title,
                        t("The backup could not be restored: {reason}").format(reason=str(err)),
                        [t("Quit")], parent)
                    return None
            chose = True
            continue  # open again: restored, or a new empty file the user asked for
        except NewerSchemaError as exc:
            ask(QMessageBox.Icon.Critical, title,
                t("This data file was written by a newer SessionKit and was left untouched. "
                  "Update SessionKit to open it.\n\n{reason}").format(reason=str(exc)),
                [t("Quit")], parent)
            return None
        except (StoreError, OSError) as exc:
            ask(QMessageBox.Icon.Critical, title,
                t("The data could not be opened:\n\n{reason}").format(reason=str(exc)),
                [t("Quit")], parent)
            return None
        if chose or opened.ahead is None:
            return opened
        chose = True  # asked once: restored or not, the next open does not ask again
        if not _offer_backup_ahead(data_dir, opened, parent):
            return opened
        # the store was closed for the restore: open again


def _offer_backup_ahead(data_dir: Path, opened, parent: QWidget | None) -> bool:
    """A backup holds notes the data file lost: say so, offer it. True: restored (the
    store is closed and the lock released; open again)."""
    ahead = opened.ahead
    text = t("The backup from {when} holds {count} notes that are missing from the data "
             "file (its journal, sessionkit.db-wal, was probably deleted).").format(
        when=ahead.backup.local_time.strftime("%Y-%m-%d %H:%M:%S"), count=ahead.missing)
    text += "\n\n" + t("Restore that backup? The data file as it is now is backed up "
                        "first.")
    choice = ask(QMessageBox.Icon.Warning, t("Notes are missing from the data file"), text,
                 [t("Restore the backup"), t("Keep the data file as it is")], parent)
    if choice != 0:
        return False
    try:
        safety.restore(data_dir, ahead.backup.id, opened=opened)
    except StoreError as err:
        ask(QMessageBox.Icon.Critical, t("Restore from backup"),
            t("The backup could not be restored: {reason}").format(reason=str(err)),
            [t("Continue")], parent)
    opened.close()
    return True


# -- while running ------------------------------------------------------------------------

class SaveProblemBanner(QWidget):
    """Shown above the note box while the draft cannot be saved."""

    def __init__(self, get_text, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#saveProblem { background: #FDECEA; border: 1px solid #B3261E;"
                           " border-radius: 4px; } #saveProblemText { color: #8C1D18;"
                           " font-weight: bold; }")
        self._get_text = get_text
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("saveProblemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.copy_button = QPushButton(t("Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        row.addWidget(self.copy_button)
        self.save_as_button = QPushButton(t("Save as…"))
        self.save_as_button.clicked.connect(self.save_as)
        row.addWidget(self.save_as_button)
        self.hide()

    def show_problem(self, reason: str) -> None:
        self.label.setText(t("Not saved — {reason}. Your text is still here; saving is "
                             "retried every few seconds.").format(reason=reason))
        self.show()

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self._get_text())

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, t("Save the note box text"),
                                              str(Path.home() / "SessionKit-unsaved-note.txt"),
                                              t("Text (*.txt)"))
        if not path:
            return
        try:
            check_destination(path, None, "text")  # not over the data file, nor a FIFO
            Path(path).write_text(self._get_text(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, t("Not saved"),
                                t("{path} could not be written: {reason}")
                                .format(path=path, reason=exc.strerror or str(exc)))


class StoreProblemBanner(QWidget):
    """Shown above the note box of every window when the data file itself is in danger
    (its -wal was deleted): one sentence. Dismissed by the user; shown again at each
    check while the danger lasts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storeProblem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#storeProblem { background: #FDECEA; border: 1px solid #B3261E;"
                           " border-radius: 4px; } #storeProblemText { color: #8C1D18;"
                           " font-weight: bold; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("storeProblemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.dismiss_button = QPushButton(t("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        row.addWidget(self.dismiss_button)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.label.setText(text)
        self.show()


def confirm_close_unsaved(window, exc) -> bool:
    """The note box could not be saved while closing: keep the window open (the default),
    save the text to a file of the user's choice, or quit without it. True: close."""
    text = window.capture_panel.edit.toPlainText()
    reason = safety.describe_write_error(exc).removeprefix("could not save: ")
    while True:
        choice = ask(QMessageBox.Icon.Warning, t("The note box is not saved"),
                     t("The note box could not be saved ({reason}). Its text is still in "
                       "the window.\n\nKeep SessionKit open to retry, or save the text to "
                       "another file first.").format(reason=reason),
                     [t("Save the text as…"), t("Quit without saving"),
                      t("Keep SessionKit open")], window, default=2)
        if choice == 2:
            return False
        if choice == 1:
            QGuiApplication.clipboard().setText(text)  # a last chance: it is on the clipboard
            return True
        path, _ = QFileDialog.getSaveFileName(window, t("Save the note box text"),
                                              str(Path.home() / "SessionKit-unsaved-note.txt"),
                                              t("Text (*.txt)"))
        if not path:
            continue
        try:
            check_destination(path, None, "text")  # not over the data file, nor a FIFO
            Path(path).write_text(text, encoding="utf-8")
            return True
        except OSError as err:
            QMessageBox.warning(window, t("Not saved"),
                                t("{path} could not be written: {reason}")
                                .format(path=path, reason=err.strerror or str(err)))


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
        from sessionkit.ui.writer import StoreWriter, writer_for

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
        self._raise_server = _RaiseServer(self.data_dir, window)
        if opened.backup is None:  # not made while opening: make it now, off the UI thread
            self.maybe_backup(force=True, reason="start")

    @staticmethod
    def main_windows() -> list:
        return [w for w in QApplication.topLevelWidgets()
                if hasattr(w, "capture_panel") and hasattr(w, "flush")]

    def _attach_all(self, *_args) -> None:
        for w in self.main_windows():
            self._attach(w)
            self._raise_server.window = w if w.isVisible() else self._raise_server.window

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
        # the writer thread (ui/writer.py) commits through its own connection: SQLite's
        # data_version tells this connection that another one changed the file
        try:
            conn = self.store.db.conn
            return (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
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
                self.backup_made.emit(backups.create_backup(
                    self.data_dir, source=self.store.db.conn, reason=reason))
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
                self.wal_lost_backup = backups.create_backup(
                    self.data_dir, source=self.store.db.conn, reason="wal-lost",
                    prune_after=False)
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
        from sessionkit.store.health import WalWatch, checkpoint_all, reconnect
        from sessionkit.ui.writer import writer_for

        path = self.data_dir / DB_FILENAME
        if self.store.db.conn.in_transaction:  # (a dialog's event loop inside a write)
            return False
        try:
            if not checkpoint_all(self.store.db.conn):
                return False
            # no frame is left in the deleted file: connections opened from now on
            # agree with the open ones, so each can be replaced by a fresh one
            if not writer_for(self.store).drop_connection():
                return False
            reconnect(self.store.db, path)
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
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.check_wal()
        self.wal_watch.close()
        if self._changes() != self._changes_at_backup:
            try:
                backups.create_backup(self.data_dir, source=self.store.db.conn, reason="close")
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
        from sessionkit.ui.writer import close_writer_for

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
        from sessionkit.ui.safety_hooks import ScriptedTypist

        ctl._typist = ScriptedTypist(window, os.environ["SESSIONKIT_TEST_TYPING"])
    if os.environ.get("SESSIONKIT_TEST_DUMP"):
        from sessionkit.ui.safety_hooks import dump_and_quit

        QTimer.singleShot(300, lambda: dump_and_quit(app, window,
                                                     os.environ["SESSIONKIT_TEST_DUMP"]))
    return ctl
