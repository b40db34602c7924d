"""One running instance per data directory.

An OS file lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<data dir>/sessionkit.lock``; the file holds the owner's PID so that a refused
second instance can say who holds it. The OS drops the lock when its process
dies, however it dies (SIGKILL, power-off of the process tree), so a stale lock
left by a crash is recovered automatically: the file may still exist and still
name the dead PID, but nobody holds the lock on it.

On POSIX the data folder itself is locked too: a file can be replaced under a
running app (copied or synced over), the folder that holds the data cannot, so a
second instance is kept out even then. The lock file is opened without following
symlinks, must be a regular file, and is only trusted if it is still the file at
its path once locked.

Qt-free, so the CLI uses the same lock as the app. Read-only CLI commands do not
need it.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from sessionkit.store.db import StoreError

LOCK_FILENAME = "sessionkit.lock"
_WIN_LOCK_OFFSET = 1 << 20  # Windows locks a byte range; lock one far past the PID text
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a symlinked lock file would truncate its target
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO or device put there must not hang us


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
    try:  # a few bytes, never through a symlink: whatever is there, reading it is harmless
        fd = os.open(Path(data_dir) / LOCK_FILENAME, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return None
    try:
        text = os.read(fd, 64).decode("ascii", errors="replace")
    except OSError:
        return None
    finally:
        os.close(fd)
    first = text.strip().split()[:1]
    try:
        return int(first[0]) if first else None
    except ValueError:
        return None


_ATTEMPTS = 5  # the lock file replaced between open and lock this many times: refuse


class InstanceLock:
    """``with InstanceLock(data_dir):`` or ``acquire()`` / ``release()``."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._fd: int | None = None
        self._dir_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if free; False if another process (or another handle) holds it.

        Two locks are taken: one on the data folder itself (POSIX), which no export or
        sync tool can replace with a file, and one on the lock file, which also holds
        the PID and is the only one on Windows. The lock file is never followed
        through a symlink, and it is only trusted when the file locked is still the
        one at its path (it may be replaced between the open and the lock)."""
        if self._fd is not None:
            return True
        dir_fd = self._lock_folder()
        if dir_fd is False:
            return False
        try:
            fd = self._lock_file()
        except BaseException:
            self._close_folder(dir_fd)
            raise
        if fd is None:
            self._close_folder(dir_fd)
            return False
        self._fd, self._dir_fd = fd, dir_fd
        try:  # best effort: the PID is for messages only, the lock is what counts
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            os.fsync(fd)
        except OSError:
            pass
        return True

    def _lock_folder(self):
        """An fd holding the folder's lock; None where folders cannot be locked (Windows,
        some network disks): the lock file alone counts there; False if another holds it."""
        if sys.platform == "win32" or not hasattr(os, "O_DIRECTORY"):  # pragma: no cover
            return None
        import fcntl

        try:
            dir_fd = os.open(self.data_dir, os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC)
        except OSError:
            return None  # the lock file's own open says what is wrong with the folder
        try:
            fcntl.flock(dir_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            os.close(dir_fd)
            return False
        except OSError:  # ENOLCK, EINVAL: this file system does not lock folders
            os.close(dir_fd)
            return None
        return dir_fd

    @staticmethod
    def _close_folder(dir_fd) -> None:
        if isinstance(dir_fd, int) and not isinstance(dir_fd, bool):
            try:
                _unlock(dir_fd)
            finally:
                os.close(dir_fd)

    def _lock_file(self) -> int | None:
        """The locked lock file's fd; None if another holds it."""
        for _ in range(_ATTEMPTS):
            try:
                # No O_TRUNC: the PID of the holder stays readable until we hold the lock.
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _NONBLOCK,
                             0o644)
            except OSError as exc:
                if os.path.islink(self.path):
                    raise LockUnavailableError(
                        f"the lock file {self.path} is a symbolic link, which SessionKit "
                        "does not follow; remove it") from exc
                raise LockUnavailableError(
                    exc.errno, f"cannot create the lock file {self.path}: {exc.strerror}"
                ) from exc
            try:
                st = os.fstat(fd)
                if not stat.S_ISREG(st.st_mode):
                    raise LockUnavailableError(
                        f"the lock file {self.path} is not a regular file; remove it")
                if not _try_lock(fd):
                    os.close(fd)
                    return None
                try:
                    now = os.stat(self.path, follow_symlinks=False)
                except FileNotFoundError:
                    now = None
            except BaseException:
                os.close(fd)
                raise
            if now is not None and (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino):
                return fd
            # Replaced (or removed) between our open and our lock: the file we hold is
            # no longer the one others open. Let go and try the one there now.
            try:
                _unlock(fd)
            finally:
                os.close(fd)
        raise LockUnavailableError(
            f"the lock file {self.path} keeps being replaced by something else; "
            "stop whatever writes into the data folder and try again")

    def still_held(self) -> bool:
        """True while the file at the lock's path is the one this lock holds (a file
        copied or synced over it would let another instance in)."""
        if self._fd is None:
            return False
        try:
            a, b = os.fstat(self._fd), os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)

    def acquire(self) -> "InstanceLock":
        if not self.try_acquire():
            raise InstanceLockedError(self.data_dir, read_owner_pid(self.data_dir))
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        dir_fd, self._dir_fd = self._dir_fd, None
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
            self._close_folder(dir_fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # pragma: no cover - safety net
        try:
            self.release()
        except Exception:
            pass
