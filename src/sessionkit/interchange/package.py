"""Session packages: one self-contained JSON file per session, made to travel.

A package carries a session, its people, roles, agenda, outcomes (with status),
documents and every note, deleted ones included (as tombstones), so that a
secretariat can merge rapporteurs' work without a server. See docs/interchange.md.

File layout (UTF-8 JSON)::

    {"format": "sessionkit-package", "version": 1, "generator": "SessionKit 0.1.0",
     "exported_at": "...Z", "device": "...", "session_id": "...", "session_code": "D3",
     "content_sha256": "<sha256 of the canonical JSON of content>",
     "content": {"session": {...}, "people": [...], "roles": [...], "agenda": [...],
                 "outcomes": [...], "documents": [...], "notes": [...],
                 "template": {"toml": "...", "logo": "<base64>", "logo_name": "logo.png"}}}

"template" (the session's report template) is there only when the session has one; a
reader checks it as report/template.py checks a template file, and refuses the whole
package if it fails.

The checksum lets a reader tell a complete file from one a sync tool has only
half-delivered or someone has edited by hand; such a file is refused whole.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sessionkit import __version__
from sessionkit.domain.models import (
    MAX_NOTE_CHARS,
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
    SessionTemplate,
    parse_enum,
    to_iso,
    utc_now,
)
from sessionkit.interchange.files import write_atomic

FORMAT = "sessionkit-package"
VERSION = 1
SUFFIX = ".sessionkit.json"
# A session's package is a few MB even with every earlier version of every note;
# the cap keeps parsing a hostile file within seconds and a few hundred MB.
MAX_PACKAGE_BYTES = 32 * 1024 * 1024


class PackageError(ValueError):
    """An unusable package; the message is one line for the user."""


class IncompletePackage(PackageError):
    """Not valid JSON, not UTF-8 or its checksum does not match: most likely a file a
    sync tool has not finished delivering (a team folder tries it again later)."""


class NewerPackage(PackageError):
    """Made by a newer SessionKit, in a format version this one cannot read."""


@dataclass
class Package:
    session: Session
    people: list[Person] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    # earlier versions of notes (their history, and versions that lost a merge), by note id
    versions: dict[str, list[Note]] = field(default_factory=dict)
    # the session's report template (checked when read), or None
    template: SessionTemplate | None = None
    exported_at: datetime | None = None
    device: str = ""
    generator: str = ""
    # the data file that wrote it (its replica id), in a team folder's packages
    device_id: str = ""
    # set by from_bytes: a hash of the canonical text of everything but the notes, as
    # read (services/packages.merge keys the frames it merged once by it); not content
    frame_sha: str = field(default="", compare=False, repr=False)


# -- to JSON ---------------------------------------------------------------------------


def note_to_dict(n: Note) -> dict:
    return {"id": n.id, "session_id": n.session_id, "created": to_iso(n.created),
            "updated": to_iso(n.updated), "author": n.author, "device": n.device,
            "kind": n.kind.value, "text": n.text, "agenda_item_id": n.agenda_item_id,
            "speaker_id": n.speaker_id, "outcome_ids": sorted(n.outcome_ids),
            "action_owner": n.action_owner, "action_due": to_iso(n.action_due),
            "starred": bool(n.starred), "deleted_at": to_iso(n.deleted_at),
            "clock": dict(sorted(n.clock.items()))}


def _note_with_versions(n: Note, versions: list[Note]) -> dict:
    d = note_to_dict(n)
    if versions:
        keep = ("text", "kind", "updated", "author", "device", "agenda_item_id", "speaker_id",
                "outcome_ids", "action_owner", "action_due", "starred", "deleted_at", "clock")
        d["versions"] = [{k: v for k, v in note_to_dict(x).items() if k in keep}
                         for x in versions]
    return d


def content_to_dict(p: Package) -> dict:
    s = p.session
    content = {
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
        "notes": [_note_with_versions(n, p.versions.get(n.id, []))
                  for n in sorted(p.notes, key=lambda n: (to_iso(n.created), n.id))],
    }
    if p.template is not None:  # only then: a package without one reads as before
        t = p.template
        content["template"] = {
            "toml": t.toml, "logo_name": t.logo_name if t.logo else "",
            "logo": base64.b64encode(t.logo).decode("ascii") if t.logo else None}
    return content


def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def to_bytes(p: Package) -> bytes:
    content = content_to_dict(p)
    doc = {
        "format": FORMAT, "version": VERSION, "generator": f"SessionKit {__version__}",
        "exported_at": to_iso(p.exported_at or utc_now()), "device": p.device,
        **({"device_id": p.device_id} if p.device_id else {}),
        "session_id": p.session.id, "session_code": p.session.code,
        "content_sha256": hashlib.sha256(canonical(content)).hexdigest(),
        "content": content,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_package(p: Package, path: Path) -> Path:
    return write_atomic(Path(path), to_bytes(p))


# -- from JSON -------------------------------------------------------------------------
#
# Everything in a package is someone else's: each value is checked (type, length, a
# date between 1900 and 2200) and refused with one sentence naming its place, before
# the data file is touched.

MAX_DEPTH = 64  # a package nests 5 deep; more is an attack on the parser
MIN_YEAR, MAX_YEAR = 1900, 2200  # dates outside make time-zone arithmetic overflow
ID_CHARS = 200  # ids, codes, kinds, zones
LINE_CHARS = 2_000  # names, titles, places, links
LONG_CHARS = 100_000  # bios, abstracts, comments, cues
CLOCK_ENTRIES = 64  # data files in one note's version vector (a session has a handful)
MAX_VERSIONS = 5_000  # earlier versions of one note; merging compares them pairwise
_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.S)
_DELTA = [0] * 256
for _b in b"[{":
    _DELTA[_b] = 1
for _b in b"]}":
    _DELTA[_b] = -1


_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting_exceeds(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when brackets outside strings nest deeper than ``limit``.

    Works on the UTF-8 bytes (quotes, backslashes and brackets are single bytes that
    never occur inside a multi-byte character): strings are cut out by a possessive
    regex that keeps no state per character, everything but brackets is dropped with
    ``bytes.translate`` (both in C, on one copy of the bytes), and only the brackets
    left are walked, lazily. Memory stays O(1) per character."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    from itertools import accumulate

    return max(accumulate(map(_DELTA.__getitem__, brackets), initial=0)) > limit


class _Constant:
    """NaN, Infinity or -Infinity in the JSON: kept (the checksum covers them) but
    never accepted as a value."""

    def __init__(self, name: str):
        self.name = name

    def __float__(self) -> float:
        return float(self.name)


def _pairs(pairs: list) -> dict:
    out = dict(pairs)  # in C; a key given twice makes it shorter
    if len(out) == len(pairs):
        return out
    out = {}
    for key, value in pairs:
        if key in out:
            raise PackageError(f"the field {key!r} appears twice in one object (a package "
                               "is never written like that); it was damaged or edited")
        out[key] = value
    return out


# json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
# default=float), made once instead of at every call
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                              default=float)
_ENUM_VALUES: dict[type, dict] = {}


def _canonical_parts(content: dict) -> dict[str, str]:
    """The canonical JSON text of each of the content's fields."""
    return {k: _CANONICAL.encode(v) for k, v in content.items()}


def _joined_text(parts: dict[str, str], skip: str | None = None) -> str:
    """The canonical text of an object from its fields' (``json.dumps`` with
    ``sort_keys`` writes the same), leaving ``skip`` out."""
    return ("{" + ",".join(_CANONICAL.encode(k) + ":" + parts[k]
                           for k in sorted(parts) if k != skip) + "}")


def _joined(parts: dict[str, str], skip: str | None = None) -> bytes:
    return _joined_text(parts, skip).encode("utf-8", "surrogatepass")


def _checked_bytes(text: str) -> tuple[bytes, bool]:
    """The canonical text's bytes, and whether no text in it holds a lone surrogate
    (strict UTF-8 refuses one) or a NUL (json.dumps writes it \\u0000; a backslash
    typed before u0000 also counts, which only costs the slower checks)."""
    try:
        return text.encode("utf-8"), "\\u0000" not in text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass"), False


def _canonical_checksum(content: dict) -> str:
    return hashlib.sha256(_joined(_canonical_parts(content))).hexdigest()


_QUOTES_AND_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')


def _nesting_exceeds_if_valid(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """nesting_exceeds, right for valid JSON (the only kind it is trusted with): escaped
    backslashes, then escaped quotes, are taken out of the bytes, everything but quotes
    and brackets dropped, and what lies between the quotes left out: all in C, with
    no regex walking the whole of it."""
    bare = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None,
                                                                     _QUOTES_AND_BRACKETS)
    brackets = b"".join(bare.split(b'"')[::2])  # what lies between strings
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    from itertools import accumulate

    return max(accumulate(map(_DELTA.__getitem__, brackets), initial=0)) > limit


def _too_deep() -> PackageError:
    return PackageError(f"the package is nested more than {MAX_DEPTH} levels deep; "
                        "that is not a session package")


def load_json(data: bytes) -> object:
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(f"too big for a session package ({len(data) / 1e6:.0f} MB; "
                           f"the limit is {MAX_PACKAGE_BYTES // 2**20} MB)")
    if _nesting_exceeds_if_valid(data) and nesting_exceeds(data):
        raise _too_deep()
    try:
        return _load_json(data)
    except PackageError:
        # the quick nesting check is right for valid JSON only: on anything else the
        # full one decides, as it always did, before any other complaint
        if nesting_exceeds(data):
            raise _too_deep() from None
        raise


def _load_json(data: bytes) -> object:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IncompletePackage(f"the package is not valid UTF-8 (byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_Constant)
    except RecursionError:
        raise PackageError("the package is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise IncompletePackage(f"not valid JSON ({exc.msg} at line {exc.lineno}, column "
                           f"{exc.colno}); is the file complete?") from None


def _describe(value) -> str:
    if isinstance(value, _Constant):
        return value.name
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)[:20]
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


class _Reader:
    def __init__(self, where: str):
        self.where = where
        # True once the text being read is known to hold no NUL and no lone surrogate
        # anywhere (_checked_bytes): then a text field needs only its type and length
        # checked
        self.clean = False

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

    def check_text(self, v: str, what: str, limit: int) -> str:
        if len(v) > limit:
            self.fail(f"{what} is {len(v):,} characters long; the limit is {limit:,}")
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(f"{what} contains an invalid character (a lone UTF-16 surrogate)")
        if "\x00" in v:
            self.fail(f"{what} contains a NUL character")
        return v

    def text(self, d: dict, key: str, required: bool = False, limit: int = LINE_CHARS) -> str:
        v = d.get(key)
        if self.clean and v.__class__ is str and len(v) <= limit and (v or not required) \
                and (not required or not v.isspace()):
            return v  # what check_text and the checks below would find: nothing
        if v is None:
            if required:
                self.fail(f"{key!r} is missing")
            return ""
        if not isinstance(v, str):
            self.fail(f"{key!r} is {_describe(v)}, not text")
        self.check_text(v, repr(key), limit)
        if required and not v.strip():
            self.fail(f"{key!r} is empty")
        return v

    def ident(self, d: dict, key: str, required: bool = True) -> str:
        return self.text(d, key, required, limit=ID_CHARS)

    def when(self, d: dict, key: str, required: bool = False) -> datetime | None:
        v = self.text(d, key, required, limit=ID_CHARS)
        if not v:
            return None
        try:
            dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{key!r} is not a date and time: {v[:40]!r}")
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        if not MIN_YEAR <= dt.year <= MAX_YEAR:
            self.fail(f"{key!r} is {v[:40]}, outside the years {MIN_YEAR} to {MAX_YEAR}")
        try:
            dt.astimezone(timezone.utc)
        except (OverflowError, ValueError):
            self.fail(f"{key!r} is {v[:40]}, outside the years {MIN_YEAR} to {MAX_YEAR}")
        return dt

    def day(self, d: dict, key: str) -> date | None:
        v = self.text(d, key, limit=ID_CHARS)
        if not v:
            return None
        try:
            value = date.fromisoformat(v[:10])
        except ValueError:
            self.fail(f"{key!r} is not a date: {v[:40]!r}")
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.fail(f"{key!r} is {v[:40]}, outside the years {MIN_YEAR} to {MAX_YEAR}")
        return value

    def integer(self, d: dict, key: str, default: int = 0) -> int:
        v = d.get(key, default)
        if v is None:
            return default
        if isinstance(v, bool) or not isinstance(v, int) or abs(v) > 10**9:
            self.fail(f"{key!r} is {_describe(v)}, not a whole number")
        return v

    def flag(self, d: dict, key: str) -> bool:
        v = d.get(key)
        if v is None:
            return False
        if not isinstance(v, bool):
            self.fail(f"{key!r} is {_describe(v)}, not true or false")
        return v

    def enum(self, d: dict, key: str, cls, default):
        v = d.get(key)
        if v is None or v == "":
            v = default
        elif not isinstance(v, str):
            self.fail(f"{key!r} is {_describe(v)}, not text")
        else:
            self.check_text(v, repr(key), ID_CHARS)
        exact = _ENUM_VALUES.get(cls)
        if exact is None:  # what parse_enum gives for each exact value, asked once
            exact = _ENUM_VALUES[cls] = {m.value: parse_enum(cls, m.value, key) for m in cls}
        if v.__class__ is str and v in exact:
            return exact[v]
        try:
            return parse_enum(cls, v, key)
        except ValueError as exc:
            self.fail(str(exc))

    def strings(self, d: dict, key: str, limit: int = LINE_CHARS) -> list[str]:
        out = []
        for i, v in enumerate(self.lst(d.get(key), repr(key))):
            if not isinstance(v, str):
                self.fail(f"{key!r} item {i + 1} is {_describe(v)}, not text")
            out.append(self.check_text(v, f"{key!r} item {i + 1}", limit))
        return out

    def clock(self, d: dict) -> dict[str, int]:
        v = d.get("clock")
        if v is None:
            return {}
        if not isinstance(v, dict):
            self.fail(f"'clock' is {_describe(v)}, not an object")
        if len(v) > CLOCK_ENTRIES:
            self.fail(f"'clock' names {len(v):,} laptops; the limit is {CLOCK_ENTRIES:,}")
        out = {}
        for k, n in v.items():
            self.check_text(k, "a 'clock' entry", ID_CHARS)
            if isinstance(n, bool) or not isinstance(n, int) or not 0 < n < 2**53:
                self.fail(f"'clock' entry {k[:20]!r} is {_describe(n)}, not a count")
            out[k] = n
        return out


def _unique(r: _Reader, what: str, items: list, key) -> None:
    """Two entries of one list with the same id: name both places."""
    seen: dict[str, int] = {}
    for i, x in enumerate(items):
        k = key(x)
        if k in seen:
            r.where = "package"
            r.fail(f"{what} {i + 1} has the same id as {what} {seen[k] + 1} ({k[:40]}); "
                   "the package is damaged")
        seen[k] = i


def _note_state(r: _Reader, nd: dict, base: Note | None) -> Note:
    """The fields a note and each of its versions carry."""

    text = r.text(nd, "text", limit=MAX_NOTE_CHARS)
    if base is None:
        created = r.when(nd, "created", True)
        note = Note(id=r.ident(nd, "id"), session_id="", text=text, created=created,
                    author=r.text(nd, "author"), device=r.text(nd, "device"))
    else:
        note = Note(id=base.id, session_id=base.session_id, text=text, created=base.created,
                    author=r.text(nd, "author") or base.author,
                    device=r.text(nd, "device") or base.device)
    note.kind = r.enum(nd, "kind", NoteKind, "note")
    note.updated = r.when(nd, "updated") or note.created
    note.agenda_item_id = r.ident(nd, "agenda_item_id", False) or None
    note.speaker_id = r.ident(nd, "speaker_id", False) or None
    note.outcome_ids = r.strings(nd, "outcome_ids", ID_CHARS)
    note.action_owner = r.text(nd, "action_owner")
    note.action_due = r.day(nd, "action_due")
    note.starred = r.flag(nd, "starred")
    note.deleted_at = r.when(nd, "deleted_at")
    note.clock = r.clock(nd)
    return note


def _content(doc) -> tuple[dict, dict[str, str], bool]:
    """The package's content, once its envelope (format, version, checksum) is sound,
    the canonical text of each of its fields, and whether all its text is clean (no
    NUL, no lone surrogate: see _checked_bytes)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackageError("not a SessionKit package (no \"format\": \"sessionkit-package\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageError("the package has no format version")
    if version > VERSION:
        raise NewerPackage(f"the package was made by a newer SessionKit (format version "
                           f"{version}; this one reads up to {VERSION}); update SessionKit")
    content = doc.get("content")
    if not isinstance(content, dict):
        raise PackageError("the package has no content")
    expected = doc.get("content_sha256")
    parts = _canonical_parts(content) if isinstance(expected, str) else {}
    data, clean = _checked_bytes(_joined_text(parts))
    if not isinstance(expected, str) or hashlib.sha256(data).hexdigest() != expected.lower():
        raise IncompletePackage("the package is damaged or incomplete (its checksum does not "
                           "match); ask for it again")
    return content, parts, clean


def _session(r: _Reader, sd: dict) -> Session:
    return Session(
        id=r.ident(sd, "id"), code=r.ident(sd, "code"), title=r.text(sd, "title", True),
        subtitle=r.text(sd, "subtitle"), track=r.text(sd, "track"), tags=r.strings(sd, "tags"),
        room=r.text(sd, "room"), room_note=r.text(sd, "room_note", limit=LONG_CHARS),
        start=r.when(sd, "start"), end=r.when(sd, "end"),
        timezone=r.text(sd, "timezone", limit=ID_CHARS),
        description=r.strings(sd, "description", LONG_CHARS),
        outcomes_intro=r.text(sd, "outcomes_intro", limit=LONG_CHARS),
        language=r.text(sd, "language", limit=ID_CHARS),
        abstract=r.text(sd, "abstract", limit=LONG_CHARS),
        links=r.strings(sd, "links"), source=r.text(sd, "source"))


def _person(r: _Reader, pd: dict) -> Person:
    return Person(
        id=r.ident(pd, "id"), display_name=r.text(pd, "display_name", True),
        native_name=r.text(pd, "native_name"),
        family_name_first=r.flag(pd, "family_name_first"),
        position=r.text(pd, "position"), organisation=r.text(pd, "organisation"),
        department=r.text(pd, "department"), country=r.text(pd, "country"),
        bio=r.text(pd, "bio", limit=LONG_CHARS))


def _role(r: _Reader, rd: dict) -> Role:
    return Role(person_id=r.ident(rd, "person_id"), role=r.enum(rd, "role", RoleKind, None),
                position=r.integer(rd, "position"))


def _agenda_item(r: _Reader, ad: dict) -> AgendaItem:
    return AgendaItem(
        id=r.ident(ad, "id"), position=r.integer(ad, "position"),
        title=r.text(ad, "title", True), kind=r.enum(ad, "kind", ItemKind, "presentation"),
        planned_minutes=r.integer(ad, "planned_minutes", 10),
        cue=r.text(ad, "cue", limit=LONG_CHARS),
        person_ids=r.strings(ad, "person_ids", ID_CHARS),
        actual_start=r.when(ad, "actual_start"), actual_end=r.when(ad, "actual_end"))


def _outcome(r: _Reader, od: dict) -> Outcome:
    return Outcome(
        id=r.ident(od, "id"), position=r.integer(od, "position"),
        text=r.text(od, "text", True, limit=LONG_CHARS),
        status=r.enum(od, "status", OutcomeStatus, "open"),
        comment=r.text(od, "comment", limit=LONG_CHARS))


def _document(r: _Reader, dd: dict) -> Document:
    return Document(id=r.ident(dd, "id"), title=r.text(dd, "title"),
                    url=r.text(dd, "url"), as_of=r.text(dd, "as_of"))


def _read_notes(r: _Reader, listed: list, pkg: Package) -> None:
    """The notes and each note's earlier versions, all of the package's own session."""
    session_id = pkg.session.id
    for i, nd in enumerate(listed):
        r.where = f"package note {i + 1}"
        nd = r.obj(nd, "the note")
        sid = r.ident(nd, "session_id", False) or session_id
        if sid != session_id:
            r.fail("belongs to another session")
        note = _note_state(r, nd, None)
        note.session_id = sid
        pkg.notes.append(note)
        versions = []
        older = r.lst(nd.get("versions"), "'versions'")
        if len(older) > MAX_VERSIONS:
            r.fail(f"has {len(older):,} earlier versions; the limit is {MAX_VERSIONS:,}")
        for j, vd in enumerate(older):
            r.where = f"package note {i + 1} version {j + 1}"
            versions.append(_note_state(r, r.obj(vd, "the version"), note))
        if versions:
            pkg.versions[note.id] = versions


# each list of a package (its key is also the Package field), how one of its entries
# is named in a refusal, and its reader
_LISTS = (("people", "person", _person), ("roles", "role", _role),
          ("agenda", "agenda item", _agenda_item), ("outcomes", "outcome", _outcome),
          ("documents", "document", _document))


def _template(r: _Reader, value) -> SessionTemplate | None:
    """The package's report template, checked as a template file would be."""
    from sessionkit.report.template import (
        LOGO_MAX_BYTES,
        TEMPLATE_MAX_BYTES,
        TemplateError,
        template_from_text,
    )

    if value is None:
        return None
    r.where = "package"
    what = "the package's report template"
    if not isinstance(value, dict):
        r.fail(f"{what} is not an object")
    toml = value.get("toml")
    if not isinstance(toml, str):
        r.fail(f"{what} has no TOML text")
    r.check_text(toml, what, TEMPLATE_MAX_BYTES)
    logo_name = value.get("logo_name") or ""
    if not isinstance(logo_name, str):
        r.fail(f"{what} names its logo with {_describe(logo_name)}, not text")
    r.check_text(logo_name, what + "'s logo name", 100)
    logo, encoded = None, value.get("logo")
    if encoded is not None:
        if not isinstance(encoded, str):
            r.fail(f"{what} carries its logo as {_describe(encoded)}, not base64 text")
        if len(encoded) > (LOGO_MAX_BYTES + 2) // 3 * 4:  # checked before decoding
            r.fail(f"{what} carries a logo over {LOGO_MAX_BYTES // 2**20} MB")
        try:
            logo = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            r.fail(f"{what} carries a logo that is not valid base64")
    try:
        template_from_text(toml, logo_name, logo, shown="carried in the package")
    except TemplateError as exc:
        r.fail(f"{what} is refused: {exc}")
    return SessionTemplate(toml=toml, logo=logo, logo_name=logo_name if logo else "")


def _shallow(x):
    """A shallow copy of a (plain, not slotted) dataclass, ten times quicker than
    copy.copy; its lists are shared, which merging never changes in place."""
    new = object.__new__(type(x))
    new.__dict__.update(x.__dict__)
    return new


@dataclass
class _Frame:
    """Everything of a package but its notes, read and checked once (FrameCache)."""
    session: Session
    people: list[Person]
    roles: list[Role]
    agenda: list[AgendaItem]
    outcomes: list[Outcome]
    documents: list[Document]
    template: SessionTemplate | None

    def copy_into(self, pkg: Package) -> None:
        """The package gets its own copies (a merge may set fields on them)."""
        pkg.session = _shallow(self.session)
        for key in ("people", "roles", "agenda", "outcomes", "documents"):
            setattr(pkg, key, [_shallow(x) for x in getattr(self, key)])
        pkg.template = self.template  # frozen


class FrameCache:
    """Frames already read while many packages are (a team folder holds one package per
    session per device, each with the same session, people and agenda): a package
    whose frame has the very same canonical text as one read before takes that one's
    checked objects instead of checking them again. Holds one entry per distinct
    frame (a few kB each): keep it for one pass over a folder."""

    def __init__(self):
        self._frames: dict[str, _Frame] = {}

    def __len__(self) -> int:
        return len(self._frames)


def from_bytes(data: bytes, frames: FrameCache | None = None) -> Package:
    """Read and check a package. ``frames``: a FrameCache kept while reading many."""
    doc = load_json(data)
    content, parts, clean = _content(doc)
    r = _Reader("package")
    device = r.text(doc, "device")
    generator = r.text(doc, "generator")
    device_id = r.ident(doc, "device_id", False)
    frame_sha = hashlib.sha256(_joined(parts, skip="notes")).hexdigest()
    r.clean = clean
    known = frames._frames.get(frame_sha) if frames is not None else None
    if known is not None:
        # the same text as a frame read and checked before: the same objects, and no
        # error to find in it (the notes are still read and checked below)
        pkg = Package(session=known.session, device=device, generator=generator,
                      device_id=device_id, frame_sha=frame_sha)
        known.copy_into(pkg)
        r.where = "package"
        _read_notes(r, r.lst(content.get("notes"), "'notes'"), pkg)
        _unique(r, "note", pkg.notes, lambda x: x.id)
        return pkg
    r.where = "package session"
    session = _session(r, r.obj(content.get("session"), "the session"))
    pkg = Package(session=session, device=device, generator=generator, device_id=device_id,
                  frame_sha=frame_sha)

    def items(key: str) -> list:
        r.where = "package"  # the list itself is the package's, not the last item's
        return r.lst(content.get(key), repr(key))

    for key, name, read in _LISTS:
        into = getattr(pkg, key)
        for i, entry in enumerate(items(key)):
            r.where = f"package {name} {i + 1}"
            into.append(read(r, r.obj(entry, f"the {name}")))
    _read_notes(r, items("notes"), pkg)
    pkg.template = _template(r, content.get("template"))
    _unique(r, "person", pkg.people, lambda x: x.id)
    _unique(r, "agenda item", pkg.agenda, lambda x: x.id)
    _unique(r, "outcome", pkg.outcomes, lambda x: x.id)
    _unique(r, "document", pkg.documents, lambda x: x.id)
    _unique(r, "note", pkg.notes, lambda x: x.id)
    if frames is not None:
        frame = _Frame(pkg.session, pkg.people, pkg.roles, pkg.agenda, pkg.outcomes,
                       pkg.documents, pkg.template)
        frames._frames[frame_sha] = frame
        frame.copy_into(pkg)  # kept as read: what a merge does to this package's stays
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
        raise type(exc)(f"{path.name}: {exc}") from None
