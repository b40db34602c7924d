"""Making, copying, editing and binning sessions. Plain Python, no Qt.

Templates are session files (same format as resources/sessions/*.toml) in
resources/templates/. Deleting a session never deletes anything: the session
(with its notes, agenda and report) goes to the bin (``sessions.deleted_at``)
and can be restored.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessionkit import config
from sessionkit.bundles import BundleError, load_session_file
from sessionkit.domain.models import (
    AgendaItem,
    Document,
    Outcome,
    OutcomeStatus,
    Session,
    SessionBundle,
    new_id,
    utc_now,
)
from sessionkit.services.people import intro_cues, set_intro_cue


class SessionEditError(ValueError):
    """A user mistake; nothing was changed."""


@dataclass
class Template:
    name: str  # file stem: "panel"
    path: Path
    title: str  # the session title in the file
    planned_minutes: int
    items: int


def templates_dir() -> Path:
    return config.resources_dir() / "templates"


def list_templates(folder: Path | None = None) -> list[Template]:
    """Every readable template, sorted by name (broken files are skipped)."""
    folder = Path(folder or templates_dir())
    out = []
    for path in sorted(folder.glob("*.toml")):
        try:
            b = load_session_file(path)
        except BundleError:
            continue
        out.append(Template(name=path.stem, path=path, title=b.session.title,
                            planned_minutes=b.planned_minutes(), items=len(b.agenda)))
    return out


def validate_session(s: Session) -> None:
    if not s.code.strip():
        raise SessionEditError("A session needs a code (e.g. D3).")
    if not s.title.strip():
        raise SessionEditError("A session needs a title.")
    if s.timezone:
        try:
            ZoneInfo(s.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SessionEditError(f"Unknown time zone {s.timezone!r} "
                                   "(use a name like Asia/Tokyo).") from None
    if s.start is not None and s.start.tzinfo is None:
        raise SessionEditError("The start time needs a time zone.")
    if s.start is not None and s.end is not None and s.end < s.start:
        raise SessionEditError("The session cannot end before it starts.")


def new_session(store, code: str, title: str, template: Path | None = None) -> str:
    """A blank session, or one made from a template file; returns its id."""
    if template is not None:
        try:
            bundle = load_session_file(template)
        except BundleError as exc:
            raise SessionEditError(str(exc)) from None
        bundle.session.source = ""
    else:
        bundle = SessionBundle(session=Session(code="", title=""))
    bundle.session.code = code.strip() or bundle.session.code
    bundle.session.title = title.strip() or bundle.session.title
    validate_session(bundle.session)
    store.save_bundle(bundle)
    return bundle.session.id


def save_session(store, session: Session) -> None:
    """Save edited metadata (validated first; a refused edit changes nothing)."""
    session.code = session.code.strip()
    session.title = session.title.strip()
    validate_session(session)
    store.sessions.save(session)


def copy_code(store, code: str) -> str:
    """The code for a copy of ``code``: "P7-2", or "P7-3" when that is taken, and so on.

    Codes are typed on the command line (``--session P7-2``): no spaces or brackets
    that would need quoting. Binned sessions count as taken (they can be restored).
    """
    import re

    taken = {s.code.casefold() for s in store.sessions.list()}
    taken |= {s.code.casefold() for s, _when, _n in binned_sessions(store)}
    m = re.fullmatch(r"(.*\S)-(\d+)", code)
    # A copy of a copy ("P7-2") numbers on from its original ("P7-3"); a code that
    # merely ends in a number ("WS-3", no "WS" session) is an original: "WS-3-2".
    if m and m.group(1).casefold() in taken:
        base, n = m.group(1), int(m.group(2))
    else:
        base, n = code, 1
    while True:
        n += 1
        candidate = f"{base}-{n}"
        if candidate.casefold() not in taken:
            return candidate


def duplicate_session(store, session_id: str, code: str | None = None) -> str:
    """A copy with fresh ids: agenda, outcomes (status reset), documents, roles, cues.

    People are shared (they are the same people); notes, actual times and the
    report are not copied.
    """
    src = store.load_bundle(session_id)
    s = copy.deepcopy(src.session)
    s.id = new_id()
    s.code = code or copy_code(store, src.session.code)
    s.source = ""
    agenda = [AgendaItem(title=a.title, kind=a.kind, planned_minutes=a.planned_minutes,
                         position=a.position, cue=a.cue, person_ids=list(a.person_ids))
              for a in src.agenda]
    outcomes = [Outcome(text=o.text, position=o.position, status=OutcomeStatus.OPEN)
                for o in src.outcomes]
    documents = [Document(title=d.title, url=d.url, as_of=d.as_of, local_path=d.local_path)
                 for d in src.documents]
    bundle = SessionBundle(session=s, people=src.people, roles=copy.deepcopy(src.roles),
                           agenda=agenda, outcomes=outcomes, documents=documents)
    with store.atomic():
        store.save_bundle(bundle)
        for pid, cue in intro_cues(store, session_id).items():
            set_intro_cue(store, s.id, pid, cue)
    return s.id


def delete_session(store, session_id: str, when: datetime | None = None) -> None:
    """Move a session (and so its notes) to the bin."""
    store.sessions.get(session_id)  # NotFound if already gone
    store.sessions.bin(session_id, when or utc_now())


def binned_sessions(store) -> list[tuple[Session, datetime, int]]:
    """Sessions in the bin, newest first, with when they were binned and their note count."""
    return store.sessions.binned()


def restore_session(store, session_id: str) -> None:
    if not store.sessions.unbin(session_id):
        raise SessionEditError("That session is not in the bin.")


def replace_outcomes(store, session_id: str, outcomes: list[Outcome]) -> None:
    """Save the envisaged outcomes in this order; removed ones lose their note links."""
    for o in outcomes:
        if not o.text.strip():
            raise SessionEditError("An envisaged outcome cannot be empty.")
    keep = {o.id for o in outcomes}
    with store.atomic():
        for old in store.outcomes.for_session(session_id):
            if old.id not in keep:
                store.outcomes.delete(old.id)
        for pos, o in enumerate(outcomes):
            o.position = pos
            o.text = o.text.strip()
            store.outcomes.save(session_id, o)


def set_people_roles(store, session_id: str, people: list, roles: list) -> None:
    """Save the session's people (new ones too) and their roles, in one go."""
    for p in people:
        if not p.display_name.strip():
            raise SessionEditError("Every person needs a display name.")
    with store.atomic():
        for p in people:
            store.people.save(p)
        store.roles.replace_for_session(session_id, roles)
