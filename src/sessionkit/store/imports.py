"""Schedule-import bookkeeping and the bulk writes an import needs.

``import_records`` (migration 3) maps each imported session's source key
(``import:<guid>``) to its session and to a hash of what the last import wrote.
The writes here are plain SQL on purpose: an import of a 1,000-event programme
runs them a few thousand times inside one transaction.
"""

from __future__ import annotations

import json

from sessionkit.domain.models import (
    AgendaItem,
    Person,
    RoleKind,
    Session,
    to_iso,
    utc_now,
)
from sessionkit.store.connection import Database
from sessionkit.store.repos import SessionRepo

# The session columns an import owns; everything else (tags, room note, outcomes
# intro, documents, agenda, outcomes, notes) belongs to the user.
IMPORTED_COLUMNS = ("code", "title", "subtitle", "track", "room", "start", "end", "timezone",
                    "description", "language", "abstract", "links", "source")


class ImportRepo:
    def __init__(self, db: Database):
        self.db = db

    # -- records -------------------------------------------------------------------
    def records_for_sources(self, sources: list[str]) -> dict[str, dict]:
        out = {}
        for start in range(0, len(sources), 500):
            chunk = sources[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                    f"SELECT * FROM import_records WHERE source IN ({marks})", chunk):
                out[r["source"]] = r
        return out

    def records_for_schedule(self, schedule: str) -> list[dict]:
        return list(self.db.query(
            "SELECT r.*, s.code, s.title, s.deleted_at FROM import_records r "
            "JOIN sessions s ON s.id = r.session_id WHERE r.schedule = ? ORDER BY s.start, s.code",
            [schedule]))

    def sessions_by_source(self, sources: list[str]) -> dict[str, dict]:
        """Session rows (including deleted ones) for source keys."""
        out = {}
        for start in range(0, len(sources), 500):
            chunk = sources[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(f"SELECT * FROM sessions WHERE source IN ({marks})", chunk):
                out.setdefault(r["source"], r)
        return out

    def existing_session_ids(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.db.execute(
                f"SELECT id FROM sessions WHERE id IN ({marks})", chunk).fetchall())
        return out

    def speakers_for(self, session_ids: list[str]) -> dict[str, list[tuple[str, ...]]]:
        """(name, bio) of each session's speakers, in role order; (name, bio,
        organisation) for a speaker with an organisation."""
        out: dict[str, list[tuple[str, ...]]] = {sid: [] for sid in session_ids}
        for start in range(0, len(session_ids), 500):
            chunk = session_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                    "SELECT r.session_id, p.display_name, p.bio, p.organisation FROM roles r "
                    "JOIN people p ON p.id = r.person_id "
                    f"WHERE r.role = ? AND r.session_id IN ({marks}) "
                    "ORDER BY r.session_id, r.position, p.display_name",
                    [RoleKind.SPEAKER.value, *chunk]):
                out[r["session_id"]].append(speaker_fingerprint(
                    r["display_name"], r["bio"] or "", r["organisation"] or ""))
        return out

    def save_record(self, source: str, session_id: str, schedule: str, snapshot_hash: str,
                    file_name: str) -> None:
        self.db.execute(
            "INSERT INTO import_records (source, session_id, schedule, snapshot_hash, "
            "imported_at, file_name) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET session_id = excluded.session_id, "
            "schedule = excluded.schedule, snapshot_hash = excluded.snapshot_hash, "
            "imported_at = excluded.imported_at, file_name = excluded.file_name",
            [source, session_id, schedule, snapshot_hash, to_iso(utc_now()), file_name])

    # -- writes ----------------------------------------------------------------------
    def insert_session(self, s: Session) -> None:
        row = SessionRepo(self.db)._row(s)
        row["created"] = row["updated"] = to_iso(utc_now())
        cols = ", ".join(f'"{k}"' for k in row)
        marks = ", ".join("?" * len(row))
        self.db.execute(f"INSERT INTO sessions ({cols}) VALUES ({marks})", list(row.values()))

    def update_imported_fields(self, s: Session) -> None:
        row = SessionRepo(self.db)._row(s)
        sets = ", ".join(f'"{k}" = ?' for k in IMPORTED_COLUMNS)
        self.db.execute(f'UPDATE sessions SET {sets}, "updated" = ? WHERE id = ?',
                        [row[k] for k in IMPORTED_COLUMNS] + [to_iso(utc_now()), s.id])

    def replace_speakers(self, session_id: str, people: list[Person]) -> None:
        """Speakers become exactly ``people``; other roles (moderator, ...) stay."""
        self.db.execute("DELETE FROM roles WHERE session_id = ? AND role = ?",
                        [session_id, RoleKind.SPEAKER.value])
        for pos, p in enumerate(people):
            self._upsert_person(p)
            self.db.execute(
                "INSERT OR REPLACE INTO roles (session_id, person_id, role, position) "
                "VALUES (?, ?, ?, ?)", [session_id, p.id, RoleKind.SPEAKER.value, pos])

    def add_roles(self, session_id: str, people: list[tuple[Person, RoleKind]]) -> None:
        """Other roles a schedule names (an Indico session's conveners as chairs),
        added once, when the session is first imported; a role already there stays."""
        for pos, (p, role) in enumerate(people):
            self._upsert_person(p)
            self.db.execute(
                "INSERT OR IGNORE INTO roles (session_id, person_id, role, position) "
                "VALUES (?, ?, ?, ?)", [session_id, p.id, role.value, pos])

    def _upsert_person(self, p: Person) -> None:
        # An organisation the schedule leaves out never erases one typed here.
        self.db.execute(
            "INSERT INTO people (id, display_name, native_name, family_name_first, "
            "position, organisation, department, country, bio, photo_path) "
            "VALUES (?, ?, '', 0, '', ?, '', '', ?, '') "
            "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
            "bio = excluded.bio, organisation = CASE WHEN excluded.organisation = '' "
            "THEN people.organisation ELSE excluded.organisation END",
            [p.id, p.display_name, p.organisation, p.bio])

    def insert_agenda_item(self, session_id: str, item: AgendaItem) -> None:
        self.db.execute(
            "INSERT INTO agenda_items (id, session_id, position, title, kind, planned_minutes, "
            "cue, actual_start, actual_end) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            [item.id, session_id, item.position, item.title, item.kind.value,
             item.planned_minutes, item.cue])
        for pos, pid in enumerate(item.person_ids):
            self.db.execute("INSERT INTO agenda_item_people (item_id, person_id, position) "
                            "VALUES (?, ?, ?)", [item.id, pid, pos])


def speaker_fingerprint(name: str, bio: str, organisation: str) -> tuple[str, ...]:
    """What a re-import compares of a speaker. The organisation counts only when
    there is one, so sessions imported before schedules carried affiliations keep
    the fingerprint they were recorded with."""
    return (name, bio, organisation) if organisation else (name, bio)


def loads_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []
