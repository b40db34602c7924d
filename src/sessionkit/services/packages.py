"""Exporting a session package and merging packages into the store.

Merging is a join: the result does not depend on how often or in which order
packages are merged.

* Notes: every version of a note is ranked by (the time of its last change,
  whether it is deleted, a hash of its content); the highest wins. The time of
  the last change is the later of ``updated`` and ``deleted_at``, so a deletion
  made after the last edit wins, and an edit made after a deletion brings the
  note back. Equal times are settled by the content hash, the same way on
  every machine.
* Sessions, people, roles, agenda items, outcomes and documents the store lacks
  are added; what the store has is kept. Two recorded facts are joined instead:
  an agenda item keeps the earliest actual start and the latest actual end, and
  an outcome keeps the furthest status (open < not achieved < partly <
  achieved) and the longer comment.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.domain.models import Note, OutcomeStatus
from sessionkit.interchange.package import (
    Package,
    PackageError,
    canonical,
    note_to_dict,
    read_package,
    write_package,
)
from sessionkit.services.notes import device_name
from sessionkit.store import Store
from sessionkit.store.repos import NotFound

_STATUS_RANK = {OutcomeStatus.OPEN: 0, OutcomeStatus.NOT_ACHIEVED: 1,
                OutcomeStatus.PARTLY: 2, OutcomeStatus.ACHIEVED: 3}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass
class MergeReport:
    file_name: str
    session_code: str
    session_title: str
    session_id: str
    session_added: bool = False
    notes_added: int = 0
    notes_updated: int = 0
    notes_deleted: int = 0
    notes_unchanged: int = 0
    people_added: int = 0
    agenda_added: int = 0
    agenda_updated: int = 0
    outcomes_added: int = 0
    outcomes_updated: int = 0

    @property
    def changed_anything(self) -> bool:
        return any((self.session_added, self.notes_added, self.notes_updated,
                    self.notes_deleted, self.people_added, self.agenda_added,
                    self.agenda_updated, self.outcomes_added, self.outcomes_updated))

    def summary(self) -> str:
        head = f"{self.file_name}: session {self.session_code}"
        head += " (new here)" if self.session_added else ""
        notes = (f"notes: {self.notes_added} added, {self.notes_updated} updated, "
                 f"{self.notes_deleted} deleted, {self.notes_unchanged} unchanged")
        extra = []
        if self.people_added:
            extra.append(f"{self.people_added} people added")
        if self.agenda_added or self.agenda_updated:
            extra.append(f"agenda: {self.agenda_added} added, {self.agenda_updated} updated")
        if self.outcomes_added or self.outcomes_updated:
            extra.append(f"outcomes: {self.outcomes_added} added, "
                         f"{self.outcomes_updated} updated")
        return "; ".join([head, notes, *extra])

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


def build_package(store: Store, session_id: str) -> Package:
    bundle = store.load_bundle(session_id)
    people_ids = {p.id for p in bundle.people}
    people = list(bundle.people)
    for item in bundle.agenda:  # people on the agenda without a role still travel
        for pid in item.person_ids:
            if pid not in people_ids:
                try:
                    people.append(store.people.get(pid))
                    people_ids.add(pid)
                except NotFound:
                    pass
    return Package(session=bundle.session, people=people, roles=bundle.roles,
                   agenda=bundle.agenda, outcomes=bundle.outcomes,
                   documents=bundle.documents,
                   notes=store.notes.for_session(session_id, include_deleted=True),
                   device=device_name())


def export_package(store: Store, session_id: str, path: Path) -> Path:
    """Write the session's package atomically (temp file, then rename)."""
    from sessionkit.interchange.files import DestinationRefused, check_destination, store_folder

    try:  # never over SessionKit's own files, nor over a device, pipe or folder
        check_destination(path, store_folder(store), "package")
    except DestinationRefused as exc:
        raise PackageError(str(exc)) from None
    try:
        return write_package(build_package(store, session_id), Path(path))
    except OSError as exc:
        raise PackageError(f"{Path(path).name}: cannot be written "
                           f"({exc.strerror or exc})") from None


def note_rank(n: Note) -> tuple:
    last = n.updated or n.created or _EPOCH
    if n.deleted_at is not None and n.deleted_at > last:
        last = n.deleted_at
    last = last.astimezone(timezone.utc) if last.tzinfo else last.replace(tzinfo=timezone.utc)
    digest = hashlib.sha256(canonical(note_to_dict(n))).hexdigest()
    return (last, n.deleted_at is not None, digest)


def _min_time(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max_time(a, b):
    return b if a is None else a if b is None else max(a, b)


def merge_package(store: Store, path: Path) -> MergeReport:
    """Merge a package file; PackageError (store untouched) when it can't be used."""
    path = Path(path)
    pkg = read_package(path)
    return merge(store, pkg, file_name=path.name)


def _target_session(store: Store, pkg: Package) -> tuple[str | None, bool]:
    """The local session a package merges into: same id, else (for bundled or
    imported sessions, whose ids differ between laptops) the same source."""
    db = store.db
    row = db.execute("SELECT id, deleted_at FROM sessions WHERE id = ?",
                     [pkg.session.id]).fetchone()
    if row is not None:
        return row[0], bool(row[1])
    if pkg.session.source:
        row = db.execute("SELECT id FROM sessions WHERE source = ? AND deleted_at IS NULL "
                         "ORDER BY created, id LIMIT 1", [pkg.session.source]).fetchone()
        if row is not None:
            return row[0], False
    return None, False


def merge(store: Store, pkg: Package, file_name: str = "") -> MergeReport:
    db = store.db
    s = pkg.session
    report = MergeReport(file_name=file_name, session_code=s.code, session_title=s.title,
                         session_id=s.id)
    with store.atomic():
        target, deleted = _target_session(store, pkg)
        if deleted:
            raise PackageError(f"{file_name}: session {s.code} was deleted here; "
                               "restore it before merging its package")
        if target is None:
            store.sessions.save(s)
            target = s.id
            report.session_added = True
        else:
            local = store.sessions.get(target)
            report.session_code, report.session_title = local.code, local.title
        report.session_id = target

        # Map the package's people, agenda items and outcomes onto this store's:
        # by id, else (a session seeded separately on each laptop) by name/title/text.
        local_people = store.people.for_session(target)
        people_map: dict[str, str] = {}
        for p in pkg.people:
            if db.execute("SELECT 1 FROM people WHERE id = ?", [p.id]).fetchone():
                people_map[p.id] = p.id
                continue
            same = [x for x in local_people if x.display_name == p.display_name]
            if same:
                people_map[p.id] = same[0].id
                continue
            store.people.save(p)
            people_map[p.id] = p.id
            report.people_added += 1
        for r in pkg.roles:
            pid = people_map.get(r.person_id)
            if pid is None and db.execute("SELECT 1 FROM people WHERE id = ?",
                                          [r.person_id]).fetchone():
                pid = r.person_id
            if pid is not None:
                db.execute("INSERT OR IGNORE INTO roles (session_id, person_id, role, position) "
                           "VALUES (?, ?, ?, ?)", [target, pid, r.role.value, r.position])

        local_items = {a.id: a for a in store.agenda.for_session(target)}
        item_map: dict[str, str] = {}
        for item in sorted(pkg.agenda, key=lambda a: (a.position, a.id)):
            mine = local_items.get(item.id)
            if mine is None and item.id not in local_items:
                taken = set(item_map.values())
                same = [a for a in local_items.values() if a.id not in taken
                        and (a.title, a.kind) == (item.title, item.kind)]
                if same:
                    mine = same[0]
            if mine is None:
                if db.execute("SELECT 1 FROM agenda_items WHERE id = ?", [item.id]).fetchone():
                    continue  # belongs to another session here: leave it alone
                item.person_ids = [people_map.get(pid, pid) for pid in item.person_ids]
                item.person_ids = [pid for pid in dict.fromkeys(item.person_ids) if db.execute(
                    "SELECT 1 FROM people WHERE id = ?", [pid]).fetchone()]
                store.agenda.save(target, item)
                local_items[item.id] = item
                item_map[item.id] = item.id
                report.agenda_added += 1
                continue
            item_map[item.id] = mine.id
            start = _min_time(mine.actual_start, item.actual_start)
            end = _max_time(mine.actual_end, item.actual_end)
            if (start, end) != (mine.actual_start, mine.actual_end):
                db.execute("UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?",
                           [start.isoformat() if start else None,
                            end.isoformat() if end else None, mine.id])
                mine.actual_start, mine.actual_end = start, end
                report.agenda_updated += 1

        local_outcomes = {o.id: o for o in store.outcomes.for_session(target)}
        outcome_map: dict[str, str] = {}
        for o in sorted(pkg.outcomes, key=lambda o: (o.position, o.id)):
            mine = local_outcomes.get(o.id)
            if mine is None:
                taken = set(outcome_map.values())
                same = [x for x in local_outcomes.values()
                        if x.id not in taken and x.text == o.text]
                mine = same[0] if same else None
            if mine is None:
                if db.execute("SELECT 1 FROM outcomes WHERE id = ?", [o.id]).fetchone():
                    continue
                store.outcomes.save(target, o)
                local_outcomes[o.id] = o
                outcome_map[o.id] = o.id
                report.outcomes_added += 1
                continue
            outcome_map[o.id] = mine.id
            status = max(mine.status, o.status, key=lambda st: _STATUS_RANK[st])
            comment = max(mine.comment, o.comment, key=lambda c: (len(c), c))
            if (status, comment) != (mine.status, mine.comment):
                db.execute("UPDATE outcomes SET status = ?, comment = ? WHERE id = ?",
                           [status.value, comment, mine.id])
                mine.status, mine.comment = status, comment
                report.outcomes_updated += 1

        if report.session_added and pkg.documents:
            store.documents.replace_for_session(target, pkg.documents)

        for note in pkg.notes:
            note.session_id = target
            if note.agenda_item_id:
                note.agenda_item_id = item_map.get(note.agenda_item_id, note.agenda_item_id)
            if note.speaker_id:
                note.speaker_id = people_map.get(note.speaker_id, note.speaker_id)
            note.outcome_ids = sorted({outcome_map[o] for o in note.outcome_ids
                                       if o in outcome_map})
            try:
                mine = store.notes.get(note.id)
            except NotFound:
                mine = None
            if mine is not None and mine.session_id != target:
                continue  # an id clash with another session's note: never overwrite it
            if mine is None:
                store.notes.save(note)
                report.notes_added += 1
                continue
            mine.outcome_ids = sorted(mine.outcome_ids)
            if note_rank(note) > note_rank(mine):
                store.notes.save(note)
                if note.deleted_at is not None and mine.deleted_at is None:
                    report.notes_deleted += 1
                else:
                    report.notes_updated += 1
            else:
                report.notes_unchanged += 1
    return report


__all__ = ["MergeReport", "PackageError", "build_package", "export_package", "merge",
           "merge_package", "note_rank"]
