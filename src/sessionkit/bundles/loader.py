"""SessionKit's own session files (TOML), as bundled in resources/sessions/.

The format is documented in docs/session-files.md. Every error names the file and
the field, e.g. ``d3.toml: agenda[2].minutes: expected a whole number``.
"""

from __future__ import annotations

import hashlib
import tomllib
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessionkit.domain.models import (
    AgendaItem,
    Document,
    ItemKind,
    Outcome,
    OutcomeStatus,
    Person,
    Role,
    RoleKind,
    Session,
    SessionBundle,
    parse_enum,
)

FORMAT_NAME = "sessionkit-session"
FORMAT_VERSION = 1

# Bundled sessions get ids derived from the file's bytes, so that two laptops seeding
# the same file mean the same session, items and people (a rapporteur following a
# moderator stamps notes with the moderator's ids). Fixed forever: changing it would
# give the same file other ids on a newer SessionKit.
STABLE_NAMESPACE = uuid.UUID("5e55104b-17c0-4d6e-9a3b-b0d1e5c0ffee")

MakeId = Callable[[str], str]


def stable_id_maker(raw: bytes) -> MakeId:
    """Ids for the parts of one session file: uuid5 over the file's SHA-256 and the
    part's name ("session", "person:<key>", "agenda:<position>:<kind>:<title>"…). A
    changed byte in the file gives every part a new id."""
    base = uuid.uuid5(STABLE_NAMESPACE, "sha256:" + hashlib.sha256(raw).hexdigest())
    return lambda name: str(uuid.uuid5(base, name))


class BundleError(ValueError):
    """A session file that cannot be used; the message names the file and field."""


class _Reader:
    def __init__(self, path: Path):
        self.name = path.name

    def fail(self, where: str, problem: str) -> BundleError:
        return BundleError(f"{self.name}: {where}: {problem}")

    def text(self, table: dict, key: str, where: str, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}{key}", "this field is required")
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{where}{key}", f"expected text, found {type(value).__name__}")
        if required and not value.strip():
            raise self.fail(f"{where}{key}", "must not be empty")
        return value

    def texts(self, table: dict, key: str, where: str) -> list[str]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}{key}", "expected a list of texts")
        return value

    def table_list(self, data: dict, key: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"expected [[{key}]] tables")
        return value


def _parse_start(r: _Reader, table: dict, tz_name: str) -> datetime | None:
    raw = table.get("start")
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = datetime.fromisoformat(raw)
        except ValueError:
            raise r.fail("session.start", f"not a date and time: {raw!r}") from None
    if not isinstance(raw, datetime):
        raise r.fail("session.start", "expected a date and time like 2015-06-03T14:00")
    if raw.tzinfo is None:
        if not tz_name:
            raise r.fail("session.start", "give a time zone (session.timezone) or an offset")
        raw = raw.replace(tzinfo=ZoneInfo(tz_name))
    return raw


def _session(r: _Reader, data: dict[str, Any]) -> Session:
    """The [session] table, once the file says it is a session file this SessionKit reads."""
    fmt = data.get("format", FORMAT_NAME)
    if fmt != FORMAT_NAME:
        raise r.fail("format", f"expected {FORMAT_NAME!r}, found {fmt!r}")
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise r.fail("version", f"this SessionKit reads version {FORMAT_VERSION}, found {version!r}")
    s = data.get("session")
    if not isinstance(s, dict):
        raise r.fail("session", "the [session] table is missing")

    tz_name = r.text(s, "timezone", "session.")
    if tz_name:
        try:
            ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise r.fail("session.timezone", f"unknown time zone {tz_name!r}") from None
    session = Session(
        code=r.text(s, "code", "session.", required=True).strip(),
        title=r.text(s, "title", "session.", required=True).strip(),
        subtitle=r.text(s, "subtitle", "session."),
        track=r.text(s, "track", "session."),
        tags=r.texts(s, "tags", "session."),
        room=r.text(s, "room", "session."),
        room_note=r.text(s, "room_note", "session."),
        timezone=tz_name,
        description=r.texts(s, "description", "session."),
        outcomes_intro=r.text(s, "outcomes_intro", "session."),
        language=r.text(s, "language", "session."),
        abstract=r.text(s, "abstract", "session."),
        links=r.texts(s, "links", "session."),
    )
    session.start = _parse_start(r, s, tz_name)
    return session


def _outcome(r: _Reader, o: dict, i: int) -> Outcome:
    w = f"outcomes[{i + 1}]."
    status = o.get("status", "open")
    try:
        status = parse_enum(OutcomeStatus, status, "status")
    except ValueError as exc:
        raise r.fail(f"{w}status", str(exc)) from None
    return Outcome(text=r.text(o, "text", w, required=True), position=i, status=status,
                   comment=r.text(o, "comment", w))


def _people(r: _Reader, data: dict[str, Any], bundle: SessionBundle,
            make_id: MakeId | None = None) -> dict[str, str]:
    """Add the [[people]] and their roles; return each person's key → their id."""
    keys: dict[str, str] = {}
    for i, p in enumerate(r.table_list(data, "people")):
        w = f"people[{i + 1}]."
        fnf = p.get("family_name_first", False)
        if not isinstance(fnf, bool):
            raise r.fail(f"{w}family_name_first", "expected true or false")
        person = Person(
            display_name=r.text(p, "display_name", w, required=True).strip(),
            native_name=r.text(p, "native_name", w), family_name_first=fnf,
            position=r.text(p, "position", w), organisation=r.text(p, "organisation", w),
            department=r.text(p, "department", w), country=r.text(p, "country", w),
            bio=r.text(p, "bio", w), photo_path=r.text(p, "photo", w))
        key = r.text(p, "key", w) or person.display_name
        if key in keys:
            raise r.fail(f"{w}key", f"{key!r} is used twice")
        if make_id is not None:
            person.id = make_id(f"person:{key}")
        keys[key] = person.id
        bundle.people.append(person)
        for role_name in r.texts(p, "roles", w):
            try:
                role = parse_enum(RoleKind, role_name, "role")
            except ValueError as exc:
                raise r.fail(f"{w}roles", str(exc)) from None
            bundle.roles.append(Role(person_id=person.id, role=role, position=i))
    return keys


def _agenda_item(r: _Reader, a: dict, i: int, keys: dict[str, str]) -> AgendaItem:
    w = f"agenda[{i + 1}]."
    try:
        kind = parse_enum(ItemKind, a.get("kind", "presentation"), "kind")
    except ValueError as exc:
        raise r.fail(f"{w}kind", str(exc)) from None
    minutes = a.get("minutes", 10)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 24 * 60:
        raise r.fail(f"{w}minutes", f"expected a whole number of minutes, found {minutes!r}")
    person_ids = []
    for key in r.texts(a, "people", w):
        if key not in keys:
            raise r.fail(f"{w}people", f"no person with key {key!r} in this file")
        person_ids.append(keys[key])
    return AgendaItem(title=r.text(a, "title", w, required=True), kind=kind,
                      planned_minutes=minutes, position=i, cue=r.text(a, "cue", w),
                      person_ids=person_ids)


def parse_session_data(data: dict[str, Any], path: Path,
                       make_id: MakeId | None = None) -> SessionBundle:
    """The bundle a session file describes; with ``make_id``, every id comes from it
    (stable ids), else each is a fresh random one."""
    r = _Reader(path)
    bundle = SessionBundle(session=_session(r, data))
    for i, d in enumerate(r.table_list(data, "documents")):
        w = f"documents[{i + 1}]."
        bundle.documents.append(Document(
            title=r.text(d, "title", w, required=True), url=r.text(d, "url", w),
            as_of=r.text(d, "as_of", w), local_path=r.text(d, "local_path", w)))
    for i, o in enumerate(r.table_list(data, "outcomes")):
        bundle.outcomes.append(_outcome(r, o, i))
    keys = _people(r, data, bundle, make_id)  # before the agenda, which names people by key
    for i, a in enumerate(r.table_list(data, "agenda")):
        bundle.agenda.append(_agenda_item(r, a, i, keys))
    if make_id is not None:
        bundle.session.id = make_id("session")
        for i, d in enumerate(bundle.documents):
            d.id = make_id(f"document:{i}")
        for i, o in enumerate(bundle.outcomes):
            o.id = make_id(f"outcome:{i}")
        for i, a in enumerate(bundle.agenda):
            a.id = make_id(f"agenda:{i}:{a.kind.value}:{a.title}")
    return bundle


def load_session_file(path: Path, stable_ids: bool = False) -> SessionBundle:
    """Read one session file; raise BundleError naming the file and field.

    ``stable_ids``: ids derived from the file's bytes (bundled sessions: the same on
    every laptop); otherwise fresh ones (a template may make many sessions)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BundleError(f"{path.name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise BundleError(f"{path.name}: not a valid TOML file ({exc})") from None
    return parse_session_data(data, path, stable_id_maker(raw) if stable_ids else None)


def bundled_session_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).glob("*.toml") if p.is_file())
