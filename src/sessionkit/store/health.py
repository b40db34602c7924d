"""Is the data file fit to open? Checked before anything writes to it.

``check_database`` looks at the file without changing it: the 100-byte header
(magic string, schema version, page count against the real size), then a
read-only ``PRAGMA quick_check`` (left out when the file is exactly as a clean close
left it: ``mark_clean_close``, ``closed_cleanly``). A file from a newer SessionKit is refused and
left byte-identical; a damaged one (overwritten pages, truncated, not a database
at all) is moved aside under a timestamped name by ``move_aside`` — never deleted,
never silently replaced by an empty one.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.store.connection import Database
from sessionkit.store.db import (
    SCHEMA_VERSION,
    NewerSchemaError,
    StoreError,
    connect,
    open_sqlite,
)

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


CLEAN_SUFFIX = "-closed"  # the clean-close marker, beside the data file


def _file_state(path: Path) -> dict | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino,
            "dev": st.st_dev}


def mark_clean_close(path: Path) -> None:
    """After the last connection closed cleanly (no -wal left): note the file's size,
    time and inode, so the next start can skip the full integrity check. Best effort."""
    path = Path(path)
    marker = Path(str(path) + CLEAN_SUFFIX)
    state = _file_state(path)
    if state is None or os.path.exists(str(path) + "-wal"):
        return
    try:
        import json

        marker.write_text(json.dumps(state), encoding="ascii")
    except OSError:
        pass


def closed_cleanly(path: Path, forget: bool = False) -> bool:
    """True when the file is exactly as a clean close left it: the marker's size, time
    and inode, no -wal, and the file last written strictly before the marker (a write
    after the marker, even in the same clock tick, gives a time at least the
    marker's). *forget*: remove the marker, so a crash before the next clean close
    means a full check at the following start."""
    path = Path(path)
    marker = Path(str(path) + CLEAN_SUFFIX)
    try:
        import json

        written = os.stat(marker).st_mtime_ns
        recorded = json.loads(marker.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return False
    finally:
        if forget:
            try:
                marker.unlink()
            except OSError:
                pass
    return (isinstance(recorded, dict) and recorded == _file_state(path)
            and recorded["mtime_ns"] < written
            and not os.path.exists(str(path) + "-wal"))


def check_database(path: Path, closed_clean: bool = False) -> Health:
    """Inspect the file at *path* without writing to it.

    *closed_clean*: the caller found the file exactly as a clean close left it
    (``closed_cleanly``); the header and version are checked but not the pages:
    ``PRAGMA quick_check`` and the scan of the notes read the whole file, ~90 ms at
    every start with 50,000 notes. After a crash, or any change to the file since,
    the full check runs.
    """
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
        if closed_clean:
            return Health("ok", version)
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

    Reading needs the WAL index (-shm). When SQLite cannot create it — a folder the
    user may not write, a full disk (SQLITE_IOERR_SHMSIZE) — the notes must still be
    readable, for a list or a report: with no -wal content (a clean shutdown) the file
    is opened as immutable, which needs neither file; with -wal content the committed
    state is rebuilt in memory (``snapshot_in_memory``), so no recent note is missed.
    """
    path = Path(path)
    uri = path.resolve().as_uri()
    try:
        conn = open_sqlite(f"{uri}?mode=ro", uri=True, timeout=5.0,
                           check_same_thread=check_same_thread)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite3.OperationalError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        no_index = name.startswith("SQLITE_IOERR") or (
            name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))
            and not os.access(path.parent, os.W_OK))
        if not no_index or not path.is_file():
            raise
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return snapshot_in_memory(path, check_same_thread)
    conn = open_sqlite(f"{uri}?mode=ro&immutable=1", uri=True, timeout=5.0,
                       check_same_thread=check_same_thread)
    conn.execute("PRAGMA user_version").fetchone()
    return conn


def schema_version(path: Path) -> int:
    """The file's schema version (``PRAGMA user_version``), read without writing."""
    conn = open_read_only(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def note_ids_in_file(path: Path) -> set[str] | None:
    """The ids of every note in the data file (or backup) at *path*, read without
    writing; None when the file cannot be read as one."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return {r[0] for r in conn.execute("SELECT id FROM notes")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


_WAL_MAGIC = (0x377F0682, 0x377F0683)  # checksums in little-, big-endian words


def _wal_checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_wal_pages(wal: bytes) -> tuple[int, dict[int, bytes], int]:
    """The pages of a -wal file's committed transactions, as SQLite's recovery reads
    them (sqlite.org/fileformat2.html#walformat): (page size, {page number: page},
    database size in pages after the last commit, 0 when nothing is committed)."""
    if len(wal) < 32:
        return 0, {}, 0
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", wal[:32])
    if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0, {}, 0
    big = magic & 1 == 1
    s0, s1 = _wal_checksum(wal[:24], 0, 0, big)
    if (s0, s1) != (c1, c2):
        return 0, {}, 0
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    size = 0
    offset = 32
    frame = 24 + page_size
    while offset + frame <= len(wal):
        pgno, commit, f1, f2, k1, k2 = struct.unpack(">6I", wal[offset:offset + 24])
        body = wal[offset + 24:offset + frame]
        if (f1, f2) != (salt1, salt2) or pgno == 0:
            break  # a frame of an older generation of the file: the log ends here
        s0, s1 = _wal_checksum(wal[offset:offset + 8], s0, s1, big)
        s0, s1 = _wal_checksum(body, s0, s1, big)
        if (s0, s1) != (k1, k2):
            break  # torn or damaged: nothing from here on was committed
        pending[pgno] = body
        if commit:
            pages.update(pending)
            pending.clear()
            size = commit
        offset += frame
    return page_size, pages, size


def snapshot_in_memory(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """The data file with its -wal's committed transactions applied, as a read-only
    in-memory database: neither file is changed, nothing is written anywhere."""
    path = Path(path)
    try:
        main = bytearray(path.read_bytes())
        wal = Path(str(path) + "-wal").read_bytes()
    except FileNotFoundError:
        wal = b""
    except OSError as exc:
        raise sqlite3.OperationalError(f"cannot read {path}: {exc.strerror or exc}") from exc
    page_size, pages, size = committed_wal_pages(wal)
    if size:
        main = main[:size * page_size]
        main.extend(b"\0" * (size * page_size - len(main)))
        for pgno, body in pages.items():
            if pgno <= size:
                main[(pgno - 1) * page_size:pgno * page_size] = body
    if len(main) >= 20:
        main[18:20] = b"\x01\x01"  # a rollback-journal header: memory has no WAL
    conn = open_sqlite(":memory:", check_same_thread=check_same_thread)
    try:
        conn.deserialize(bytes(main))
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA user_version").fetchone()
    except BaseException:
        conn.close()
        raise
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


class WalWatch:
    """Notices when the data file's -wal is deleted (or replaced) while SessionKit runs.

    SQLite keeps writing committed notes into the -wal it has open; once that file is
    unlinked they live only in an inode nobody can find, and a crash loses them while
    the next start calls the data file healthy. Holding our own descriptor on the -wal
    lets ``fstat`` see its link count drop to 0. SQLite places no locks on the -wal
    (they are in the -shm), so this descriptor cannot disturb its locking. Posix only:
    on Windows an open file cannot be deleted.
    """

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + "-wal")
        self._fd: int | None = None
        self._open()

    def _open(self) -> None:
        if os.name != "posix" or self._fd is not None:
            return
        try:
            self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            self._fd = None  # not there yet: SQLite makes it on the first read

    def lost(self) -> bool:
        """True when the -wal SQLite writes to is no longer the file at its path."""
        if self._fd is None:
            self._open()
            return False
        try:
            held = os.fstat(self._fd)
        except OSError:
            return False
        if held.st_nlink == 0:
            return True
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return True  # (a rename keeps the link count)
        except OSError:
            return False
        return (now.st_dev, now.st_ino) != (held.st_dev, held.st_ino)

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


def checkpoint_all(conn: sqlite3.Connection) -> bool:
    """Copy every committed -wal frame into the data file and empty the -wal. False
    when a reader (another process) kept it from finishing. Never waits for that
    reader: the caller is the UI thread, and simply tries again later."""
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as exc:  # SQLITE_BUSY: a writer elsewhere
        if "locked" in str(exc) or "busy" in str(exc).lower():
            return False
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return busy == 0


def reconnect(db: Database, path: Path) -> None:
    """Give *db* a fresh connection to *path*, closing its old one: after
    ``checkpoint_all`` the fresh one starts a new -wal at the file's real path.
    Every other connection of this process to *path* must be closed first."""
    fresh = connect(path).conn
    old, db.conn = db.conn, fresh
    old.close()
