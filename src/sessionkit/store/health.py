"""Is the data file fit to open? Checked before anything writes to it.

``check_database`` looks at the file without changing it: the 100-byte header
(magic string, schema version, page count against the real size), then a
read-only ``PRAGMA quick_check``. A file from a newer SessionKit is refused and
left byte-identical; a damaged one (overwritten pages, truncated, not a database
at all) is moved aside under a timestamped name by ``move_aside`` — never deleted,
never silently replaced by an empty one.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.store.db import SCHEMA_VERSION, NewerSchemaError, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class DamagedDatabaseError(StoreError):
    """The data file is damaged; it has been moved aside (or must be, when not ours)."""

    def __init__(self, path: Path, reason: str, moved_to: Path | None = None,
                 backup_id: str | None = None):
        self.path = Path(path)
        self.reason = reason
        self.moved_to = moved_to
        self.backup_id = backup_id
        text = f"the data file {self.path} is damaged ({reason})"
        if moved_to is not None:
            text += f"; it was moved aside to {moved_to.name} (nothing was deleted)"
        if backup_id:
            text += (f"; restore the newest good backup with: "
                     f"sessionkit backup restore {backup_id}")
        elif moved_to is not None:
            text += "; no good backup was found"
        super().__init__(text)


@dataclass
class Health:
    status: str  # "missing", "empty", "ok", "newer", "damaged", "unreadable"
    version: int | None = None
    reason: str = ""


def _header(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(100)


def check_database(path: Path) -> Health:
    """Inspect the file at *path* without writing to it."""
    path = Path(path)
    if not path.exists():
        return Health("missing")
    size = path.stat().st_size
    wal = Path(str(path) + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size == 0 and wal_size == 0:
        return Health("empty", 0)
    version = None
    if size > 0:  # (all of a young WAL database may still be in its -wal file)
        head = _header(path)
        if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
            return Health("damaged", reason="file is not a database")
        version = int.from_bytes(head[60:64], "big")
        if version > SCHEMA_VERSION:
            return Health("newer", version)
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(head[28:32], "big")
        counter_ok = head[24:28] == head[92:96]
        if page_size < 512 or page_size & (page_size - 1):
            return Health("damaged", version, "the file header is damaged")
        # with frames in the -wal file a checkpoint may be half done: only check without
        if wal_size == 0 and counter_ok and pages and size < pages * page_size:
            return Health("damaged", version,
                          f"the file is truncated: {size} bytes of {pages * page_size}")
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return _from_error(exc, version)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # the newest header may have been in the journal
            return Health("newer", version)
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        if rows != ["ok"]:
            lines = [ln.strip() for r in rows for ln in str(r).splitlines()
                     if ln.strip() and not ln.startswith("***")]
            return Health("damaged", version,
                          ("the integrity check failed: " + "; ".join(lines))[:300])
        # quick_check does not read every table's rows; a cheap scan of the notes does
        for table in ("notes", "drafts"):
            try:
                conn.execute(f"SELECT count(*), max(length(text)) FROM {table}").fetchone()
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise
    except sqlite3.Error as exc:
        return _from_error(exc, version)
    finally:
        conn.close()
    return Health("ok", version)


def _from_error(exc: sqlite3.Error, version: int | None) -> Health:
    """Corruption is damage; a locked, unreadable or read-only file is not."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
        return Health("damaged", version, str(exc))
    return Health("unreadable", version, str(exc))


def open_read_only(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection that changes nothing in the file.

    In a folder the user may not write, SQLite cannot create the WAL index (-shm);
    when no -wal file is there (a clean shutdown), the file is then opened as
    immutable, which needs neither.
    """
    path = Path(path)
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5.0,
                           check_same_thread=check_same_thread)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        name = getattr(exc, "sqlite_errorname", "") or ""
        wal = Path(str(path) + "-wal")
        if not name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or (
                wal.exists() and wal.stat().st_size > 0) or os.access(path.parent, os.W_OK):
            raise
    conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=5.0,
                           check_same_thread=check_same_thread)
    conn.execute("PRAGMA user_version").fetchone()
    return conn


def newer_error(path: Path, version: int) -> NewerSchemaError:
    return NewerSchemaError(
        f"{path} was written by a newer SessionKit (schema {version}; this version knows "
        f"up to {SCHEMA_VERSION}); it was left untouched — update SessionKit to open it")


def timestamp(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the file (and its -wal/-shm) to ``<name>.damaged-<UTC time>``; return the new path."""
    path = Path(path)
    base = path.with_name(f"{path.name}.damaged-{timestamp(now)}")
    target, n = base, 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    # the journal files first: a -wal left beside a missing main file would be
    # replayed into the next, new database
    for suffix in SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def set_aside_orphan_journals(path: Path, now: datetime | None = None) -> list[Path]:
    """Journal files with no database beside them (a crash mid-move, a deleted file):
    renamed out of the way, so a new database never replays them."""
    path = Path(path)
    moved = []
    if path.exists():
        return moved
    for suffix in SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.exists():
            target = side.with_name(f"{side.name}.orphan-{timestamp(now)}")
            os.replace(side, target)
            moved.append(target)
    if moved:
        fsync_dir(path.parent)
    return moved


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
