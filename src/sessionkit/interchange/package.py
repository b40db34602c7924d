"""Session packages: one self-contained JSON file per session, made to travel.

A package carries a session, its people, roles, agenda, outcomes (with status),
documents and every note, deleted ones included (as tombstones), so that a
secretariat can merge rapporteurs' work without a server. See docs/interchange.md.

File layout (UTF-8 JSON)::

    {"format": "sessionkit-package", "version": 1, "generator": "SessionKit 0.1.0",
     "exported_at": "...Z", "device": "...", "session_id": "...", "session_code": "D3",
     "content_sha256": "<sha256 of the canonical JSON of content>",
     "content": {"session": {...}, "people": [...], "roles": [...], "agenda": [...],
                 "outcomes": [...], "documents": [...], "notes": [...]}}

The checksum lets a reader tell a complete file from one a sync tool has only
half-delivered or someone has edited by hand; such a file is refused whole.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sessionkit import __version__
from sessionkit.domain.models import (
    AgendaItem,
    Document,
    ItemKind,
    Note,
    NoteKind,
    Outcome,
    OutcomeStatus,
    Person,
    Role,
    RoleKind,
    Session,
    parse_enum,
    to_iso,
    utc_now,
)
from sessionkit.interchange.files import write_atomic

FORMAT = "sessionkit-package"
VERSION = 1
SUFFIX = ".sessionkit.json"
MAX_PACKAGE_BYTES = 64 * 1024 * 1024


class PackageError(ValueError):
    """An unusable package; the message is one line for the user."""


@dataclass
class Package:
    session: Session
    people: list[Person] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    exported_at: datetime | None = None
    device: str = ""
    generator: str = ""


# -- to JSON ---------------------------------------------------------------------------


def note_to_dict(n: Note) -> dict:
    return {"id": n.id, "session_id": n.session_id, "created": to_iso(n.created),
            "updated": to_iso(n.updated), "author": n.author, "device": n.device,
            "kind": n.kind.value, "text": n.text, "agenda_item_id": n.agenda_item_id,
            "speaker_id": n.speaker_id, "outcome_ids": sorted(n.outcome_ids),
            "action_owner": n.action_owner, "action_due": to_iso(n.action_due),
            "starred": bool(n.starred), "deleted_at": to_iso(n.deleted_at)}


def content_to_dict(p: Package) -> dict:
    s = p.session
    return {
        "session": {"id": s.id, "code": s.code, "title": s.title, "subtitle": s.subtitle,
                    "track": s.track, "tags": list(s.tags), "room": s.room,
                    "room_note": s.room_note, "start": to_iso(s.start), "end": to_iso(s.end),
                    "timezone": s.timezone, "description": list(s.description),
                    "outcomes_intro": s.outcomes_intro, "language": s.language,
                    "abstract": s.abstract, "links": list(s.links), "source": s.source},
        "people": [{"id": x.id, "display_name": x.display_name, "native_name": x.native_name,
                    "family_name_first": x.family_name_first, "position": x.position,
                    "organisation": x.organisation, "department": x.department,
                    "country": x.country, "bio": x.bio} for x in p.people],
        "roles": [{"person_id": r.person_id, "role": r.role.value, "position": r.position}
                  for r in p.roles],
        "agenda": [{"id": a.id, "position": a.position, "title": a.title, "kind": a.kind.value,
                    "planned_minutes": a.planned_minutes, "cue": a.cue,
                    "person_ids": list(a.person_ids), "actual_start": to_iso(a.actual_start),
                    "actual_end": to_iso(a.actual_end)} for a in p.agenda],
        "outcomes": [{"id": o.id, "position": o.position, "text": o.text,
                      "status": o.status.value, "comment": o.comment} for o in p.outcomes],
        "documents": [{"id": d.id, "title": d.title, "url": d.url, "as_of": d.as_of}
                      for d in p.documents],
        "notes": [note_to_dict(n) for n in sorted(p.notes, key=lambda n: (to_iso(n.created), n.id))],
    }


def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def to_bytes(p: Package) -> bytes:
    content = content_to_dict(p)
    doc = {
        "format": FORMAT, "version": VERSION, "generator": f"SessionKit {__version__}",
        "exported_at": to_iso(p.exported_at or utc_now()), "device": p.device,
        "session_id": p.session.id, "session_code": p.session.code,
        "content_sha256": hashlib.sha256(canonical(content)).hexdigest(),
        "content": content,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_package(p: Package, path: Path) -> Path:
    return write_atomic(Path(path), to_bytes(p))


# -- from JSON -------------------------------------------------------------------------

class _Reader:
    def __init__(self, where: str):
        self.where = where

    def fail(self, what: str):
        raise PackageError(f"{self.where}: {what}")

    def obj(self, value, what: str) -> dict:
        if not isinstance(value, dict):
            self.fail(f"{what} is not an object")
        return value

    def lst(self, value, what: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{what} is not a list")
        return value

    def text(self, d: dict, key: str, required: bool = False) -> str:
        v = d.get(key)
        if v is None:
            if required:
                self.fail(f"{key!r} is missing")
            return ""
        if not isinstance(v, str):
            self.fail(f"{key!r} is not text")
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(f"{key!r} contains an invalid character")
        if "\x00" in v:
            self.fail(f"{key!r} contains a NUL character")
        return v

    def when(self, d: dict, key: str, required: bool = False) -> datetime | None:
        v = self.text(d, key, required)
        if not v:
            return None
        try:
            dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{key!r} is not a date and time: {v[:40]!r}")
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        return dt

    def day(self, d: dict, key: str) -> date | None:
        v = self.text(d, key)
        if not v:
            return None
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            self.fail(f"{key!r} is not a date: {v[:40]!r}")

    def integer(self, d: dict, key: str, default: int = 0) -> int:
        v = d.get(key, default)
        if v is None:
            return default
        if isinstance(v, bool) or not isinstance(v, int) or abs(v) > 10**9:
            self.fail(f"{key!r} is not a whole number")
        return v

    def enum(self, d: dict, key: str, cls, default):
        v = d.get(key) or default
        try:
            return parse_enum(cls, v, key)
        except ValueError as exc:
            self.fail(str(exc))

    def strings(self, d: dict, key: str) -> list[str]:
        out = []
        for i, v in enumerate(self.lst(d.get(key), key)):
            if not isinstance(v, str):
                self.fail(f"{key!r} item {i + 1} is not text")
            out.append(v)
        return out


def from_bytes(data: bytes) -> Package:
    from sessionkit.interchange.frab_json import load_json
    from sessionkit.interchange.schedule import ScheduleError

    try:
        doc = load_json(data, what="package")
    except ScheduleError as exc:
        raise PackageError(str(exc)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackageError("not a SessionKit package (no \"format\": \"sessionkit-package\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageError("the package has no format version")
    if version > VERSION:
        raise PackageError(f"the package was made by a newer SessionKit (format version "
                           f"{version}; this one reads up to {VERSION}); update SessionKit")
    content = doc.get("content")
    if not isinstance(content, dict):
        raise PackageError("the package has no content")
    expected = doc.get("content_sha256")
    if not isinstance(expected, str) or \
            hashlib.sha256(canonical(content)).hexdigest() != expected.lower():
        raise PackageError("the package is damaged or incomplete (its checksum does not "
                           "match); ask for it again")
    r = _Reader("package")
    sd = r.obj(content.get("session"), "the session")
    session = Session(
        id=r.text(sd, "id", True), code=r.text(sd, "code", True), title=r.text(sd, "title", True),
        subtitle=r.text(sd, "subtitle"), track=r.text(sd, "track"), tags=r.strings(sd, "tags"),
        room=r.text(sd, "room"), room_note=r.text(sd, "room_note"),
        start=r.when(sd, "start"), end=r.when(sd, "end"), timezone=r.text(sd, "timezone"),
        description=r.strings(sd, "description"), outcomes_intro=r.text(sd, "outcomes_intro"),
        language=r.text(sd, "language"), abstract=r.text(sd, "abstract"),
        links=r.strings(sd, "links"), source=r.text(sd, "source"))
    pkg = Package(session=session, device=doc.get("device") if isinstance(
        doc.get("device"), str) else "", generator=str(doc.get("generator") or ""))
    for i, pd in enumerate(r.lst(content.get("people"), "people")):
        r.where = f"package person {i + 1}"
        pd = r.obj(pd, "the person")
        pkg.people.append(Person(
            id=r.text(pd, "id", True), display_name=r.text(pd, "display_name", True),
            native_name=r.text(pd, "native_name"),
            family_name_first=bool(pd.get("family_name_first")),
            position=r.text(pd, "position"), organisation=r.text(pd, "organisation"),
            department=r.text(pd, "department"), country=r.text(pd, "country"),
            bio=r.text(pd, "bio")))
    for i, rd in enumerate(r.lst(content.get("roles"), "roles")):
        r.where = f"package role {i + 1}"
        rd = r.obj(rd, "the role")
        pkg.roles.append(Role(person_id=r.text(rd, "person_id", True),
                              role=r.enum(rd, "role", RoleKind, None),
                              position=r.integer(rd, "position")))
    for i, ad in enumerate(r.lst(content.get("agenda"), "agenda")):
        r.where = f"package agenda item {i + 1}"
        ad = r.obj(ad, "the agenda item")
        pkg.agenda.append(AgendaItem(
            id=r.text(ad, "id", True), position=r.integer(ad, "position"),
            title=r.text(ad, "title", True), kind=r.enum(ad, "kind", ItemKind, "presentation"),
            planned_minutes=r.integer(ad, "planned_minutes", 10), cue=r.text(ad, "cue"),
            person_ids=r.strings(ad, "person_ids"), actual_start=r.when(ad, "actual_start"),
            actual_end=r.when(ad, "actual_end")))
    for i, od in enumerate(r.lst(content.get("outcomes"), "outcomes")):
        r.where = f"package outcome {i + 1}"
        od = r.obj(od, "the outcome")
        pkg.outcomes.append(Outcome(
            id=r.text(od, "id", True), position=r.integer(od, "position"),
            text=r.text(od, "text", True), status=r.enum(od, "status", OutcomeStatus, "open"),
            comment=r.text(od, "comment")))
    for i, dd in enumerate(r.lst(content.get("documents"), "documents")):
        r.where = f"package document {i + 1}"
        dd = r.obj(dd, "the document")
        pkg.documents.append(Document(id=r.text(dd, "id", True), title=r.text(dd, "title"),
                                      url=r.text(dd, "url"), as_of=r.text(dd, "as_of")))
    for i, nd in enumerate(r.lst(content.get("notes"), "notes")):
        r.where = f"package note {i + 1}"
        nd = r.obj(nd, "the note")
        sid = r.text(nd, "session_id") or session.id
        if sid != session.id:
            r.fail("belongs to another session")
        created = r.when(nd, "created", True)
        pkg.notes.append(Note(
            id=r.text(nd, "id", True), session_id=sid, text=r.text(nd, "text"),
            kind=r.enum(nd, "kind", NoteKind, "note"), created=created,
            updated=r.when(nd, "updated") or created, author=r.text(nd, "author"),
            device=r.text(nd, "device"), agenda_item_id=r.text(nd, "agenda_item_id") or None,
            speaker_id=r.text(nd, "speaker_id") or None,
            outcome_ids=r.strings(nd, "outcome_ids"), action_owner=r.text(nd, "action_owner"),
            action_due=r.day(nd, "action_due"), starred=bool(nd.get("starred")),
            deleted_at=r.when(nd, "deleted_at")))
    ids = [n.id for n in pkg.notes]
    if len(ids) != len(set(ids)):
        raise PackageError("the package lists the same note twice; it is damaged")
    return pkg


def read_package(path: Path) -> Package:
    from sessionkit.interchange.infile import InputFileError, read_input

    path = Path(path)
    try:  # the one way to open an incoming file: ordinary files only, size capped
        data = read_input(path, MAX_PACKAGE_BYTES, "a session package")
    except InputFileError as exc:
        raise PackageError(f"{path.name}: {exc}") from None
    try:
        return from_bytes(data)
    except PackageError as exc:
        raise PackageError(f"{path.name}: {exc}") from None
