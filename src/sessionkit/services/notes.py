"""Capturing notes: the one way notes get into the store."""

from __future__ import annotations

import platform
import re
from dataclasses import replace
from datetime import datetime, timedelta

from sessionkit.domain.models import MAX_NOTE_CHARS, Note, NoteKind, parse_enum, utc_now
from sessionkit.store import Store


class NoteError(ValueError):
    pass


def device_name() -> str:
    return platform.node() or "unknown device"


def last_change(n: Note) -> datetime | None:
    """When a version of a note was made: the later of its edit and its deletion."""
    times = [t for t in (n.updated, n.deleted_at) if t is not None]
    return max(times) if times else n.created


def stamp_local_change(store: Store, before: Note, after: Note,
                       now: datetime | None = None) -> Note:
    """``after`` as a change made here to ``before``: edits, stars, deletions and
    restores all count. Its version vector has seen every version this store knows
    of the note (so a package made before it can never undo it, and a version in
    conflict is settled), and ``updated`` moves forward even when this computer's
    clock is behind the one that made ``before``."""
    now = now or utc_now()
    stamp = now
    previous = last_change(before)
    if previous is not None and now <= previous <= now + timedelta(hours=24):
        stamp = previous + timedelta(milliseconds=1)
    history = store.history
    clock = dict(before.clock)
    for seen in history.head_clocks(before.id):
        for k, n in seen.items():
            clock[k] = max(clock.get(k, 0), n)
    me = store.replica_id()
    clock[me] = clock.get(me, 0) + 1
    history.clear_heads(before.id)
    return replace(after, updated=stamp, clock=clock, conflict=False)


def add_note(store: Store, session_id: str, text: str, kind: NoteKind | str = NoteKind.NOTE,
             author: str = "", agenda_item_id: str | None = None,
             speaker_id: str | None = None) -> Note:
    text = text.strip("\n")
    if not text.strip():
        raise NoteError("the note is empty")
    if len(text) > MAX_NOTE_CHARS:
        raise NoteError(f"the note is longer than {MAX_NOTE_CHARS:,} characters")
    if "\x00" in text:
        raise NoteError("the note contains a NUL character")
    kind = parse_enum(NoteKind, kind, "note kind")
    note = Note(session_id=session_id, text=text, kind=kind, created=utc_now(),
                author=author, device=device_name(), agenda_item_id=agenda_item_id,
                speaker_id=speaker_id, clock={store.replica_id(): 1})
    store.notes.save(note)
    return note


def split_paragraphs(text: str) -> list[str]:
    """Plain text to notes: a blank line (spaces allowed) separates two notes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip("\n") for p in re.split(r"\n(?:[ \t]*\n)+", text) if p.strip()]


def import_notes(store: Store, session_id: str, text: str, author: str = "") -> list[Note]:
    """Add one note per paragraph, all in one transaction (all or nothing)."""
    paragraphs = split_paragraphs(text)
    notes = []
    with store.atomic():
        for p in paragraphs:
            notes.append(add_note(store, session_id, p, author=author))
    return notes


def commit_draft(store: Store, session_id: str, text: str, kind: NoteKind | str = NoteKind.NOTE,
                 **context) -> Note:
    """Turn the note box's draft into a note and clear the draft, atomically."""
    with store.atomic():
        note = add_note(store, session_id, text, kind=kind, **context)
        store.drafts.save(session_id, "")
    return note
