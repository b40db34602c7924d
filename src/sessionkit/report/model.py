"""The report model: what the post-session report says, as plain data.

Built from the store by :func:`build_report`; rendered by ``report.pdf``,
``report.docx`` and ``report.markdown``. Nothing here imports Qt, ReportLab or
python-docx, and nothing here is markup: every string is the user's plain text.
The renderers walk the same sections and blocks, so the three formats carry
the same sections and facts in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Union

from sessionkit.domain.labels import NOTE_KIND_LABELS, OUTCOME_STATUS_LABELS, ROLE_LABELS
from sessionkit.domain.models import (
    AgendaItem,
    ItemKind,
    Note,
    NoteKind,
    OutcomeStatus,
    Person,
    RoleKind,
    SessionBundle,
    utc_now,
)
from sessionkit.domain.timing import (
    SpeakerTurn,
    actual_duration,
    actual_minutes,
    turn_durations,
)
from sessionkit.report.i18n import long_date, medium_date, normalise_language, translator
from sessionkit.report.template import ReportTemplate

# Section keys, in the order the report prints them.
SECTION_KEYS: tuple[str, ...] = (
    "metadata", "roles", "speakers", "summary", "outcomes", "agenda", "pictures",
    "key_messages",
    "presentations", "discussion", "decisions", "recommendations", "actions", "annex",
)

SECTION_TITLES: dict[str, str] = {
    "metadata": "Session",
    "roles": "Roles",
    "speakers": "Speakers",
    "summary": "Summary",
    "outcomes": "Envisaged outcomes",
    "agenda": "Agenda: planned and actual",
    "pictures": "The run in pictures",
    "key_messages": "Key messages",
    "presentations": "Presentation notes",
    "discussion": "Discussion and Q&A",
    "decisions": "Decisions",
    "recommendations": "Recommendations",
    "actions": "Action items",
    "annex": "Annex: all notes in time order",
}

PAPER_SIZES = ("A4", "Letter")

# the report's words for note kinds, statuses and roles are the domain's one label of
# each (the UI shows the same words); report/i18n.py translates them
KIND_LABELS = NOTE_KIND_LABELS
STATUS_LABELS = OUTCOME_STATUS_LABELS

DISCUSSION_ITEM_KINDS = {ItemKind.DISCUSSION, ItemKind.QA, ItemKind.PANEL}

PLACEHOLDER = "\ufffd"


# -- options -------------------------------------------------------------------------

@dataclass
class ReportOptions:
    """What the user picked in the export dialog (or on the command line)."""

    sections: frozenset[str] | None = None  # None: every section
    paper: str = "A4"  # "A4" or "Letter"
    include_annex: bool = True
    language: str = "en"  # the report's fixed texts: en, ja, ko, zh_CN (report/i18n.py)
    # the organisation's look (report/template.py), already checked; None: the plain look
    template: ReportTemplate | None = None

    def __post_init__(self) -> None:
        self.language = normalise_language(self.language)
        paper = {p.lower(): p for p in PAPER_SIZES}.get(str(self.paper).strip().lower())
        if paper is None:
            raise ValueError(f"unknown paper size {self.paper!r} (expected A4 or Letter)")
        self.paper = paper
        if self.sections is not None:
            unknown = set(self.sections) - set(SECTION_KEYS)
            if unknown:
                raise ValueError(f"unknown report section(s): {', '.join(sorted(unknown))} "
                                 f"(expected some of: {', '.join(SECTION_KEYS)})")
            self.sections = frozenset(self.sections)

    def wants(self, key: str) -> bool:
        if key == "annex" and not self.include_annex:
            return False
        return self.sections is None or key in self.sections


# -- blocks ---------------------------------------------------------------------------

@dataclass
class Subheading:
    text: str


@dataclass
class Para:
    text: str
    style: str = "body"  # "body" or "intro" (a lead-in line, printed in italics or muted)


@dataclass
class Facts:
    """Label: value lines."""
    items: list[tuple[str, str]]


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative widths, one per column
    # columns of names, one per line: a renderer keeps each line whole when it can
    keep_whole: tuple[int, ...] = ()


@dataclass
class NoteEntry:
    time: str
    kind: str
    text: str
    context: str = ""  # agenda item and speaker, "·"-separated
    starred: bool = False
    outcomes: str = ""  # "1, 3": the envisaged outcomes the note supports
    outcome_label: str = "supports outcome {numbers}"  # in the report language

    def header(self) -> str:
        parts = [self.time, self.kind]
        if self.context:
            parts.append(self.context)
        if self.outcomes:
            parts.append(self.outcome_label.format(numbers=self.outcomes))
        line = " · ".join(p for p in parts if p)
        return f"★ {line}" if self.starred else line


@dataclass
class Notes:
    notes: list[NoteEntry]


@dataclass
class Picture:
    """A drawing of the run and its text equivalent (for screen readers, for the
    Markdown, and for whoever cannot see the drawing). ``data`` is what
    ``report.pictures`` draws: plain numbers and labels already in the report language.
    """
    key: str  # "agenda", "speaking", "outcomes", "timeline": also the SVG file name
    title: str
    text: list[str]  # the text equivalent, one line each
    data: dict = field(default_factory=dict)


Block = Union[Subheading, Para, Facts, Bullets, Table, Notes, Picture]


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Report:
    code: str
    title: str
    subtitle: str
    heading: str  # "Session D3: Low carbon cities …"
    author: str
    subject: str
    keywords: list[str]
    options: ReportOptions
    sections: list[Section]
    warnings: list[str] = field(default_factory=list)
    time_zone_label: str = ""

    def all_text(self) -> list[str]:
        """Every user-visible string, in order: for tests and for glyph checks."""
        out = [self.heading, self.subtitle]
        for s in self.sections:
            out.append(s.title)
            for b in s.blocks:
                out.extend(block_texts(b))
        return [t for t in out if t]


def block_texts(b: Block) -> list[str]:
    if isinstance(b, Subheading):
        return [b.text]
    if isinstance(b, Para):
        return [b.text]
    if isinstance(b, Facts):
        return [x for pair in b.items for x in pair]
    if isinstance(b, Bullets):
        return list(b.items)
    if isinstance(b, Table):
        return list(b.columns) + [c for row in b.rows for c in row]
    if isinstance(b, Notes):
        return [x for n in b.notes for x in (n.header(), n.text)]
    if isinstance(b, Picture):
        return [b.title, *b.text]  # the drawn labels are in the text equivalent too
    return []


# -- text hygiene ---------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class _Cleaner:
    """Normalises user text once, and remembers what it had to replace."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = text.replace("\t", "    ")

        def sub(m: re.Match) -> str:
            self.replaced += 1
            return PLACEHOLDER
        return _CONTROL.sub(sub, text)


# -- time helpers -------------------------------------------------------------------

def _zone(tz_name: str) -> tuple[tzinfo, str]:
    if tz_name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(tz_name), tz_name
        except Exception:  # unknown zone name: fall back to the machine's zone
            pass
    local = datetime.now().astimezone().tzinfo
    return local, ""


def _minutes(td: timedelta) -> int:
    return int(round(td.total_seconds() / 60))


def _fmt_minutes(m: int | None, tr=None) -> str:
    tr = tr or translator("en")
    return "" if m is None else tr("{n} min", n=m)


def _fmt_diff(m: int | None, tr=None) -> str:
    tr = tr or translator("en")
    if m is None:
        return ""
    return tr("on time") if m == 0 else tr("{n} min", n=f"{m:+d}")


def _item_actual(item: AgendaItem, paused: dict[str, float]) -> int | None:
    """Minutes the item ran, pauses excluded: the live clock's rule (domain.timing)."""
    return actual_minutes(item.actual_start, item.actual_end, paused.get(item.id, 0.0))


def _speaking_shares(agenda: list[AgendaItem], paused: dict[str, float],
                     turns: dict[str, list[SpeakerTurn]] | None = None
                     ) -> tuple[dict[str, float], dict[str, float], bool]:
    """Planned and actual minutes per person, from the items they are on, and
    whether any item's actual minutes were measured from speaker turns.

    Where the live run recorded who was speaking (the rapporteur switching the
    credited speaker), each person gets the time of their own turns, pauses
    excluded. An item without such changes is split evenly between its people (a
    panel of three running 45 minutes gives each 15), rather than giving each the
    whole item. The plan is always split evenly: it says nothing about turns.
    """
    turns = turns or {}
    planned: dict[str, float] = {}
    actual: dict[str, float] = {}
    measured = False
    for item in agenda:
        people = list(dict.fromkeys(item.person_ids))
        pause = paused.get(item.id, 0.0)
        for pid in people:
            planned[pid] = planned.get(pid, 0.0) + item.planned_minutes / len(people)
        spoken = turn_durations(item.actual_start, item.actual_end, pause,
                                turns.get(item.id, []), people[0] if people else None)
        if spoken is not None:
            measured = True
            for pid, length in spoken:
                if pid is not None:
                    actual[pid] = actual.get(pid, 0.0) + length.total_seconds() / 60
            continue
        ran = actual_duration(item.actual_start, item.actual_end, pause)
        if ran is not None:
            for pid in people:
                actual[pid] = actual.get(pid, 0.0) + ran.total_seconds() / 60 / len(people)
    return planned, actual, measured


def _whole(minutes: float) -> int:
    return int(minutes + 0.5)


# -- building ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LiveRun:
    """The item the live clock is on when a report is exported mid-session: it is
    reported as in progress, timed up to ``at`` (the export) like the stage clock."""

    item_id: str
    at: datetime
    open_pause: float = 0.0  # seconds of a pause still open at ``at``


def live_run(store, session_id: str, now: datetime | None = None) -> LiveRun | None:
    """The running (or paused) item of the session's live clock, if the run is on."""
    rec = store.live.get(session_id)
    at = (now or utc_now()).astimezone(timezone.utc)
    if rec.state == "idle" and rec.started_at is None:
        # No run on this machine, yet an item started and not ended: the session came
        # in a package or a team folder from the room's laptop while it was running (the
        # secretariat's copy). The item last started is the one on, as far as anyone here
        # can know; its pauses are not in the package.
        started = [i for i in store.agenda.for_session(session_id) if i.actual_start]
        last = max(started, key=lambda i: i.actual_start, default=None)
        if last is not None and last.actual_end is None:
            return LiveRun(last.id, at)
        return None
    if rec.state not in ("running", "paused") or not rec.current_item_id:
        return None
    open_pause = 0.0
    if rec.state == "paused" and rec.paused_at:
        open_pause = max((at - rec.paused_at).total_seconds(), 0.0)
    return LiveRun(rec.current_item_id, at, open_pause)


def build_report(store, session_id: str, options: ReportOptions | None = None,
                 now: datetime | None = None) -> Report:
    """Read the session from the store and build its report model. While the session
    still runs, the current item is timed up to ``now`` (the export; the machine's
    clock when not given)."""
    options = options or ReportOptions()
    bundle = store.load_bundle(session_id)
    notes = store.notes.for_session(session_id)  # deleted notes are never loaded
    meta = store.report_meta.get(session_id)
    paused = {k: v.paused_seconds for k, v in store.live.items(session_id).items()}
    return build_report_from(bundle, notes, meta, options, paused=paused,
                             turns=store.live.turns(session_id),
                             running=live_run(store, session_id, now))


@dataclass
class _Build:
    """What every section builder reads: the session, its notes, and how to print."""

    bundle: SessionBundle
    notes: list[Note]  # live notes only, in time order
    meta: object
    options: ReportOptions
    paused: dict[str, float]
    turns: dict[str, list[SpeakerTurn]]
    tr: object  # report.i18n translator
    clean: _Cleaner
    zone: tzinfo
    zone_name: str
    people: dict[str, Person]
    items: dict[str, AgendaItem]
    outcome_no: dict[str, int]
    speakers: list[Person]
    multi_day: bool = False
    running_id: str | None = None  # the item still running at the export, if any


def _with_run(bundle: SessionBundle, paused: dict[str, float], running: LiveRun | None
              ) -> tuple[SessionBundle, dict[str, float], str | None]:
    """The bundle with the running item ending at the export (a copy: the caller's
    bundle is left alone), so every table and picture times it as the clock does."""
    if running is None:
        return bundle, paused, None
    item = next((i for i in bundle.agenda if i.id == running.item_id), None)
    if item is None or item.actual_start is None or item.actual_end is not None:
        return bundle, paused, None
    ended = replace(item, actual_end=max(running.at, item.actual_start))
    agenda = [ended if i.id == item.id else i for i in bundle.agenda]
    paused = dict(paused)
    paused[item.id] = paused.get(item.id, 0.0) + running.open_pause
    return replace(bundle, agenda=agenda), paused, item.id


def _start(bundle: SessionBundle, notes: list[Note], meta, options: ReportOptions,
           paused: dict[str, float], turns: dict[str, list[SpeakerTurn]],
           running: LiveRun | None = None) -> _Build:
    bundle, paused, running_id = _with_run(bundle, paused, running)
    zone, zone_name = _zone(bundle.session.timezone)
    notes = sorted((n for n in notes if n.deleted_at is None), key=lambda n: (n.created, n.id))
    b = _Build(bundle=bundle, notes=notes, meta=meta, options=options, paused=paused,
               turns=turns,
               tr=translator(options.language), clean=_Cleaner(), zone=zone,
               zone_name=zone_name, people={p.id: p for p in bundle.people},
               items={i.id: i for i in bundle.agenda},
               outcome_no={o.id: i + 1 for i, o in enumerate(bundle.outcomes)},
               speakers=bundle.people_with_role(RoleKind.SPEAKER), running_id=running_id)
    b.multi_day = len({_local(b, n.created).date() for n in notes}) > 1
    return b


def _local(b: _Build, dt: datetime | None) -> datetime | None:
    return _in_zone(dt, b.zone)[0] if dt else None


def _when(b: _Build, dt: datetime | None, dated: bool | None = None) -> str:
    if dt is None:
        return ""
    d, shifted = _in_zone(dt, b.zone)
    if not shifted:  # at the edge of the calendar: printed as stored, saying so
        return f"{d.year:04d}-{d:%m-%d %H:%M} " + (d.tzname() or "UTC")  # %Y: "1" for 0001
    dated = b.multi_day if dated is None else dated
    return d.strftime("%Y-%m-%d %H:%M") if dated else d.strftime("%H:%M")


def _name(b: _Build, p: Person) -> str:
    n = b.clean(p.display_name)
    if p.native_name and p.native_name != p.display_name:
        n += f" ({b.clean(p.native_name)})"
    return n


def _resolved_speaker(b: _Build, n: Note) -> Person | None:
    if n.speaker_id and n.speaker_id in b.people:
        return b.people[n.speaker_id]
    item = b.items.get(n.agenda_item_id or "")
    if item and item.kind == ItemKind.PRESENTATION and len(item.person_ids) == 1:
        return b.people.get(item.person_ids[0])
    return None


def _entry(b: _Build, n: Note, with_context: bool = True) -> NoteEntry:
    tr, clean = b.tr, b.clean
    ctx = []
    if with_context:
        item = b.items.get(n.agenda_item_id or "")
        if item:
            ctx.append(clean(item.title))
        sp = b.people.get(n.speaker_id or "")
        if sp and not (item and sp.display_name in item.title):  # "Presentation: Mori"
            ctx.append(_name(b, sp))
    text = clean(n.text)
    if n.kind == NoteKind.ACTION:
        extra = []
        if n.action_owner:
            extra.append(tr("owner: {owner}", owner=clean(n.action_owner)))
        if n.action_due:
            extra.append(tr("due: {due}", due=n.action_due.isoformat()))
        if extra and with_context:
            ctx.append(", ".join(extra))
    nums = sorted(b.outcome_no[o] for o in n.outcome_ids if o in b.outcome_no)
    return NoteEntry(time=_when(b, n.created), kind=tr(KIND_LABELS[n.kind]), text=text,
                     context=" · ".join(ctx), starred=n.starred,
                     outcomes=", ".join(str(x) for x in nums),
                     outcome_label=tr("supports outcome {numbers}"))


def _notes_block(b: _Build, notes: list[Note]) -> list[Block]:
    return [Notes([_entry(b, n) for n in notes])]


def _notes_of_kind(b: _Build, kind: NoteKind) -> list[Note]:
    return [n for n in b.notes if n.kind == kind]


# -- the sections, one builder each, in report order -----------------------------------

def _run_dates(b: _Build) -> tuple[list[tuple[str, str]], bool]:
    """The date line, the planned and the actual time; and whether the session ran on
    another day than planned."""
    s, tr, lang = b.bundle.session, b.tr, b.options.language
    facts: list[tuple[str, str]] = []
    starts = [i.actual_start for i in b.bundle.agenda if i.actual_start]
    ends = [i.actual_end for i in b.bundle.agenda if i.actual_end]
    planned_day = _local(b, s.start)
    run_day = _local(b, min(starts)) if starts else None
    # A run on another day than planned (a rehearsal, a postponed session) says so
    # plainly, so planned and actual times are never read as the same day.
    other_day = bool(planned_day and run_day and planned_day.date() != run_day.date())
    if other_day:
        facts.append((tr("Date"), tr("Planned: {planned} · Run: {run}",
                                     planned=_stamp(planned_day, lang),
                                     run=_stamp(run_day, lang))))
    elif planned_day or run_day:
        facts.append((tr("Date"), long_date(planned_day or run_day, lang)))
    planned_total = b.bundle.planned_minutes()
    if s.start and s.end:
        a, e = _local(b, s.start), _local(b, s.end)
        facts.append((tr("Planned time"), _span(a, e, other_day, lang)
                      + f" ({tr('{n} min', n=_minutes(s.end - s.start))})"))
    elif planned_total:
        facts.append((tr("Planned time"), tr("{n} min (agenda)", n=planned_total)))
    if starts and ends and max(ends) >= min(starts):
        a, e = _local(b, min(starts)), _local(b, max(ends))
        # still running at the export: the time so far, never read as the whole run
        length = tr("{n} min so far" if b.running_id else "{n} min",
                    n=_minutes(max(ends) - min(starts)))
        facts.append((tr("Actual time"), _span(a, e, other_day, lang) + f" ({length})"))
    return facts, other_day


def _metadata_section(b: _Build) -> list[Block]:
    s, tr, clean, meta = b.bundle.session, b.tr, b.clean, b.meta
    facts: list[tuple[str, str]] = [(tr("Code"), clean(s.code)), (tr("Title"), clean(s.title))]
    if s.subtitle:
        facts.append((tr("Subtitle"), clean(s.subtitle)))
    facts.extend(_run_dates(b)[0])
    if s.room:
        facts.append((tr("Room"), clean(s.room)))
    if s.room_note and s.room_note != s.room:
        facts.append((tr("Room note"), clean(s.room_note)))
    if s.track:
        facts.append((tr("Track"), clean(s.track)))
    tags = [t for t in s.tags if t]
    if tags:
        facts.append((tr("Tags"), clean(", ".join(tags))))
    for d in b.bundle.documents:
        value = clean(d.title)
        if d.as_of:
            value = tr("{title}, as of {date}", title=value, date=clean(d.as_of))
        if d.url:
            value += f" ({clean(d.url)})"
        facts.append((tr("Document"), value))
    if meta and meta.attendance:
        facts.append((tr("Attendance"), clean(meta.attendance)))
    if meta and meta.signed_off_by:
        signed = clean(meta.signed_off_by)
        if meta.signed_off_at:
            signed += f", {_when(b, meta.signed_off_at, dated=True)}"
        facts.append((tr("Signed off"), signed))
    if b.zone_name:
        facts.append((tr("Times"), tr("in {zone}", zone=b.zone_name)))
    blocks: list[Block] = [Facts(facts)]
    if s.abstract:
        blocks.append(Para(clean(s.abstract)))
    if s.description:
        blocks.append(Subheading(tr("Description")))
        blocks.extend(Para(clean(p)) for p in s.description if p.strip())
    return blocks


def _roles_section(b: _Build) -> list[Block]:
    role_facts = []
    for kind in (RoleKind.MODERATOR, RoleKind.CHAIR, RoleKind.RAPPORTEUR,
                 RoleKind.DISCUSSANT, RoleKind.PANELLIST):
        for p in b.bundle.people_with_role(kind):
            aff = b.clean(p.affiliation())
            role_facts.append((b.tr(ROLE_LABELS[kind]),
                               _name(b, p) + (f", {aff}" if aff else "")))
    return [Facts(role_facts)] if role_facts else []


def _speakers_section(b: _Build) -> list[Block]:
    blocks: list[Block] = []
    for p in b.speakers:
        blocks.append(Subheading(_name(b, p)))
        f = [(b.tr(label), b.clean(v)) for label, v in (
            ("Position", p.position), ("Department", p.department),
            ("Organisation", p.organisation), ("Country", p.country)) if v]
        blocks.append(Facts(f) if f else Para(""))
    return blocks


def _summary_section(b: _Build) -> list[Block]:
    summary = b.clean(b.meta.summary) if b.meta else ""
    return [Para(p.strip("\n")) for p in re.split(r"\n[ \t]*\n", summary) if p.strip()]


def _outcomes_section(b: _Build) -> list[Block]:
    tr, clean = b.tr, b.clean
    evidence: dict[str, list[Note]] = {}
    for n in b.notes:
        for oid in n.outcome_ids:
            evidence.setdefault(oid, []).append(n)
    blocks: list[Block] = []
    if not b.bundle.outcomes:
        return blocks
    if b.bundle.session.outcomes_intro:
        blocks.append(Para(clean(b.bundle.session.outcomes_intro), style="intro"))
    for i, o in enumerate(b.bundle.outcomes, 1):
        blocks.append(Subheading(f"{i}. {clean(o.text)}"))
        f = [(tr("Status"), tr(STATUS_LABELS[o.status]))]
        if o.comment:
            f.append((tr("Comment"), clean(o.comment)))
        blocks.append(Facts(f))
        ev = evidence.get(o.id, [])
        if ev:
            blocks.append(Para(tr("Evidence:"), style="intro"))
            blocks.append(Notes([_entry(b, n) for n in ev]))
    return blocks


def _agenda_table(b: _Build) -> Table:
    tr = b.tr
    rows = []
    for i, item in enumerate(b.bundle.agenda, 1):
        actual = _item_actual(item, b.paused)
        span = ""
        if item.actual_start:
            span = f"{_when(b, item.actual_start, dated=False)}–"
            if item.actual_end:
                span += _when(b, item.actual_end, dated=False)
        diff = actual - item.planned_minutes if actual is not None else None
        ran = _fmt_minutes(actual, tr)
        if item.id == b.running_id:
            # timed up to the export; a difference so far only says something once over
            span += "\n" + tr("in progress")
            ran = tr("{n} min so far", n=actual)
            diff = diff if diff is not None and diff > 0 else None
        # one name per line, so a line break never falls inside a name
        who = "\n".join(_name(b, b.people[pid]) for pid in item.person_ids if pid in b.people)
        rows.append([str(i), b.clean(item.title), who, _fmt_minutes(item.planned_minutes, tr),
                     span, ran, _fmt_diff(diff, tr)])
    known = [m for m in (_item_actual(i, b.paused) for i in b.bundle.agenda) if m is not None]
    total = ""
    if known:
        total = tr("{n} min so far" if b.running_id else "{n} min", n=sum(known))
    rows.append(["", tr("Total"), "", _fmt_minutes(b.bundle.planned_minutes(), tr), "",
                 total, ""])
    return Table([tr(c) for c in ("#", "Item", "People", "Planned", "Actual time",
                                  "Actual", "Difference")], rows,
                 [0.4, 3.0, 2.3, 1.1, 1.5, 1.0, 1.5], keep_whole=(2,))


def _speaking_so_far(b: _Build) -> set[str]:
    """The people of the item still running at the export: their time is so far only."""
    item = b.items.get(b.running_id or "")
    if item is None:
        return set()
    return set(item.person_ids) | {t.person_id for t in b.turns.get(item.id, [])
                                   if t.person_id}


def _speaking_time(b: _Build) -> list[Block]:
    tr = b.tr
    rows = []
    planned_share, actual_share, measured = _speaking_shares(b.bundle.agenda, b.paused,
                                                             b.turns)
    so_far = _speaking_so_far(b)
    for p in b.speakers:
        if p.id not in planned_share and p.id not in actual_share:
            continue
        # someone credited during an item that does not name them has no plan there
        planned = _whole(planned_share[p.id]) if p.id in planned_share else None
        actual = _whole(actual_share[p.id]) if p.id in actual_share else None
        diff = actual - planned if None not in (actual, planned) else None
        ran = _fmt_minutes(actual, tr)
        if p.id in so_far and actual is not None:
            # still speaking at the export: under the plan so far says nothing yet
            ran = tr("{n} min so far", n=actual)
            diff = diff if diff is not None and diff > 0 else None
        rows.append([_name(b, p), _fmt_minutes(planned, tr), ran, _fmt_diff(diff, tr)])
    if not rows:
        return []
    how = (tr("Measured from the speaker changes during the run; items without changes "
              "are split evenly between their people. Pauses are not counted.") if measured else
           tr("Items shared by several people are split evenly "
              "between them; pauses are not counted."))
    return [Subheading(tr("Speaking time")),
            Table([tr(c) for c in ("Speaker", "Planned", "Actual", "Difference")], rows,
                  [4.0, 1.4, 1.4, 1.4], keep_whole=(0,)),
            Para(how, style="intro")]


def _agenda_section(b: _Build) -> list[Block]:
    if not b.bundle.agenda:
        return []
    return [_agenda_table(b), *_speaking_time(b)]


def _clock(b: _Build, dt: datetime) -> str:
    return _when(b, dt, dated=False)


def _agenda_picture(b: _Build) -> Picture | None:
    """Planned bars laid end to end from the planned start; actual bars where each item
    ran, from the run's start; the minutes beyond the plan marked as overrun."""
    tr = b.tr
    agenda = b.bundle.agenda
    starts = [i.actual_start for i in agenda if i.actual_start]
    t0 = min(starts) if starts else None
    rows, text = [], []
    offset = 0.0
    end = 0.0
    for n, item in enumerate(agenda, 1):
        label = f"{n}. {b.clean(item.title)}"
        actual = _item_actual(item, b.paused)
        row = {"label": label, "planned_at": offset, "planned": float(item.planned_minutes),
               "actual_at": None, "span": None, "actual": actual, "over": 0.0,
               "running": item.id == b.running_id}
        offset += item.planned_minutes
        if t0 is not None and item.actual_start and item.actual_end:
            row["actual_at"] = (item.actual_start - t0).total_seconds() / 60
            row["span"] = max((item.actual_end - item.actual_start).total_seconds() / 60, 0.0)
            end = max(end, row["actual_at"] + row["span"])
            if actual is not None and actual > item.planned_minutes:
                row["over"] = float(min(actual - item.planned_minutes, row["span"]))
        rows.append(row)
        planned = _fmt_minutes(item.planned_minutes, tr)
        if actual is None:
            text.append(tr("{label}: planned {planned}, not run", label=label, planned=planned))
        elif item.id == b.running_id:
            text.append(tr("{label}: planned {planned}, in progress, {actual} so far",
                           label=label, planned=planned, actual=_fmt_minutes(actual, tr)))
        else:
            text.append(tr("{label}: planned {planned}, actual {actual} ({difference})",
                           label=label, planned=planned, actual=_fmt_minutes(actual, tr),
                           difference=_fmt_diff(actual - item.planned_minutes, tr)))
    ends = [i.actual_end for i in agenda if i.actual_end]
    data = {"rows": rows, "length": max(offset, end, 1.0),
            "legend": [tr("Planned"), tr("Actual"), tr("Overrun")],
            "axis": tr("minutes from the start"), "start": "", "end": "", "run_end": None}
    if t0 is not None and ends:
        start_s, end_s = _clock(b, t0), _clock(b, max(ends))
        running = b.running_id is not None
        data.update(start=tr("Start {time}", time=start_s),
                    end=tr("At export {time}" if running else "End {time}", time=end_s),
                    run_end=(max(ends) - t0).total_seconds() / 60)
        text.insert(0, tr("The session started at {start} and was still running at {end}."
                          if running else "The session ran from {start} to {end}.",
                          start=start_s, end=end_s))
    return Picture("agenda", tr("Agenda as planned and as run"), text, data)


def _speaking_picture(b: _Build) -> Picture | None:
    tr = b.tr
    planned_share, actual_share, _measured = _speaking_shares(b.bundle.agenda, b.paused,
                                                              b.turns)
    so_far = _speaking_so_far(b)
    rows, text = [], []
    for p in b.speakers:
        if p.id not in planned_share and p.id not in actual_share:
            continue
        planned = _whole(planned_share[p.id]) if p.id in planned_share else None
        actual = _whole(actual_share[p.id]) if p.id in actual_share else None
        name = _name(b, p)
        rows.append({"label": name, "planned": planned, "actual": actual})
        if actual is None:
            text.append(tr("{label}: planned {planned}, not run", label=name,
                           planned=_fmt_minutes(planned, tr)))
        elif planned is None:
            text.append(tr("{label}: actual {actual}, not planned", label=name,
                           actual=_fmt_minutes(actual, tr)))
        elif p.id in so_far:
            text.append(tr("{label}: planned {planned}, in progress, {actual} so far",
                           label=name, planned=_fmt_minutes(planned, tr),
                           actual=_fmt_minutes(actual, tr)))
        else:
            text.append(tr("{label}: planned {planned}, actual {actual} ({difference})",
                           label=name, planned=_fmt_minutes(planned, tr),
                           actual=_fmt_minutes(actual, tr),
                           difference=_fmt_diff(actual - planned, tr)))
    if not rows:
        return None
    return Picture("speaking", tr("Speaking time, planned and actual"), text,
                   {"rows": rows, "legend": [tr("Planned"), tr("Actual")],
                    "unit": tr("{n} min", n="{n}")})


def _outcomes_picture(b: _Build) -> Picture | None:
    tr = b.tr
    if not b.bundle.outcomes:
        return None
    counts = {o.id: 0 for o in b.bundle.outcomes}
    for n in b.notes:
        for oid in set(n.outcome_ids):
            if oid in counts:
                counts[oid] += 1
    rows, text = [], []
    for i, o in enumerate(b.bundle.outcomes, 1):
        status = tr(STATUS_LABELS[o.status])
        rows.append({"label": f"{i}. {b.clean(o.text)}", "status": o.status.value,
                     "status_label": status, "count": counts[o.id]})
        text.append(tr("{number}. {outcome}: {status}, supporting notes: {count}",
                       number=i, outcome=b.clean(o.text), status=status, count=counts[o.id]))
    return Picture("outcomes", tr("Envisaged outcomes: status and supporting notes"), text,
                   {"rows": rows})


def _timeline_picture(b: _Build) -> Picture | None:
    """Each note a mark on its kind's line, across the session's time."""
    tr = b.tr
    if not b.notes:
        return None
    starts = [i.actual_start for i in b.bundle.agenda if i.actual_start]
    ends = [i.actual_end for i in b.bundle.agenda if i.actual_end]
    t0 = min(starts + [b.notes[0].created])
    t1 = max(ends + [b.notes[-1].created])
    rows, text = [], []
    for kind in NoteKind:
        notes = [n for n in b.notes if n.kind == kind]
        label = tr(KIND_LABELS[kind])
        rows.append({"label": label, "kind": kind.value, "strong": kind in (
            NoteKind.KEY_MESSAGE, NoteKind.DECISION),
            "at": [(n.created - t0).total_seconds() / 60 for n in notes]})
        if kind in (NoteKind.KEY_MESSAGE, NoteKind.DECISION) and notes:
            text.append(tr("{kind}: {count}, at {times}", kind=label, count=len(notes),
                           times=", ".join(_when(b, n.created) for n in notes)))
        else:
            text.append(tr("{kind}: {count}", kind=label, count=len(notes)))
    return Picture("timeline", tr("Notes by kind across the session"), text,
                   {"rows": rows, "length": max((t1 - t0).total_seconds() / 60, 1.0),
                    "start": _clock(b, t0), "end": _clock(b, t1)})


def _pictures_section(b: _Build) -> list[Block]:
    if not b.options.wants("pictures"):  # drawing data costs nothing when left out
        return []
    # a session not run yet (and with nothing noted) has no run to picture: the agenda
    # table already says what was planned
    ran = any(i.actual_start for i in b.bundle.agenda)
    assessed = b.notes or any(o.status != OutcomeStatus.OPEN for o in b.bundle.outcomes)
    pictures = [_agenda_picture(b) if ran else None, _speaking_picture(b) if ran else None,
                _outcomes_picture(b) if assessed else None, _timeline_picture(b)]
    return [p for p in pictures if p is not None]


def _key_messages_section(b: _Build) -> list[Block]:
    return _notes_block(b, _notes_of_kind(b, NoteKind.KEY_MESSAGE))


def _general_notes(b: _Build) -> tuple[dict[str, list[Note]], list[Note]]:
    """Notes, quotes and questions: by speaker for the presentations, or in the
    discussion (an open discussion, Q&A or panel item, or any question)."""
    speaker_ids = {p.id for p in b.speakers}
    per_speaker: dict[str, list[Note]] = {}
    discussion: list[Note] = []
    for n in b.notes:
        if n.kind not in (NoteKind.NOTE, NoteKind.QUOTE, NoteKind.QUESTION):
            continue
        item = b.items.get(n.agenda_item_id or "")
        in_discussion = (item is not None and item.kind in DISCUSSION_ITEM_KINDS) \
            or n.kind == NoteKind.QUESTION
        sp = _resolved_speaker(b, n)
        if in_discussion:
            discussion.append(n)
        elif sp is not None and sp.id in speaker_ids:
            per_speaker.setdefault(sp.id, []).append(n)
    return per_speaker, discussion


def _presentations_section(b: _Build) -> list[Block]:
    per_speaker = _general_notes(b)[0]
    blocks: list[Block] = []
    for p in b.speakers:
        if per_speaker.get(p.id):
            blocks.append(Subheading(_name(b, p)))
            blocks.append(Notes([_entry(b, n) for n in per_speaker[p.id]]))
    return blocks


def _discussion_section(b: _Build) -> list[Block]:
    return _notes_block(b, _general_notes(b)[1])


def _decisions_section(b: _Build) -> list[Block]:
    return _notes_block(b, _notes_of_kind(b, NoteKind.DECISION))


def _recommendations_section(b: _Build) -> list[Block]:
    return _notes_block(b, _notes_of_kind(b, NoteKind.RECOMMENDATION))


def _actions_section(b: _Build) -> list[Block]:
    actions = _notes_of_kind(b, NoteKind.ACTION)
    if not actions:
        return []
    return [Table(
        [b.tr(c) for c in ("#", "Action", "Owner", "Due", "Noted")],
        [[str(i), b.clean(n.text), b.clean(n.action_owner),
          n.action_due.isoformat() if n.action_due else "", _when(b, n.created)]
         for i, n in enumerate(actions, 1)],
        [0.4, 5.2, 2.0, 1.3, 1.6], keep_whole=(2,))]


def _annex_section(b: _Build) -> list[Block]:
    return _notes_block(b, b.notes)


SECTION_BUILDERS = {
    "metadata": _metadata_section, "roles": _roles_section, "speakers": _speakers_section,
    "summary": _summary_section, "outcomes": _outcomes_section, "agenda": _agenda_section,
    "pictures": _pictures_section,
    "key_messages": _key_messages_section, "presentations": _presentations_section,
    "discussion": _discussion_section, "decisions": _decisions_section,
    "recommendations": _recommendations_section, "actions": _actions_section,
    "annex": _annex_section,
}


def _finish(b: _Build, sections: list[Section]) -> Report:
    """The document itself around the sections: heading, author, keywords, warnings."""
    s, tr, clean = b.bundle.session, b.tr, b.clean
    heading = (tr("Session {code}: {title}", code=clean(s.code), title=clean(s.title))
               if s.code else clean(s.title))
    rapporteurs = [clean(p.display_name) for p in b.bundle.people_with_role(RoleKind.RAPPORTEUR)]
    keywords = [clean(t) for t in ([s.track] if s.track else []) + [t for t in s.tags if t]]
    keywords = list(dict.fromkeys(k for k in keywords if k)) + [clean(s.code)]
    report = Report(
        code=clean(s.code), title=clean(s.title), subtitle=tr("Post-session report"),
        heading=heading, author=", ".join(rapporteurs) or "SessionKit",
        subject=tr("Post-session report of session {code}", code=clean(s.code)).strip(),
        keywords=[k for k in keywords if k], options=b.options, sections=sections,
        time_zone_label=b.zone_name)
    if clean.replaced:
        report.warnings.append(
            f"{clean.replaced} control character(s) in the text were printed as {PLACEHOLDER}")
    return report


def build_report_from(bundle: SessionBundle, notes: list[Note], meta,
                      options: ReportOptions | None = None,
                      paused: dict[str, float] | None = None,
                      turns: dict[str, list[SpeakerTurn]] | None = None,
                      running: LiveRun | None = None) -> Report:
    """``paused``: seconds the live clock was paused during each agenda item, by id;
    ``turns``: the speaker turns the live run recorded, by agenda item id;
    ``running``: the item still running when the report is exported mid-session."""
    options = options or ReportOptions()
    b = _start(bundle, notes, meta, options, paused or {}, turns or {}, running)
    sections: list[Section] = []
    for key in SECTION_KEYS:
        # every section is built (so the text cleaner counts what all of them replace),
        # and printed when it has something to say and the user asked for it
        blocks = [x for x in SECTION_BUILDERS[key](b) if _has_content(x)]
        if blocks and options.wants(key):
            sections.append(Section(key, b.tr(SECTION_TITLES[key]), blocks))
    return _finish(b, sections)


def _stamp(d: datetime, lang: str) -> str:
    return f"{medium_date(d, lang)} {d:%H:%M}"


def _in_zone(dt: datetime, zone: tzinfo) -> tuple[datetime, bool]:
    """``dt`` in the session's zone, and whether it could be moved there.

    A time at the very edge of the calendar (9999-12-31 23:00 UTC, stored by an
    older version) has no local time east of UTC: it stays as stored, in its own
    offset, and the caller prints the offset with it instead of crashing the report.
    """
    try:
        return dt.astimezone(zone), True
    except (OverflowError, ValueError):
        if dt.tzinfo is None:
            return dt.replace(tzinfo=timezone.utc), False
        return dt, False


def _span(a: datetime, b: datetime, dated: bool, lang: str) -> str:
    """"14:30–16:00", with the date in front when ``dated``, and on both ends when the
    span crosses midnight."""
    if a.date() != b.date():
        return f"{medium_date(a, lang)} {a:%H:%M} – {medium_date(b, lang)} {b:%H:%M}"
    if dated:
        return f"{medium_date(a, lang)} {a:%H:%M}–{b:%H:%M}"
    return f"{a:%H:%M}–{b:%H:%M}"


def _has_content(b: Block) -> bool:
    if isinstance(b, (Para, Subheading)):
        return bool(b.text.strip())
    if isinstance(b, Facts):
        return bool(b.items)
    if isinstance(b, Bullets):
        return bool(b.items)
    if isinstance(b, Table):
        return bool(b.rows)
    if isinstance(b, Notes):
        return bool(b.notes)
    if isinstance(b, Picture):
        return bool(b.text)
    return True
