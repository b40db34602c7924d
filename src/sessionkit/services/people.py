"""People of a session: the moderator's intro cue per person (speaker cards). No Qt."""

from __future__ import annotations


def intro_cue(store, session_id: str, person_id: str) -> str:
    row = store.db.execute(
        "SELECT cue FROM person_cues WHERE session_id = ? AND person_id = ?",
        [session_id, person_id]).fetchone()
    return row[0] if row and row[0] else ""


def intro_cues(store, session_id: str) -> dict[str, str]:
    return {r[0]: r[1] for r in store.db.execute(
        "SELECT person_id, cue FROM person_cues WHERE session_id = ?", [session_id]).fetchall()
        if r[1]}


def set_intro_cue(store, session_id: str, person_id: str, cue: str) -> None:
    with store.atomic():
        store.db.execute(
            "INSERT INTO person_cues (session_id, person_id, cue) VALUES (?, ?, ?) "
            "ON CONFLICT(session_id, person_id) DO UPDATE SET cue = excluded.cue",
            [session_id, person_id, cue or ""])
