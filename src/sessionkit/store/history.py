"""Note history (every edit keeps the previous version) and outcome evidence counts.

The tables come from migration 5 (``db._m5_note_history_and_search``); migration 6
added the rest of a note's state (starred, deleted, version vector, who made it) so
a version that loses a package merge is kept whole, and ``head`` for a concurrent
version still in conflict with the current one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sessionkit.domain.models import Note, NoteKind, parse_enum, utc_now
from sessionkit.store.connection import Database


@dataclass
class NoteVersion:
    """A note as it was before an edit."""

    note_id: str
    saved_at: datetime  # when this version was replaced
    kind: NoteKind
    text: str
    agenda_item_id: str | None = None
    speaker_id: str | None = None
    action_owner: str = ""
    action_due: date | None = None
    outcome_ids: list[str] = field(default_factory=list)
    was_updated: datetime | None = None  # the note's "updated" time for this version
    id: int = 0
    starred: bool = False
    deleted_at: datetime | None = None
    clock: dict[str, int] = field(default_factory=dict)
    head: bool = False  # made concurrently with the current version (a merge conflict)
    author: str = ""
    device: str = ""

    def as_note(self, base: Note) -> Note:
        """``base`` (the note now) as it was in this version."""
        from dataclasses import replace

        return replace(base, kind=self.kind, text=self.text, agenda_item_id=self.agenda_item_id,
                       speaker_id=self.speaker_id, action_owner=self.action_owner,
                       action_due=self.action_due, outcome_ids=list(self.outcome_ids),
                       updated=self.was_updated or base.created, starred=self.starred,
                       deleted_at=self.deleted_at, clock=dict(self.clock), conflict=False)


class NoteHistoryRepo:
    def __init__(self, db: Database):
        self.db = db

    def record(self, note: Note, head: bool = False, device: str | None = None,
               saved_at: datetime | None = None) -> int:
        """Keep ``note`` (its state before an edit, or a version that lost a merge) as
        a version; returns the version id."""
        from sessionkit.store.rows import clock_json

        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO note_versions (note_id, saved_at, kind, text, agenda_item_id, "
                "speaker_id, action_owner, action_due, outcome_ids, was_updated, starred, "
                "deleted_at, clock, head, author, device) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [note.id, (saved_at or utc_now()).isoformat(), note.kind.value, note.text,
                 note.agenda_item_id, note.speaker_id, note.action_owner,
                 note.action_due.isoformat() if note.action_due else None,
                 json.dumps(sorted(note.outcome_ids)),
                 note.updated.isoformat() if note.updated else None, int(note.starred),
                 note.deleted_at.isoformat() if note.deleted_at else None,
                 clock_json(note.clock), int(head), note.author,
                 note.device if device is None else device])
            return cur.lastrowid

    def for_note(self, note_id: str, oldest_first: bool = False) -> list[NoteVersion]:
        """Earlier versions, newest first (or oldest first)."""
        order = "ASC" if oldest_first else "DESC"
        return [self._from_row(r) for r in self.db.query(
            f"SELECT * FROM note_versions WHERE note_id = ? ORDER BY id {order}", [note_id])]

    def set_head(self, version_id: int, head: bool) -> None:
        self.db.execute("UPDATE note_versions SET head = ? WHERE id = ?", [int(head), version_id])

    def forget(self, version_id: int) -> None:
        """Drop a version that has become the note's current state again."""
        self.db.execute("DELETE FROM note_versions WHERE id = ?", [version_id])

    def head_clocks(self, note_id: str) -> list[dict[str, int]]:
        """The version vectors of the versions in conflict with the current one."""
        from sessionkit.store.rows import read_clock

        return [read_clock(r[0]) for r in self.db.execute(
            "SELECT clock FROM note_versions WHERE note_id = ? AND head", [note_id])]

    def clear_heads(self, note_id: str) -> None:
        """A local change has seen every concurrent version: none is in conflict any more."""
        self.db.execute("UPDATE note_versions SET head = 0 WHERE note_id = ? AND head",
                        [note_id])

    def get(self, version_id: int) -> NoteVersion:
        rows = list(self.db.query("SELECT * FROM note_versions WHERE id = ?", [version_id]))
        if not rows:
            raise LookupError(f"no note version {version_id}")
        return self._from_row(rows[0])

    @staticmethod
    def _from_row(r: dict) -> NoteVersion:
        from sessionkit.store.rows import read_clock

        def when(value):
            try:
                return datetime.fromisoformat(value) if value else None
            except ValueError:
                return None

        try:
            outcome_ids = json.loads(r["outcome_ids"] or "[]")
        except ValueError:
            outcome_ids = []
        try:  # an unreadable old version must not stop the note from being edited
            kind = parse_enum(NoteKind, r["kind"], "note kind")
        except ValueError:
            kind = NoteKind.NOTE
        try:
            due = date.fromisoformat(r["action_due"]) if r["action_due"] else None
        except ValueError:
            due = None
        return NoteVersion(
            id=r["id"], note_id=r["note_id"], saved_at=when(r["saved_at"]) or utc_now(),
            kind=kind, text=r["text"],
            agenda_item_id=r["agenda_item_id"], speaker_id=r["speaker_id"],
            action_owner=r["action_owner"] or "",
            action_due=due,
            outcome_ids=outcome_ids if isinstance(outcome_ids, list) else [],
            was_updated=when(r["was_updated"]), starred=bool(r.get("starred")),
            deleted_at=when(r.get("deleted_at")), clock=read_clock(r.get("clock")),
            head=bool(r.get("head")), author=r.get("author") or "", device=r.get("device") or "",
        )


class EvidenceRepo:
    """Which notes support which outcomes (the note_outcomes links)."""

    def __init__(self, db: Database):
        self.db = db

    def counts(self, session_id: str) -> dict[str, int]:
        """Outcome id -> number of live (not deleted) notes linked to it."""
        return {r["outcome_id"]: r["n"] for r in self.db.query(
            "SELECT l.outcome_id, COUNT(*) AS n FROM note_outcomes l "
            "JOIN notes n ON n.id = l.note_id "
            "WHERE n.session_id = ? AND n.deleted_at IS NULL GROUP BY l.outcome_id",
            [session_id])}

    def notes_for(self, outcome_id: str) -> list[str]:
        return [r["note_id"] for r in self.db.query(
            "SELECT l.note_id FROM note_outcomes l JOIN notes n ON n.id = l.note_id "
            "WHERE l.outcome_id = ? AND n.deleted_at IS NULL ORDER BY n.created", [outcome_id])]
