"""The rapporteur's capture use cases, Qt-free: capture with kind, context
and action fields; edit with history; star; bin (tombstones); evidence links;
outcome status/comment; filters; report meta.

Every write runs in one transaction. Notes are never hard-deleted: "delete" sets
``deleted_at`` and "restore" clears it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sessionkit.domain.models import (
    Note,
    NoteKind,
    OutcomeStatus,
    ReportMeta,
    parse_enum,
    utc_now,
)
from sessionkit.services.notes import NoteError, add_note, stamp_local_change
from sessionkit.store import Store
from sessionkit.store.history import EvidenceRepo, NoteHistoryRepo, NoteVersion

KEEP = object()  # "leave this field as it is" in bulk edits

# The fields whose change makes a new version in the history (starring and binning
# do not, though they too count as changes when packages are merged).
VERSIONED_FIELDS = ("text", "kind", "agenda_item_id", "speaker_id", "action_owner",
                    "action_due", "outcome_ids")


def history_repo(store: Store) -> NoteHistoryRepo:
    return store.history


def evidence_repo(store: Store) -> EvidenceRepo:
    return store.evidence


# -- due dates ----------------------------------------------------------------------

def parse_due(text: str, today: date | None = None) -> date | None:
    """An action's due date as typed: 2026-12-01, 1.12.2026, today, tomorrow, +3 (days),
    +2w (weeks). Empty means no due date. Raises NoteError with a clear message."""
    value = (text or "").strip().lower()
    if not value:
        return None
    today = today or date.today()
    if value in ("today", "tod"):
        return today
    if value in ("tomorrow", "tom", "tmr"):
        return today + timedelta(days=1)
    m = re.fullmatch(r"\+\s*(\d{1,3})\s*([dw]?)", value)
    if m:
        n = int(m.group(1))
        return today + (timedelta(weeks=n) if m.group(2) == "w" else timedelta(days=n))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not m:
        m2 = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", value)
        if m2:
            m = (None, m2.group(3), m2.group(2), m2.group(1))
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise NoteError(f"{text.strip()!r} is not a date: use YYYY-MM-DD, today, tomorrow or +N days")


# -- capture ---------------------------------------------------------------------------

def capture_note(store: Store, session_id: str, text: str,
                 kind: NoteKind | str = NoteKind.NOTE, *,
                 agenda_item_id: str | None = None, speaker_id: str | None = None,
                 action_owner: str = "", action_due: date | None = None,
                 outcome_ids: Iterable[str] = (), starred: bool = False,
                 author: str = "", clear_draft: bool = True) -> Note:
    """Add a note with its full context; clears the session's draft in the same
    transaction (so the box text is either a draft or a note, never lost)."""
    kind = parse_enum(NoteKind, kind, "note kind")
    with store.atomic():
        note = add_note(store, session_id, text, kind=kind, author=author,
                        agenda_item_id=agenda_item_id, speaker_id=speaker_id)
        extra = {"action_owner": action_owner.strip(), "action_due": action_due,
                 "outcome_ids": list(dict.fromkeys(outcome_ids)), "starred": bool(starred)}
        if any(extra.values()):
            note = replace(note, **extra)
            store.notes.save(note)
        if clear_draft:
            store.drafts.save(session_id, "")
    return note


# -- edits ---------------------------------------------------------------------------------

def _validate_text(text: str) -> str:
    text = text.strip("\n")
    if not text.strip():
        raise NoteError("the note is empty (delete it instead)")
    if "\x00" in text:
        raise NoteError("the note contains a NUL character")
    return text


def edit_note(store: Store, note_id: str, **changes) -> Note:
    """Change fields of a note; the previous version is kept when content changes.

    Fields: text, kind, agenda_item_id, speaker_id, action_owner, action_due,
    outcome_ids, starred. A value of KEEP leaves the field as it is.
    """
    changes = {k: v for k, v in changes.items() if v is not KEEP}
    unknown = set(changes) - set(VERSIONED_FIELDS) - {"starred"}
    if unknown:
        raise ValueError(f"unknown note fields: {', '.join(sorted(unknown))}")
    if "text" in changes:
        changes["text"] = _validate_text(changes["text"])
    if "kind" in changes:
        changes["kind"] = parse_enum(NoteKind, changes["kind"], "note kind")
    if "action_owner" in changes:
        changes["action_owner"] = (changes["action_owner"] or "").strip()
    if "outcome_ids" in changes:
        changes["outcome_ids"] = list(dict.fromkeys(changes["outcome_ids"]))
    with store.atomic():
        before = store.notes.get(note_id)
        after = replace(before, **changes)
        content_changed = any(getattr(before, f) != getattr(after, f) for f in VERSIONED_FIELDS)
        if not content_changed and before.starred == after.starred:
            return before
        if content_changed:
            history_repo(store).record(before)
        after = stamp_local_change(store, before, after)
        store.notes.save(after)
    return after


def edit_notes(store: Store, note_ids: Iterable[str], **changes) -> list[Note]:
    """The same change to several notes at once (e.g. re-stamp item/speaker), atomically."""
    with store.atomic():
        return [edit_note(store, nid, **changes) for nid in note_ids]


def set_starred(store: Store, note_ids: Iterable[str], starred: bool) -> list[Note]:
    return edit_notes(store, note_ids, starred=bool(starred))


def toggle_star(store: Store, note_id: str) -> Note:
    return edit_note(store, note_id, starred=not store.notes.get(note_id).starred)


def delete_notes(store: Store, note_ids: Iterable[str]) -> list[Note]:
    """Move notes to the bin (a tombstone: ``deleted_at`` set; nothing is erased)."""
    out = []
    with store.atomic():
        now = utc_now()
        for nid in note_ids:
            n = store.notes.get(nid)
            if n.deleted_at is None:
                n = stamp_local_change(store, n, n, now=now)
                n = replace(n, deleted_at=n.updated)
                store.notes.save(n)
            out.append(n)
    return out


def restore_notes(store: Store, note_ids: Iterable[str]) -> list[Note]:
    """Bring notes back from the bin."""
    out = []
    with store.atomic():
        for nid in note_ids:
            n = store.notes.get(nid)
            if n.deleted_at is not None:
                # a change like any edit: a package made before it can't bin it again
                n = stamp_local_change(store, n, replace(n, deleted_at=None))
                store.notes.save(n)
            out.append(n)
    return out


def bin_notes(store: Store, session_id: str) -> list[Note]:
    """The session's deleted notes, most recently deleted first."""
    gone = [n for n in store.notes.for_session(session_id, include_deleted=True)
            if n.deleted_at is not None]
    return sorted(gone, key=lambda n: n.deleted_at, reverse=True)


def note_history(store: Store, note_id: str) -> list[NoteVersion]:
    """Earlier versions of a note, newest first (versions that lost a merge included)."""
    return history_repo(store).for_note(note_id)


def restore_version(store: Store, note_id: str, version_id: int) -> Note:
    """Make an earlier version current again (the current one becomes a version too)."""
    v = history_repo(store).get(version_id)
    if v.note_id != note_id:
        raise ValueError("that version belongs to another note")
    return edit_note(store, note_id, text=v.text, kind=v.kind,
                     agenda_item_id=v.agenda_item_id, speaker_id=v.speaker_id,
                     action_owner=v.action_owner, action_due=v.action_due,
                     outcome_ids=v.outcome_ids)


# -- outcomes and evidence ---------------------------------------------------------------------

def link_evidence(store: Store, note_ids: Iterable[str], outcome_id: str,
                  linked: bool = True) -> list[Note]:
    """Link (or unlink) notes as evidence for an outcome."""
    out = []
    with store.atomic():
        for nid in note_ids:
            n = store.notes.get(nid)
            ids = [o for o in n.outcome_ids if o != outcome_id]
            if linked:
                ids.append(outcome_id)
            out.append(edit_note(store, nid, outcome_ids=ids))
    return out


def toggle_evidence(store: Store, note_ids: list[str], outcome_id: str) -> list[Note]:
    """Link all when any is unlinked, else unlink all (one key chord does both)."""
    notes = [store.notes.get(n) for n in note_ids]
    link = not all(outcome_id in n.outcome_ids for n in notes)
    return link_evidence(store, note_ids, outcome_id, linked=link)


def evidence_counts(store: Store, session_id: str) -> dict[str, int]:
    return evidence_repo(store).counts(session_id)


def set_outcome(store: Store, session_id: str, outcome_id: str,
                status: OutcomeStatus | str | None = None, comment: str | None = None):
    """Change an outcome's status and/or comment."""
    with store.atomic():
        for o in store.outcomes.for_session(session_id):
            if o.id == outcome_id:
                if status is not None:
                    o.status = parse_enum(OutcomeStatus, status, "outcome status")
                if comment is not None:
                    o.comment = comment.strip()
                store.outcomes.save(session_id, o)
                return o
    raise LookupError(f"no outcome {outcome_id} in this session")


# -- filtering the stream -----------------------------------------------------------------------

@dataclass
class NoteFilter:
    kinds: set[NoteKind] = field(default_factory=set)  # empty = all kinds
    agenda_item_id: str | None = None
    speaker_id: str | None = None
    starred_only: bool = False
    outcome_id: str | None = None

    def active(self) -> bool:
        return bool(self.kinds or self.agenda_item_id or self.speaker_id
                    or self.starred_only or self.outcome_id)

    def matches(self, note: Note) -> bool:
        if self.kinds and note.kind not in self.kinds:
            return False
        if self.agenda_item_id and note.agenda_item_id != self.agenda_item_id:
            return False
        if self.speaker_id and note.speaker_id != self.speaker_id:
            return False
        if self.starred_only and not note.starred:
            return False
        if self.outcome_id and self.outcome_id not in note.outcome_ids:
            return False
        return True


# -- report meta ------------------------------------------------------------------------------------

def save_report_meta(store: Store, session_id: str, *, summary: str | None = None,
                     attendance: str | None = None, signed_off_by: str | None = None,
                     sign_off: bool | None = None, now: datetime | None = None) -> ReportMeta:
    """Update the rapporteur's summary, attendance and the moderator's sign-off.

    ``sign_off=True`` stamps the sign-off time now (kept if already signed by the
    same person); ``False`` withdraws it. Signing needs a name.
    """
    with store.atomic():
        meta = store.report_meta.get(session_id)
        if summary is not None:
            meta.summary = summary.strip("\n")
        if attendance is not None:
            meta.attendance = attendance.strip()
        if signed_off_by is not None:
            name = signed_off_by.strip()
            if name != meta.signed_off_by:
                meta.signed_off_at = None
            meta.signed_off_by = name
        if sign_off is True:
            if not meta.signed_off_by:
                raise NoteError("the sign-off needs the moderator's name")
            if meta.signed_off_at is None:
                meta.signed_off_at = now or utc_now()
        elif sign_off is False:
            meta.signed_off_at = None
        store.report_meta.save(meta)
    return meta
