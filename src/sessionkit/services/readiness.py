"""Ready to sign off? What a post-session report usually needs, and what is missing.

Shared by the export dialog (a list above the Export button, each line opening the
place to fix it) and ``sessionkit report --check``. Qt-free; reads the store only.

Each :class:`Finding` says what is missing (``key`` and an English ``message`` built
from ``template`` and ``fields``, so the UI can translate the template) and where to
fix it (``where``: one of :data:`PLACES` and the id of the row there, if any).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from sessionkit.domain.models import Note, NoteKind, OutcomeStatus, RoleKind

# where a finding is fixed: the report details dialog (summary), the outcomes panel (a
# row), the notes list (a note), the session editor's People tab (a person)
PLACES = ("report_details", "outcome", "note", "person")

# the note text a line quotes, at most this many characters
QUOTE_CHARS = 60


@dataclass(frozen=True)
class Finding:
    key: str  # "summary", "outcome_status", "action_owner", "action_due", "note_place",
    #           "native_name"
    template: str  # English, with {fields}; the UI translates the template
    fields: dict = field(default_factory=dict)
    where: str = "report_details"  # one of PLACES
    target: str = ""  # the id of the outcome, note or person to select

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    def as_dict(self) -> dict:
        return {"key": self.key, "message": self.message, "where": self.where,
                "target": self.target}


def _line(text: str) -> str:
    """One line, without control characters: the CLI prints it to a terminal, where an
    escape sequence typed or imported into a note would otherwise act."""
    text = " ".join(text.split())
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in text)


def _quote(n: Note) -> str:
    text = _line(n.text)
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"


def check_bundle(bundle, notes: list[Note], meta) -> list[Finding]:
    """The findings for a loaded session; empty when the report is ready."""
    out: list[Finding] = []
    if not (getattr(meta, "summary", "") or "").strip():
        out.append(Finding("summary", "The summary is not written", where="report_details"))
    for i, o in enumerate(bundle.outcomes, 1):
        if o.status == OutcomeStatus.OPEN:
            out.append(Finding("outcome_status", "Outcome {number} has no status: {text}",
                               {"number": i, "text": _line(o.text)},
                               where="outcome", target=o.id))
    live = sorted((n for n in notes if n.deleted_at is None), key=lambda n: (n.created, n.id))
    for n in live:
        if n.kind == NoteKind.ACTION:
            if not n.action_owner.strip():
                out.append(Finding("action_owner", "Action has no owner: {text}",
                                   {"text": _quote(n)}, where="note", target=n.id))
            if n.action_due is None:
                out.append(Finding("action_due", "Action has no due date: {text}",
                                   {"text": _quote(n)}, where="note", target=n.id))
    for n in live:
        if not n.agenda_item_id and not n.speaker_id:
            out.append(Finding("note_place", "Note has no agenda item or speaker: {text}",
                               {"text": _quote(n)}, where="note", target=n.id))
    # native-script names: only asked for when the session has some (a session whose
    # people all write their names in Latin letters needs none)
    if any(p.native_name.strip() for p in bundle.people):
        for p in bundle.people_with_role(RoleKind.SPEAKER):
            if not p.native_name.strip():
                out.append(Finding("native_name",
                                   "Speaker has no native-script name: {name}",
                                   {"name": _line(p.display_name)}, where="person", target=p.id))
    return out


def check_session(store, session_id: str) -> list[Finding]:
    """Read the session from the store and list what its report is missing."""
    bundle = store.load_bundle(session_id)
    notes = store.notes.for_session(session_id)
    meta = store.report_meta.get(session_id)
    return check_bundle(bundle, notes, meta)
