"""Capturing notes: the one way notes get into the store."""

from __future__ import annotations

import platform
import re

from sessionkit.domain.models import Note, NoteKind, parse_enum, utc_now
from sessionkit.store import Store

MAX_NOTE_CHARS = 1_000_000  # a note this long is a paste accident, not a note


class NoteError(ValueError):
    pass


def device_name() -> str:
    return platform.node() or "unknown device"


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
                speaker_id=speaker_id)
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
