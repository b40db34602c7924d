"""Rotating backups of the data file, made with SQLite's online backup API.

A backup is read through an SQLite connection (``Connection.backup``) into a
temporary file in ``<data dir>/backups``, checked, fsynced and renamed into place
(``os.replace``): a half-written backup never carries a backup's name, and the
live file is never copied byte for byte (that could catch a write half done).

Kept: the newest ``KEEP_LAST``, plus the newest of each of the last ``KEEP_DAYS``
days. A backup's ID is its UTC time, ``YYYYMMDD-HHMMSS-mmm``; commands accept any
unique prefix or ``latest``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sessionkit.store.db import DB_FILENAME, SCHEMA_VERSION, StoreError, open_sqlite
from sessionkit.store.health import check_database, fsync_dir, open_read_only

BACKUP_DIRNAME = "backups"
KEEP_LAST = 10
KEEP_DAYS = 14
_NAME = re.compile(r"^sessionkit-(\d{8}-\d{6}-\d{3})-([a-z0-9-]+)\.db$")


class BackupError(StoreError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created: datetime  # UTC
    reason: str
    size: int

    @property
    def local_time(self) -> datetime:
        return self.created.astimezone()


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def _read_only(path: Path) -> sqlite3.Connection:
    return open_read_only(path)


def _parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        # read by hand: the first strptime of a process imports _strptime and builds
        # its locale regexes (~20 ms of every start, which lists the backups)
        s = m.group(1)  # YYYYmmdd-HHMMSS-fff; an impossible date raises ValueError
        created = datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]),
                           int(s[11:13]), int(s[13:15]), int(s[16:19]) * 1000,
                           tzinfo=timezone.utc)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(m.group(1), path, created, m.group(2), size)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """All backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: b.id, reverse=True)


def find_backup(data_dir: Path, key: str) -> BackupInfo:
    backups = list_backups(data_dir)
    if not backups:
        raise BackupError(f"there are no backups in {backup_dir(data_dir)}")
    key = key.strip()
    if not key:  # an empty prefix matches every backup: never pick one for the user
        raise BackupError("no backup ID was given; `sessionkit backup list` shows them "
                          "(or use latest)")
    if key == "latest":
        return backups[0]
    hits = [b for b in backups if b.id.startswith(key)]
    if not hits:
        raise BackupError(f"no backup with ID {key!r}; `sessionkit backup list` shows them")
    if len(hits) > 1:
        shown = ", ".join(b.id for b in hits[:5]) + (", …" if len(hits) > 5 else "")
        raise BackupError(f"{key!r} matches {len(hits)} backups ({shown}); "
                          "give more of the ID")
    return hits[0]


def _new_id(folder: Path, now: datetime) -> str:
    now = now.astimezone(timezone.utc)
    while True:
        bid = now.strftime("%Y%m%d-%H%M%S-") + f"{now.microsecond // 1000:03d}"
        if not any(folder.glob(f"sessionkit-{bid}-*.db")):
            return bid
        now += timedelta(milliseconds=1)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_backup(data_dir: Path, source: sqlite3.Connection | None = None,
                  reason: str = "manual", now: datetime | None = None,
                  prune_after: bool = True) -> BackupInfo:
    """Back up the data file (through *source*, or a fresh read-only connection)."""
    data_dir = Path(data_dir)
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    folder = backup_dir(data_dir)
    now = now or datetime.now(timezone.utc)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {folder}: {exc.strerror}") from exc
    bid = _new_id(folder, now)
    final = folder / f"sessionkit-{bid}-{reason}.db"
    tmp = folder / f".tmp-{bid}-{os.getpid()}.db"
    own = source is None
    try:
        src = _read_only(data_dir / DB_FILENAME) if own else source
        try:
            dst = open_sqlite(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
                check = dst.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise BackupError(f"the backup did not pass its check ({check})")
            finally:
                dst.close()
        finally:
            if own:
                src.close()
        _fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(folder)
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise BackupError(f"the backup failed: {exc}") from exc
    except OSError as exc:
        _unlink(tmp)
        raise BackupError(f"the backup could not be written to {folder}: "
                          f"{exc.strerror or exc}") from exc
    except BaseException:
        _unlink(tmp)
        raise
    info = _parse(final)
    assert info is not None
    if prune_after:
        prune(data_dir, now=now)
    return info


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[str]:
    """Newest KEEP_LAST, plus the newest of each local day over the last KEEP_DAYS days."""
    ordered = sorted(backups, key=lambda b: b.id, reverse=True)
    keep = {b.id for b in ordered[:KEEP_LAST]}
    today = now.astimezone().date()
    seen_days: set = set()
    for b in ordered:
        day = b.local_time.date()
        if (today - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(b.id)
    return keep


def prune(data_dir: Path, now: datetime | None = None) -> list[BackupInfo]:
    now = now or datetime.now(timezone.utc)
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups, now)
    removed = []
    for b in backups:
        if b.id not in keep:
            _unlink(b.path)
            removed.append(b)
    folder = backup_dir(data_dir)
    for stale in folder.glob(".tmp-*.db") if folder.is_dir() else ():
        try:  # left by a crash mid-backup
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
        except OSError:
            pass
    return removed


def backup_summary(info: BackupInfo) -> dict:
    """What a backup holds, read without changing it: schema version and counts."""
    out = {"id": info.id, "created": info.created.isoformat(), "reason": info.reason,
           "size": info.size, "ok": False, "version": None, "sessions": None, "notes": None}
    try:
        conn = _read_only(info.path)
    except sqlite3.Error:
        return out
    try:
        out["version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        out["ok"] = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        for table in ("sessions", "notes"):
            try:
                out[table] = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            except sqlite3.Error:
                pass
    except sqlite3.Error:
        out["ok"] = False
    finally:
        conn.close()
    return out


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for b in list_backups(data_dir):
        s = backup_summary(b)
        if s["ok"] and s["version"] is not None and s["version"] <= SCHEMA_VERSION:
            return b
    return None


def check_restorable(info: BackupInfo) -> dict:
    """Raise BackupError when *info* cannot be restored (damaged, newer); else its summary.
    Called before anything is written, so a refused restore changes nothing."""
    summary = backup_summary(info)
    if not summary["ok"]:
        raise BackupError(f"backup {info.id} is damaged; choose another one")
    if summary["version"] is not None and summary["version"] > SCHEMA_VERSION:
        raise BackupError(f"backup {info.id} was made by a newer SessionKit")
    return summary


def restore_into(data_dir: Path, info: BackupInfo) -> None:
    """Put *info*'s content in place of the data file. The caller holds the instance lock
    and has closed its own connections; a damaged live file must already be moved aside.

    A healthy live file is overwritten through the backup API (one transaction, so a
    crash leaves either the old or the restored content); a missing one is written
    to a temporary file and renamed into place.
    """
    data_dir = Path(data_dir)
    check_restorable(info)
    live = data_dir / DB_FILENAME
    health = check_database(live)
    try:
        src = _read_only(info.path)
        try:
            if health.status == "ok":
                dst = open_sqlite(str(live), timeout=10.0)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            elif health.status in ("missing", "empty"):
                tmp = data_dir / f".restore-{os.getpid()}.db"
                dst = open_sqlite(str(tmp))
                try:
                    src.backup(dst)
                finally:
                    dst.close()
                _fsync_file(tmp)
                for suffix in ("-wal", "-shm", "-journal"):
                    _unlink(Path(str(live) + suffix))
                os.replace(tmp, live)
                fsync_dir(data_dir)
            else:
                raise BackupError(f"the data file is {health.status} ({health.reason}); "
                                  "it must be moved aside before a restore")
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"the restore failed, the data file is unchanged: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"the restore failed: {exc.strerror or exc}") from exc


class BackupSchedule:
    """When to back up while the app runs: every *interval* seconds, only after a change."""

    def __init__(self, interval: float = 180.0, clock=time.monotonic):
        self.interval = interval
        self.clock = clock
        self.last = clock()
        self.changed = False

    def note_change(self) -> None:
        self.changed = True

    def due(self) -> bool:
        return self.changed and self.clock() - self.last >= self.interval

    def done(self) -> None:
        self.changed = False
        self.last = self.clock()
