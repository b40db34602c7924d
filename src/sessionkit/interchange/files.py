"""Writing export files safely: where they may go, and how they get there.

:func:`check_destination` is the one guard every export (report, package, calendar;
CLI and app alike) passes before writing: it refuses a destination inside
SessionKit's data folder (the data file, its journal, the lock file, the backups:
replacing any of them makes the next start find a "damaged" store) and an existing
destination that is not a regular file (a folder, a device such as ``/dev/null``, a
pipe): renaming over those replaces them, even as root.

:func:`write_atomic` (or :func:`temp_beside` then :func:`commit_temp` for exports
written in steps) writes a temp file beside the target, fsyncs it and renames it
into place: a reader (or a file-sync tool) sees either the old file or the complete
new one, never half of it. Temp names start with ``.`` and end with
:data:`TEMP_SUFFIX` (``.partial``), which sync tools such as Syncthing and Nextcloud
can be told to ignore. The finished file gets the usual mode (0666 less the umask,
0644 typically), whatever the format.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".partial"

# A folder holding one of these is a SessionKit data folder (names from store/, kept
# here as text so that writing a file never imports the store).
_DATA_FILE_NAMES = ("sessionkit.db", "sessionkit.lock")
_JOURNAL_SUFFIXES = ("", "-wal", "-shm", "-journal")
_BACKUP_DIRNAME = "backups"


class ExportError(OSError):
    pass


class DestinationRefused(ExportError):
    """The destination is one of SessionKit's own files or not a regular file.

    ``str(exc)`` is one sentence for the user, naming the path."""


def store_folder(store) -> Path | None:
    """The data folder of an open store (None for a store without a file)."""
    path = getattr(store, "path", None)
    return Path(path).parent if path else None


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them is missing: compare the resolved spellings
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _looks_like_data_folder(folder: Path) -> bool:
    # A folder SessionKit has run on has its lock file (never deleted) or the data file
    # with its backups; a stray copy of sessionkit.db in Documents is not enough.
    return (os.path.lexists(folder / "sessionkit.lock")
            or ((folder / "sessionkit.db").is_file() and (folder / _BACKUP_DIRNAME).is_dir()))


def _in_data_folder(path: Path, data_dir: Path | None) -> bool:
    # Both the path as spelled and as resolved (symlinks, "..") are walked up, and each
    # folder is compared with the data folder by inode, so no spelling slips through.
    real = Path(os.path.realpath(path))
    if data_dir is not None:
        for candidate in (path, real):
            if any(_same(folder, data_dir) for folder in (candidate, *candidate.parents)):
                return True
    # Another SessionKit data folder (another --data-dir) is just as precious, and so is
    # a data file, journal or lock file beside a data file anywhere.
    parent = real.parent
    own_names = {"sessionkit.lock", *("sessionkit.db" + s for s in _JOURNAL_SUFFIXES)}
    if real.name in own_names and (parent / "sessionkit.db").exists():
        return True
    if _looks_like_data_folder(real) or _looks_like_data_folder(parent):
        return True
    if parent.name == _BACKUP_DIRNAME and _looks_like_data_folder(parent.parent):
        return True
    if data_dir is not None:  # a hard link to the data file or the lock file
        for name in _DATA_FILE_NAMES:
            for suffix in _JOURNAL_SUFFIXES if name.endswith(".db") else ("",):
                own = Path(data_dir) / (name + suffix)
                if own.exists() and path.exists() and _same(path, own):
                    return True
    return False


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def check_destination(path: Path | str, data_dir: Path | str | None = None,
                      what: str = "file") -> Path:
    """Refuse (DestinationRefused, one sentence) a destination SessionKit must not
    replace; return the path made absolute. *what* names the export in the message
    ("report", "package", "calendar"). Folders that do not exist are left to the
    writer to report."""
    path = Path(path).expanduser().absolute()
    data = Path(data_dir).expanduser().absolute() if data_dir else None
    choose = f"choose another place for the {what}."
    if data is not None and _same(path, data):
        raise DestinationRefused(f"Refused: {path} is SessionKit's data folder; {choose}")
    if _in_data_folder(path, data):
        raise DestinationRefused(
            f"Refused: {path} is inside SessionKit's data folder; {choose}")
    try:
        st = os.stat(path)  # follows a symlink: a link to /dev/null is a device
    except OSError:
        st = None  # missing (or unreadable): the write itself says what is wrong
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise DestinationRefused(
            f"Refused: {path} is {_kind(st.st_mode)}, not a file; {choose}")
    return path


def default_mode() -> int:
    """0666 less the umask: the mode a new file normally gets (0644 typically)."""
    try:  # read without changing it: os.umask() would race other threads' files
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# Temp files made and not yet committed or discarded: a SIGTERM can land between the
# temp file's creation and the caller holding its name, so whoever handles the signal
# removes these (discard_pending) instead of trusting every caller's ``finally``.
_PENDING: set[Path] = set()
_PENDING_LOCK = threading.Lock()


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGTERM and SIGHUP wait (on this thread) until the block is over."""
    held = {getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)}
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or not held:  # Windows: no signal masks
        yield
        return
    previous = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def temp_beside(path: Path) -> Path:
    """A new empty temp file in the destination's folder (remove it if not committed)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: the folder does not exist")
    with _signals_held():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
        with _PENDING_LOCK:
            _PENDING.add(Path(tmp))
    os.close(fd)
    return Path(tmp)


def discard_pending() -> None:
    """Remove every temp file made here and not yet committed (a signal's way out)."""
    with _PENDING_LOCK:
        pending = list(_PENDING)
    for tmp in pending:
        discard(tmp)


def commit_temp(tmp: Path, path: Path, data_dir: Path | str | None = None,
                what: str = "file") -> Path:
    """Flush *tmp* to disk, give it the usual mode and rename it over *path*; the
    destination is checked again just before (the disk may have changed since)."""
    check_destination(path, data_dir, what)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.chmod(tmp, default_mode())
    os.replace(tmp, path)
    with _PENDING_LOCK:
        _PENDING.discard(Path(tmp))
    _fsync_folder(Path(path).parent if str(Path(path).parent) else Path("."))
    return Path(path)


def discard(tmp: Path | None) -> None:
    if tmp is None:
        return
    try:
        os.unlink(tmp)
    except OSError:
        pass
    with _PENDING_LOCK:
        _PENDING.discard(Path(tmp))


def write_atomic(path: Path, data: bytes, data_dir: Path | str | None = None,
                 what: str = "file") -> Path:
    path = Path(path)
    check_destination(path, data_dir, what)
    tmp = temp_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        return commit_temp(tmp, path, data_dir, what)
    except BaseException:  # an error, Ctrl+C, SIGTERM (the CLI turns it into SystemExit)
        discard(tmp)
        raise


def _fsync_folder(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
