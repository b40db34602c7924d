"""The state document the live link serves (docs/live-link.md "The state document"):
built from the services at one instant, from whatever store it is given (the link's
own read-only connection). Qt-free.

It carries what the views show and nothing else: never a note. The words come in the
moderator's UI language (link/i18n.py) as templates the browser fills in, so the
countdown can run on the phone between pushes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sessionkit.domain.models import utc_now
from sessionkit.link.i18n import words
from sessionkit.services.clock import ClockSnapshot, ClockState, SessionClock, format_clock
from sessionkit.services.people import intro_cue
from sessionkit.store import NotFound

STATE_VERSION = 1


class _ReadingClock(SessionClock):
    """A SessionClock that only reads. The clock repairs a run whose current item was
    deleted by writing; the link's connection is read-only, so it shows the run as
    stored and leaves the repair to the moderator's app."""

    def _repair(self, rec, state, agenda):
        return rec, state


def _person(store, session_id: str, person_id: str | None) -> dict | None:
    if not person_id:
        return None
    try:
        p = store.people.get(person_id)
    except (NotFound, LookupError):
        return None
    native = p.native_name if p.native_name and p.native_name != p.display_name else ""
    return {"id": p.id, "name": p.display_name, "native_name": native,
            "affiliation": p.affiliation(),
            "intro_cue": intro_cue(store, session_id, p.id) or ""}


def _names(store, person_ids: list[str]) -> list[str]:
    out = []
    for pid in person_ids:
        try:
            out.append(store.people.get(pid).display_name)
        except (NotFound, LookupError):
            continue
    return out


def current_speaker_id(store, session_id: str, snap: ClockSnapshot) -> str | None:
    """Who is speaking: the latest speaker turn stored for the current item (the
    moderator's Ctrl+Shift+Up/Down, Alt+Shift+1…9), else the item's first person."""
    cur = snap.current
    if cur is None:
        return None
    turns = store.live.turns(session_id).get(cur.item.id, [])
    for turn in reversed(turns):
        if turn.person_id is not None:
            return turn.person_id
        break
    return cur.item.person_ids[0] if cur.item.person_ids else None


def _next_speaker(snap: ClockSnapshot, speaker_id: str | None) -> str | None:
    """The cue card's "who is next": the item's next person, else the first person of
    the next item that names someone."""
    cur = snap.current
    if cur is None:
        return None
    ids = cur.item.person_ids
    if speaker_id in ids and ids.index(speaker_id) + 1 < len(ids):
        return ids[ids.index(speaker_id) + 1]
    for t in snap.items[cur.index + 1:]:
        if t.item.person_ids:
            return t.item.person_ids[0]
    return None


def status_text(snap: ClockSnapshot, w: dict[str, str]) -> str:
    """The stage display's status line at the snapshot's instant (the views recompute
    it as their countdown runs)."""
    if snap.state != ClockState.RUNNING or snap.current is None:
        return w[snap.state.value]
    level = snap.warning.value
    remaining = snap.current.remaining
    if level == "amber":
        return w["amber"].format(time=format_clock(remaining))
    if level == "over":
        return w["over"].format(time=format_clock(remaining, signed=True))
    return w[level] if level in ("red", "normal") else ""


def state_document(store, session_id: str, now: datetime | None = None,
                   language: str = "en") -> dict:
    """The state document of ``session_id`` at ``now`` (default: the current time)."""
    at = (now or utc_now()).astimezone(timezone.utc)
    clock = _ReadingClock(store, session_id, now=lambda: at)
    snap = clock.snapshot()
    session = store.sessions.get(session_id)
    w = words(language)
    server_time = at.timestamp()
    cur = snap.current
    current = speaker = nxt = next_speaker = None
    if cur is not None:
        running = snap.state == ClockState.RUNNING
        current = {
            "index": cur.index, "id": cur.item.id, "title": cur.item.title,
            "kind": getattr(cur.item.kind, "value", str(cur.item.kind)),
            "planned_seconds": cur.planned_seconds, "elapsed": round(cur.elapsed, 3),
            "remaining": round(cur.remaining, 3), "cue": cur.item.cue or "",
            "ends_at": round(server_time + cur.remaining, 3) if running else None,
        }
        sid = current_speaker_id(store, session_id, snap)
        speaker = _person(store, session_id, sid)
        if speaker is not None and not speaker["intro_cue"]:
            speaker["intro_cue"] = cur.item.cue or ""  # the cue card's fallback too
        nid = _next_speaker(snap, sid)
        next_person = _person(store, session_id, nid)
        if next_person is not None:
            next_speaker = {"id": next_person["id"], "name": next_person["name"],
                            "native_name": next_person["native_name"]}
        if cur.index + 1 < len(snap.items):
            t = snap.items[cur.index + 1]
            nxt = {"index": t.index, "id": t.item.id, "title": t.item.title,
                   "speakers": _names(store, t.item.person_ids)}
    elif snap.state == ClockState.IDLE and snap.items:
        t = snap.items[0]
        nxt = {"index": 0, "id": t.item.id, "title": t.item.title,
               "speakers": _names(store, t.item.person_ids)}
    agenda = [{
        "index": t.index, "id": t.item.id, "title": t.item.title,
        "kind": getattr(t.item.kind, "value", str(t.item.kind)),
        "status": t.status.value, "planned_seconds": t.planned_seconds,
        "elapsed": round(t.elapsed, 3), "speakers": _names(store, t.item.person_ids),
    } for t in snap.items]
    return {
        "v": STATE_VERSION,
        "seq": 0,  # the server numbers the documents it sends
        "server_time": round(server_time, 3),
        "session": {"id": session.id, "code": session.code, "title": session.title,
                    "source": session.source or ""},
        "state": snap.state.value,
        "warning": _warning_name(snap),
        "thresholds": {"amber": snap.amber_seconds, "red": snap.red_seconds},
        "first_planned_seconds": snap.items[0].planned_seconds if snap.items else 0,
        "current": current,
        "speaker": speaker,
        "next_speaker": next_speaker,
        "next": nxt,
        "message": store.live.stage_message(session_id) or "",
        "offset_seconds": round(snap.offset, 3),
        "offset_minutes": snap.offset_minutes,
        "status": status_text(snap, w),
        "agenda": agenda,
        "words": w,
    }


def _warning_name(snap: ClockSnapshot) -> str:
    """none | normal | amber | red | overrun: the stage display's colour state."""
    level = snap.warning.value
    return "overrun" if level == "over" else level
