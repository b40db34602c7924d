"""People of a session: the moderator's intro cue per person (speaker cards). No Qt."""

from __future__ import annotations


def intro_cue(store, session_id: str, person_id: str) -> str:
    return store.person_cues.get(session_id, person_id)


def intro_cues(store, session_id: str) -> dict[str, str]:
    return store.person_cues.for_session(session_id)


def set_intro_cue(store, session_id: str, person_id: str, cue: str) -> None:
    store.person_cues.set(session_id, person_id, cue)
