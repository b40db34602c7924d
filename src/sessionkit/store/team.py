"""The team folder's bookkeeping (migration 11; services/team.py is the one user).

``team_changes``: per session, a count of the changes that alter its package, kept by
triggers on every table a package is made of. ``team_sessions``: per folder and
session, the count this device's last package covered, its file and its content's
hash. ``team_files``: per folder and file, what the last look at it found.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sessionkit.store.connection import Database


@dataclass
class WrittenSession:
    folder: str
    session_id: str
    n: int = 0  # the change count this device's package (or decision) covers
    file_name: str = ""  # "" when nothing was written (only merged here)
    content_sha: str = ""
    size: int | None = None
    mtime_ns: int | None = None
    written_at: str | None = None


@dataclass
class SeenFile:
    folder: str
    name: str
    size: int | None = None
    mtime_ns: int | None = None
    sha256: str = ""
    # merged | retry (not complete yet) | newer | refused (the file itself) | later
    # (refused for what the store holds: tried again at every pass)
    state: str = ""
    device_id: str = ""
    device_name: str = ""
    session_id: str = ""
    session_code: str = ""
    exported_at: str | None = None
    checked_at: str | None = None
    message: str = ""


def _upsert(db: Database, table: str, row: dict, pk: tuple[str, ...]) -> None:
    cols = list(row)
    db.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT({', '.join(pk)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in cols if c not in pk),
        [row[c] for c in cols])


class TeamRepo:
    def __init__(self, db: Database):
        self.db = db

    def change_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT session_id, n FROM team_changes")}

    def change_count(self, session_id: str) -> int:
        row = self.db.execute("SELECT n FROM team_changes WHERE session_id = ?",
                              [session_id]).fetchone()
        return row[0] if row else 0

    # -- what this device wrote --------------------------------------------------
    def written(self, folder: str) -> dict[str, WrittenSession]:
        names = [f.name for f in fields(WrittenSession)]
        rows = self.db.execute(f"SELECT {', '.join(names)} FROM team_sessions WHERE folder = ?",
                               [folder])
        return {r[1]: WrittenSession(*r) for r in rows}

    def save_written(self, rec: WrittenSession) -> None:
        _upsert(self.db, "team_sessions", dict(rec.__dict__), ("folder", "session_id"))

    # -- what was seen of the other files ------------------------------------------
    def seen(self, folder: str) -> dict[str, SeenFile]:
        names = [f.name for f in fields(SeenFile)]
        rows = self.db.execute(f"SELECT {', '.join(names)} FROM team_files WHERE folder = ?",
                               [folder])
        return {r[1]: SeenFile(*r) for r in rows}

    def save_seen(self, rec: SeenFile) -> None:
        _upsert(self.db, "team_files", dict(rec.__dict__), ("folder", "name"))

    def forget_seen(self, folder: str, names: list[str]) -> None:
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            self.db.execute(f"DELETE FROM team_files WHERE folder = ? AND name IN "
                            f"({', '.join('?' * len(chunk))})", [folder, *chunk])
