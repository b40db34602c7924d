"""Note history (every edit keeps the previous version) and outcome evidence counts.

The tables come from migration 5 (``db._m5_note_history_and_search``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlite_utils

from sessionkit.domain.models import Note, NoteKind, parse_enum, utc_now


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


class NoteHistoryRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def record(self, note: Note) -> int:
        """Keep ``note`` (its state before an edit) as a version; returns the version id."""
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO note_versions (note_id, saved_at, kind, text, agenda_item_id, "
                "speaker_id, action_owner, action_due, outcome_ids, was_updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [note.id, utc_now().isoformat(), note.kind.value, note.text,
                 note.agenda_item_id, note.speaker_id, note.action_owner,
                 note.action_due.isoformat() if note.action_due else None,
                 json.dumps(note.outcome_ids), note.updated.isoformat() if note.updated else None])
            return cur.lastrowid

    def for_note(self, note_id: str) -> list[NoteVersion]:
        """Earlier versions, newest first."""
        return [self._from_row(r) for r in self.db.query(
            "SELECT * FROM note_versions WHERE note_id = ? ORDER BY id DESC", [note_id])]

    def get(self, version_id: int) -> NoteVersion:
        rows = list(self.db.query("SELECT * FROM note_versions WHERE id = ?", [version_id]))
        if not rows:
            raise LookupError(f"no note version {version_id}")
        return self._from_row(rows[0])

    @staticmethod
    def _from_row(r: dict) -> NoteVersion:
        return NoteVersion(
            id=r["id"], note_id=r["note_id"], saved_at=datetime.fromisoformat(r["saved_at"]),
            kind=parse_enum(NoteKind, r["kind"], "note kind"), text=r["text"],
            agenda_item_id=r["agenda_item_id"], speaker_id=r["speaker_id"],
            action_owner=r["action_owner"] or "",
            action_due=date.fromisoformat(r["action_due"]) if r["action_due"] else None,
            outcome_ids=json.loads(r["outcome_ids"] or "[]"),
            was_updated=datetime.fromisoformat(r["was_updated"]) if r["was_updated"] else None,
        )


class EvidenceRepo:
    """Which notes support which outcomes (the note_outcomes links)."""

    def __init__(self, db: sqlite_utils.Database):
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
