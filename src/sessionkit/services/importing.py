"""Importing conference schedules: plan (preview), then apply in one transaction.

Each event becomes a session whose ``source`` is ``import:<key>`` (the event's
guid/uid, or a key derived from the conference and the event id). A re-import
matches events by that key and sorts them into added / changed / unchanged /
kept-local-edits; sessions of the same schedule missing from the new file are
reported as removed but left alone, because they may hold notes.

Local edits are detected with a hash: after every import the hash of the
imported fields (as stored) is recorded; if the stored session no longer hashes
to it, the user changed it, and the import keeps their version. Notes, agenda,
outcomes, tags and documents are never touched by a re-import.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sessionkit.domain.models import AgendaItem, ItemKind, Person, RoleKind, Session, to_iso
from sessionkit.interchange.schedule import (
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    read_schedule,
)
from sessionkit.store import Store
from sessionkit.store.imports import ImportRepo, loads_list, speaker_fingerprint

_NS = uuid.UUID("5b0c6a39-3f0e-4d53-9a4c-6a2f0b7f2c11")  # SessionKit import namespace

ADD, CHANGE, UNCHANGED, KEPT = "add", "change", "unchanged", "kept_local_edits"

Progress = Callable[[int, int], None]


def session_id_for(source: str) -> str:
    """The same schedule event gets the same session id on every laptop, so
    rapporteurs' packages for it merge into one session."""
    return str(uuid.uuid5(_NS, source))


def person_id_for(source: str, person_key: str) -> str:
    return str(uuid.uuid5(_NS, f"{source}/person/{person_key}"))


def snapshot_hash(fields: dict, speakers: list[tuple[str, str]]) -> str:
    payload = json.dumps({"f": fields, "p": [list(p) for p in speakers]},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _fields_from_session(s: Session) -> dict:
    return {"code": s.code, "title": s.title, "subtitle": s.subtitle, "track": s.track,
            "room": s.room, "start": to_iso(s.start), "end": to_iso(s.end),
            "timezone": s.timezone, "description": list(s.description),
            "language": s.language, "abstract": s.abstract, "links": list(s.links)}


def _fields_from_row(r: dict) -> dict:
    def iso(text):
        return datetime.fromisoformat(text).isoformat() if text else None
    return {"code": r["code"], "title": r["title"], "subtitle": r["subtitle"] or "",
            "track": r["track"] or "", "room": r["room"] or "", "start": iso(r["start"]),
            "end": iso(r["end"]), "timezone": r["timezone"] or "",
            "description": loads_list(r["description"]), "language": r["language"] or "",
            "abstract": r["abstract"] or "", "links": loads_list(r["links"])}


def session_from_event(ev: ScheduleEvent, session_id: str) -> tuple[Session, list[Person]]:
    """The session and its speakers: the event's people without another role, then
    the people of its agenda parts (an Indico session's presenters)."""
    s = Session(code=ev.code, title=ev.title, subtitle=ev.subtitle, track=ev.track,
                room=ev.room, start=ev.start, end=ev.end, timezone=ev.timezone,
                description=list(ev.description), language=ev.language,
                abstract=ev.abstract, links=list(ev.links), source=ev.source, id=session_id)
    people = []
    seen = set()
    named = [p for p in ev.people if not p.role]
    named += [p for item in ev.agenda for p in item.people]
    for p in named:
        pid = _person_id(ev, p)
        if pid in seen:
            continue
        seen.add(pid)
        people.append(_person(p, pid))
    return s, people


def _person_id(ev: ScheduleEvent, p) -> str:
    return person_id_for(ev.source, p.key or p.name)


def _person(p, pid: str) -> Person:
    return Person(display_name=p.name, bio=p.bio, organisation=p.affiliation, id=pid)


def _fingerprints(people: list[Person]) -> list[tuple[str, ...]]:
    return [speaker_fingerprint(p.display_name, p.bio, p.organisation) for p in people]


def _other_roles(ev: ScheduleEvent) -> list[tuple[Person, RoleKind]]:
    out = []
    for p in ev.people:
        if p.role:
            try:
                role = RoleKind(p.role)
            except ValueError:
                continue
            out.append((_person(p, _person_id(ev, p)), role))
    return out


@dataclass
class PlannedEvent:
    event: ScheduleEvent
    action: str  # ADD, CHANGE, UNCHANGED, KEPT
    session_id: str
    reason: str = ""
    new_hash: str = ""
    record_hash: str | None = None


@dataclass
class ImportPlan:
    schedule: ParsedSchedule
    items: list[PlannedEvent] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)  # {"code", "title", "session_id"}
    file_name: str = ""

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)


@dataclass
class ImportReport:
    file_name: str
    format: str
    schedule_title: str
    timezone: str
    events_in_file: int
    added: list[str] = field(default_factory=list)  # session codes
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_local_edits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: int = 0
    duplicates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed",
                 f"{len(self.unchanged)} unchanged", f"{len(self.removed)} removed",
                 f"{len(self.kept_local_edits)} kept local edits",
                 f"{self.skipped} skipped", f"{len(self.duplicates)} duplicates"]
        verb = "would import" if self.dry_run else "imported"
        return f"{self.file_name}: {verb} {', '.join(parts)}"

    def to_dict(self) -> dict:
        return {
            "file": self.file_name, "format": self.format, "schedule": self.schedule_title,
            "timezone": self.timezone, "events_in_file": self.events_in_file,
            "added": len(self.added), "changed": len(self.changed),
            "unchanged": len(self.unchanged), "removed": len(self.removed),
            "kept_local_edits": len(self.kept_local_edits), "skipped": self.skipped,
            "duplicates": len(self.duplicates), "dry_run": self.dry_run,
            "sessions": {"added": self.added, "changed": self.changed,
                         "kept_local_edits": self.kept_local_edits, "removed": self.removed},
            "warnings": self.warnings,
        }


def select_events(parsed: ParsedSchedule, select: list[str] | None) -> list[ScheduleEvent]:
    if not select:
        return list(parsed.events)
    chosen: list[ScheduleEvent] = []
    missing = []
    for wanted in select:
        hits = [ev for ev in parsed.events if ev.matches(wanted)]
        if not hits:
            missing.append(wanted)
        for ev in hits:
            if ev not in chosen:
                chosen.append(ev)
    if missing:
        shown = ", ".join(repr(m) for m in missing[:5])
        raise ScheduleError(f"no event in the file has the code, id, slug or guid {shown}; "
                            "nothing was imported")
    order = {id(ev): i for i, ev in enumerate(parsed.events)}
    return sorted(chosen, key=lambda ev: order[id(ev)])


def plan_import(store: Store, parsed: ParsedSchedule, select: list[str] | None = None,
                file_name: str = "") -> ImportPlan:
    """What an import would do; reads the store, writes nothing."""
    events = select_events(parsed, select)
    plan = ImportPlan(schedule=parsed, file_name=file_name, items=_plan_events(store, events))
    if not select and parsed.schedule_key:
        repo = store.imports
        in_file = {ev.source for ev in parsed.events}
        for r in repo.records_for_schedule(_schedule_id(parsed)):
            if r["source"] not in in_file and not r["deleted_at"]:
                plan.removed.append({"code": r["code"], "title": r["title"],
                                     "session_id": r["session_id"]})
    return plan


def _plan_events(store: Store, events: list[ScheduleEvent]) -> list[PlannedEvent]:
    repo = store.imports
    items: list[PlannedEvent] = []
    sources = [ev.source for ev in events]
    records = repo.records_for_sources(sources)
    existing = repo.sessions_by_source(sources)
    live_ids = [r["id"] for r in existing.values() if not r["deleted_at"]]
    speakers = repo.speakers_for(live_ids)
    taken = repo.existing_session_ids(
        [session_id_for(ev.source) for ev in events if ev.source not in existing])
    for ev in events:
        row = existing.get(ev.source)
        if row is None:
            sid = session_id_for(ev.source)
            if sid in taken:  # its source was changed here: it is the user's now
                items.append(PlannedEvent(ev, KEPT, sid, "changed here"))
            else:
                items.append(PlannedEvent(ev, ADD, sid))
            continue
        sid = row["id"]
        if row["deleted_at"]:
            items.append(PlannedEvent(ev, KEPT, sid, "deleted here"))
            continue
        new_session, new_people = session_from_event(ev, sid)
        new_hash = snapshot_hash(_fields_from_session(new_session), _fingerprints(new_people))
        current_hash = snapshot_hash(_fields_from_row(row), speakers.get(sid, []))
        record = records.get(ev.source)
        last = record["snapshot_hash"] if record else None
        if current_hash == new_hash:
            items.append(PlannedEvent(ev, UNCHANGED, sid, new_hash=new_hash,
                                      record_hash=last))
        elif last is not None and current_hash != last:
            items.append(PlannedEvent(ev, KEPT, sid, "edited here since the last import"))
        elif last is None:
            # A session with this source but no record (made by hand or by an older
            # version): treat it as the user's.
            items.append(PlannedEvent(ev, KEPT, sid, "not made by an import"))
        else:
            items.append(PlannedEvent(ev, CHANGE, sid))
    return items


def _schedule_id(parsed: ParsedSchedule) -> str:
    return f"{parsed.format}:{parsed.schedule_key}"


def apply_plan(store: Store, plan: ImportPlan, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Write the plan in one transaction: all of it, or (on any error) none of it."""
    parsed = plan.schedule
    repo = store.imports
    total = len(plan.items)
    schedule = _schedule_id(parsed)
    with store.atomic():
        # Decide again inside the transaction: a session edited since the preview
        # was made must be recognised as a local edit, not overwritten.
        plan = ImportPlan(schedule=parsed, removed=plan.removed, file_name=plan.file_name,
                          items=_plan_events(store, [i.event for i in plan.items]))
        report = report_for(plan)
        for n, item in enumerate(plan.items, 1):
            if cancelled is not None and cancelled():
                raise ImportCancelled("the import was cancelled; nothing was imported")
            ev = item.event
            if item.action in (ADD, CHANGE):
                session, people = session_from_event(ev, item.session_id)
                if item.action == ADD:
                    repo.insert_session(session)
                    repo.replace_speakers(session.id, people)
                    repo.add_roles(session.id, _other_roles(ev))
                    _default_agenda(repo, session, people, ev)
                else:
                    repo.update_imported_fields(session)
                    repo.replace_speakers(session.id, people)
                h = snapshot_hash(_fields_from_session(session), _fingerprints(people))
                repo.save_record(ev.source, session.id, schedule, h, plan.file_name)
            elif item.action == UNCHANGED and item.record_hash != item.new_hash:
                # Unchanged content but no (or an outdated) record: remember it, so
                # later edits here are recognised as local edits.
                repo.save_record(ev.source, item.session_id, schedule, item.new_hash,
                                 plan.file_name)
            if progress is not None and (n % 25 == 0 or n == total):
                progress(n, total)
    return report


def _default_agenda(repo: ImportRepo, session: Session, people: list[Person],
                    ev: ScheduleEvent) -> None:
    """A new imported session gets the parts the schedule gives (an Indico session's
    contributions and breaks), else one agenda item spanning the event, which the
    moderator then splits and edits (as the bundled D3 gets a default agenda)."""
    if ev.agenda:
        for pos, part in enumerate(ev.agenda):
            try:
                kind = ItemKind(part.kind)
            except ValueError:
                kind = ItemKind.PRESENTATION
            ids = list(dict.fromkeys(_person_id(ev, p) for p in part.people))
            repo.insert_agenda_item(session.id, AgendaItem(
                title=part.title, kind=kind, planned_minutes=max(1, part.minutes),
                position=pos, person_ids=ids,
                id=str(uuid.uuid5(_NS, f"{session.source}/agenda/{pos}"))))
        return
    minutes = 60
    if session.start and session.end and session.end > session.start:
        minutes = max(1, int((session.end - session.start).total_seconds() // 60))
    item = AgendaItem(title=session.title, kind=ItemKind.PRESENTATION, planned_minutes=minutes,
                      position=0, person_ids=[p.id for p in people],
                      id=str(uuid.uuid5(_NS, f"{session.source}/agenda/0")))
    repo.insert_agenda_item(session.id, item)


class ImportCancelled(Exception):
    pass


def report_for(plan: ImportPlan, dry_run: bool = False) -> ImportReport:
    """What *plan* does, as counts and codes (``dry_run``: what it would do; the CLI's
    ``import --dry-run`` prints this without applying the plan)."""
    parsed = plan.schedule
    r = ImportReport(file_name=plan.file_name, format=parsed.format,
                     schedule_title=parsed.title, timezone=parsed.timezone,
                     events_in_file=len(parsed.events), skipped=parsed.skipped,
                     duplicates=list(parsed.duplicates), warnings=list(parsed.warnings),
                     dry_run=dry_run)
    buckets = {ADD: r.added, CHANGE: r.changed, UNCHANGED: r.unchanged, KEPT: r.kept_local_edits}
    for item in plan.items:
        buckets[item.action].append(item.event.code)
    r.removed = [x["code"] for x in plan.removed]
    return r


def import_schedule(store: Store, path: Path, select: list[str] | None = None,
                    default_timezone: str = "", dry_run: bool = False,
                    progress: Progress | None = None) -> ImportReport:
    """Read, plan and apply. Raises ScheduleError (one line, store untouched)."""
    path = Path(path)
    parsed = read_schedule(path, default_timezone=default_timezone)
    try:
        plan = plan_import(store, parsed, select, file_name=path.name)
    except ScheduleError as exc:
        raise ScheduleError(f"{path.name}: {exc}") from None
    if dry_run:
        return report_for(plan, dry_run=True)
    return apply_plan(store, plan, progress=progress)
