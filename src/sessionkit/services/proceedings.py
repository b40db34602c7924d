"""The proceedings and the action items across sessions: the use cases the CLI
(``sessionkit proceedings``, ``sessionkit actions``) and the app (File → Export
proceedings…, Export actions…) share. Qt-free.

Choosing sessions: by day (the session's own time zone), by track, by tag, or by code,
combined (a session must match every filter given). The proceedings export runs like a
report export (:mod:`sessionkit.services.reports`): the store is read in the calling
thread, then a job of ``(done, total)`` steps writes a temp file beside the destination
and renames it into place; cancelling between steps leaves the destination as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sessionkit.domain.models import NoteKind, Session
from sessionkit.interchange.files import DestinationRefused, store_folder, write_atomic
from sessionkit.report import formats
from sessionkit.report.model import ReportOptions
from sessionkit.services.reports import (
    ExportJob,
    ExportResult,
    ReportError,
    _check_destination,
    _options,
)

FORMAT_NAMES = ("pdf", "docx", "md")
ACTION_FORMATS = ("csv", "ics")


class ProceedingsError(ReportError):
    """One sentence for the user; nothing was written."""


# -- choosing sessions ------------------------------------------------------------------

def session_day(s: Session) -> date | None:
    """The session's day in its own time zone (None without a start)."""
    from sessionkit.report.proceedings import _local_day

    return _local_day(s)


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def select_sessions(store, *, day: date | None = None, track: str | None = None,
                    tag: str | None = None, sessions: list[str] | tuple = ()
                    ) -> list[Session]:
    """The sessions matching every filter given, in programme order (start, code); with
    ``sessions`` (codes or ids), those, in the order given. Tracks and tags compare
    without regard to case or spacing. None matching: ProceedingsError."""
    from sessionkit.store import NotFound

    if sessions:
        chosen: list[Session] = []
        for key in sessions:
            try:
                s = store.sessions.find(str(key))
            except NotFound as exc:
                raise ProceedingsError(str(exc)) from None
            if all(s.id != c.id for c in chosen):
                chosen.append(s)
    else:
        chosen = store.sessions.list()
    if day is not None:
        chosen = [s for s in chosen if session_day(s) == day]
    if track is not None and track.strip():
        chosen = [s for s in chosen if _fold(s.track) == _fold(track)]
    if tag is not None and tag.strip():
        chosen = [s for s in chosen if _fold(tag) in {_fold(t) for t in s.tags}]
    if not chosen:
        wanted = [f"on {day.isoformat()}" if day else "",
                  f"in track {track!r}" if track and track.strip() else "",
                  f"tagged {tag!r}" if tag and tag.strip() else ""]
        said = " ".join(w for w in wanted if w)
        raise ProceedingsError(f"no session {said}; nothing was written" if said
                               else "no session was chosen; nothing was written")
    return chosen


def tracks(store) -> list[str]:
    """The tracks of the sessions, in programme order, each once."""
    return list(dict.fromkeys(s.track.strip() for s in store.sessions.list()
                              if s.track.strip()))


def days(store) -> list[date]:
    return sorted({d for d in (session_day(s) for s in store.sessions.list()) if d})


# -- the proceedings ----------------------------------------------------------------------

def _renderer(fmt: str):
    from sessionkit.report import proceedings as pr

    if fmt == "pdf":
        from sessionkit.report.proceedings_pdf import render_pdf

        return render_pdf
    return {"docx": pr.render_docx, "md": pr.render_markdown}[fmt]


class ProceedingsJob(ExportJob):
    """An export job (see services/reports.py) whose document is the proceedings."""

    def _render(self, tmp: Path) -> Iterator[tuple[int, int]]:
        return _renderer(self.format)(self.report, tmp)

    def _write_companions(self) -> None:  # the Markdown prints pictures as text
        return None


def _format(fmt: str | None) -> str:
    chosen = formats.find(fmt or "pdf")
    if chosen is None or chosen.name not in FORMAT_NAMES:
        raise ProceedingsError(f"unknown proceedings format {fmt!r} "
                               f"(expected pdf, docx or md)")
    return chosen.name


def iter_proceedings(store, session_ids: list[str], path: Path | str, fmt: str = "pdf",
                     options: ReportOptions | dict | None = None,
                     title: str | None = None) -> ProceedingsJob:
    """Read the sessions now (this thread) and return the export as a job of steps."""
    from sessionkit.report.proceedings import build_proceedings, read_session

    name = _format(fmt)
    if not session_ids:
        raise ProceedingsError("no session was chosen; nothing was written")
    opts = _options(options)
    path = Path(path).expanduser()
    if str(path).strip() == "":
        raise ProceedingsError("no file name given for the proceedings")
    path = path.absolute()
    data_dir = store_folder(store)
    _check_destination(path, data_dir)
    proceedings = build_proceedings([read_session(store, sid) for sid in session_ids],
                                    opts, title)
    return ProceedingsJob(proceedings, path, name, data_dir)


def export_proceedings(store, session_ids: list[str], path: Path | str, fmt: str = "pdf",
                       options: ReportOptions | dict | None = None, title: str | None = None,
                       progress: Callable[[int, int], object] | None = None) -> ExportResult:
    return iter_proceedings(store, session_ids, path, fmt, options, title).run(progress)


# -- the action items -------------------------------------------------------------------

@dataclass(frozen=True)
class ActionRow:
    note_id: str
    session_code: str
    session_title: str
    text: str
    owner: str
    due: date | None
    created: datetime
    updated: datetime
    status: str  # "open", or "overdue" once the due date has passed


def collect_actions(store, session_ids: list[str], today: date | None = None
                    ) -> list[ActionRow]:
    """Every live action item of the sessions, session by session, in time order.
    SessionKit keeps no "done" mark on an action: one is open until its due date has
    passed, then overdue."""
    today = today or date.today()
    rows: list[ActionRow] = []
    for sid in session_ids:
        s = store.sessions.get(sid)
        notes = sorted((n for n in store.notes.for_session(sid)
                        if n.kind == NoteKind.ACTION and n.deleted_at is None),
                       key=lambda n: (n.created, n.id))
        for n in notes:
            rows.append(ActionRow(
                note_id=n.id, session_code=s.code, session_title=s.title, text=n.text,
                owner=n.action_owner, due=n.action_due, created=n.created,
                updated=n.updated or n.created,
                status="overdue" if n.action_due and n.action_due < today else "open"))
    return rows


def export_actions(store, session_ids: list[str], path: Path | str, fmt: str,
                   today: date | None = None, now: datetime | None = None) -> tuple[Path, int]:
    """Write the sessions' action items as CSV or iCalendar to ``path`` (atomically,
    never over SessionKit's own files); returns the path and how many were written.
    No action item in the chosen sessions: ProceedingsError, nothing written."""
    from sessionkit.interchange.actions_out import actions_csv, actions_ics

    fmt = (fmt or "").strip().lower().lstrip(".")
    if fmt not in ACTION_FORMATS:
        raise ProceedingsError(f"unknown actions format {fmt!r} (expected csv or ics)")
    if not session_ids:
        raise ProceedingsError("no session was chosen; nothing was written")
    path = Path(path).expanduser()
    if str(path).strip() == "":
        raise ProceedingsError("no file name given for the action items")
    rows = collect_actions(store, session_ids, today)
    if not rows:
        which = (f"session {store.sessions.get(session_ids[0]).code}"
                 if len(session_ids) == 1 else "the chosen sessions")
        raise ProceedingsError(f"{which} has no action items; nothing was written"
                               if len(session_ids) == 1 else
                               f"{which} have no action items; nothing was written")
    data = actions_csv(rows) if fmt == "csv" else actions_ics(rows, now)
    try:
        return write_atomic(path.absolute(), data, store_folder(store), "action items"), len(rows)
    except DestinationRefused as exc:
        raise ProceedingsError(str(exc)) from None
    except OSError as exc:
        raise ProceedingsError(f"cannot write the action items to {path}: "
                               f"{exc.strerror or exc}") from None
