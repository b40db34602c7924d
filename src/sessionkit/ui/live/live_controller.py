"""The live run's presenter: one SessionClock, one QTimer, the stage display.

Widgets (LivePanel, StageDisplay) only display what this object publishes in
``updated`` and call its commands; all timing rules live in
``sessionkit.services.clock``. Tests construct it with a fake clock and call
``refresh()`` after moving the clock, instead of waiting for the timer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from sessionkit.domain.models import NoteKind, Person, RoleKind, utc_now
from sessionkit.services.clock import (
    TIME_CARD_COUNT,
    ClockSnapshot,
    ClockState,
    SessionClock,
    WarningLevel,
    ClockError,
    format_clock,
    format_elapsed,
    set_stage_message,
    set_time_cards,
    stage_message,
    time_cards,
)
from sessionkit.ui.context import SessionContext

REFRESH_MS = 200

# The built-in stage time cards (Ctrl+Shift+1…5), until a session has its own.
DEFAULT_TIME_CARDS = (
    QT_TRANSLATE_NOOP("Live", "5 minutes"),
    QT_TRANSLATE_NOOP("Live", "2 minutes"),
    QT_TRANSLATE_NOOP("Live", "1 minute"),
    QT_TRANSLATE_NOOP("Live", "Please wrap up"),
    QT_TRANSLATE_NOOP("Live", "Questions now"),
)
# Order in which a session's people are offered when an item names nobody
# (open discussion, Q&A): the same as the capture panel's speaker picker.
SPEAKER_ROLES = (RoleKind.SPEAKER, RoleKind.PANELLIST, RoleKind.DISCUSSANT,
                 RoleKind.MODERATOR, RoleKind.CHAIR)


def _t(text: str) -> str:
    return QCoreApplication.translate("Live", text)


def offset_text(snap: ClockSnapshot) -> str:
    """"+4 min behind", "2 min ahead", "On time" (nearest minute)."""
    if snap.state == ClockState.IDLE:
        return _t("Not started")
    minutes = snap.offset_minutes
    if minutes > 0:
        return _t("+{n} min behind").format(n=minutes)
    if minutes < 0:
        return _t("{n} min ahead").format(n=-minutes)
    return _t("On time")


def warning_text(level: WarningLevel, remaining: float) -> str:
    """The words (and symbol) that go with a warning colour: never colour alone."""
    if level == WarningLevel.AMBER:
        return _t("⚠ {time} left").format(time=format_clock(remaining))
    if level == WarningLevel.RED:
        return _t("■ Time is up")
    if level == WarningLevel.OVER:
        return _t("▲ Over time {time}").format(time=format_clock(remaining, signed=True))
    if level == WarningLevel.NORMAL:
        return _t("On schedule")
    return ""


def state_text(state: ClockState) -> str:
    return {
        ClockState.IDLE: _t("Not started"),
        ClockState.RUNNING: _t("Running"),
        ClockState.PAUSED: _t("❚❚ Paused"),
        ClockState.FINISHED: _t("Session ended"),
    }[state]


def countdown_text(snap: ClockSnapshot) -> str:
    cur = snap.current
    if cur is None:
        return "0:00" if snap.state == ClockState.FINISHED else format_clock(
            snap.items[0].planned_seconds if snap.items else 0)
    return format_clock(cur.remaining, signed=True)


@dataclass
class StageView:
    """What the stage display shows; plain values, no logic left for the widget."""

    countdown: str
    level: WarningLevel
    flash_on: bool  # for the over-time flash: the widget inverts colours when False
    status: str  # words for the state/warning, e.g. "⚠ 2:00 left", "❚❚ Paused"
    item_title: str
    speaker: str
    message: str
    session_title: str
    readout: tuple[str, int, int] | None = None  # (text, number, total)
    idle: bool = False
    finished: bool = False


class LiveController(QObject):
    updated = Signal(object)  # ClockSnapshot, after every tick and command
    stage_view_changed = Signal(object)  # StageView
    stage_visibility_changed = Signal(bool)
    message_changed = Signal(str)
    readout_changed = Signal(bool)
    problem = Signal(str)  # a user-facing sentence, e.g. "The agenda is empty"
    notice = Signal(str)  # a passing remark for the status bar
    speaker_changed = Signal()  # the speaker notes are credited to (or the item) changed
    time_cards_changed = Signal()
    cue_card_requested = Signal()  # the cue card key: the window that hosts it toggles it

    def __init__(self, ctx: SessionContext, now: Callable[[], datetime] = utc_now,
                 parent: QObject | None = None, start_timer: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = SessionClock(ctx.store, ctx.session_id, now=now)
        # the stage message is kept with the run: `sessionkit live message`, the link's
        # remote control and this window all show and change the same one
        self.message = self._stored_message() or ""
        # the message on stage is a time card ("5 minutes"): it belongs to the item it
        # was shown in, and leaves the stage when the item changes or the session ends
        self.message_is_card = False
        self.readout = False
        self.readout_index = 0
        # ui/live/follow.py's FollowLink while this laptop follows a moderator: their
        # run drives the clock shown here and stamps the notes; the keys drive nothing
        self.follow = None
        self.stage_screen_index = 0
        self.stage = None  # StageDisplay, made on first show
        self.stage_screen_chosen = False  # the moderator picked the stage screen
        # (item id, person id): who notes are credited to during that item, when the
        # rapporteur chose someone other than the item's first person
        self._chosen: tuple[str, str] | None = None
        self._item_id: str | None = None  # the current item at the last refresh
        self.snapshot: ClockSnapshot = self.clock.snapshot()
        self._resume(self.snapshot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.add_context_provider(self.capture_context, first=True)
        if start_timer:
            self.timer.start()

    # -- for the capture panel: who a note is credited to --------------------------
    def capture_context(self) -> dict | None:
        if self.follow is not None:  # the moderator's item, or nothing: never our own run
            return None
        try:
            running = self.clock.now_running()
        except sqlite3.Error:  # the store is closing or busy: no stamp rather than a crash
            return None
        if running is None:
            return None
        context = running.as_context()
        chosen = self._chosen
        if (chosen is not None and chosen[0] == running.item_id
                and (not running.person_ids or chosen[1] in running.person_ids)):
            # (someone taken off the item in the agenda editor meanwhile is not credited)
            context["speaker_id"] = chosen[1]
        return context

    # -- who is speaking: notes are credited to them ------------------------------------
    def speaker_candidates(self) -> list[Person]:
        """The people the rapporteur can credit a note to during the current item: the
        item's own people, or everyone in the session when the item names nobody."""
        cur = self.snapshot.current
        if cur is None:
            return []
        bundle = self.ctx.bundle
        by_id = {p.id: p for p in bundle.people}
        if cur.item.person_ids:
            return [by_id[pid] for pid in cur.item.person_ids if pid in by_id]
        seen: dict[str, Person] = {}
        for role in SPEAKER_ROLES:
            for p in bundle.people_with_role(role):
                seen.setdefault(p.id, p)
        for p in bundle.people:
            seen.setdefault(p.id, p)
        return list(seen.values())

    def current_speaker_id(self) -> str | None:
        cur = self.snapshot.current
        if cur is None:
            return None
        if self._chosen is not None and self._chosen[0] == cur.item.id:
            return self._chosen[1]
        return cur.item.person_ids[0] if cur.item.person_ids else None

    def current_speaker(self) -> Person | None:
        pid = self.current_speaker_id()
        return next((p for p in self.speaker_candidates() if p.id == pid), None) if pid \
            else None

    def _choose(self, person_id: str) -> None:
        cur = self.snapshot.current
        if cur is None:
            return
        if person_id != self.current_speaker_id():
            self._record_turn(cur.item.id, person_id, self.clock.now())
        self._chosen = (cur.item.id, person_id)
        self.speaker_changed.emit()

    def _record_turn(self, item_id: str, person_id: str | None, at: datetime) -> None:
        """Store who speaks from now on: the report measures speaking time from it."""
        try:
            self.ctx.store.live.record_turn(self.ctx.session_id, item_id, person_id, at)
        except sqlite3.Error:  # the store is closing or busy: the report splits evenly
            pass

    def _resume(self, snap: ClockSnapshot) -> None:
        """Opening on a session already running (a restart, a Ctrl+O round trip): whoever
        was credited last during the current item still is, from the first key on, and
        opening is no speaker change of its own (it would cut their speaking time)."""
        cur = snap.current
        if cur is None:
            return
        self._item_id = cur.item.id
        last = self._last_turn(cur.item.id)
        if last is None:
            if cur.item.person_ids:  # a run from before turns were stored
                self._record_turn(cur.item.id, cur.item.person_ids[0], snap.now)
        elif last.person_id is not None:
            self._chosen = (cur.item.id, last.person_id)

    def _last_turn(self, item_id: str):
        """The last speaker turn stored for ``item_id`` (None: none, or unreadable)."""
        try:
            turns = self.ctx.store.live.turns(self.ctx.session_id).get(item_id, [])
        except sqlite3.Error:
            return None
        return turns[-1] if turns else None

    def pick_speaker(self, number: int) -> bool:
        """Credit notes to the number-th person of the current item (Alt+Shift+1…9)."""
        people = self.speaker_candidates()
        if self.snapshot.current is None or not 1 <= number <= len(people):
            return False  # the caller says so where the user is looking
        self._choose(people[number - 1].id)
        return True

    def cycle_speaker(self, delta: int) -> bool:
        """Next / previous person of the current item (Ctrl+Shift+Down / Up), wrapping."""
        people = self.speaker_candidates()
        if not people:
            return False
        ids = [p.id for p in people]
        current = self.current_speaker_id()
        if current in ids:
            index = (ids.index(current) + delta) % len(ids)
        else:
            index = 0 if delta > 0 else len(ids) - 1
        self._choose(ids[index])
        return True

    def next_person(self) -> Person | None:
        """Who comes after the current speaker: the item's next person, else the first
        person of the next item that names someone."""
        snap = self.snapshot
        cur = snap.current
        if cur is None:
            return None
        by_id = {p.id: p for p in self.ctx.bundle.people}
        ids = cur.item.person_ids
        now = self.current_speaker_id()
        if now in ids and ids.index(now) + 1 < len(ids):
            return by_id.get(ids[ids.index(now) + 1])
        for t in snap.items[cur.index + 1:]:
            if t.item.person_ids:
                return by_id.get(t.item.person_ids[0])
        return None

    def next_item_title(self) -> str:
        snap = self.snapshot
        cur = snap.current
        if cur is None or cur.index + 1 >= len(snap.items):
            return ""
        return snap.items[cur.index + 1].item.title

    # -- publishing --------------------------------------------------------------------
    def refresh(self) -> ClockSnapshot:
        if self.follow is not None:  # the followed run is shown instead of ours
            self.follow.tick()
            return self.snapshot
        try:
            snap = self.clock.snapshot()
        except sqlite3.ProgrammingError:  # the store was closed (app quitting)
            self.timer.stop()
            return self.snapshot
        except sqlite3.OperationalError:  # busy for a moment: try again next tick
            return self.snapshot
        self.snapshot = snap
        stored = self._stored_message()
        if stored is not None and stored != self.message:  # changed by the CLI or the link
            self.message = stored
            self.message_is_card = bool(stored) and stored in self.time_cards()
            self.message_changed.emit(stored)
        item_id = snap.current.item.id if snap.current else None
        if item_id != self._item_id:
            self._item_id = item_id
            self._chosen = None  # a new item: its own first person again
            if snap.current is not None and snap.current.item.person_ids:
                self._record_turn(item_id, snap.current.item.person_ids[0], snap.now)
            self.speaker_changed.emit()
            self._take_down_card()
        if snap.state == ClockState.FINISHED:
            self._take_down_card()
        self.updated.emit(snap)
        view = self.stage_view(snap)
        if self.stage is not None:
            self.stage.show_view(view)
        self.stage_view_changed.emit(view)
        return snap

    def people_names(self, person_ids: list[str], native: bool = False) -> str:
        """Display names joined with " · "; with ``native``, "Kim Sang-Kap (김상갑)"."""
        by_id = {p.id: p for p in self.ctx.bundle.people}
        names = []
        for pid in person_ids:
            p = by_id.get(pid)
            if p is None:
                try:
                    p = self.ctx.store.people.get(pid)
                except LookupError:
                    continue
            if native and p.native_name and p.native_name != p.display_name:
                names.append(f"{p.display_name} ({p.native_name})")
            else:
                names.append(p.display_name)
        return " · ".join(names)

    def key_messages(self) -> list[str]:
        return [n.text for n in self.ctx.store.notes.for_session(self.ctx.session_id)
                if n.kind == NoteKind.KEY_MESSAGE]

    def stage_view(self, snap: ClockSnapshot | None = None) -> StageView:
        snap = snap or self.snapshot
        cur = snap.current
        level = snap.warning
        if snap.state == ClockState.PAUSED:
            status = state_text(snap.state)
        elif snap.state in (ClockState.IDLE, ClockState.FINISHED):
            status = state_text(snap.state)
        else:
            status = warning_text(level, cur.remaining) if cur else ""
        flash_on = True
        if level == WarningLevel.OVER:
            flash_on = int(snap.now.timestamp() * 2) % 2 == 0
        readout = None
        if self.readout:
            messages = self.key_messages()
            if messages:
                i = min(self.readout_index, len(messages) - 1)
                readout = (messages[i], i + 1, len(messages))
            else:
                readout = (_t("No key messages yet"), 0, 0)
        return StageView(
            countdown=countdown_text(snap), level=level, flash_on=flash_on, status=status,
            item_title=cur.item.title if cur else "",
            speaker=self.people_names(cur.item.person_ids, native=True) if cur else "",
            message=self.message, session_title=self.ctx.session.title, readout=readout,
            idle=snap.state == ClockState.IDLE, finished=snap.state == ClockState.FINISHED)

    # -- commands (the live keys call these) -------------------------------------------
    def _after_command(self) -> None:
        self.refresh()
        self.ctx.reload_bundle()  # actual times changed: report/agenda panels reload

    def toggle_run(self) -> None:
        if self._followed():
            return
        if self.clock.state == ClockState.IDLE and not self.ctx.store.agenda.for_session(
                self.ctx.session_id):
            self.problem.emit(_t("The agenda is empty: add an item before starting."))
            return
        if self.clock.state == ClockState.FINISHED:
            self.problem.emit(_t("The session has ended. Use Reset live run to run it again."))
            return
        self.clock.toggle()
        self._after_command()

    def next_item(self) -> None:
        if self._followed():
            return
        if self.clock.next():
            self._after_command()

    def previous_item(self) -> None:
        if self._followed():
            return
        if self.clock.previous():
            self._after_command()

    def extend_minute(self) -> None:
        if self._followed():
            return
        if self.clock.extend(60):
            self.refresh()

    def shorten_minute(self) -> None:
        if self._followed():
            return
        if self.clock.extend(-60):
            self.refresh()

    def finish(self) -> None:
        if self._followed():
            return
        if self.clock.finish():
            self._after_command()

    def reset(self) -> None:
        if self._followed():
            return
        self.clock.reset()
        self._after_command()

    def set_thresholds(self, amber_seconds: int, red_seconds: int) -> None:
        self.clock.set_thresholds(amber_seconds, red_seconds)
        self.refresh()

    # -- stage display ---------------------------------------------------------------------
    def ensure_stage(self):
        if self.stage is None:
            from sessionkit.ui.live.stage_display import StageDisplay

            self.stage = StageDisplay()
            self.stage.hidden.connect(lambda: self.stage_visibility_changed.emit(False))
            self.stage.show_view(self.stage_view())
        return self.stage

    def stage_visible(self) -> bool:
        return self.stage is not None and self.stage.isVisible()

    def screens(self) -> list[str]:
        return [f"{s.name()} ({s.geometry().width()}×{s.geometry().height()})"
                for s in QGuiApplication.screens()]

    def set_stage_screen(self, index: int) -> None:
        self.stage_screen_index = index
        self.stage_screen_chosen = True
        if self.stage_visible():
            self.show_stage()

    def _own_screen(self):
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.window().screen()
        return QGuiApplication.primaryScreen()

    def stage_screen(self):
        """The screen for the stage display: the one picked, else another screen than
        the moderator's window when there is one."""
        screens = QGuiApplication.screens()
        if not screens:
            return None
        if not self.stage_screen_chosen:
            own = self._own_screen()
            others = [s for s in screens if s is not own]
            if others:
                return others[0]
        return screens[min(self.stage_screen_index, len(screens) - 1)]

    def show_stage(self, full_screen: bool | None = None) -> None:
        """Show the stage display. Full screen on a screen of its own; on the moderator's
        own screen (one screen only) it opens as a window to drag to the projector, so it
        never covers the live controls. ``full_screen=True`` asks for it anyway."""
        stage = self.ensure_stage()
        screen = self.stage_screen()
        typing_in = QApplication.activeWindow()
        if screen is None:
            stage.show()
        else:
            shared = screen is self._own_screen()
            if full_screen is None:
                full_screen = not shared
            stage.place_on(screen, full_screen=full_screen)
            if shared and not full_screen:
                self.notice.emit(_t(
                    "The stage display opened as a window on this screen: drag it to the "
                    "projector (F11 there: full screen)."))
        stage.show_view(self.stage_view())
        if typing_in is not None and typing_in is not stage:
            # many window managers (and Windows) activate a new window all the same:
            # give the keyboard back to the window the rapporteur was typing in
            typing_in.activateWindow()
        self.stage_visibility_changed.emit(True)

    def show_stage_full_screen(self) -> None:
        self.show_stage(full_screen=True)

    def hide_stage(self) -> None:
        if self.stage is not None:
            self.stage.hide()
        self.stage_visibility_changed.emit(False)

    def toggle_stage(self) -> None:
        if self.stage_visible():
            self.hide_stage()
        else:
            self.show_stage()

    def send_message(self, text: str | None = None) -> None:
        """With text: show it on stage. Without: ask for it (the Ctrl+Shift+M key)."""
        if self._followed():
            return
        if not isinstance(text, str):  # None, or a signal's stray `checked` flag
            text = None
        if text is None:
            from sessionkit.ui.live.stage_message import ask_stage_message

            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            text = ask_stage_message(parent, self.message, self.time_cards())
            if text is None:
                return
        try:
            message = set_stage_message(self.ctx.store, self.ctx.session_id,
                                        text.strip()[:200])
        except ClockError as exc:  # a line break in a pasted text
            self.problem.emit(str(exc))
            return
        except sqlite3.Error:
            message = text.strip()[:200]  # shown on this stage anyway; stored next time
        self.message = message
        # a card picked in the dialog is a card too; anything typed stays until F4
        self.message_is_card = bool(self.message) and self.message in self.time_cards()
        self.message_changed.emit(self.message)
        self.refresh()

    def _take_down_card(self) -> None:
        """A time card leaves the stage (the refresh under way shows the change)."""
        if self.message_is_card:
            self.message = ""
            self.message_is_card = False
            self._store_message("")
            self.message_changed.emit("")

    # -- stage time cards (Ctrl+Shift+1…5) -----------------------------------------------
    def time_cards(self) -> list[str]:
        """The session's card texts; blank or unset cards fall back to the built-ins."""
        own = time_cards(self.ctx.store, self.ctx.session_id) or [""] * TIME_CARD_COUNT
        return [text or _t(DEFAULT_TIME_CARDS[i]) for i, text in enumerate(own)]

    def custom_time_cards(self) -> list[str]:
        """What the session stored ("" where it uses the built-in card)."""
        return time_cards(self.ctx.store, self.ctx.session_id) or [""] * TIME_CARD_COUNT

    def set_time_cards(self, cards: list[str] | None) -> None:
        set_time_cards(self.ctx.store, self.ctx.session_id, cards)
        self.time_cards_changed.emit()

    def show_time_card(self, number: int) -> None:
        """Put time card ``number`` on the stage at once (no dialog)."""
        cards = self.time_cards()
        if not 1 <= number <= len(cards):
            return
        self.send_message(cards[number - 1])
        if not self.stage_visible():
            self.notice.emit(_t("“{card}” is ready on the stage display, which is hidden "
                                "(F9 shows it).").format(card=cards[number - 1]))

    def toggle_cue_card(self) -> None:
        self.cue_card_requested.emit()

    def clear_message(self) -> None:
        if self._followed():
            return
        if self.message:
            self.message = ""
            self.message_is_card = False
            self._store_message("")
            self.message_changed.emit("")
            self.refresh()

    def _stored_message(self) -> str | None:
        try:
            return stage_message(self.ctx.store, self.ctx.session_id)
        except sqlite3.Error:  # closing or busy: keep what is shown
            return None

    def _store_message(self, text: str) -> None:
        try:
            set_stage_message(self.ctx.store, self.ctx.session_id, text)
        except (ClockError, sqlite3.Error):
            pass

    def _followed(self) -> bool:
        """While following a moderator the clock is theirs: say so, do nothing."""
        if self.follow is None:
            return False
        self.notice.emit(_t("Following a moderator: their run drives this clock. "
                            "Live → Stop following to drive it yourself."))
        return True

    # -- read-out mode (key messages one by one, for the closing plenary) ----------------
    def toggle_readout(self) -> None:
        self.set_readout(not self.readout)

    def set_readout(self, on: bool) -> None:
        self.readout = bool(on)
        self.readout_index = 0
        self.readout_changed.emit(self.readout)
        self.refresh()

    def readout_next(self) -> None:
        if self.readout and self.readout_index + 1 < len(self.key_messages()):
            self.readout_index += 1
            self.refresh()

    def readout_previous(self) -> None:
        if self.readout and self.readout_index > 0:
            self.readout_index -= 1
            self.refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        if self.stage is not None:
            self.stage.close()
            self.stage.deleteLater()
            self.stage = None


def elapsed_text(seconds: float) -> str:
    return format_elapsed(seconds)
