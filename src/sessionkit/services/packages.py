"""Exporting a session package and merging packages into the store.

Merging is a join: the result does not depend on how often or in which order
packages are merged (docs/interchange.md, "Merging").

* Notes: a note is the set of every version of it anyone has made (edits, stars,
  deletions, restores), each with a version vector (``clock``: how many changes each
  data file had made to the note when this version was made). A version another one
  has seen (its clock is not above the other's anywhere) is *superseded*, whatever
  the clocks of the laptops said; the versions nobody has seen past are the
  *heads*. One head is shown: the one with the latest change (``updated`` or
  ``deleted_at``), then deleted before not, then a hash of its content, the same on
  every machine. Every other version is kept in the note's history; when two heads
  differ in their content, two laptops edited the note without seeing each other's
  change and the note is flagged as in conflict until someone changes it.
  Versions without a clock (made by an older SessionKit) are ordered by time alone.
* A package whose note times are more than 24 hours ahead of this computer's clock,
  or before 2000, is refused whole, naming the note.
* Sessions, people, roles, agenda items, outcomes and documents the store lacks
  are added; what the store has is kept. Two recorded facts are joined instead:
  an agenda item keeps the earliest actual start and the latest actual end, and
  an outcome keeps the furthest status (open < not achieved < partly <
  achieved) and the longer comment.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sessionkit.domain.models import (
    AgendaItem,
    Note,
    Outcome,
    furthest_status,
    to_iso,
    utc_now,
)
from sessionkit.interchange.files import write_atomic
from sessionkit.interchange.package import (
    MAX_PACKAGE_BYTES,
    Package,
    PackageError,
    canonical,
    content_to_dict,
    read_package,
    to_bytes,
)
from sessionkit.services.notes import device_name, last_change
from sessionkit.store import Store
from sessionkit.store.history import NoteHistoryRepo
from sessionkit.store.rows import NotFound

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MAX_AHEAD = timedelta(hours=24)  # clocks drift by minutes; a day ahead is a wrong clock
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)  # no SessionKit note is older
# what makes two heads a conflict (a star or a bin on one side alone is not)
_CONTENT = ("text", "kind", "agenda_item_id", "speaker_id", "action_owner", "action_due")


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
    notes_in_conflict: int = 0
    versions_kept: int = 0
    people_added: int = 0
    agenda_added: int = 0
    agenda_updated: int = 0
    outcomes_added: int = 0
    outcomes_updated: int = 0
    # the package's report template became the session's (it had none here)
    template_added: bool = False

    @property
    def changed_anything(self) -> bool:
        return any((self.session_added, self.notes_added, self.notes_updated,
                    self.notes_deleted, self.versions_kept, self.people_added, self.agenda_added,
                    self.agenda_updated, self.outcomes_added, self.outcomes_updated,
                    self.template_added))

    def summary(self) -> str:
        head = f"{self.file_name}: session {self.session_code}"
        head += " (new here)" if self.session_added else ""
        notes = (f"notes: {self.notes_added} added, {self.notes_updated} updated, "
                 f"{self.notes_deleted} deleted, {self.notes_unchanged} unchanged")
        extra = []
        if self.notes_in_conflict:
            extra.append(f"{self.notes_in_conflict} edited on two laptops at once (both "
                         "versions kept; see the note's history)")
        if self.versions_kept:
            extra.append(f"{self.versions_kept} earlier versions kept in history")
        if self.people_added:
            extra.append(f"{self.people_added} people added")
        if self.agenda_added or self.agenda_updated:
            extra.append(f"agenda: {self.agenda_added} added, {self.agenda_updated} updated")
        if self.outcomes_added or self.outcomes_updated:
            extra.append(f"outcomes: {self.outcomes_added} added, "
                         f"{self.outcomes_updated} updated")
        if self.template_added:
            extra.append("its report template taken (the session had none here)")
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
    notes = store.notes.for_session(session_id, include_deleted=True)
    history = store.history
    versions = {}
    for n in notes:  # earlier versions travel too: nothing typed anywhere is lost
        kept = []
        for row in history.for_note(n.id, oldest_first=True):
            v = row.as_note(n)
            v.device, v.author = row.device or n.device, row.author or n.author
            kept.append(v)
        if kept:
            versions[n.id] = kept
    return Package(session=bundle.session, people=people, roles=bundle.roles,
                   agenda=bundle.agenda, outcomes=bundle.outcomes,
                   documents=bundle.documents, notes=notes, versions=versions,
                   template=store.session_templates.get(session_id), device=device_name())


def export_package(store: Store, session_id: str, path: Path) -> Path:
    """Write the session's package atomically (temp file, then rename)."""
    from sessionkit.interchange.files import (
        DestinationRefused,
        check_destination,
        store_folder,
    )

    path = Path(path)
    folder = store_folder(store)
    try:  # never over SessionKit's own files, nor over a device, pipe or folder
        check_destination(path, folder, "package")
    except DestinationRefused as exc:
        raise PackageError(str(exc)) from None
    data = to_bytes(build_package(store, session_id))
    if len(data) > MAX_PACKAGE_BYTES:  # a package no SessionKit would accept
        raise PackageError(f"{path.name}: the package would be {len(data) / 1e6:.0f} MB, "
                           f"over the {MAX_PACKAGE_BYTES // 2**20} MB a package may be; "
                           "look for an enormous pasted note")
    try:
        return write_atomic(path, data, folder, "package")
    except DestinationRefused as exc:  # something took its place while it was being made
        raise PackageError(str(exc)) from None
    except OSError as exc:
        raise PackageError(f"{path.name}: cannot be written "
                           f"({exc.strerror or exc})") from None


def _utc(t: datetime | None) -> datetime | None:
    if t is None:
        return None
    return t.astimezone(timezone.utc) if t.tzinfo else t.replace(tzinfo=timezone.utc)


def version_key(n: Note) -> str:
    """What identifies one version of a note, the same on every laptop."""
    d = {"text": n.text, "kind": n.kind.value, "agenda_item_id": n.agenda_item_id,
         "speaker_id": n.speaker_id, "action_owner": n.action_owner,
         "action_due": to_iso(n.action_due), "outcome_ids": sorted(n.outcome_ids),
         "starred": bool(n.starred), "deleted_at": to_iso(_utc(n.deleted_at)),
         "updated": to_iso(_utc(n.updated)), "clock": dict(sorted(n.clock.items()))}
    return hashlib.sha256(canonical(d)).hexdigest()


def note_rank(n: Note, key: str | None = None) -> tuple:
    """Which of two concurrent versions is shown: the later change, then deleted, then
    the hash (equal times are settled the same way everywhere). ``key``: the note's
    version_key when the caller has it already (hashing is most of a merge's time)."""
    return (_utc(last_change(n)) or _EPOCH, n.deleted_at is not None,
            key if key is not None else version_key(n))


def superseded(a: Note, b: Note, ranks: dict[int, tuple] | None = None) -> bool:
    """True when version ``b`` was made after ``a`` was seen (or, with equal clocks, as
    for versions from before clocks existed, when ``b`` is later). ``ranks``: note_rank
    by ``id()`` of the notes, when known."""
    ca, cb = a.clock, b.clock
    if any(n > cb.get(k, 0) for k, n in ca.items()):
        return False
    if ca != cb:
        return True
    if ranks is not None:
        return ranks[id(a)] < ranks[id(b)]
    return note_rank(a) < note_rank(b)


MAX_HEADS = 64  # versions of one note made without seeing each other; more is forged


def heads(versions: list[Note], keys: dict[int, str] | None = None) -> list[Note]:
    """The versions nobody has seen past. A version can only be superseded by one with
    a larger clock sum (or the same clock and a higher rank), so one pass in that order
    against the heads found so far is enough (and stays linear: heads are few).
    ``keys``: version_key by ``id()`` of the versions, when the caller has them."""
    keys = keys or {}
    ranks = {id(v): note_rank(v, keys.get(id(v))) for v in versions}
    order = sorted(versions, key=lambda v: (sum(v.clock.values()), ranks[id(v)]), reverse=True)
    found: list[Note] = []
    for v in order:
        if not any(superseded(v, h, ranks) for h in found):
            found.append(v)
            if len(found) > MAX_HEADS:
                raise PackageError(f"more than {MAX_HEADS} versions of one note were made "
                                   "without seeing each other; the package is not genuine")
    return found


def worth_keeping(versions: list[Note], keys: dict[int, str] | None = None) -> list[Note]:
    """The versions that say something: one superseded by a version with the same words
    (a star, a bin, a restore, or a revert made after it) is dropped, as starring never
    makes a version. The same set whatever order the versions arrived in."""
    groups: dict[tuple, list[Note]] = {}
    for v in versions:
        groups.setdefault(_content(v), []).append(v)
    return [v for group in groups.values() for v in heads(group, keys)]


def _content(n: Note) -> tuple:
    return (*(getattr(n, f) for f in _CONTENT), tuple(sorted(n.outcome_ids)))


def _label(n: Note) -> str:
    words = " ".join(n.text.split())
    words = words if len(words) <= 40 else words[:39] + "…"
    return f"({words!r}, id {n.id[:8]})" if words else f"(id {n.id[:8]})"


def check_times(pkg: Package, now: datetime) -> None:
    """Refuse a package whose notes carry a time from a wrong clock, naming the note:
    a version dated next year would win every merge and could never be edited over."""
    latest = _utc(now) + MAX_AHEAD
    for i, n in enumerate(pkg.notes):
        for j, v in enumerate([n, *pkg.versions.get(n.id, [])]):
            for name in ("created", "updated", "deleted_at"):
                t = _utc(getattr(v, name))
                if t is None or EARLIEST <= t <= latest:
                    continue  # (the refusal's words are made only for a refusal)
                where = f"note {i + 1} {_label(n)}" + (f", version {j}" if j else "")
                shown = t.strftime("%Y-%m-%d %H:%M UTC")
                if t > latest:
                    raise PackageError(
                        f"{where}: its {name!r} time, {shown}, is more than 24 hours ahead "
                        f"of this computer's clock ({_utc(now).strftime('%Y-%m-%d %H:%M UTC')})"
                        "; check the clock of the laptop that made it")
                if t < EARLIEST:
                    raise PackageError(f"{where}: its {name!r} time, {shown}, is before 2000; "
                                       "check the clock of the laptop that made it")


def _min_time(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max_time(a, b):
    return b if a is None else a if b is None else max(a, b)


def merge_package(store: Store, path: Path, now: datetime | None = None) -> MergeReport:
    """Merge a package file; PackageError (store untouched) when it can't be used."""
    path = Path(path)
    pkg = read_package(path)
    return merge(store, pkg, file_name=path.name, now=now)


def _target_session(store: Store, pkg: Package) -> tuple[str | None, bool]:
    """The local session a package merges into: same id, else (for bundled or
    imported sessions, whose ids differ between laptops) the same source."""
    binned = store.sessions.presence(pkg.session.id)
    if binned is not None:
        return pkg.session.id, binned
    if pkg.session.source:
        found = store.sessions.first_live_by_source(pkg.session.source)
        if found is not None:
            return found, False
    return None, False


def frame_key(pkg: Package) -> str:
    """A hash of everything in a package but its notes (session, people, roles, agenda,
    outcomes, documents, template): the same for every device's package of a session
    nobody has edited since."""
    frame = content_to_dict(replace(pkg, notes=[], versions={}))
    return hashlib.sha256(canonical(frame)).hexdigest()


@dataclass
class _Frame:
    """What merging a package's frame gave: its session here and the id maps."""
    target: str
    code: str
    title: str
    people: dict[str, str]
    items: dict[str, str]
    outcomes: dict[str, str]


def merge(store: Store, pkg: Package, file_name: str = "",
          now: datetime | None = None, frames: dict | None = None) -> MergeReport:
    """Merge one package in one transaction; PackageError (nothing merged) when it
    can't be used. ``now`` is this computer's clock (tests pass their own).

    ``frames``: a dict the caller keeps while merging many packages at once (a team
    folder holds one package per session per device): a package whose frame (all but
    its notes, :func:`frame_key`) was merged earlier in the same run merges only its
    notes, since merging the same frame again would change nothing."""
    now = now or utc_now()
    prefix = f"{file_name}: " if file_name else ""
    try:
        check_times(pkg, now)
    except PackageError as exc:
        raise PackageError(f"{prefix}{exc}") from None
    try:
        return _merge(store, pkg, file_name, now, frames)
    except sqlite3.IntegrityError as exc:  # a clash the checks above did not foresee
        raise PackageError(f"{prefix}the package clashes with what is already here "
                           f"({exc})") from None


def _merge(store: Store, pkg: Package, file_name: str, now: datetime,
           frames: dict | None = None) -> MergeReport:
    s = pkg.session
    report = MergeReport(file_name=file_name, session_code=s.code, session_title=s.title,
                         session_id=s.id)
    # a package read by from_bytes carries its frame's hash already (of its text as read:
    # the same text is the same frame)
    key = (pkg.frame_sha or frame_key(pkg)) if frames is not None else None
    known = frames.get(key) if key is not None else None
    if known is not None and store.sessions.presence(known.target) is False:
        with store.atomic():
            report.session_id, report.session_code = known.target, known.code
            report.session_title = known.title
            _merge_notes(store, pkg, known.target, known.people, known.items,
                         known.outcomes, file_name, report, now)
        return report
    with store.atomic():
        target = _merge_session(store, pkg, file_name, report)
        # Map the package's people, agenda items and outcomes onto this store's:
        # by id, else (a session seeded separately on each laptop) by name/title/text.
        people_map = _merge_people(store, pkg, target, report)
        item_map, report.agenda_added, report.agenda_updated = _merge_rows(
            pkg.agenda, store.agenda.for_session(target),
            same=lambda a, b: (a.title, a.kind) == (b.title, b.kind),
            exists=store.agenda.exists,
            add=lambda item: _add_item(store, target, item, people_map),
            join=lambda mine, item: _join_item(store, mine, item))
        outcome_map, report.outcomes_added, report.outcomes_updated = _merge_rows(
            pkg.outcomes, store.outcomes.for_session(target),
            same=lambda a, b: a.text == b.text, exists=store.outcomes.exists,
            add=lambda o: store.outcomes.save(target, o),
            join=lambda mine, o: _join_outcome(store, mine, o))
        if report.session_added and pkg.documents:
            _add_documents(store, pkg, target)
        # the package's template (checked when read) only where the session has none:
        # the look chosen on this computer wins
        if pkg.template is not None and store.session_templates.get(target) is None:
            store.session_templates.save(target, pkg.template)
            report.template_added = True

        _merge_notes(store, pkg, target, people_map, item_map, outcome_map, file_name,
                     report, now)
    if key is not None:
        frames[key] = _Frame(target, report.session_code, report.session_title, people_map,
                             item_map, outcome_map)
    return report


def _copy_note(n: Note) -> Note:
    """What ``dataclasses.replace(n)`` gives (its fields shared, __post_init__'s rule
    kept), without its keyword round trip through __init__ (a merge copies every
    incoming note)."""
    new = object.__new__(Note)
    new.__dict__.update(n.__dict__)
    if new.updated is None:
        new.updated = new.created
    return new


def _merge_notes(store: Store, pkg: Package, target: str, people_map: dict[str, str],
                 item_map: dict[str, str], outcome_map: dict[str, str], file_name: str,
                 report: MergeReport, now: datetime) -> None:
    def local_ids(n: Note) -> Note:
        n = _copy_note(n)
        n.session_id = target
        n.outcome_ids = sorted({outcome_map[o] for o in n.outcome_ids if o in outcome_map})
        if n.agenda_item_id:
            n.agenda_item_id = item_map.get(n.agenda_item_id, n.agenda_item_id)
        if n.speaker_id:
            n.speaker_id = people_map.get(n.speaker_id, n.speaker_id)
        return n

    history = store.history
    # A note this store has never seen, with no earlier versions, is its own only head:
    # saved as it comes (what _merge_note would do), all of them at once.
    known = store.notes.existing_ids([n.id for n in pkg.notes])
    fresh = [local_ids(n) for n in pkg.notes if n.id not in known and not pkg.versions.get(n.id)]
    for n in fresh:  # local_ids made each a copy already
        n.conflict = False
    store.notes.save_many(fresh)
    report.notes_added += len(fresh)
    fresh_ids = {n.id for n in fresh}
    for note in pkg.notes:
        if note.id in fresh_ids:
            continue
        incoming = [local_ids(v) for v in [note, *pkg.versions.get(note.id, [])]]
        try:
            mine = store.notes.get(note.id)
        except NotFound:
            mine = None
        if mine is not None and mine.session_id != target:
            continue  # an id clash with another session's note: never overwrite it
        try:
            _merge_note(store, history, mine, incoming, report, now)
        except PackageError as exc:
            raise PackageError(f"{file_name + ': ' if file_name else ''}note "
                               f"{_label(note)}: {exc}") from None


def _merge_session(store: Store, pkg: Package, file_name: str, report: MergeReport) -> str:
    """The id of the local session the package merges into, added when there is none."""
    s = pkg.session
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
    return target


def _merge_people(store: Store, pkg: Package, target: str,
                  report: MergeReport) -> dict[str, str]:
    """Add the people and roles the store lacks; return package person id → local id."""
    local_people = store.people.for_session(target)
    people_map: dict[str, str] = {}
    for p in pkg.people:
        if store.people.exists(p.id):
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
        if pid is None and store.people.exists(r.person_id):
            pid = r.person_id
        if pid is not None:
            store.roles.add(target, replace(r, person_id=pid))
    return people_map


def _merge_rows(incoming: Iterable, local: Iterable, same: Callable[[object, object], bool],
                exists: Callable[[str], bool], add: Callable[[object], None],
                join: Callable[[object, object], bool]) -> tuple[dict[str, str], int, int]:
    """Merge a package's agenda items or outcomes into the session's: each is the local
    one with its id, else the first not yet matched that is the ``same``; one matched
    has its recorded facts joined in (``join`` says whether it changed); one unmatched
    is added, unless its id is another session's here. Returns package id → local id,
    and how many were added and updated."""
    mine_by_id = {x.id: x for x in local}
    id_map: dict[str, str] = {}
    added = updated = 0
    for row in sorted(incoming, key=lambda x: (x.position, x.id)):
        mine = mine_by_id.get(row.id)
        if mine is None:
            taken = set(id_map.values())
            mine = next((x for x in mine_by_id.values()
                         if x.id not in taken and same(x, row)), None)
        if mine is None:
            if exists(row.id):
                continue  # belongs to another session here: leave it alone
            add(row)
            mine_by_id[row.id] = row
            id_map[row.id] = row.id
            added += 1
            continue
        id_map[row.id] = mine.id
        if join(mine, row):
            updated += 1
    return id_map, added, updated


def _add_item(store: Store, target: str, item: AgendaItem, people_map: dict[str, str]) -> None:
    item.person_ids = [people_map.get(pid, pid) for pid in item.person_ids]
    item.person_ids = [pid for pid in dict.fromkeys(item.person_ids)
                       if store.people.exists(pid)]
    store.agenda.save(target, item)


def _join_item(store: Store, mine: AgendaItem, item: AgendaItem) -> bool:
    """An agenda item keeps the earliest actual start and the latest actual end."""
    start = _min_time(mine.actual_start, item.actual_start)
    end = _max_time(mine.actual_end, item.actual_end)
    if (start, end) == (mine.actual_start, mine.actual_end):
        return False
    store.agenda.set_actual_times(mine.id, start, end)
    mine.actual_start, mine.actual_end = start, end
    return True


def _join_outcome(store: Store, mine: Outcome, o: Outcome) -> bool:
    """An outcome keeps the furthest status and the longer comment."""
    status = furthest_status(mine.status, o.status)
    comment = max(mine.comment, o.comment, key=lambda c: (len(c), c))
    if (status, comment) == (mine.status, mine.comment):
        return False
    store.outcomes.set_status_comment(mine.id, status, comment)
    mine.status, mine.comment = status, comment
    return True


def _add_documents(store: Store, pkg: Package, target: str) -> None:
    docs = []
    for d in pkg.documents:
        if store.documents.exists(d.id):
            # the id is another session's document here (a package made from a
            # copy of that session): same document, its own row
            d = replace(d, id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{target}/{d.id}")))
        docs.append(d)
    store.documents.replace_for_session(target, docs)


def _merge_note(store: Store, history: NoteHistoryRepo, mine: Note | None,
                incoming: list[Note], report: MergeReport, now: datetime) -> None:
    """Join the package's versions of one note (``incoming[0]`` is its current one)
    with this store's; writes only what changes, so merging again writes nothing."""
    candidates: dict[str, Note] = {}
    rows: dict[str, list] = {}
    current_key = None
    if mine is not None:
        mine.outcome_ids = sorted(mine.outcome_ids)
        current_key = version_key(mine)
        candidates[current_key] = mine
        for row in history.for_note(mine.id):
            v = row.as_note(mine)
            v.device = row.device or mine.device
            key = version_key(v)
            rows.setdefault(key, []).append(row)
            candidates.setdefault(key, v)
    for v in incoming:
        candidates.setdefault(version_key(v), v)
    keys = {id(v): k for k, v in candidates.items()}  # each version hashed once
    kept = {keys[id(v)] for v in worth_keeping(list(candidates.values()), keys)}
    top = heads(list(candidates.values()), keys)
    winner = max(top, key=lambda v: note_rank(v, keys[id(v)]))
    win_key = keys[id(winner)]
    head_keys = {keys[id(h)] for h in top} - {win_key}
    conflict = any(_content(h) != _content(winner) for h in top)
    # who made the note and when: the same for every version; the earliest claim wins
    first = min([n for n in (mine, incoming[0]) if n is not None],
                key=lambda n: (_utc(n.created), n.author, n.device))
    shown = replace(winner, created=first.created, author=first.author, device=first.device,
                    conflict=conflict)
    if mine is None:
        store.notes.save(shown)
        report.notes_added += 1
    elif win_key != current_key or conflict != mine.conflict or \
            (mine.created, mine.author, mine.device) != (first.created, first.author,
                                                         first.device):
        store.notes.save(shown)
        if win_key == current_key:
            pass
        elif winner.deleted_at is not None and mine.deleted_at is None:
            report.notes_deleted += 1
        else:
            report.notes_updated += 1
    else:
        report.notes_unchanged += 1
    if conflict and (mine is None or not mine.conflict):
        report.notes_in_conflict += 1
    # every other version is kept, once; the shown one is not a version of itself
    for key, versions in rows.items():
        for row in versions:
            if key == win_key or key not in kept:
                history.forget(row.id)  # shown now, or the same words as a later version
            elif row.head != (key in head_keys):
                history.set_head(row.id, key in head_keys)
    for key, v in candidates.items():
        if key != win_key and key not in rows and key in kept:
            history.record(v, head=key in head_keys, saved_at=now)
            if key != current_key:
                report.versions_kept += 1


__all__ = ["MergeReport", "PackageError", "build_package", "check_times", "export_package",
           "heads", "merge", "merge_package", "note_rank", "superseded", "version_key"]
