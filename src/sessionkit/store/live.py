"""Live-run state of a session: what the clock needs to survive a restart.

The clock service (``sessionkit.services.clock``) is the only user. Tables come
from migration 2 in ``store/db.py``: ``live_sessions`` (one row per session:
state, current item, session start/end, pause, warning thresholds) and
``live_items`` (per agenda item: minutes granted with "+1 min", time spent
paused). Actual start/end of each item are kept on ``agenda_items`` itself so
the report can read planned vs actual without knowing about the clock.
``live_turns`` (migration 8) holds who notes were credited to during an item, from
when: the report's measured speaking time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sessionkit.domain.models import to_iso
from sessionkit.domain.timing import SpeakerTurn
from sessionkit.store.connection import Database
from sessionkit.store.rows import _datetime_of

DEFAULT_AMBER_SECONDS = 120
DEFAULT_RED_SECONDS = 0


@dataclass
class LiveRecord:
    session_id: str
    state: str = "idle"  # idle | running | paused | finished
    current_item_id: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    paused_at: datetime | None = None
    paused_seconds: float = 0.0  # whole-session pauses, closed ones only
    amber_seconds: int = DEFAULT_AMBER_SECONDS
    red_seconds: int = DEFAULT_RED_SECONDS


@dataclass
class ItemLive:
    item_id: str
    extra_seconds: int = 0  # granted with "+1 min" (may be negative after "-1 min")
    paused_seconds: float = 0.0  # closed pauses while this item was current


class LiveRepo:
    def __init__(self, db: Database):
        self.db = db

    def get(self, session_id: str) -> LiveRecord:
        rows = list(self.db.query("SELECT * FROM live_sessions WHERE session_id = ?",
                                  [session_id]))
        if not rows:
            return LiveRecord(session_id=session_id)
        r = rows[0]
        return LiveRecord(
            session_id=session_id, state=r["state"] or "idle",
            current_item_id=r["current_item_id"], started_at=_datetime_of(r["started_at"]),
            ended_at=_datetime_of(r["ended_at"]), paused_at=_datetime_of(r["paused_at"]),
            paused_seconds=float(r["paused_seconds"] or 0),
            amber_seconds=int(r["amber_seconds"] if r["amber_seconds"] is not None
                              else DEFAULT_AMBER_SECONDS),
            red_seconds=int(r["red_seconds"] if r["red_seconds"] is not None
                            else DEFAULT_RED_SECONDS),
        )

    def save(self, rec: LiveRecord) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO live_sessions (session_id, state, current_item_id, started_at, "
                "ended_at, paused_at, paused_seconds, amber_seconds, red_seconds, updated) "
                "VALUES (:session_id, :state, :current_item_id, :started_at, :ended_at, "
                ":paused_at, :paused_seconds, :amber_seconds, :red_seconds, :updated) "
                "ON CONFLICT(session_id) DO UPDATE SET state = excluded.state, "
                "current_item_id = excluded.current_item_id, started_at = excluded.started_at, "
                "ended_at = excluded.ended_at, paused_at = excluded.paused_at, "
                "paused_seconds = excluded.paused_seconds, "
                "amber_seconds = excluded.amber_seconds, red_seconds = excluded.red_seconds, "
                "updated = excluded.updated",
                {"session_id": rec.session_id, "state": rec.state,
                 "current_item_id": rec.current_item_id, "started_at": to_iso(rec.started_at),
                 "ended_at": to_iso(rec.ended_at), "paused_at": to_iso(rec.paused_at),
                 "paused_seconds": rec.paused_seconds, "amber_seconds": rec.amber_seconds,
                 "red_seconds": rec.red_seconds,
                 "updated": to_iso(datetime.now().astimezone())})

    def items(self, session_id: str) -> dict[str, ItemLive]:
        return {r["item_id"]: ItemLive(item_id=r["item_id"],
                                       extra_seconds=int(r["extra_seconds"] or 0),
                                       paused_seconds=float(r["paused_seconds"] or 0))
                for r in self.db.query("SELECT * FROM live_items WHERE session_id = ?",
                                       [session_id])}

    def save_item(self, session_id: str, item: ItemLive) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO live_items (item_id, session_id, extra_seconds, paused_seconds) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(item_id) DO UPDATE SET "
                "extra_seconds = excluded.extra_seconds, "
                "paused_seconds = excluded.paused_seconds",
                [item.item_id, session_id, item.extra_seconds, item.paused_seconds])

    def stage_message(self, session_id: str) -> str:
        """The message shown on stage now ('' for none)."""
        rows = list(self.db.query(
            "SELECT stage_message FROM live_sessions WHERE session_id = ?", [session_id]))
        return (rows[0]["stage_message"] or "") if rows else ""

    def save_stage_message(self, session_id: str, text: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO live_sessions (session_id, stage_message, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET stage_message = excluded.stage_message, "
                "updated = excluded.updated",
                [session_id, text, to_iso(datetime.now().astimezone())])

    def time_cards(self, session_id: str) -> list[str] | None:
        """The session's stage time cards, or None when it has its own none (built-ins)."""
        rows = list(self.db.query("SELECT cards FROM live_time_cards WHERE session_id = ?",
                                  [session_id]))
        if not rows:
            return None
        try:
            cards = json.loads(rows[0]["cards"] or "[]")
        except ValueError:
            return None
        if not isinstance(cards, list):
            return None
        return [c if isinstance(c, str) else "" for c in cards]

    def save_time_cards(self, session_id: str, cards: list[str] | None) -> None:
        """Store the session's cards; None forgets them (back to the built-ins)."""
        with self.db.atomic():
            if cards is None:
                self.db.execute("DELETE FROM live_time_cards WHERE session_id = ?",
                                [session_id])
                return
            self.db.execute(
                "INSERT INTO live_time_cards (session_id, cards) VALUES (?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET cards = excluded.cards",
                [session_id, json.dumps(list(cards), ensure_ascii=False)])

    def set_actual(self, item_id: str, start: datetime | None, end: datetime | None) -> None:
        """Record an item's actual start/end (only these two columns are touched)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?",
                [to_iso(start), to_iso(end), item_id])

    def record_turn(self, session_id: str, item_id: str, person_id: str | None,
                    at: datetime) -> SpeakerTurn:
        """From ``at`` on, ``person_id`` speaks during ``item_id``. Stored with the
        item's pauses so far (a pause still open counts up to ``at``), so the report
        can leave pauses out of each turn."""
        with self.db.atomic():
            paused = self.items(session_id).get(item_id, ItemLive(item_id)).paused_seconds
            rec = self.get(session_id)
            if rec.state == "paused" and rec.current_item_id == item_id and rec.paused_at:
                paused += max((at - rec.paused_at).total_seconds(), 0.0)
            turn = SpeakerTurn(item_id=item_id, person_id=person_id, at=at,
                               paused_seconds=paused)
            self.db.execute(
                "INSERT INTO live_turns (session_id, item_id, person_id, at, paused_seconds) "
                "VALUES (?, ?, ?, ?, ?)",
                [session_id, item_id, person_id, to_iso(at), paused])
        return turn

    def turns(self, session_id: str) -> dict[str, list[SpeakerTurn]]:
        """The session's speaker turns by agenda item id, in the order they were taken."""
        out: dict[str, list[SpeakerTurn]] = {}
        for r in self.db.query("SELECT * FROM live_turns WHERE session_id = ? ORDER BY id",
                               [session_id]):
            try:
                at = _datetime_of(r["at"])
            except ValueError:  # an unreadable time: that turn is skipped, not the report
                continue
            if at is None or at.tzinfo is None:
                continue
            out.setdefault(r["item_id"], []).append(SpeakerTurn(
                item_id=r["item_id"], person_id=r["person_id"], at=at,
                paused_seconds=float(r["paused_seconds"] or 0)))
        return out

    def clear(self, session_id: str) -> None:
        """Forget a run: state back to idle (thresholds kept), actual times and speaker
        turns wiped."""
        with self.db.atomic():
            self.db.execute("DELETE FROM live_items WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM live_turns WHERE session_id = ?", [session_id])
            self.db.execute(
                "UPDATE agenda_items SET actual_start = NULL, actual_end = NULL "
                "WHERE session_id = ?", [session_id])
            rec = self.get(session_id)
            self.save(LiveRecord(session_id=session_id, amber_seconds=rec.amber_seconds,
                                 red_seconds=rec.red_seconds))
