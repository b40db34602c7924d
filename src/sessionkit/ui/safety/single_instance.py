"""One app per data folder: a second start asks the running one, through a local socket
(a Unix socket; ``QLocalServer`` on Windows; never the network), to bring its window
forward. The lock itself is store/lock.py; this is only the convenience of finding
the window."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget


SOCKET_PATH_MAX = 100  # sockaddr_un holds 104-108 bytes, with the terminating NUL


def _sha1_hex(data: bytes) -> str:
    """``hashlib.sha1(data).hexdigest()``, from CPython's built-in SHA-1 where there is
    one: ``import hashlib`` loads OpenSSL's libcrypto (~4 MB resident, ~4 ms), and this
    name is all the app's start hashes. The same digest either way."""
    try:
        from _sha1 import sha1
    except ImportError:
        from hashlib import sha1
    return sha1(data).hexdigest()


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
    digest = _sha1_hex(str(data_dir.resolve()).encode())[:16]
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


def poke_running_instance(data_dir: Path) -> bool:
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


class _UnixSocketServer(QObject):
    """What RaiseServer needs of ``QLocalServer`` on POSIX, over a Unix socket of
    Python's own watched by a QSocketNotifier: QtNetwork costs ~3 MB of the idle app
    (and ~6 ms) just to learn that a second start knocked. A ``QLocalSocket`` (the
    second start's, ``poke_running_instance``) connects to it as to Qt's: on POSIX both
    are a stream socket at the same path."""

    def __init__(self, parent: QObject, on_connection):
        super().__init__(parent)
        self._on_connection = on_connection
        self._sock = None
        self._notifier = None
        self._name = ""

    def listen(self, name: str) -> bool:
        # _socket, the C module under socket.py: all this needs, without socket.py's
        # enums and wrappers (~1 MB of the idle app)
        import _socket

        from PySide6.QtCore import QSocketNotifier

        try:
            os.unlink(name)  # a stale socket of a crashed run (we hold the lock)
        except FileNotFoundError:
            pass
        except OSError:
            return False
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            sock.bind(name)
            os.chmod(name, 0o700)  # this user only, as QLocalServer's UserAccessOption
            sock.listen(8)
            sock.setblocking(False)
        except OSError:
            sock.close()
            return False
        self._sock, self._name = sock, name
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        # QLocalServer removes its socket file when it goes; so does this one, at quit
        # or with the window (a Python socket object outlives the Qt one otherwise)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        self.parent().destroyed.connect(lambda *_: self.close())
        return True

    def _accept(self, *_args) -> None:
        if self._sock is None:
            return
        knocked = False
        while True:
            try:
                fd, _addr = self._sock._accept()  # socket.accept() without the wrapper
            except OSError:  # BlockingIOError: no one (more) knocking
                break
            os.close(fd)  # the knock is the message: nothing more is read
            knocked = True
        if knocked:
            self._on_connection()

    def isListening(self) -> bool:  # noqa: N802 - QLocalServer's name
        return self._sock is not None

    def fullServerName(self) -> str:  # noqa: N802 - QLocalServer's name
        return self._name

    def close(self) -> None:
        if self._sock is None:
            return
        self._notifier.setEnabled(False)
        self._sock.close()
        self._sock = None
        try:
            os.unlink(self._name)  # as QLocalServer.close() removes its socket file
        except OSError:
            pass


class RaiseServer(QObject):
    def __init__(self, data_dir: Path, window: QWidget):
        super().__init__(window)
        self.window = window
        name = server_name(data_dir)
        if os.name == "posix":
            self.server = _UnixSocketServer(self, self._raise_window)
            if name is not None:  # only a convenience: a second start is refused either way
                self.server.listen(name)
            return
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        if name is None:
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
        self._raise_window()

    def _raise_window(self) -> None:
        w = self.window
        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized)
                         | Qt.WindowState.WindowActive)
        w.show()
        w.raise_()
        w.activateWindow()
