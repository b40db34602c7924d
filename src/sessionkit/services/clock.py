"""The session clock: planned vs actual, overrun, ahead/behind. Plain Python, no Qt.

Time comes from an injected callable returning aware UTC datetimes, so tests run
a 90-minute session in milliseconds. Every command writes through to the store
(``store/live.py``) before returning, so closing the app at any moment and
opening it again resumes the run where it was.

Rules (also in docs/keyboard.md and the user docs):

* **Item clock** counts the time the current item has been running, minus the
  time the clock was paused during it. Its plan is the planned minutes plus any
  "+1 min" extensions. Remaining below zero is an overrun.
* **Session clock** is real time since Start (pauses included: a pause does
  push the end of the session). Session remaining = planned total − that.
* **Ahead/behind** compares real time since Start with where the original plan
  says we should be: the planned start of the current item plus how far into
  it we are (capped at its original planned minutes). Extensions therefore count
  as "behind" once they are used, and so do pauses.
* **Next** ends the current item and starts the next one (un-pausing);
  on the last item it finishes the session. **Previous** undoes a Next: the
  item just started is reset to "not started" and the previous item reopens,
  its clock continuing from its original start.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum

from sessionkit.domain.models import AgendaItem, utc_now
from sessionkit.domain.timing import actual_duration
from sessionkit.store.live import ItemLive, LiveRecord

Now = Callable[[], datetime]


class ClockError(Exception):
    """A command that cannot be done now; the message is for the user."""


class ClockState(str, Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class WarningLevel(str, Enum):
    NONE = "none"  # nothing running
    NORMAL = "normal"
    AMBER = "amber"  # remaining <= amber threshold
    RED = "red"  # remaining <= red threshold (default: at zero)
    OVER = "over"  # remaining < 0: overrun (flashing)


class ItemStatus(str, Enum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    DONE = "done"


@dataclass
class ItemTiming:
    item: AgendaItem
    index: int
    status: ItemStatus
    planned_seconds: int  # planned minutes + extensions
    extra_seconds: int
    planned_start_offset: int  # seconds from session start in the original plan
    elapsed: float  # active seconds (pauses excluded); 0 for upcoming
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def remaining(self) -> float:
        return self.planned_seconds - self.elapsed

    @property
    def overrun(self) -> float:
        return max(0.0, self.elapsed - self.planned_seconds)


@dataclass
class ClockSnapshot:
    """Everything a display needs, computed at one instant."""

    now: datetime
    state: ClockState
    items: list[ItemTiming] = field(default_factory=list)
    current_index: int | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    paused_for: float = 0.0  # length of the pause in progress
    session_planned: int = 0  # seconds, original plan
    session_elapsed: float = 0.0  # real seconds since Start (pauses included)
    offset: float = 0.0  # seconds behind the plan (negative: ahead)
    amber_seconds: int = 120
    red_seconds: int = 0

    @property
    def current(self) -> ItemTiming | None:
        return None if self.current_index is None else self.items[self.current_index]

    @property
    def session_remaining(self) -> float:
        return self.session_planned - self.session_elapsed

    @property
    def projected_end(self) -> datetime | None:
        if self.started_at is None:
            return None
        if self.ended_at is not None:
            return self.ended_at
        return self.started_at + timedelta(seconds=self.session_planned + self.offset)

    @property
    def planned_end(self) -> datetime | None:
        if self.started_at is None:
            return None
        return self.started_at + timedelta(seconds=self.session_planned)

    @property
    def warning(self) -> WarningLevel:
        cur = self.current
        if cur is None or self.state not in (ClockState.RUNNING, ClockState.PAUSED):
            return WarningLevel.NONE
        return warning_for(cur.remaining, self.amber_seconds, self.red_seconds)

    @property
    def offset_minutes(self) -> int:
        """Whole minutes behind (+) or ahead (−), rounded to the nearest minute."""
        return int(math.floor(abs(self.offset) / 60 + 0.5)) * (1 if self.offset >= 0 else -1)


@dataclass
class NowRunning:
    """What is on stage now, for stamping captured notes."""

    item_id: str
    item_title: str
    speaker_id: str | None  # the first person on the item, if any
    person_ids: list[str]

    def as_context(self) -> dict:
        return {"agenda_item_id": self.item_id, "speaker_id": self.speaker_id}


def warning_for(remaining: float, amber_seconds: int, red_seconds: int) -> WarningLevel:
    if remaining < 0:
        return WarningLevel.OVER
    if remaining <= red_seconds:
        return WarningLevel.RED
    if remaining <= amber_seconds:
        return WarningLevel.AMBER
    return WarningLevel.NORMAL


def format_clock(seconds: float, signed: bool = False) -> str:
    """``12:05``, ``1:02:03``; countdowns round up so 0:00 means time is really up.

    With ``signed``, negative values get a leading "+" (time over) and are shown
    as their absolute value, as stage timers do: ``+1:23``.
    """
    over = seconds < 0
    value = abs(seconds)
    whole = int(math.floor(value)) if over else int(math.ceil(value - 1e-9))
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    text = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    if over:
        return ("+" if signed else "-") + text
    return text


def format_elapsed(seconds: float) -> str:
    whole = int(math.floor(max(seconds, 0.0)))
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class SessionClock:
    """The live run of one session; every command persists before returning."""

    def __init__(self, store, session_id: str, now: Now = utc_now):
        self.store = store
        self.session_id = session_id
        self._now = now
        self.live = store.live

    # -- reading ------------------------------------------------------------------
    def now(self) -> datetime:
        value = self._now()
        if value.tzinfo is None:
            raise ValueError("the clock must return aware datetimes")
        return value.astimezone(timezone.utc)

    def record(self) -> LiveRecord:
        return self.live.get(self.session_id)

    @property
    def state(self) -> ClockState:
        return ClockState(self.record().state)

    def _agenda(self) -> list[AgendaItem]:
        return self.store.agenda.for_session(self.session_id)

    def snapshot(self) -> ClockSnapshot:
        now = self.now()
        rec = self.record()
        agenda = self._agenda()
        extras = self.live.items(self.session_id)
        state = ClockState(rec.state)
        rec, state = self._repair(rec, state, agenda)
        current_index = None
        ids = [a.id for a in agenda]
        if state in (ClockState.RUNNING, ClockState.PAUSED) and rec.current_item_id in ids:
            current_index = ids.index(rec.current_item_id)
        pause_open = (now - rec.paused_at).total_seconds() if (
            state == ClockState.PAUSED and rec.paused_at) else 0.0
        items: list[ItemTiming] = []
        offset_acc = 0
        for i, a in enumerate(agenda):
            live = extras.get(a.id, ItemLive(a.id))
            planned = a.planned_minutes * 60 + live.extra_seconds
            if i == current_index:
                status = ItemStatus.CURRENT
                start = a.actual_start or now
                ran = actual_duration(start, now, live.paused_seconds + pause_open)
                elapsed = ran.total_seconds() if ran else 0.0
            elif a.actual_start is not None and a.actual_end is not None:
                status = ItemStatus.DONE
                ran = actual_duration(a.actual_start, a.actual_end, live.paused_seconds)
                elapsed = ran.total_seconds() if ran else 0.0
            else:
                status = ItemStatus.UPCOMING
                elapsed = 0.0
            items.append(ItemTiming(
                item=a, index=i, status=status, planned_seconds=max(planned, 0),
                extra_seconds=live.extra_seconds, planned_start_offset=offset_acc,
                elapsed=max(elapsed, 0.0), actual_start=a.actual_start,
                actual_end=a.actual_end))
            offset_acc += a.planned_minutes * 60
        snap = ClockSnapshot(
            now=now, state=state, items=items, current_index=current_index,
            started_at=rec.started_at, ended_at=rec.ended_at, paused_for=pause_open,
            session_planned=offset_acc, amber_seconds=rec.amber_seconds,
            red_seconds=rec.red_seconds)
        if rec.started_at is not None:
            until = rec.ended_at if state == ClockState.FINISHED and rec.ended_at else now
            snap.session_elapsed = max((until - rec.started_at).total_seconds(), 0.0)
            if state == ClockState.FINISHED:
                snap.offset = snap.session_elapsed - offset_acc
            elif current_index is not None:
                cur = items[current_index]
                original = cur.item.planned_minutes * 60
                snap.offset = snap.session_elapsed - (
                    cur.planned_start_offset + min(cur.elapsed, original))
        return snap

    def now_running(self) -> NowRunning | None:
        """The agenda item (and its first person) running now, or None. Qt-free.

        A paused item still counts as running (notes taken during a pause belong
        to it); before Start and after the end there is nothing running.
        """
        return now_running(self.store, self.session_id)

    # -- commands -------------------------------------------------------------------
    def start(self) -> None:
        rec = self.record()
        state = ClockState(rec.state)
        if state in (ClockState.RUNNING, ClockState.PAUSED):
            return
        agenda = self._agenda()
        if not agenda:
            raise ClockError("The agenda is empty: add an item before starting the session.")
        if state == ClockState.FINISHED:
            raise ClockError("The session has finished. Reset the live run to start again.")
        now = self.now()
        with self.store.atomic():
            self.live.clear(self.session_id)
            rec = self.record()
            rec.state = ClockState.RUNNING.value
            rec.started_at = now
            rec.current_item_id = agenda[0].id
            self.live.set_actual(agenda[0].id, now, None)
            self.live.save(rec)

    def pause(self) -> bool:
        rec = self.record()
        if rec.state != ClockState.RUNNING.value:
            return False
        rec.state = ClockState.PAUSED.value
        rec.paused_at = self.now()
        self.live.save(rec)
        return True

    def resume(self) -> bool:
        rec = self.record()
        if rec.state != ClockState.PAUSED.value:
            return False
        with self.store.atomic():
            self._close_pause(rec, self.now())
            rec.state = ClockState.RUNNING.value
            self.live.save(rec)
        return True

    def toggle(self) -> ClockState:
        """Start, pause or resume: the one key the moderator presses most."""
        state = self.state
        if state == ClockState.IDLE:
            self.start()
        elif state == ClockState.RUNNING:
            self.pause()
        elif state == ClockState.PAUSED:
            self.resume()
        return self.state

    def next(self) -> bool:
        rec = self.record()
        if rec.state not in (ClockState.RUNNING.value, ClockState.PAUSED.value):
            return False
        agenda = self._agenda()
        ids = [a.id for a in agenda]
        now = self.now()
        with self.store.atomic():
            if rec.state == ClockState.PAUSED.value:
                self._close_pause(rec, now)
            rec.state = ClockState.RUNNING.value
            if rec.current_item_id in ids:
                i = ids.index(rec.current_item_id)
                cur = agenda[i]
                self.live.set_actual(cur.id, cur.actual_start or now, now)
            else:
                i = -1
            if i + 1 < len(agenda):
                nxt = agenda[i + 1]
                self.live.set_actual(nxt.id, now, None)
                self.live.save_item(self.session_id, ItemLive(nxt.id))
                rec.current_item_id = nxt.id
            else:
                rec.state = ClockState.FINISHED.value
                rec.ended_at = now
                rec.current_item_id = None
            self.live.save(rec)
        return True

    def previous(self) -> bool:
        rec = self.record()
        agenda = self._agenda()
        ids = [a.id for a in agenda]
        with self.store.atomic():
            if rec.state == ClockState.FINISHED.value:
                if not agenda:
                    return False
                last = agenda[-1]
                self.live.set_actual(last.id, last.actual_start or self.now(), None)
                rec.state = ClockState.RUNNING.value
                rec.ended_at = None
                rec.current_item_id = last.id
                self.live.save(rec)
                return True
            if rec.state not in (ClockState.RUNNING.value, ClockState.PAUSED.value):
                return False
            if rec.current_item_id not in ids or ids.index(rec.current_item_id) == 0:
                return False
            i = ids.index(rec.current_item_id)
            now = self.now()
            if rec.state == ClockState.PAUSED.value:
                self._close_pause(rec, now)
                rec.state = ClockState.RUNNING.value
            cur, prev = agenda[i], agenda[i - 1]
            self.live.set_actual(cur.id, None, None)
            self.live.save_item(self.session_id, ItemLive(cur.id))
            self.live.set_actual(prev.id, prev.actual_start or now, None)
            rec.current_item_id = prev.id
            self.live.save(rec)
        return True

    def extend(self, seconds: int = 60) -> bool:
        """Give the current item more time (or less, with a negative value)."""
        rec = self.record()
        if rec.state not in (ClockState.RUNNING.value, ClockState.PAUSED.value):
            return False
        if not rec.current_item_id:
            return False
        agenda = {a.id: a for a in self._agenda()}
        item = agenda.get(rec.current_item_id)
        if item is None:
            return False
        live = self.live.items(self.session_id).get(item.id, ItemLive(item.id))
        new_extra = live.extra_seconds + int(seconds)
        if item.planned_minutes * 60 + new_extra < 0:
            return False
        live.extra_seconds = new_extra
        self.live.save_item(self.session_id, live)
        return True

    def finish(self) -> bool:
        """End the session now, whatever item is running."""
        rec = self.record()
        if rec.state not in (ClockState.RUNNING.value, ClockState.PAUSED.value):
            return False
        agenda = {a.id: a for a in self._agenda()}
        now = self.now()
        with self.store.atomic():
            if rec.state == ClockState.PAUSED.value:
                self._close_pause(rec, now)
            cur = agenda.get(rec.current_item_id or "")
            if cur is not None:
                self.live.set_actual(cur.id, cur.actual_start or now, now)
            rec.state = ClockState.FINISHED.value
            rec.ended_at = now
            rec.current_item_id = None
            self.live.save(rec)
        return True

    def reset(self) -> None:
        """Forget the run (actual times too); thresholds are kept."""
        self.live.clear(self.session_id)

    def set_thresholds(self, amber_seconds: int, red_seconds: int) -> None:
        amber_seconds, red_seconds = int(amber_seconds), int(red_seconds)
        if red_seconds < 0 or amber_seconds < 0:
            raise ClockError("Warning thresholds cannot be negative.")
        if red_seconds > amber_seconds:
            raise ClockError("The red warning must come at or after the amber one "
                             "(red threshold ≤ amber threshold).")
        rec = self.record()
        rec.amber_seconds, rec.red_seconds = amber_seconds, red_seconds
        self.live.save(rec)

    # -- helpers ---------------------------------------------------------------------
    def _close_pause(self, rec: LiveRecord, now: datetime) -> None:
        if rec.paused_at is None:
            return
        length = max((now - rec.paused_at).total_seconds(), 0.0)
        rec.paused_seconds += length
        rec.paused_at = None
        if rec.current_item_id:
            live = self.live.items(self.session_id).get(rec.current_item_id,
                                                       ItemLive(rec.current_item_id))
            live.paused_seconds += length
            self.live.save_item(self.session_id, live)

    def _repair(self, rec: LiveRecord, state: ClockState,
                agenda: list[AgendaItem]) -> tuple[LiveRecord, ClockState]:
        """The current item was deleted mid-run: carry on with the first unfinished one."""
        if state not in (ClockState.RUNNING, ClockState.PAUSED):
            return rec, state
        ids = [a.id for a in agenda]
        if rec.current_item_id in ids:
            return rec, state
        now = self.now()
        with self.store.atomic():
            for a in agenda:
                if a.actual_end is None:
                    if a.actual_start is None:
                        self.live.set_actual(a.id, now, None)
                        a.actual_start = now
                    rec.current_item_id = a.id
                    break
            else:
                rec.state = ClockState.FINISHED.value
                rec.ended_at = now
                rec.current_item_id = None
            self.live.save(rec)
        return rec, ClockState(rec.state)


def now_running(store, session_id: str) -> NowRunning | None:
    """Which agenda item and speaker are on now, read from the store (no clock needed)."""
    rec = store.live.get(session_id)
    if rec.state not in (ClockState.RUNNING.value, ClockState.PAUSED.value):
        return None
    if not rec.current_item_id:
        return None
    for a in store.agenda.for_session(session_id):
        if a.id == rec.current_item_id:
            return NowRunning(item_id=a.id, item_title=a.title,
                              speaker_id=a.person_ids[0] if a.person_ids else None,
                              person_ids=list(a.person_ids))
    return None


# -- stage time cards ----------------------------------------------------------------------
TIME_CARD_COUNT = 5
TIME_CARD_MAX_CHARS = 200


def time_cards(store, session_id: str) -> list[str] | None:
    """The session's own stage time cards (always TIME_CARD_COUNT texts, "" for a card
    left blank), or None when it uses the built-in ones (the UI translates those)."""
    cards = store.live.time_cards(session_id)
    if cards is None:
        return None
    cards = [c.strip()[:TIME_CARD_MAX_CHARS] for c in cards[:TIME_CARD_COUNT]]
    return cards + [""] * (TIME_CARD_COUNT - len(cards))


def set_time_cards(store, session_id: str, cards: list[str] | None) -> None:
    """Save the session's cards; None goes back to the built-in ones.

    Refused with ClockError (nothing stored) when there are too many cards, a card is
    longer than TIME_CARD_MAX_CHARS or holds control characters."""
    if cards is not None:
        if len(cards) > TIME_CARD_COUNT:
            raise ClockError(f"At most {TIME_CARD_COUNT} time cards.")
        clean = []
        for n, text in enumerate(cards, start=1):
            text = str(text).strip()
            if len(text) > TIME_CARD_MAX_CHARS:
                raise ClockError(f"Time card {n} is longer than {TIME_CARD_MAX_CHARS} "
                                 "characters.")
            if any(ord(ch) < 32 for ch in text):
                raise ClockError(f"Time card {n} holds a line break or control character.")
            clean.append(text)
        cards = clean + [""] * (TIME_CARD_COUNT - len(clean))
    store.live.save_time_cards(session_id, cards)


# -- the stage message ------------------------------------------------------------------
STAGE_MESSAGE_MAX_CHARS = 200


# One line on stage: besides C0 controls and DEL, the C1 controls (NEL U+0085 among
# them) and Unicode's line and paragraph separators also break a line.
_NOT_ONE_LINE = frozenset((0x7F, 0x2028, 0x2029, *range(0x80, 0xA0)))


def stage_message_ok(text: str) -> bool:
    """True when ``text`` holds no line break or control character (the GUI, the CLI
    and the live link's control page refuse the same messages)."""
    return not any(ord(ch) < 32 or ord(ch) in _NOT_ONE_LINE for ch in text)


def stage_message(store, session_id: str) -> str:
    """The message on stage now ('' for none), as the GUI, the CLI and the link see it."""
    return store.live.stage_message(session_id)


def set_stage_message(store, session_id: str, text: str) -> str:
    """Put ``text`` on stage ('' takes the message down); returns what was stored.

    Refused with ClockError (nothing stored) when it is longer than
    STAGE_MESSAGE_MAX_CHARS or holds a line break or control character: the stage
    shows one line, in big letters."""
    text = str(text).strip()
    if len(text) > STAGE_MESSAGE_MAX_CHARS:
        raise ClockError(f"The stage message is longer than {STAGE_MESSAGE_MAX_CHARS} "
                         "characters.")
    if not stage_message_ok(text):
        raise ClockError("The stage message holds a line break or control character.")
    store.live.save_stage_message(session_id, text)
    return text
