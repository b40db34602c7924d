"""One running instance per data directory.

An OS file lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<data dir>/sessionkit.lock``; the file holds the owner's PID so that a refused
second instance can say who holds it. The OS drops the lock when its process
dies, however it dies (SIGKILL, power-off of the process tree), so a stale lock
left by a crash is recovered automatically: the file may still exist and still
name the dead PID, but nobody holds the lock on it.

Qt-free, so the CLI uses the same lock as the app. Read-only CLI commands do not
need it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sessionkit.store.db import StoreError

LOCK_FILENAME = "sessionkit.lock"
_WIN_LOCK_OFFSET = 1 << 20  # Windows locks a byte range; lock one far past the PID text


class InstanceLockedError(StoreError):
    """Another SessionKit process holds this data directory."""

    def __init__(self, data_dir: Path, pid: int | None):
        self.data_dir = Path(data_dir)
        self.pid = pid
        who = f"process {pid}" if pid else "another process"
        super().__init__(
            f"SessionKit is already running on {self.data_dir} ({who}); "
            "close it first, or use a read-only command")


class LockUnavailableError(OSError):
    """The lock file could not even be created (e.g. a read-only data folder)."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def read_owner_pid(data_dir: Path) -> int | None:
    """The PID written in the lock file (it may be stale: the lock says who is alive)."""
    try:
        text = (Path(data_dir) / LOCK_FILENAME).read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    first = text.strip().split()[:1]
    try:
        return int(first[0]) if first else None
    except ValueError:
        return None


class InstanceLock:
    """``with InstanceLock(data_dir):`` or ``acquire()`` / ``release()``."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if free; False if another process (or another handle) holds it."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LockUnavailableError(
                exc.errno, f"cannot create the lock file {self.path}: {exc.strerror}") from exc
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        try:  # best effort: the PID is for messages only, the lock is what counts
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            os.fsync(fd)
        except OSError:
            pass
        return True

    def acquire(self) -> "InstanceLock":
        if not self.try_acquire():
            raise InstanceLockedError(self.data_dir, read_owner_pid(self.data_dir))
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)  # no PID left behind once we are gone
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # pragma: no cover - safety net
        try:
            self.release()
        except Exception:
            pass
