"""Opening the data directory safely: lock, health check, backups, restore.

The one path by which the CLI and the app open their data:

1. the data folder is created if needed (a read-only folder gives a clear error);
2. writers take the single-instance lock (``store.lock``); readers take it if it
   is free, and otherwise read through a read-only connection, changing nothing;
3. the file is checked before anything writes to it (``store.health``): a file
   from a newer SessionKit is refused untouched, a damaged one is moved aside and
   the user is told which backup to restore — an empty file never silently takes
   its place;
4. a backup is made before a migration, and at start when the newest is old.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.store import Store, StoreError
from sessionkit.store import backup as backups
from sessionkit.store.db import DB_FILENAME, SCHEMA_VERSION, connect
from sessionkit.store.health import (
    DamagedDatabaseError,
    check_database,
    closed_cleanly,
    mark_clean_close,
    move_aside,
    newer_error,
    note_ids_in_file,
    schema_version,
    set_aside_orphan_journals,
)
from sessionkit.store.lock import (
    InstanceLock,
    InstanceLockedError,
    LockUnavailableError,
)
from sessionkit.store.store import read_only_store

__all__ = ["DataDirError", "DamagedDatabaseError", "InstanceLockedError", "Opened",
           "open_data", "restore", "describe_write_error"]


class DataDirError(StoreError):
    """The data folder cannot be used for writing (read-only, missing permissions…)."""


@dataclass
class Opened:
    store: Store
    lock: InstanceLock | None  # None: opened read-only while another instance runs
    read_only: bool = False
    backup: backups.BackupInfo | None = None
    seeded: list[str] = field(default_factory=list)
    seed_errors: list[str] = field(default_factory=list)
    # a backup made while the app ran or at its close holding notes the data file lacks
    ahead: "BackupAhead | None" = None

    @property
    def errors(self) -> list[str]:  # the same shape as services.sessions.SeedResult
        return self.seed_errors

    def close(self) -> None:
        try:
            self.store.close()
            if self.lock is not None and not self.read_only:
                # still holding the lock: nothing else can have written since
                mark_clean_close(self.store.path)
        finally:
            if self.lock is not None:
                self.lock.release()


def _check(data_dir: Path, can_move: bool, closed_clean: bool = False) -> str:
    """Health-check the data file; raise for newer/damaged. Returns the status."""
    path = data_dir / DB_FILENAME
    health = check_database(path, closed_clean=closed_clean)
    if health.status == "newer":
        raise newer_error(path, health.version or 0)
    if health.status == "empty" and backups.list_backups(data_dir):
        # an empty file where a database with backups was: a truncation, not a new start
        health.status, health.reason = "damaged", "the file is empty (0 bytes)"
    if health.status == "unreadable":
        raise StoreError(f"the data file {path} cannot be read ({health.reason}); "
                         "nothing was changed")
    if health.status == "damaged":
        good = backups.newest_good_backup(data_dir)
        moved = move_aside(path) if can_move else None
        raise DamagedDatabaseError(path, health.reason, moved, good.id if good else None)
    return health.status


def _read_only_store(data_dir: Path) -> Store:
    return read_only_store(data_dir / DB_FILENAME)


def open_data(data_dir: Path, *, write: bool = True, seed: bool = True,
              start_backup: bool | float = True) -> Opened:
    """Open the data directory. *start_backup*: True to back up always, a number of
    seconds to back up only when the newest backup is older than that, False never."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot create the data folder {data_dir}: "
                           f"{exc.strerror or exc}") from exc
    lock = InstanceLock(data_dir)
    try:
        got = lock.try_acquire()
    except LockUnavailableError as exc:
        if write:
            raise DataDirError(_cannot_write(data_dir, exc)) from exc
        got = False
    if not got:
        if write:
            lock.acquire()  # raises InstanceLockedError naming the PID
        _check(data_dir, can_move=False)
        return Opened(_read_only_store(data_dir), None, read_only=True)
    try:
        set_aside_orphan_journals(data_dir / DB_FILENAME)
        # the full check only after a crash or a change since the last clean close; the
        # marker goes now, so it vouches for one start only
        clean = closed_cleanly(data_dir / DB_FILENAME, forget=True)
        status = _check(data_dir, can_move=True, closed_clean=clean)
        path = data_dir / DB_FILENAME
        made = None
        if status == "ok":
            version = schema_version(path)
            if version < SCHEMA_VERSION:
                made = backups.create_backup(data_dir, reason=f"before-migration-v{version}")
        try:
            db = connect(path)
        except StoreError as exc:
            cause = exc.__cause__
            if isinstance(cause, sqlite3.Error):
                if not write and status == "ok":
                    # a full disk or a read-only file: reading must still work (a list,
                    # a report), through a connection that writes nothing
                    lock.release()
                    return Opened(_read_only_store(data_dir), None, read_only=True)
                raise DataDirError(describe_write_error(cause, data_dir)) from exc
            raise
        store = Store(db, path)
        opened = Opened(store, lock)
        if seed:
            from sessionkit.services.sessions import seed_bundled_sessions

            result = seed_bundled_sessions(store)
            opened.seeded, opened.seed_errors = result.loaded, result.errors
        try:  # before the start backup: it would copy what is left and hide the loss
            opened.ahead = backup_ahead_of_data(data_dir, store)
        except Exception:  # noqa: BLE001 - a warning only: never stops the work
            opened.ahead = None
        if made is None and start_backup is not False:
            newest = backups.list_backups(data_dir)[:1]
            age = (datetime.now(timezone.utc) - newest[0].created).total_seconds() \
                if newest else None
            if start_backup is True or age is None or age >= float(start_backup):
                try:
                    made = store.backup_to(data_dir, reason="start")
                except backups.BackupError:
                    made = None  # a backup failure must not stop the work; the app says so
        opened.backup = made
        return opened
    except BaseException:
        lock.release()
        raise


# backups the app makes from its own connection while it runs and at close: what the
# user last saw. "start", "before-restore" (and the CLI's "start") copy the data file
# as it is now, so one of them made later means the loss was already seen or chosen.
_RUNNING_REASONS = ("auto", "close", "wal-lost")
_SETTLED_REASONS = ("start", "before-restore")


@dataclass
class BackupAhead:
    backup: backups.BackupInfo
    missing: int  # notes in the backup that the data file does not have


def backup_ahead_of_data(data_dir: Path, store: Store) -> BackupAhead | None:
    """The newest backup the app made while running or at close, when it holds notes
    the data file does not: the data file lost its journal (a deleted -wal) or went
    back in time. Notes are never removed from the data file (deleting one only marks
    it), so a note ID missing from it is a lost note."""
    candidate = None
    for b in backups.list_backups(data_dir):  # newest first
        if b.reason in _SETTLED_REASONS:
            return None
        if b.reason in _RUNNING_REASONS:
            candidate = b
            break
    if candidate is None:
        return None
    saved = note_ids_in_file(candidate.path)
    if not saved:
        return None
    have = store.notes.all_ids()
    missing = len(saved - have)
    return BackupAhead(candidate, missing) if missing else None


def restore(data_dir: Path, backup_id: str, opened: Opened | None = None) -> tuple[
        backups.BackupInfo, backups.BackupInfo | None, Path | None]:
    """Restore a backup: a safety backup of the current file first, then the restore.

    Returns (restored, safety backup or None, damaged file moved aside or None).
    Takes the instance lock unless *opened* (which holds it) is given; *opened*'s
    store is closed, the caller reopens.
    """
    data_dir = Path(data_dir)
    info = backups.find_backup(data_dir, backup_id)
    # refused before the safety backup: a refused restore leaves no trace
    backups.check_restorable(info)
    lock = None
    if opened is not None:
        if opened.lock is None:
            raise InstanceLockedError(data_dir, None)
        opened.store.close()
    else:
        lock = InstanceLock(data_dir)
        try:
            lock.acquire()
        except LockUnavailableError as exc:
            raise DataDirError(_cannot_write(data_dir, exc)) from exc
    try:
        path = data_dir / DB_FILENAME
        health = check_database(path)
        safety = moved = None
        if health.status == "newer":
            raise newer_error(path, health.version or 0)
        if health.status == "ok":
            safety = backups.create_backup(data_dir, reason="before-restore", prune_after=False)
        elif health.status == "damaged" or (health.status == "empty"):
            moved = move_aside(path)
        backups.restore_into(data_dir, info)
        # reopen once so an older backup is migrated now, under the lock
        connect(path).close()
        backups.prune(data_dir)
        return info, safety, moved
    finally:
        if lock is not None:
            lock.release()


def _cannot_write(data_dir: Path, exc: OSError) -> str:
    if exc.errno == errno.EROFS:
        why = "it is on a read-only disk"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        why = "it is read-only for you: permission denied"
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        why = "the disk is full"
    else:
        why = os.strerror(exc.errno) if exc.errno else str(exc)
    return f"cannot write to the data folder {data_dir} ({why}); nothing was changed"


_WRITE_ERRORS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the data folder is read-only",
    "SQLITE_CANTOPEN": "the data file cannot be opened for writing",
    "SQLITE_PERM": "permission to write the data folder was refused",
}


def describe_write_error(exc: BaseException, data_dir: Path | None = None) -> str:
    """One sentence a user understands, for a failed write."""
    where = f" ({data_dir})" if data_dir else ""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, text in _WRITE_ERRORS.items():
            if name.startswith(prefix):
                return f"could not save: {text}{where}"
        if name.startswith("SQLITE_IOERR"):
            return (f"could not save: the disk could not be written — it may be full or "
                    f"removed{where}")
        msg = str(exc).lower()
        if "disk is full" in msg:
            return f"could not save: the disk is full{where}"
        if "readonly" in msg or "read-only" in msg:
            return f"could not save: the data folder is read-only{where}"
        return f"could not save: {exc}{where}"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return f"could not save: the disk is full{where}"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return f"could not save: the data folder is read-only{where}"
        return f"could not save: {exc.strerror or exc}{where}"
    return f"could not save: {exc}{where}"
