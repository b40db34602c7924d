"""Repositories: the only place that turns rows into domain objects and back.

Every public write runs inside ``db.atomic()`` (a transaction, or a savepoint when
the caller already opened one), so a caller can group several writes into one
transaction by wrapping them in ``store.atomic()``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sessionkit.domain.models import (
    AgendaItem,
    Document,
    ItemKind,
    Note,
    NoteKind,
    Outcome,
    OutcomeStatus,
    Person,
    ReportMeta,
    Role,
    RoleKind,
    Session,
    SessionTemplate,
    parse_enum,
    to_iso,
    utc_now,
)
from sessionkit.store.connection import Database
from sessionkit.store.rows import (  # noqa: F401 (NotFound, read_clock: re-exported)
    NotFound,
    _date_of,
    _datetime_of,
    clock_json,
    read_clock,
)


def _safe_datetime(value: str | None) -> datetime | None:
    """A stored time, or None when it is empty or unreadable (an overview must show)."""
    try:
        return _datetime_of(value)
    except (TypeError, ValueError):
        return None


def _utc_key(value: datetime) -> float:
    """For comparing times with and without an offset (a naive one is taken as UTC)."""
    from datetime import timezone

    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


class SessionRepo:
    def __init__(self, db: Database):
        self.db = db

    def _row(self, s: Session) -> dict:
        return {
            "id": s.id, "code": s.code, "title": s.title, "subtitle": s.subtitle,
            "track": s.track, "tags": json.dumps(s.tags, ensure_ascii=False),
            "room": s.room, "room_note": s.room_note, "start": to_iso(s.start),
            "end": to_iso(s.end), "timezone": s.timezone,
            "description": json.dumps(s.description, ensure_ascii=False),
            "outcomes_intro": s.outcomes_intro,
            "language": s.language, "abstract": s.abstract,
            "links": json.dumps(s.links, ensure_ascii=False), "source": s.source,
        }

    @staticmethod
    def from_row(r: dict) -> Session:
        return Session(
            id=r["id"], code=r["code"], title=r["title"], subtitle=r["subtitle"] or "",
            track=r["track"] or "", tags=json.loads(r["tags"] or "[]"), room=r["room"] or "",
            room_note=r["room_note"] or "", start=_datetime_of(r["start"]),
            end=_datetime_of(r["end"]),
            timezone=r["timezone"] or "", description=json.loads(r["description"] or "[]"),
            outcomes_intro=r["outcomes_intro"] or "",
            language=r["language"] or "", abstract=r["abstract"] or "",
            links=json.loads(r["links"] or "[]"), source=r["source"] or "",
        )

    def save(self, s: Session) -> None:
        now = to_iso(utc_now())
        with self.db.atomic():
            row = self._row(s)
            exists = self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [s.id]).fetchone()
            if exists:
                row["updated"] = now
                sets = ", ".join(f'"{k}" = :{k}' for k in row if k != "id")
                self.db.execute(f"UPDATE sessions SET {sets} WHERE id = :id", row)
            else:
                row["created"] = row["updated"] = now
                self.db["sessions"].insert(row)

    def get(self, session_id: str) -> Session:
        rows = list(self.db.query(
            "SELECT * FROM sessions WHERE id = ? AND deleted_at IS NULL", [session_id]))
        if not rows:
            raise NotFound(f"no session with id {session_id}")
        return self.from_row(rows[0])

    def list(self) -> list[Session]:
        return [self.from_row(r) for r in self.db.query(
            "SELECT * FROM sessions WHERE deleted_at IS NULL ORDER BY start IS NULL, start, code")]

    def find(self, code_or_id: str) -> Session:
        """A session by id, or by code (case-insensitive) when the code is unique."""
        key = code_or_id.strip()
        rows = list(self.db.query(
            "SELECT * FROM sessions WHERE deleted_at IS NULL AND id = ?", [key]))
        if not rows:
            rows = list(self.db.query(
                "SELECT * FROM sessions WHERE deleted_at IS NULL AND code = ? COLLATE NOCASE",
                [key]))
        if not rows:
            raise NotFound(f"no session with code or id {key!r}")
        if len(rows) > 1:
            ids = ", ".join(r["id"] for r in rows)
            raise NotFound(f"several sessions have the code {key!r}; use one of the ids: {ids}")
        return self.from_row(rows[0])

    def by_source(self, source: str) -> Session | None:
        rows = list(self.db.query("SELECT * FROM sessions WHERE source = ?", [source]))
        return self.from_row(rows[0]) if rows else None

    def presence(self, session_id: str) -> bool | None:
        """None: no such session here; True: it is in the bin; False: it is live."""
        row = self.db.execute("SELECT deleted_at FROM sessions WHERE id = ?",
                              [session_id]).fetchone()
        return None if row is None else bool(row[0])

    def first_live_by_source(self, source: str) -> str | None:
        """The id of the oldest live session made from ``source`` (a bundle or import)."""
        row = self.db.execute("SELECT id FROM sessions WHERE source = ? AND deleted_at IS NULL "
                              "ORDER BY created, id LIMIT 1", [source]).fetchone()
        return row[0] if row else None

    def count_with_source_prefix(self, prefix: str) -> int:
        """How many sessions (binned ones too) have a source starting with ``prefix``."""
        return self.db.execute("SELECT COUNT(*) FROM sessions WHERE substr(source, 1, ?) = ?",
                               [len(prefix), prefix]).fetchone()[0]

    # -- the bin: a binned session keeps everything and can be restored -------------
    def bin(self, session_id: str, when: datetime) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE sessions SET deleted_at = ? WHERE id = ?",
                            [to_iso(when), session_id])

    def unbin(self, session_id: str) -> bool:
        """Take a session out of the bin; False when it was not in the bin."""
        with self.db.atomic():
            cur = self.db.execute("UPDATE sessions SET deleted_at = NULL WHERE id = ? "
                                  "AND deleted_at IS NOT NULL", [session_id])
            return cur.rowcount > 0

    def binned(self) -> list[tuple[Session, datetime, int]]:
        """Sessions in the bin, newest first, with when they were binned and their
        live note count."""
        return [(self.from_row(r), datetime.fromisoformat(r["deleted_at"]), r["note_count"])
                for r in self.db.query(
                    "SELECT s.*, (SELECT COUNT(*) FROM notes n WHERE n.session_id = s.id "
                    "AND n.deleted_at IS NULL) AS note_count FROM sessions s "
                    "WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC")]


_UPSERTS: dict[tuple[str, tuple[str, ...]], str] = {}


def _upsert(db: Database, table: str, row: dict) -> None:
    """The statement sqlite-utils' ``upsert(row, pk="id")`` runs, without it reading
    the table's schema at every call (a merge adds a session's people, agenda and
    outcomes row by row)."""
    cols = tuple(sorted(row))
    sql = _UPSERTS.get((table, cols))
    if sql is None:
        sql = _UPSERTS[(table, cols)] = (
            f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)}) '
            f'VALUES ({", ".join("?" * len(cols))}) ON CONFLICT("id") DO UPDATE SET '
            + ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id"))
    db.execute(sql, [row[c] for c in cols])


class PeopleRepo:
    def __init__(self, db: Database):
        self.db = db

    def save(self, p: Person) -> None:
        _upsert(self.db, "people", {
            "id": p.id, "display_name": p.display_name, "native_name": p.native_name,
            "family_name_first": int(p.family_name_first), "position": p.position,
            "organisation": p.organisation, "department": p.department,
            "country": p.country, "bio": p.bio, "photo_path": p.photo_path,
        })

    @staticmethod
    def from_row(r: dict) -> Person:
        return Person(
            id=r["id"], display_name=r["display_name"], native_name=r["native_name"] or "",
            family_name_first=bool(r["family_name_first"]), position=r["position"] or "",
            organisation=r["organisation"] or "", department=r["department"] or "",
            country=r["country"] or "", bio=r["bio"] or "", photo_path=r["photo_path"] or "",
        )

    def exists(self, person_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM people WHERE id = ?",
                               [person_id]).fetchone() is not None

    def get(self, person_id: str) -> Person:
        rows = list(self.db.query("SELECT * FROM people WHERE id = ?", [person_id]))
        if not rows:
            raise NotFound(f"no person with id {person_id}")
        return self.from_row(rows[0])

    def for_session(self, session_id: str) -> list[Person]:
        return [self.from_row(r) for r in self.db.query(
            "SELECT DISTINCT p.* FROM people p JOIN roles r ON r.person_id = p.id "
            "WHERE r.session_id = ? ORDER BY r.position", [session_id])]


class RoleRepo:
    def __init__(self, db: Database):
        self.db = db

    def replace_for_session(self, session_id: str, roles: list[Role]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM roles WHERE session_id = ?", [session_id])
            for r in roles:
                self.db["roles"].insert({"session_id": session_id, "person_id": r.person_id,
                                         "role": r.role.value, "position": r.position})

    def add(self, session_id: str, role: Role) -> None:
        """Give a person a role in a session, unless they have it already."""
        with self.db.atomic():
            self.db.execute("INSERT OR IGNORE INTO roles (session_id, person_id, role, position) "
                            "VALUES (?, ?, ?, ?)",
                            [session_id, role.person_id, role.role.value, role.position])

    def for_session(self, session_id: str) -> list[Role]:
        return [Role(person_id=r["person_id"], role=parse_enum(RoleKind, r["role"], "role"),
                     position=r["position"] or 0)
                for r in self.db.query(
                    "SELECT * FROM roles WHERE session_id = ? ORDER BY position", [session_id])]


class AgendaRepo:
    def __init__(self, db: Database):
        self.db = db

    def save(self, session_id: str, item: AgendaItem) -> None:
        with self.db.atomic():
            _upsert(self.db, "agenda_items", {
                "id": item.id, "session_id": session_id, "position": item.position,
                "title": item.title, "kind": item.kind.value,
                "planned_minutes": item.planned_minutes, "cue": item.cue,
                "actual_start": to_iso(item.actual_start), "actual_end": to_iso(item.actual_end),
            })
            self.db.execute("DELETE FROM agenda_item_people WHERE item_id = ?", [item.id])
            for pos, pid in enumerate(item.person_ids):
                self.db.execute("INSERT INTO agenda_item_people (item_id, person_id, position)"
                                " VALUES (?, ?, ?)", [item.id, pid, pos])

    def exists(self, item_id: str) -> bool:
        """Whether the id is taken here (by any session's item)."""
        return self.db.execute("SELECT 1 FROM agenda_items WHERE id = ?",
                               [item_id]).fetchone() is not None

    def renumber(self, item_ids: list[str]) -> None:
        """Give the items the positions 0, 1, 2… in the order given."""
        with self.db.atomic():
            for pos, item_id in enumerate(item_ids):
                self.db.execute("UPDATE agenda_items SET position = ? WHERE id = ?",
                                [pos, item_id])

    def delete(self, item_id: str) -> list[str]:
        """Remove one item; its notes stay and lose the link. Returns the ids of the
        notes that pointed to it (so an undo can link them again)."""
        with self.db.atomic():
            note_ids = [r[0] for r in self.db.execute(
                "SELECT id FROM notes WHERE agenda_item_id = ?", [item_id]).fetchall()]
            self.db.execute("UPDATE notes SET agenda_item_id = NULL WHERE agenda_item_id = ?",
                            [item_id])
            self.db.execute("DELETE FROM agenda_item_people WHERE item_id = ?", [item_id])
            self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
        return note_ids

    def link_notes(self, item_id: str, note_ids: list[str]) -> None:
        with self.db.atomic():
            for note_id in note_ids:
                self.db.execute("UPDATE notes SET agenda_item_id = ? WHERE id = ?",
                                [item_id, note_id])

    def set_people(self, item_id: str, person_ids: list[str]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM agenda_item_people WHERE item_id = ?", [item_id])
            for pos, pid in enumerate(person_ids):
                self.db.execute(
                    "INSERT INTO agenda_item_people (item_id, person_id, position) "
                    "VALUES (?, ?, ?)", [item_id, pid, pos])

    # the columns an editor may set one at a time; the name is never taken from input
    _FIELDS = {"title": "title", "kind": "kind", "planned_minutes": "planned_minutes",
               "cue": "cue"}

    def set_field(self, item_id: str, field_name: str, value) -> None:
        column = self._FIELDS.get(field_name)
        if column is None:
            raise ValueError(f"{field_name!r} is not an agenda item field")
        stored = value.value if isinstance(value, ItemKind) else value
        with self.db.atomic():
            self.db.execute(f"UPDATE agenda_items SET {column} = ? WHERE id = ?",
                            [stored, item_id])

    def set_actual_times(self, item_id: str, start: datetime | None,
                         end: datetime | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE agenda_items SET actual_start = ?, actual_end = ? "
                            "WHERE id = ?", [start.isoformat() if start else None,
                                             end.isoformat() if end else None, item_id])

    def replace_for_session(self, session_id: str, items: list[AgendaItem]) -> None:
        with self.db.atomic():
            keep = [i.id for i in items]
            marks = ",".join("?" * len(keep)) or "''"
            gone = [r[0] for r in self.db.execute(
                f"SELECT id FROM agenda_items WHERE session_id = ? AND id NOT IN ({marks})",
                [session_id, *keep]).fetchall()]
            for item_id in gone:
                self.db.execute("DELETE FROM agenda_item_people WHERE item_id = ?", [item_id])
                self.db.execute("UPDATE notes SET agenda_item_id = NULL WHERE agenda_item_id = ?",
                                [item_id])
                self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
            for pos, item in enumerate(items):
                item.position = pos
                self.save(session_id, item)

    def for_session(self, session_id: str) -> list[AgendaItem]:
        people: dict[str, list[str]] = {}
        for r in self.db.query(
                "SELECT ap.item_id, ap.person_id FROM agenda_item_people ap "
                "JOIN agenda_items a ON a.id = ap.item_id WHERE a.session_id = ? "
                "ORDER BY ap.position", [session_id]):
            people.setdefault(r["item_id"], []).append(r["person_id"])
        return [AgendaItem(
            id=r["id"], position=r["position"], title=r["title"],
            kind=parse_enum(ItemKind, r["kind"], "agenda item kind"),
            planned_minutes=r["planned_minutes"] or 0, cue=r["cue"] or "",
            person_ids=people.get(r["id"], []),
            actual_start=_datetime_of(r["actual_start"]),
            actual_end=_datetime_of(r["actual_end"]),
        ) for r in self.db.query(
            "SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position", [session_id])]


class OutcomeRepo:
    def __init__(self, db: Database):
        self.db = db

    def save(self, session_id: str, o: Outcome) -> None:
        _upsert(self.db, "outcomes", {
            "id": o.id, "session_id": session_id, "position": o.position, "text": o.text,
            "status": o.status.value, "comment": o.comment,
        })

    def set_status(self, outcome_id: str, status: OutcomeStatus) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE outcomes SET status = ? WHERE id = ?",
                            [status.value, outcome_id])

    def set_status_comment(self, outcome_id: str, status: OutcomeStatus, comment: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE outcomes SET status = ?, comment = ? WHERE id = ?",
                            [status.value, comment, outcome_id])

    def exists(self, outcome_id: str) -> bool:
        """Whether the id is taken here (by any session's outcome)."""
        return self.db.execute("SELECT 1 FROM outcomes WHERE id = ?",
                               [outcome_id]).fetchone() is not None

    def delete(self, outcome_id: str) -> None:
        """Remove an outcome; notes stay, without the link to it."""
        with self.db.atomic():
            self.db.execute("DELETE FROM note_outcomes WHERE outcome_id = ?", [outcome_id])
            self.db.execute("DELETE FROM outcomes WHERE id = ?", [outcome_id])

    def for_session(self, session_id: str) -> list[Outcome]:
        return [Outcome(id=r["id"], position=r["position"], text=r["text"],
                        status=parse_enum(OutcomeStatus, r["status"], "outcome status"),
                        comment=r["comment"] or "")
                for r in self.db.query(
                    "SELECT * FROM outcomes WHERE session_id = ? ORDER BY position",
                    [session_id])]

    def status_counts(self) -> dict[str, dict[OutcomeStatus, int]]:
        """Session id -> how many of its outcomes have each status, for every session at
        once (the secretariat's overview: one query, not one per session)."""
        out: dict[str, dict[OutcomeStatus, int]] = {}
        for sid, status, n in self.db.execute(
                "SELECT session_id, status, COUNT(*) FROM outcomes GROUP BY session_id, status"):
            try:
                key = parse_enum(OutcomeStatus, status, "outcome status")
            except ValueError:  # a status from a newer SessionKit: not reached yet
                key = OutcomeStatus.OPEN
            counts = out.setdefault(sid, {})
            counts[key] = counts.get(key, 0) + n
        return out


class DocumentRepo:
    def __init__(self, db: Database):
        self.db = db

    def replace_for_session(self, session_id: str, docs: list[Document]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM documents WHERE session_id = ?", [session_id])
            for pos, d in enumerate(docs):
                self.db["documents"].insert({
                    "id": d.id, "session_id": session_id, "position": pos, "title": d.title,
                    "url": d.url, "as_of": d.as_of, "local_path": d.local_path})

    def exists(self, document_id: str) -> bool:
        """Whether the id is taken here (by any session's document)."""
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?",
                               [document_id]).fetchone() is not None

    def for_session(self, session_id: str) -> list[Document]:
        return [Document(id=r["id"], title=r["title"], url=r["url"] or "",
                         as_of=r["as_of"] or "", local_path=r["local_path"] or "")
                for r in self.db.query(
                    "SELECT * FROM documents WHERE session_id = ? ORDER BY position",
                    [session_id])]


@dataclass(frozen=True)
class NoteFigures:
    """One session's notes in figures (NoteRepo.figures_by_session)."""

    notes: int = 0  # live notes (not in the bin)
    key_messages: int = 0
    actions: int = 0
    actions_incomplete: int = 0  # live actions without an owner or without a due date
    last_change: datetime | None = None  # the latest note written, edited or binned
    last_device: str = ""  # the device that made that note


class NoteRepo:
    def __init__(self, db: Database):
        self.db = db

    _COLUMNS = ("id", "session_id", "created", "updated", "author", "device", "kind", "text",
                "agenda_item_id", "speaker_id", "action_owner", "action_due", "starred",
                "deleted_at", "clock", "conflict")
    # plain SQL, not sqlite-utils' upsert (which reads the table's schema at every call:
    # two thirds of a merge's time); the row keeps its rowid, as the FTS triggers need
    _UPSERT = (f"INSERT INTO notes ({', '.join(_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_COLUMNS))}) ON CONFLICT(id) DO UPDATE SET "
               + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:]))

    # rows per statement in save_many: under SQLite's oldest limit of 999 parameters
    _ROWS_PER_STATEMENT = 999 // len(_COLUMNS)

    def save_many(self, notes: list[Note]) -> None:
        """Save several notes at once (a merge's notes new to this store), many rows per
        statement: the search index's trigger costs most per statement, not per row
        (FTS5 writes out what it holds at each statement inside a savepoint), so this
        is about twice as fast as one statement per note."""
        if not notes:
            return
        step = self._ROWS_PER_STATEMENT
        with self.db.atomic():
            for start in range(0, len(notes), step):
                chunk = notes[start:start + step]
                one = f"({', '.join('?' * len(self._COLUMNS))})"
                self.db.conn.execute(
                    self._UPSERT.replace(one, ", ".join([one] * len(chunk)), 1),
                    [v for n in chunk for v in (
                        n.id, n.session_id, to_iso(n.created), to_iso(n.updated), n.author,
                        n.device, n.kind.value, n.text, n.agenda_item_id, n.speaker_id,
                        n.action_owner, to_iso(n.action_due), int(n.starred),
                        to_iso(n.deleted_at), clock_json(n.clock), int(n.conflict))])
                ids = [n.id for n in chunk]
                self.db.conn.execute(
                    f"DELETE FROM note_outcomes WHERE note_id IN ({', '.join('?' * len(ids))})",
                    ids)
                links = [(n.id, oid) for n in chunk for oid in n.outcome_ids]
                for at in range(0, len(links), 400):
                    part = links[at:at + 400]
                    self.db.conn.execute(
                        "INSERT INTO note_outcomes (note_id, outcome_id) VALUES "
                        + ", ".join(["(?, ?)"] * len(part)), [v for x in part for v in x])

    @contextmanager
    def search_index_deferred(self) -> Iterator[None]:
        """Inside an open transaction: notes added during the block are put in the
        search index together when it ends (one statement, ~7x quicker than FTS5's
        one insert per row, which also writes a tiny segment at every savepoint).

        The index's insert trigger is dropped for the block and created again, from
        its own SQL, before the block ends: all in the caller's transaction, so no
        other connection ever sees it missing and a rollback brings it back. New
        rows are told by their rowid, above the largest one when the block began;
        rows the update trigger indexed meanwhile are indexed again, once."""
        conn = self.db.conn
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                           " AND name = 'notes_fts_ai'").fetchone()
        start = conn.execute("SELECT coalesce(max(rowid), 0) FROM notes").fetchone()[0]
        if not conn.in_transaction or row is None or start > 2**62:
            yield  # nothing to gain, or new rowids would not be the largest ones
            return
        conn.execute("DROP TRIGGER notes_fts_ai")

        def restore() -> None:
            if conn.in_transaction and conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'trigger'"
                    " AND name = 'notes_fts_ai'").fetchone() is None:
                conn.execute("DELETE FROM notes_fts WHERE rowid > ?", [start])
                conn.execute("INSERT INTO notes_fts(rowid, text)"
                             " SELECT rowid, text FROM notes WHERE rowid > ?", [start])
                conn.execute(row[0])

        try:
            yield
        except BaseException:
            try:  # the caller rolls back; the trigger must not stay away if it does not
                restore()
            except sqlite3.Error:
                pass  # the transaction is gone (and the drop with it): the error says why
            raise
        restore()

    def existing_ids(self, ids: list[str]) -> set[str]:
        """Which of these note ids this store has (deleted notes too)."""
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(r[0] for r in self.db.execute(
                f"SELECT id FROM notes WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def save(self, n: Note) -> None:
        with self.db.atomic():
            self.db.execute(self._UPSERT, [
                n.id, n.session_id, to_iso(n.created), to_iso(n.updated), n.author, n.device,
                n.kind.value, n.text, n.agenda_item_id, n.speaker_id, n.action_owner,
                to_iso(n.action_due), int(n.starred), to_iso(n.deleted_at),
                clock_json(n.clock), int(n.conflict)])
            self.db.execute("DELETE FROM note_outcomes WHERE note_id = ?", [n.id])
            for oid in n.outcome_ids:
                self.db.execute("INSERT INTO note_outcomes (note_id, outcome_id) VALUES (?, ?)",
                                [n.id, oid])

    def _from_rows(self, rows: list[dict]) -> list[Note]:
        links: dict[str, list[str]] = {}
        if rows:
            ids = [r["id"] for r in rows]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for r in self.db.query(
                        "SELECT note_id, outcome_id FROM note_outcomes WHERE note_id IN "
                        f"({','.join('?' * len(chunk))})", chunk):
                    links.setdefault(r["note_id"], []).append(r["outcome_id"])
        return [Note(
            id=r["id"], session_id=r["session_id"], created=_datetime_of(r["created"]),
            updated=_datetime_of(r["updated"]), author=r["author"] or "",
            device=r["device"] or "",
            kind=parse_enum(NoteKind, r["kind"], "note kind"), text=r["text"],
            agenda_item_id=r["agenda_item_id"], speaker_id=r["speaker_id"],
            outcome_ids=links.get(r["id"], []), action_owner=r["action_owner"] or "",
            action_due=_date_of(r["action_due"]), starred=bool(r["starred"]),
            deleted_at=_datetime_of(r["deleted_at"]), clock=read_clock(r.get("clock")),
            conflict=bool(r.get("conflict")),
        ) for r in rows]

    def for_session(self, session_id: str, include_deleted: bool = False) -> list[Note]:
        where = "" if include_deleted else " AND deleted_at IS NULL"
        return self._from_rows(list(self.db.query(
            f"SELECT * FROM notes WHERE session_id = ?{where} ORDER BY created, id",
            [session_id])))

    def get(self, note_id: str) -> Note:
        rows = list(self.db.query("SELECT * FROM notes WHERE id = ?", [note_id]))
        if not rows:
            raise NotFound(f"no note with id {note_id}")
        return self._from_rows(rows)[0]

    def ids_like(self, key: str, min_prefix: int = 6) -> list[str]:
        """The note with id ``key``, else (for a key of ``min_prefix`` characters or more)
        up to two notes whose id starts with it: one id is a match, two are ambiguous."""
        rows = self.db.execute("SELECT id FROM notes WHERE id = ?", [key]).fetchall()
        if not rows and len(key) >= min_prefix:
            rows = self.db.execute("SELECT id FROM notes WHERE substr(id, 1, ?) = ? LIMIT 2",
                                   [len(key), key]).fetchall()
        return [r[0] for r in rows]

    def all_ids(self) -> set[str]:
        """Every note's id, deleted ones too (a deleted note is only marked)."""
        return {r[0] for r in self.db.execute("SELECT id FROM notes")}

    def figures_by_session(self) -> dict[str, NoteFigures]:
        """Session id -> its notes in figures, for every session at once: two queries
        whatever the number of sessions and notes (the secretariat's overview)."""
        # One pass over the notes: the counts of live notes, and the latest change of
        # any note (binned ones too) with its device. With exactly one max() aggregate,
        # SQLite takes the bare columns from the row holding the max; julianday()
        # compares times written with any UTC offset (a package from another laptop).
        figures = {r[0]: r[1:] for r in self.db.execute(
            "SELECT session_id, SUM(deleted_at IS NULL),"
            " SUM(deleted_at IS NULL AND kind = 'key_message'),"
            " SUM(deleted_at IS NULL AND kind = 'action'),"
            " MAX(MAX(COALESCE(julianday(updated), 0), COALESCE(julianday(deleted_at), 0),"
            "  COALESCE(julianday(created), 0))), updated, created, deleted_at, device "
            "FROM notes GROUP BY session_id")}
        incomplete: dict[str, int] = {}
        for sid, owner, due in self.db.execute(
                "SELECT session_id, action_owner, action_due FROM notes "
                "WHERE deleted_at IS NULL AND kind = 'action'"):
            # the same test as the readiness check (Python's strip: any space counts)
            if not (owner or "").strip() or not due:
                incomplete[sid] = incomplete.get(sid, 0) + 1
        out: dict[str, NoteFigures] = {}
        for sid, (n, keys, actions, _latest, updated, created, deleted, device) in \
                figures.items():
            times = [t for t in (_safe_datetime(updated or created), _safe_datetime(deleted))
                     if t is not None]
            out[sid] = NoteFigures(notes=n or 0, key_messages=keys or 0, actions=actions or 0,
                                   actions_incomplete=incomplete.get(sid, 0),
                                   last_change=max(times, key=_utc_key) if times else None,
                                   last_device=device or "")
        return out

    def insert_rows(self, rows: list[dict], links: list[dict]) -> None:
        """Bulk insert of ready-made note rows and note→outcome links (the test-data
        generator: thousands at once, without a version history)."""
        with self.db.atomic():
            if rows:
                self.db["notes"].insert_all(rows, batch_size=500)
            if links:
                self.db["note_outcomes"].insert_all(links, batch_size=500, ignore=True)


class DraftRepo:
    """The unsaved text of the note box, one per session."""

    def __init__(self, db: Database):
        self.db = db

    def save(self, session_id: str, text: str) -> None:
        # the statement sqlite-utils' upsert(pk="session_id") runs, written out: a draft
        # is saved every few seconds of typing, and the table API would import
        # sqlite-utils (~85 ms) on the writer thread at the first one
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO drafts (session_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET text = excluded.text, "
                "updated = excluded.updated",
                [session_id, text, to_iso(utc_now())])

    def get(self, session_id: str) -> str:
        row = self.db.execute("SELECT text FROM drafts WHERE session_id = ?",
                              [session_id]).fetchone()
        return row[0] if row and row[0] else ""


class ReportMetaRepo:
    def __init__(self, db: Database):
        self.db = db

    def save(self, m: ReportMeta) -> None:
        with self.db.atomic():
            self.db["report_meta"].upsert({
                "session_id": m.session_id, "summary": m.summary, "attendance": m.attendance,
                "signed_off_by": m.signed_off_by, "signed_off_at": to_iso(m.signed_off_at),
            }, pk="session_id")

    def get(self, session_id: str) -> ReportMeta:
        rows = list(self.db.query("SELECT * FROM report_meta WHERE session_id = ?",
                                  [session_id]))
        if not rows:
            return ReportMeta(session_id=session_id)
        r = rows[0]
        return ReportMeta(session_id=session_id, summary=r["summary"] or "",
                          attendance=r["attendance"] or "",
                          signed_off_by=r["signed_off_by"] or "",
                          signed_off_at=_datetime_of(r["signed_off_at"]))


class SessionTemplateRepo:
    """The report template chosen for each session (one row at most per session)."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, session_id: str) -> SessionTemplate | None:
        row = self.db.execute(
            "SELECT toml, logo, logo_name FROM session_templates WHERE session_id = ?",
            [session_id]).fetchone()
        if row is None:
            return None
        return SessionTemplate(toml=row[0], logo=bytes(row[1]) if row[1] else None,
                               logo_name=row[2] or "")

    def save(self, session_id: str, template: SessionTemplate) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO session_templates (session_id, toml, logo, logo_name) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                "toml = excluded.toml, logo = excluded.logo, logo_name = excluded.logo_name",
                [session_id, template.toml, template.logo, template.logo_name])

    def clear(self, session_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM session_templates WHERE session_id = ?",
                            [session_id])


class PersonCueRepo:
    """The moderator's intro cue for each person of a session (speaker cards)."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, session_id: str, person_id: str) -> str:
        row = self.db.execute(
            "SELECT cue FROM person_cues WHERE session_id = ? AND person_id = ?",
            [session_id, person_id]).fetchone()
        return row[0] if row and row[0] else ""

    def for_session(self, session_id: str) -> dict[str, str]:
        """Person id → cue, for the people who have a cue."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT person_id, cue FROM person_cues WHERE session_id = ?",
            [session_id]).fetchall() if r[1]}

    def set(self, session_id: str, person_id: str, cue: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO person_cues (session_id, person_id, cue) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id, person_id) DO UPDATE SET cue = excluded.cue",
                [session_id, person_id, cue or ""])
