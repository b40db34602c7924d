"""The secretariat's overview: every session in one row, with how far its notes and its
report have come. Shared by File → Secretariat view… and ``sessionkit secretariat``.

Qt-free. A handful of queries whatever the size of the conference (sessions, note
figures, outcome counts: each one query for all sessions) plus the report-export record
in the data folder (:mod:`sessionkit.services.report_exports`): 200 sessions × 200 notes
take a few tens of milliseconds, never one query per session.

"Last update" is the latest note written, edited or binned in the session, and "from"
names the device that made that note (the computer's name as the note carries it);
this computer's own notes say so (:attr:`SessionRow.last_device_is_here`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sessionkit.domain.models import OutcomeStatus

# The status filters, by key: the English label the CLI prints (the UI translates its own).
STATUS_FILTERS = {
    "report_not_exported": "report not exported, or notes changed since",
    "actions_incomplete": "actions without an owner or a due date",
    "outcomes_open": "outcomes with no status yet",
}


@dataclass(frozen=True)
class SessionRow:
    session_id: str
    code: str
    title: str
    day: str  # "2026-11-18" in the session's own time zone; "" when not scheduled
    time: str  # "14:30" likewise
    start: datetime | None  # as stored (aware)
    room: str
    track: str
    notes: int
    key_messages: int
    outcomes_total: int
    outcomes_achieved: int
    outcomes_partly: int
    outcomes_not_achieved: int
    outcomes_open: int
    actions: int
    actions_incomplete: int  # without an owner or a due date
    report_exported_at: datetime | None  # UTC; None when never exported here
    report_format: str
    last_update: datetime | None  # the latest note change; None when no note yet
    last_device: str
    last_device_is_here: bool

    @property
    def report_outdated(self) -> bool:
        """Exported, but a note changed afterwards: the exported file is behind."""
        return (self.report_exported_at is not None and self.last_update is not None
                and _utc(self.last_update) > _utc(self.report_exported_at))

    def outcomes_text(self) -> str:
        """"3/5 achieved, 1 open" (English, for the command line)."""
        if not self.outcomes_total:
            return "no outcomes"
        text = f"{self.outcomes_achieved}/{self.outcomes_total} achieved"
        if self.outcomes_open:
            text += f", {self.outcomes_open} open"
        return text

    def as_dict(self) -> dict:
        return {
            "id": self.session_id, "code": self.code, "title": self.title,
            "day": self.day or None, "time": self.time or None, "room": self.room,
            "track": self.track, "notes": self.notes, "key_messages": self.key_messages,
            "outcomes": {"total": self.outcomes_total, "achieved": self.outcomes_achieved,
                         "partly": self.outcomes_partly,
                         "not_achieved": self.outcomes_not_achieved,
                         "open": self.outcomes_open},
            "actions": self.actions, "actions_incomplete": self.actions_incomplete,
            "report_exported_at": _iso(self.report_exported_at),
            "report_format": self.report_format or None,
            "report_outdated": self.report_outdated,
            "last_update": _iso(self.last_update), "last_device": self.last_device or None,
            "last_device_is_here": self.last_device_is_here,
        }


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _iso(value: datetime | None) -> str | None:
    return _utc(value).isoformat() if value is not None else None


def _local(session) -> datetime | None:
    """The start in the session's own time zone (as the programme prints it)."""
    start = session.start
    if start is None:
        return None
    if session.timezone:
        try:
            from zoneinfo import ZoneInfo

            return start.astimezone(ZoneInfo(session.timezone))
        except (ValueError, KeyError, OSError):
            pass
    return start


def sort_key(row: SessionRow):
    """Day and time as shown (each session's own zone: the programme's order, also when
    a few sessions were entered in another zone), then code; not scheduled yet last."""
    return (not row.day, row.day, row.time, row.code.casefold())


def overview(store) -> list[SessionRow]:
    """One row per session (binned ones left out), by day, time and code."""
    from sessionkit.interchange.files import store_folder
    from sessionkit.services import report_exports
    from sessionkit.services.notes import device_name

    sessions = store.sessions.list()
    figures = store.notes.figures_by_session()
    outcomes = store.outcomes.status_counts()
    exports = report_exports.load(store_folder(store))
    here = device_name()
    rows = []
    for s in sessions:
        f = figures.get(s.id)
        counts = outcomes.get(s.id, {})
        local = _local(s)
        exported = exports.get(s.id)
        device = f.last_device if f is not None else ""
        rows.append(SessionRow(
            session_id=s.id, code=s.code, title=s.title,
            day=local.date().isoformat() if local else "",
            time=local.strftime("%H:%M") if local else "", start=s.start,
            room=s.room, track=s.track,
            notes=f.notes if f else 0, key_messages=f.key_messages if f else 0,
            outcomes_total=sum(counts.values()),
            outcomes_achieved=counts.get(OutcomeStatus.ACHIEVED, 0),
            outcomes_partly=counts.get(OutcomeStatus.PARTLY, 0),
            outcomes_not_achieved=counts.get(OutcomeStatus.NOT_ACHIEVED, 0),
            outcomes_open=counts.get(OutcomeStatus.OPEN, 0),
            actions=f.actions if f else 0,
            actions_incomplete=f.actions_incomplete if f else 0,
            report_exported_at=exported.at if exported else None,
            report_format=exported.format if exported else "",
            last_update=f.last_change if f else None, last_device=device,
            last_device_is_here=bool(device) and device == here,
        ))
    rows.sort(key=sort_key)
    return rows


def has_status(row: SessionRow, status: str) -> bool:
    """Whether the row needs the secretariat's attention for ``status`` (a key of
    :data:`STATUS_FILTERS`)."""
    if status == "report_not_exported":
        return row.report_exported_at is None or row.report_outdated
    if status == "actions_incomplete":
        return row.actions_incomplete > 0
    if status == "outcomes_open":
        return row.outcomes_open > 0
    raise ValueError(f"unknown status {status!r} (expected one of: "
                     f"{', '.join(STATUS_FILTERS)})")


def matches_text(row: SessionRow, text: str) -> bool:
    """Every word of ``text`` in the code, title, room or track (any case, any script)."""
    needle = text.strip().casefold()
    if not needle:
        return True
    hay = " ".join((row.code, row.title, row.room, row.track)).casefold()
    return all(word in hay for word in needle.split())


def select(rows: Iterable[SessionRow], day: str | None = None, track: str | None = None,
           status: str | None = None, text: str = "") -> list[SessionRow]:
    """The rows on ``day`` ("YYYY-MM-DD"), in ``track`` (exactly; "" for sessions
    without one), needing ``status``, matching ``text``; None means any."""
    return [r for r in rows
            if (day is None or r.day == day) and (track is None or r.track == track)
            and (status is None or has_status(r, status)) and matches_text(r, text)]


def days(rows: Iterable[SessionRow]) -> list[str]:
    return sorted({r.day for r in rows if r.day})


def tracks(rows: Iterable[SessionRow]) -> list[str]:
    return sorted({r.track for r in rows if r.track}, key=str.casefold)
