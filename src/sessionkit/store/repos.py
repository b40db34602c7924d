"""Repositories: the only place that turns rows into domain objects and back.

Every public write runs inside ``db.atomic()`` (a transaction, or a savepoint when
the caller already opened one), so a caller can group several writes into one
transaction by wrapping them in ``store.atomic()``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

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
    SessionBundle,
    parse_enum,
    to_iso,
    utc_now,
)
from sessionkit.store.db import DB_FILENAME, connect


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class NotFound(LookupError):
    pass


def clock_json(clock: dict[str, int]) -> str:
    return json.dumps(dict(sorted(clock.items())), separators=(",", ":"))


def read_clock(value) -> dict[str, int]:
    """A stored version vector; anything unreadable counts as "has seen nothing"."""
    try:
        clock = json.loads(value or "{}")
    except ValueError:
        return {}
    if not isinstance(clock, dict):
        return {}
    return {str(k): v for k, v in clock.items()
            if isinstance(v, int) and not isinstance(v, bool) and v > 0}


class SessionRepo:
    def __init__(self, db: sqlite_utils.Database):
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
            room_note=r["room_note"] or "", start=_dt(r["start"]), end=_dt(r["end"]),
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


class PeopleRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def save(self, p: Person) -> None:
        self.db["people"].upsert({
            "id": p.id, "display_name": p.display_name, "native_name": p.native_name,
            "family_name_first": int(p.family_name_first), "position": p.position,
            "organisation": p.organisation, "department": p.department,
            "country": p.country, "bio": p.bio, "photo_path": p.photo_path,
        }, pk="id")

    @staticmethod
    def from_row(r: dict) -> Person:
        return Person(
            id=r["id"], display_name=r["display_name"], native_name=r["native_name"] or "",
            family_name_first=bool(r["family_name_first"]), position=r["position"] or "",
            organisation=r["organisation"] or "", department=r["department"] or "",
            country=r["country"] or "", bio=r["bio"] or "", photo_path=r["photo_path"] or "",
        )

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
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def replace_for_session(self, session_id: str, roles: list[Role]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM roles WHERE session_id = ?", [session_id])
            for r in roles:
                self.db["roles"].insert({"session_id": session_id, "person_id": r.person_id,
                                         "role": r.role.value, "position": r.position})

    def for_session(self, session_id: str) -> list[Role]:
        return [Role(person_id=r["person_id"], role=parse_enum(RoleKind, r["role"], "role"),
                     position=r["position"] or 0)
                for r in self.db.query(
                    "SELECT * FROM roles WHERE session_id = ? ORDER BY position", [session_id])]


class AgendaRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def save(self, session_id: str, item: AgendaItem) -> None:
        with self.db.atomic():
            self.db["agenda_items"].upsert({
                "id": item.id, "session_id": session_id, "position": item.position,
                "title": item.title, "kind": item.kind.value,
                "planned_minutes": item.planned_minutes, "cue": item.cue,
                "actual_start": to_iso(item.actual_start), "actual_end": to_iso(item.actual_end),
            }, pk="id")
            self.db.execute("DELETE FROM agenda_item_people WHERE item_id = ?", [item.id])
            for pos, pid in enumerate(item.person_ids):
                self.db["agenda_item_people"].insert(
                    {"item_id": item.id, "person_id": pid, "position": pos})

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
            actual_start=_dt(r["actual_start"]), actual_end=_dt(r["actual_end"]),
        ) for r in self.db.query(
            "SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position", [session_id])]


class OutcomeRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def save(self, session_id: str, o: Outcome) -> None:
        self.db["outcomes"].upsert({
            "id": o.id, "session_id": session_id, "position": o.position, "text": o.text,
            "status": o.status.value, "comment": o.comment,
        }, pk="id")

    def set_status(self, outcome_id: str, status: OutcomeStatus) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE outcomes SET status = ? WHERE id = ?",
                            [status.value, outcome_id])

    def for_session(self, session_id: str) -> list[Outcome]:
        return [Outcome(id=r["id"], position=r["position"], text=r["text"],
                        status=parse_enum(OutcomeStatus, r["status"], "outcome status"),
                        comment=r["comment"] or "")
                for r in self.db.query(
                    "SELECT * FROM outcomes WHERE session_id = ? ORDER BY position",
                    [session_id])]


class DocumentRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def replace_for_session(self, session_id: str, docs: list[Document]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM documents WHERE session_id = ?", [session_id])
            for pos, d in enumerate(docs):
                self.db["documents"].insert({
                    "id": d.id, "session_id": session_id, "position": pos, "title": d.title,
                    "url": d.url, "as_of": d.as_of, "local_path": d.local_path})

    def for_session(self, session_id: str) -> list[Document]:
        return [Document(id=r["id"], title=r["title"], url=r["url"] or "",
                         as_of=r["as_of"] or "", local_path=r["local_path"] or "")
                for r in self.db.query(
                    "SELECT * FROM documents WHERE session_id = ? ORDER BY position",
                    [session_id])]


class NoteRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def save(self, n: Note) -> None:
        with self.db.atomic():
            self.db["notes"].upsert({
                "id": n.id, "session_id": n.session_id, "created": to_iso(n.created),
                "updated": to_iso(n.updated), "author": n.author, "device": n.device,
                "kind": n.kind.value, "text": n.text, "agenda_item_id": n.agenda_item_id,
                "speaker_id": n.speaker_id, "action_owner": n.action_owner,
                "action_due": to_iso(n.action_due), "starred": int(n.starred),
                "deleted_at": to_iso(n.deleted_at), "clock": clock_json(n.clock),
                "conflict": int(n.conflict),
            }, pk="id")
            self.db.execute("DELETE FROM note_outcomes WHERE note_id = ?", [n.id])
            for oid in n.outcome_ids:
                self.db["note_outcomes"].insert({"note_id": n.id, "outcome_id": oid})

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
            id=r["id"], session_id=r["session_id"], created=_dt(r["created"]),
            updated=_dt(r["updated"]), author=r["author"] or "", device=r["device"] or "",
            kind=parse_enum(NoteKind, r["kind"], "note kind"), text=r["text"],
            agenda_item_id=r["agenda_item_id"], speaker_id=r["speaker_id"],
            outcome_ids=links.get(r["id"], []), action_owner=r["action_owner"] or "",
            action_due=_d(r["action_due"]), starred=bool(r["starred"]),
            deleted_at=_dt(r["deleted_at"]), clock=read_clock(r.get("clock")),
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


class DraftRepo:
    """The unsaved text of the note box, one per session."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def save(self, session_id: str, text: str) -> None:
        with self.db.atomic():
            self.db["drafts"].upsert(
                {"session_id": session_id, "text": text, "updated": to_iso(utc_now())},
                pk="session_id")

    def get(self, session_id: str) -> str:
        row = self.db.execute("SELECT text FROM drafts WHERE session_id = ?",
                              [session_id]).fetchone()
        return row[0] if row and row[0] else ""


class ReportMetaRepo:
    def __init__(self, db: sqlite_utils.Database):
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
                          signed_off_at=_dt(r["signed_off_at"]))


class Store:
    """The data file and its repositories."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None):
        self.db = db
        self.path = path
        self.sessions = SessionRepo(db)
        self.people = PeopleRepo(db)
        self.roles = RoleRepo(db)
        self.agenda = AgendaRepo(db)
        self.outcomes = OutcomeRepo(db)
        self.documents = DocumentRepo(db)
        self.notes = NoteRepo(db)
        self.drafts = DraftRepo(db)
        self.report_meta = ReportMetaRepo(db)

    @classmethod
    def open(cls, data_dir: Path) -> "Store":
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DB_FILENAME
        return cls(connect(path), path)

    def atomic(self):
        return self.db.atomic()

    def close(self) -> None:
        self.db.close()

    # -- whole bundles ---------------------------------------------------------
    def save_bundle(self, bundle: SessionBundle) -> None:
        """Write a session and everything that hangs off it, in one transaction."""
        sid = bundle.session.id
        with self.db.atomic():
            self.sessions.save(bundle.session)
            for p in bundle.people:
                self.people.save(p)
            self.roles.replace_for_session(sid, bundle.roles)
            self.documents.replace_for_session(sid, bundle.documents)
            self.agenda.replace_for_session(sid, bundle.agenda)
            for pos, o in enumerate(bundle.outcomes):
                o.position = pos
                self.outcomes.save(sid, o)

    def load_bundle(self, session_id: str) -> SessionBundle:
        return SessionBundle(
            session=self.sessions.get(session_id),
            people=self.people.for_session(session_id),
            roles=self.roles.for_session(session_id),
            agenda=self.agenda.for_session(session_id),
            outcomes=self.outcomes.for_session(session_id),
            documents=self.documents.for_session(session_id),
        )

    def replica_id(self) -> str:
        """This data file's name in version vectors (made by migration 6)."""
        row = self.db.execute("SELECT id FROM replica ORDER BY rowid LIMIT 1").fetchone()
        if row is None:
            import uuid

            rid = uuid.uuid4().hex[:16]
            self.db.execute("INSERT INTO replica (id) VALUES (?)", [rid])
            return rid
        return row[0]

    # -- bundled-session bookkeeping --------------------------------------------
    def bundle_loaded(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM bundle_loads WHERE name = ?",
                               [name]).fetchone() is not None

    def mark_bundle_loaded(self, name: str, session_id: str) -> None:
        self.db["bundle_loads"].insert(
            {"name": name, "session_id": session_id, "loaded_at": to_iso(utc_now())})
