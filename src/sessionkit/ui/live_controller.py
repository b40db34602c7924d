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

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sessionkit.domain.models import NoteKind, utc_now
from sessionkit.services.clock import (
    ClockSnapshot,
    ClockState,
    SessionClock,
    WarningLevel,
    format_clock,
    format_elapsed,
)
from sessionkit.ui.context import SessionContext

REFRESH_MS = 200


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

    def __init__(self, ctx: SessionContext, now: Callable[[], datetime] = utc_now,
                 parent: QObject | None = None, start_timer: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = SessionClock(ctx.store, ctx.session_id, now=now)
        self.message = ""
        self.readout = False
        self.readout_index = 0
        self.stage_screen_index = 0
        self.stage = None  # StageDisplay, made on first show
        self.snapshot: ClockSnapshot = self.clock.snapshot()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.add_context_provider(self.capture_context, first=True)
        if start_timer:
            self.timer.start()

    # -- for the capture panel (issue 4) ---------------------------------------------
    def capture_context(self) -> dict | None:
        try:
            running = self.clock.now_running()
        except sqlite3.Error:  # the store is closing or busy: no stamp rather than a crash
            return None
        return running.as_context() if running else None

    # -- publishing --------------------------------------------------------------------
    def refresh(self) -> ClockSnapshot:
        try:
            snap = self.clock.snapshot()
        except sqlite3.ProgrammingError:  # the store was closed (app quitting)
            self.timer.stop()
            return self.snapshot
        except sqlite3.OperationalError:  # busy for a moment: try again next tick
            return self.snapshot
        self.snapshot = snap
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
        if self.clock.next():
            self._after_command()

    def previous_item(self) -> None:
        if self.clock.previous():
            self._after_command()

    def extend_minute(self) -> None:
        if self.clock.extend(60):
            self.refresh()

    def shorten_minute(self) -> None:
        if self.clock.extend(-60):
            self.refresh()

    def finish(self) -> None:
        if self.clock.finish():
            self._after_command()

    def reset(self) -> None:
        self.clock.reset()
        self._after_command()

    def set_thresholds(self, amber_seconds: int, red_seconds: int) -> None:
        self.clock.set_thresholds(amber_seconds, red_seconds)
        self.refresh()

    # -- stage display ---------------------------------------------------------------------
    def ensure_stage(self):
        if self.stage is None:
            from sessionkit.ui.stage_display import StageDisplay

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
        if self.stage_visible():
            self.show_stage()

    def show_stage(self, full_screen: bool = True) -> None:
        stage = self.ensure_stage()
        screens = QGuiApplication.screens()
        if screens:
            screen = screens[min(self.stage_screen_index, len(screens) - 1)]
            stage.place_on(screen, full_screen=full_screen)
        else:
            stage.show()
        stage.show_view(self.stage_view())
        self.stage_visibility_changed.emit(True)

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
        if text is None:
            from sessionkit.ui.live_panel import ask_stage_message

            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            text = ask_stage_message(parent, self.message)
            if text is None:
                return
        self.message = text.strip()[:200]
        self.message_changed.emit(self.message)
        self.refresh()

    def clear_message(self) -> None:
        if self.message:
            self.message = ""
            self.message_changed.emit("")
            self.refresh()

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
