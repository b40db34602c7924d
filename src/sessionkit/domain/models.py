"""The SessionKit domain: plain dataclasses and the rules that belong to them.

Nothing here knows about Qt, SQLite or files. Times are timezone-aware
``datetime`` objects in UTC unless a field says otherwise.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum


MAX_NOTE_CHARS = 1_000_000  # a note this long is a paste accident, not a note


def new_id() -> str:
    """A fresh UUID4 string: ids are made on the device so packages can merge."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text as stored and exchanged; a naive time is taken to be UTC."""
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


class RoleKind(str, Enum):
    MODERATOR = "moderator"
    CHAIR = "chair"
    SPEAKER = "speaker"
    PANELLIST = "panellist"
    DISCUSSANT = "discussant"
    RAPPORTEUR = "rapporteur"


class ItemKind(str, Enum):
    OPENING = "opening"
    PRESENTATION = "presentation"
    PANEL = "panel"
    DISCUSSION = "discussion"
    QA = "qa"
    CLOSING = "closing"
    BREAK = "break"


class OutcomeStatus(str, Enum):
    OPEN = "open"
    PARTLY = "partly"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"


# How far an outcome got: open < not achieved < partly < achieved. Two records of one
# outcome (a package from another laptop) keep the furthest.
OUTCOME_STATUS_RANK = {OutcomeStatus.OPEN: 0, OutcomeStatus.NOT_ACHIEVED: 1,
                       OutcomeStatus.PARTLY: 2, OutcomeStatus.ACHIEVED: 3}


def furthest_status(a: OutcomeStatus, b: OutcomeStatus) -> OutcomeStatus:
    """The status further along of two (the first when they rank the same)."""
    return max(a, b, key=OUTCOME_STATUS_RANK.__getitem__)


class NoteKind(str, Enum):
    NOTE = "note"
    KEY_MESSAGE = "key_message"
    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"
    RECOMMENDATION = "recommendation"
    QUOTE = "quote"


def parse_enum(enum_cls, value: str, what: str):
    """Accept an enum value or its name in any case ("Q&A" and "qa" both work)."""
    if isinstance(value, enum_cls):
        return value
    text = str(value).strip().lower().replace("&", "a").replace(" ", "_").replace("-", "_")
    for member in enum_cls:
        if text in (member.value, member.name.lower()):
            return member
    allowed = ", ".join(m.value for m in enum_cls)
    raise ValueError(f"unknown {what} {value!r} (expected one of: {allowed})")


@dataclass
class Document:
    title: str
    url: str = ""
    as_of: str = ""  # free text as the organiser wrote it, e.g. "7th April 2015"
    local_path: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Person:
    display_name: str
    native_name: str = ""
    family_name_first: bool = False
    position: str = ""
    organisation: str = ""
    department: str = ""
    country: str = ""
    bio: str = ""
    photo_path: str = ""
    id: str = field(default_factory=new_id)

    def affiliation(self) -> str:
        """Position, department, organisation and country as one line."""
        parts = [self.position, self.department, self.organisation, self.country]
        return ", ".join(p for p in parts if p)


@dataclass
class Role:
    person_id: str
    role: RoleKind
    position: int = 0


@dataclass
class AgendaItem:
    title: str
    kind: ItemKind = ItemKind.PRESENTATION
    planned_minutes: int = 10
    position: int = 0
    cue: str = ""
    person_ids: list[str] = field(default_factory=list)
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Outcome:
    text: str
    position: int = 0
    status: OutcomeStatus = OutcomeStatus.OPEN
    comment: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Note:
    session_id: str
    text: str
    kind: NoteKind = NoteKind.NOTE
    created: datetime = field(default_factory=utc_now)
    updated: datetime | None = None
    author: str = ""
    device: str = ""
    agenda_item_id: str | None = None
    speaker_id: str | None = None
    outcome_ids: list[str] = field(default_factory=list)
    action_owner: str = ""
    action_due: date | None = None
    starred: bool = False
    deleted_at: datetime | None = None
    id: str = field(default_factory=new_id)
    # version vector {replica: number of changes made there}: which changes this
    # version has seen, so merging tells a later edit from a concurrent one
    clock: dict[str, int] = field(default_factory=dict)
    conflict: bool = False  # another laptop changed it concurrently; its version is in history

    def __post_init__(self) -> None:
        if self.updated is None:
            self.updated = self.created


@dataclass
class ReportMeta:
    session_id: str
    summary: str = ""
    attendance: str = ""
    signed_off_by: str = ""
    signed_off_at: datetime | None = None


@dataclass(frozen=True)
class SessionTemplate:
    """The report template chosen for a session, as kept and as carried in a package:
    its TOML text and its logo's bytes (report/template.py checks both before use)."""
    toml: str
    logo: bytes | None = None
    logo_name: str = ""


@dataclass
class Session:
    code: str
    title: str
    subtitle: str = ""
    track: str = ""
    tags: list[str] = field(default_factory=list)
    room: str = ""
    room_note: str = ""  # the organiser's sentence about the venue, kept verbatim
    start: datetime | None = None  # aware, in the session's own time zone
    end: datetime | None = None
    timezone: str = ""  # IANA name, e.g. "Asia/Tokyo"
    description: list[str] = field(default_factory=list)  # paragraphs
    outcomes_intro: str = ""  # e.g. "Participants will develop their understanding of:"
    language: str = ""
    abstract: str = ""
    links: list[str] = field(default_factory=list)
    source: str = ""  # where it came from: "bundle:d3", "import:<guid>", "" for made here
    id: str = field(default_factory=new_id)


@dataclass
class SessionBundle:
    """A session with everything that hangs off it, as files and packages carry it."""

    session: Session
    people: list[Person] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def people_with_role(self, role: RoleKind) -> list[Person]:
        by_id = {p.id: p for p in self.people}
        ordered = sorted((r for r in self.roles if r.role == role), key=lambda r: r.position)
        return [by_id[r.person_id] for r in ordered if r.person_id in by_id]

    def planned_minutes(self) -> int:
        return sum(item.planned_minutes for item in self.agenda)
