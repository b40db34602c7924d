"""What every schedule reader produces, and the checks every input goes through.

The readers (frab_xml, frab_json, ical) import this module and ``schedule.py``
imports the readers, so the shared types live here, apart from the dispatch.

Readers turn one file into a :class:`ParsedSchedule`: a list of
:class:`ScheduleEvent` plus one warning per event they had to skip or repair.
A file that cannot be used at all raises :class:`ScheduleError` with one line
for the user. Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessionkit.interchange.infile import SCHEDULE_CAP, InputFileError, read_input

MAX_SCHEDULE_BYTES = SCHEDULE_CAP
MAX_EVENTS = 20_000
# Every date read from a file must fall in these years: far outside them it is a
# typo or a hostile file, and near year 1 or 9999 arithmetic on it overflows.
MIN_YEAR, MAX_YEAR = 1900, 2200


class ScheduleError(ValueError):
    """The file can't be imported; the message is for the user, one line."""


@dataclass
class SchedulePerson:
    name: str
    bio: str = ""
    key: str = ""  # the schedule's own id/code for the person, if any
    affiliation: str = ""  # becomes the person's organisation
    # "" for a speaker; else a RoleKind value ("chair", "moderator") given to the
    # person only when the session is first imported, like the agenda
    role: str = ""


@dataclass
class ScheduleAgendaItem:
    """One part of an event the schedule itself splits up (an Indico session's
    contributions and breaks); becomes an agenda item of a new session."""
    title: str
    kind: str = "presentation"  # an ItemKind value
    minutes: int = 10
    people: list[SchedulePerson] = field(default_factory=list)


@dataclass
class ScheduleEvent:
    key: str  # stable across versions of the schedule: guid/uid, else derived
    code: str  # short, shown to the user, e.g. "G9JGWY", "11795"
    title: str
    subtitle: str = ""
    track: str = ""
    room: str = ""
    type: str = ""
    language: str = ""
    start: datetime | None = None  # aware, in the schedule's zone
    end: datetime | None = None
    timezone: str = ""
    abstract: str = ""
    description: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    people: list[SchedulePerson] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # id, slug, guid: what --select accepts
    agenda: list[ScheduleAgendaItem] = field(default_factory=list)  # empty: one item

    @property
    def source(self) -> str:
        return f"import:{self.key}"

    def matches(self, wanted: str) -> bool:
        w = wanted.strip().lower()
        names = [self.key, self.code, self.source, *self.aliases]
        return any(w == n.lower() for n in names if n)


@dataclass
class ParsedSchedule:
    format: str  # "frab-xml", "schedule-json", "ical"
    title: str = ""
    schedule_key: str = ""  # identifies the conference across versions of the file
    timezone: str = ""
    events: list[ScheduleEvent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # keys seen more than once
    skipped: int = 0
    naive_as_utc: bool = False  # times without a zone were read as UTC
    seen: int = 0  # events met in the file so far, usable or not

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def count_event(self) -> None:
        """Called by the readers for every event they meet, before reading it, so a
        file with a million events is refused while it is read, not after."""
        self.seen += 1
        if self.seen > MAX_EVENTS:
            raise ScheduleError(too_many_events())

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        self.warnings.append(f"{where}: skipped: {why}")


# -- helpers shared by the readers ---------------------------------------------------

def json_text(value) -> str:
    """A JSON value as text: "" for null, objects and lists (never their repr)."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)


def conference_schedule(conf: dict, fmt: str,
                        default_timezone: str = "") -> tuple[ParsedSchedule, ZoneInfo | None]:
    """The schedule JSON's conference object (versions 1 and 2 alike): the title, the
    key across versions of the file, and the time zone (the file's, else the one the
    user gave), with a warning for a zone name that is not known."""
    from sessionkit.interchange.text import plain

    parsed = ParsedSchedule(format=fmt)
    acronym = plain(json_text(conf.get("acronym")))
    parsed.title = plain(json_text(conf.get("title"))) or acronym
    parsed.schedule_key = slug(acronym or parsed.title)
    tz_name = plain(json_text(conf.get("time_zone_name")))
    tz = zone(tz_name)
    if tz_name and tz is None:
        parsed.warn(f"the schedule's time zone {tz_name!r} is unknown; "
                    "the events' own UTC offsets were used")
    if tz is None and default_timezone:
        tz = zone(default_timezone)
    parsed.timezone = tz.key if tz is not None else ""
    return parsed, tz


def slug(text: str, limit: int = 40) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit] or "schedule"


def short_hash(*parts: str, length: int = 10) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:length]


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone for a name, or None when the name is unknown or unsafe."""
    name = (name or "").strip()
    if not name or len(name) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", name) \
            or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_duration(text: str) -> timedelta | None:
    """'00:30', '1:30:00', '90' (minutes), 'PT1H30M' -> timedelta; None if unusable."""
    text = (text or "").strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?", text)
    if m:
        h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
        if mi < 60 and s < 60:
            return timedelta(hours=h, minutes=mi, seconds=s)
        return None
    m = re.fullmatch(r"(\d{1,2})d\s*(\d{1,2}):(\d{2})", text)  # "1d 02:00"? rare
    if m:
        return timedelta(days=int(m[1]), hours=int(m[2]), minutes=int(m[3]))
    m = re.fullmatch(r"P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", text, re.I)
    if m and any(m.groups()):
        d, h, mi, s = (int(g or 0) for g in m.groups())
        return timedelta(days=d, hours=h, minutes=mi, seconds=s)
    if text.isdigit() and len(text) <= 4:
        return timedelta(minutes=int(text))
    return None


def parse_iso_datetime(text: str) -> datetime | None:
    text = (text or "").strip()
    if not text or len(text) > 40:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def too_many_events() -> str:
    return f"the file has more than {MAX_EVENTS:,} events; that is not a conference programme"


def year_problem(value) -> str:
    """Why a date from a file can't be used ('' when it can)."""
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        year = "?" if value is None else value.year
        return f"its date (year {year}) is outside the years {MIN_YEAR}-{MAX_YEAR}"
    return ""


def end_after(start: datetime, duration: timedelta, parsed: "ParsedSchedule",
              where: str) -> datetime | None:
    """start + duration, or None (with a warning) when that leaves the usable years."""
    try:
        end = start + duration
    except OverflowError:
        end = None
    if end is None or year_problem(end):
        parsed.warn(f"{where}: the duration is too long; the end time was left empty")
        return None
    return end


def check_text(value: str, where: str) -> None:
    """Refuse strings SQLite and every other tool would choke on (lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ScheduleError(
            f"{where} contains an invalid character (a lone UTF-16 surrogate); "
            "the file is damaged") from None


def check_event_text(ev: ScheduleEvent, where: str) -> None:
    for v in (ev.key, ev.code, ev.title, ev.subtitle, ev.track, ev.room, ev.type,
              ev.language, ev.abstract, ev.timezone, *ev.description, *ev.links,
              *ev.aliases):
        check_text(v, where)
    people = list(ev.people)
    for item in ev.agenda:
        check_text(item.title, where)
        people.extend(item.people)
    for p in people:
        check_text(p.name, where)
        check_text(p.bio, where)
        check_text(p.key, where)
        check_text(p.affiliation, where)


def dedupe(parsed: ParsedSchedule) -> None:
    """Keep the first event for each key; report the others (same or different)."""
    seen: dict[str, ScheduleEvent] = {}
    kept = []
    for ev in parsed.events:
        first = seen.get(ev.key)
        if first is None:
            seen[ev.key] = ev
            kept.append(ev)
            continue
        parsed.duplicates.append(ev.key)
        same = (first.title, first.start, first.room) == (ev.title, ev.start, ev.room)
        parsed.warn(f"event {ev.code!r} ({ev.title!r}) appears more than once in the file"
                    + ("; the copy was ignored" if same else
                       "; the later, different one was ignored"))
    parsed.events = kept


def read_bytes_capped(path: Path, cap: int = MAX_SCHEDULE_BYTES) -> bytes:
    try:
        return read_input(Path(path), cap, "a schedule")
    except InputFileError as exc:
        raise ScheduleError(str(exc)) from None


# An XML declaration's encoding: group 1 up to the quote, 2 the quote, 3 the name.
XML_DECL_ENCODING = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])([^\"']*)\2")


def as_utf8(data: bytes) -> tuple[bytes, str]:
    """UTF-16 schedules (with a BOM, or recognised by their NUL bytes) re-encoded as
    UTF-8, so every reader sees UTF-8; returns (bytes, "UTF-16" or "")."""
    from sessionkit.interchange.infile import utf16_codec

    codec = utf16_codec(data)
    if not codec:
        return data, ""
    try:
        text = data.decode(codec).lstrip("\ufeff")
    except UnicodeDecodeError:
        raise ScheduleError("the file looks like UTF-16 but is damaged; save it as UTF-8 "
                            "and try again") from None
    out = text.encode("utf-8", "surrogatepass")
    # An XML declaration saying UTF-16 would now be wrong.
    out = XML_DECL_ENCODING.sub(lambda m: m.group(1) + m.group(2) + b"UTF-8" + m.group(2), out,
                        count=1)
    return out, "UTF-16"


def local(dt: datetime, tz: ZoneInfo | timezone | None) -> datetime:
    if dt.tzinfo is None:
        return dt.replace(tzinfo=tz or timezone.utc)
    return dt.astimezone(tz) if tz is not None else dt


def place_in_zone(start: datetime, tz, parsed: ParsedSchedule) -> tuple[datetime, str]:
    """An event's start in the schedule's zone, with the zone's name.

    A naive time in a schedule that names no zone is read as UTC, and the schedule
    remembers it so the import can warn once.
    """
    if tz is not None:
        return local(start, tz), tz.key
    if start.tzinfo is not None:
        return start, ("UTC" if start.utcoffset() == timedelta(0) else "")
    parsed.naive_as_utc = True
    return start.replace(tzinfo=timezone.utc), "UTC"
